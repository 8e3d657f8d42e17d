/**
 * SC-04: the political parties condition (DPA 2018 Sch. 1 para. 22(1)(a)) covers only personal data revealing
 * political opinions. An activity that relies on it but also uses ethnicity, religion, health, sexual orientation,
 * trade union membership or biometric data has no condition for those.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule, type RuleOutcome } from '../../core/rule.js';
import { OTHER_SPECIAL_KINDS, POLITICAL_OPINION_KINDS } from '../lib/facts.js';
import { fail, needsInfo, notApplicable, pass, warn } from '../lib/outcomes.js';
import { DECLARATION, at, items } from '../lib/subjects.js';
import { quoted, reliesOnPara22, specialCategoriesOf } from './_helpers.js';

type Message = 'noActivities' | 'notRelied' | 'categoriesUnknown' | 'noSpecialData' | 'otherSpecialData' | 'unclearData' | 'politicalOnly';

export default defineRule({
  id: 'SC-04',
  title: 'The political parties condition is relied on only for data revealing political opinions',
  area: 'special-category',
  severity: 'critical',
  tags: ['special-category', 'political-parties', 'para-22'],
  covers: ['UK-SC-03'],
  citations: [cite('DPA 2018', 'Sch. 1 para. 22(1)(a)'), cite('UK GDPR', 'Art. 9(2)(g)'), citeIco('Special category data')],
  rationale:
    'Schedule 1 paragraph 22 is limited to personal data revealing political opinions. ' +
    'It gives a registered party no condition for ethnicity, religion, health, sexual orientation or any other special category, even when the party believes that data helps its campaigning. ' +
    'Using those categories under paragraph 22 is using them with no condition at all.',
  remediation: [
    'Remove ethnicity, religion, health and other non-political special category data from activities that rely on paragraph 22.',
    'If you genuinely need such data, identify a separate condition that fits it (usually explicit consent) and record it as a separate activity.',
  ],
  notes:
    'A category marked special but of a kind that is neither a political opinion nor another listed special category (for example "other") gives a warning to check what it reveals. ' +
    'Sub-paragraph lettering of para. 22(1) read in the DPA 2018 text (legalize-uk copy).',
  examples: {
    passing: `# Paragraph 22 covers only data revealing political opinions, here voting intention.
dataCategories:
  - id: voting-intention
    name: Voting intention
    kind: voting_intention
    specialCategory: true
processingActivities:
  - id: modelling
    name: Voter modelling
    dataCategoryIds: [voting-intention]
    specialCategory:
      used: true
      condition: substantial_public_interest
      schedule1Condition: para_22_political_parties
`,
    failing: `# Fails: ethnicity is not political opinion, so paragraph 22 does not cover it.
dataCategories:
  - id: ethnicity
    name: Ethnicity
    kind: ethnicity
    specialCategory: true
processingActivities:
  - id: modelling
    name: Voter modelling
    dataCategoryIds: [ethnicity]
    specialCategory:
      used: true
      condition: substantial_public_interest
      schedule1Condition: para_22_political_parties
`,
  },
  messages: {
    noActivities: 'No processing activities are declared, so reliance on the political parties condition cannot be checked.',
    notRelied: 'No activity relies on the political parties condition (Schedule 1 paragraph 22).',
    categoriesUnknown: '{{subject}} relies on the political parties condition, but the data it uses (dataCategoryIds) is not declared.',
    noSpecialData: '{{subject}} relies on the political parties condition but uses no declared special category data.',
    otherSpecialData: '{{subject}} relies on the political parties condition, which covers only political opinions, but also uses {{categories}}; there is no condition for that data.',
    unclearData: '{{subject}} relies on the political parties condition and uses {{categories}}, marked as special category; check that it reveals only political opinions.',
    politicalOnly: '{{subject}} relies on the political parties condition only for data revealing political opinions.',
  },
  evaluate(declaration, context) {
    const list = declaration.processingActivities;
    if (list === undefined) return [needsInfo(DECLARATION, 'noActivities', ['/processingActivities'])];
    const outcomes: RuleOutcome<Message>[] = [];
    for (const { entry, subject } of items(list, 'processingActivities')) {
      if (!reliesOnPara22(entry)) continue;
      if (entry.dataCategoryIds === undefined) {
        outcomes.push(needsInfo(subject, 'categoriesUnknown', [at(subject, 'dataCategoryIds')]));
        continue;
      }
      const specials = specialCategoriesOf(entry.id, context.index);
      const other = specials.filter((c) => OTHER_SPECIAL_KINDS.has(c.entry.kind));
      const unclear = specials.filter((c) => !OTHER_SPECIAL_KINDS.has(c.entry.kind) && !POLITICAL_OPINION_KINDS.has(c.entry.kind));
      const relied = at(subject, 'specialCategory', 'schedule1Condition');
      if (other.length > 0) outcomes.push(fail(subject, 'otherSpecialData', [relied, ...other.map((c) => c.pointer)], { categories: quoted(other) }));
      else if (unclear.length > 0) outcomes.push(warn(subject, 'unclearData', [relied, ...unclear.map((c) => c.pointer)], { categories: quoted(unclear) }));
      else if (specials.length === 0) outcomes.push(notApplicable(subject, 'noSpecialData', [at(subject, 'dataCategoryIds')]));
      else outcomes.push(pass(subject, 'politicalOnly', [relied, ...specials.map((c) => c.pointer)]));
    }
    if (outcomes.length === 0) return [notApplicable(DECLARATION, 'notRelied', ['/processingActivities'])];
    return outcomes;
  },
});
