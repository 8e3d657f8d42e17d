/**
 * SC-07: campaigns do not infer or buy estimated ethnicity, religion or country of origin (for example by analysing
 * names) and attach it to voter records. The ICO's 2020 audit found the Conservative Party had bought such estimates
 * for about 10 million voters; the Commissioner told MPs in 2021 that collecting it was unlawful, and it was deleted.
 * Name analysis used for other attributes gets a warning, as it can reveal ethnicity or origin.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule, type RuleOutcome } from '../../core/rule.js';
import { fail, needsInfo, notApplicable, pass, warn } from '../lib/outcomes.js';
import { DECLARATION, at, items } from '../lib/subjects.js';
import { ONOMASTIC_KINDS } from './_helpers.js';

type Message = 'noCategories' | 'noneInScope' | 'originUnknown' | 'nameAnalysis' | 'inferred' | 'purchased' | 'observed' | 'nameAnalysisOther' | 'collected';

export default defineRule({
  id: 'SC-07',
  title: 'Ethnicity, religion and country of origin are never inferred or bought in, for example from name analysis',
  area: 'special-category',
  severity: 'critical',
  tags: ['special-category', 'inferences', 'ethnicity', 'onomastics', 'profiling'],
  covers: ['UK-SC-05'],
  citations: [cite('UK GDPR', 'Art. 9(1)'), cite('UK GDPR', 'Art. 5(1)(a)'), cite('UK GDPR', 'Art. 6(1)'), citeIco('Special category data')],
  rationale:
    'Estimating people\'s ethnicity, religion or country of origin from their names or other proxies, or buying such estimates, creates special category data about millions of people who never gave it and would not expect it. ' +
    'There is no Article 9 condition that fits: the political parties condition covers only political opinions, and people have not explicitly consented. ' +
    'The ICO\'s 2020 audit found that the Conservative Party had bought estimated ethnicity, religion and country-of-origin data and appended it to about 10 million voter records; the Information Commissioner told MPs in 2021 that collecting it was unlawful, and the party deleted it.',
  remediation: [
    'Stop inferring or buying ethnicity, religion or country of origin; delete any such estimates already attached to records, including in suppliers\' systems.',
    'Check supplier products for name-based ethnicity, religion or origin classification and switch them off.',
    'If you need such information for a legitimate reason (for example equality monitoring of members), ask people directly, with explicit consent, and keep it separate from campaigning.',
  ],
  notes:
    'The audit and the Commissioner\'s evidence to the DCMS Committee (26 Jan 2021) are digest [S]. ' +
    'Purchased ethnicity, religion or origin data is treated as inferred: suppliers\' data of this kind is estimated. ' +
    'Observed data (for example noted at the door) is a warning: it is still a guess about a person, and needs a condition. ' +
    'Inferred health or sexual orientation are not in UK-SC-05; SC-01 and SC-02 cover them as special category data needing a condition, and UK-SC-06 (online area) covers targeting on them.',
  examples: {
    passing: `# Ethnicity is held only where members told us themselves, on an equality monitoring form.
dataCategories:
  - id: equality-monitoring
    name: Equality monitoring answers
    kind: ethnicity
    specialCategory: true
    origin: collected
`,
    failing: `# Fails: ethnicity is guessed from people's names.
dataCategories:
  - id: est-ethnicity
    name: Estimated ethnicity
    kind: ethnicity
    specialCategory: true
    origin: inferred
    inferenceMethod: name_analysis
`,
  },
  messages: {
    noCategories: 'No data categories are declared, so inferred ethnicity, religion or origin cannot be checked.',
    noneInScope: 'No ethnicity, religion or country-of-origin data, and no name analysis, is declared.',
    originUnknown: '{{subject}} is {{kind}} data; whether people gave it to you or it was inferred or bought (origin) is not declared.',
    nameAnalysis: '{{subject}} estimates {{kind}} from people\'s names; inferring ethnicity, religion or origin this way is unlawful special category processing.',
    inferred: '{{subject}} is inferred {{kind}} data; estimating ethnicity, religion or origin about people is unlawful special category processing.',
    purchased: '{{subject}} is bought-in {{kind}} data, which is estimated about people; holding it is unlawful special category processing.',
    observed: '{{subject}} is {{kind}} data observed rather than given by people; a guess about someone\'s ethnicity, religion or origin is special category data that needs their explicit consent.',
    nameAnalysisOther: '{{subject}} is produced by name analysis; if it estimates ethnicity, religion or origin (even within broader demographics), it is unlawful special category processing.',
    collected: '{{subject}} is {{kind}} data given by people themselves, not inferred.',
  },
  evaluate(declaration) {
    const list = declaration.dataCategories;
    if (list === undefined) return [needsInfo(DECLARATION, 'noCategories', ['/dataCategories'])];
    const outcomes: RuleOutcome<Message>[] = [];
    for (const { entry, subject } of items(list, 'dataCategories')) {
      const kind = entry.kind.replace(/_/g, ' ');
      const method = entry.inferenceMethod;
      if (!ONOMASTIC_KINDS.has(entry.kind)) {
        if (method === 'name_analysis' && entry.kind !== 'age_or_date_of_birth') {
          outcomes.push(warn(subject, 'nameAnalysisOther', [at(subject, 'inferenceMethod')]));
        }
        continue;
      }
      if (method === 'name_analysis') outcomes.push(fail(subject, 'nameAnalysis', [at(subject, 'kind'), at(subject, 'inferenceMethod')], { kind }));
      else if (entry.origin === 'inferred' || method !== undefined) {
        outcomes.push(fail(subject, 'inferred', [at(subject, 'kind'), at(subject, method !== undefined ? 'inferenceMethod' : 'origin')], { kind }));
      } else if (entry.origin === 'purchased') outcomes.push(fail(subject, 'purchased', [at(subject, 'kind'), at(subject, 'origin')], { kind }));
      else if (entry.origin === 'observed') outcomes.push(warn(subject, 'observed', [at(subject, 'kind'), at(subject, 'origin')], { kind }));
      else if (entry.origin === 'collected') outcomes.push(pass(subject, 'collected', [at(subject, 'origin')], { kind }));
      else outcomes.push(needsInfo(subject, 'originUnknown', [at(subject, 'origin')], { kind }));
    }
    if (outcomes.length === 0) return [notApplicable(DECLARATION, 'noneInScope', ['/dataCategories'])];
    return outcomes;
  },
});
