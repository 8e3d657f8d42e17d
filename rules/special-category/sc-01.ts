/**
 * SC-01: data that reveals political opinions (voting intention, support scores, canvass responses, issue stances,
 * party membership) or another special category (ethnicity, religion, health, sexual orientation, trade union
 * membership, biometrics) is recognised as special category data, whether people told you or you inferred it.
 * Donation history and social media engagement may reveal political opinions: a warning to decide and record.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule, type RuleOutcome } from '../../core/rule.js';
import { isSpecialKind } from '../lib/facts.js';
import { fail, needsInfo, notApplicable, pass, warn } from '../lib/outcomes.js';
import { DECLARATION, at, items } from '../lib/subjects.js';
import { MAY_REVEAL_POLITICAL_OPINIONS } from './_helpers.js';

type Message = 'noCategories' | 'noSpecialData' | 'notStated' | 'notRecognised' | 'mayReveal' | 'recognised';

export default defineRule({
  id: 'SC-01',
  title: 'Data revealing political opinions and other special categories, including inferences, is recognised as special category data',
  area: 'special-category',
  severity: 'high',
  tags: ['special-category', 'political-opinions', 'inferences'],
  covers: ['UK-SC-01'],
  citations: [cite('UK GDPR', 'Art. 9(1)'), cite('UK GDPR', 'Art. 4(1)'), citeIco('Personal data'), citeIco('Special category data')],
  rationale:
    'Personal data revealing political opinions is special category data, with extra protection: it may be used only with one of the conditions in Article 9(2). ' +
    'Voting intention, party support scores, canvass codes, issue stances tied to a person and party membership all reveal political opinions. ' +
    'The ICO is clear that opinions and inferences about a person are personal data too, so a modelled support score or a canvasser\'s guess counts just as much as what the person said. ' +
    'Data you do not recognise as special category will not get a condition, access controls or the care the law requires.',
  remediation: [
    'Mark every data category that reveals political opinions, or ethnicity, religion, health, sexual orientation, trade union membership or biometrics, as special category data (specialCategory: true), including scores and predictions.',
    'For donation records and social media engagement, decide whether they reveal political opinions in your context (a donation to your party, a like on your page usually does) and record the decision.',
    'Then make sure every activity using that data has an Article 9 condition (SC-02).',
  ],
  notes:
    'Criminal offence data is governed by UK GDPR Art. 10, not Art. 9, and is out of scope. ' +
    'Turnout history from the marked register shows whether someone voted, not how, and is not treated as revealing political opinions. ' +
    'Country of origin is treated as revealing ethnic origin (rules/lib/facts.ts).',
  examples: {
    passing: `# Voting intention reveals political opinions, and we treat it as special category data.
dataCategories:
  - id: voting-intention
    name: Voting intention from canvassing
    kind: voting_intention
    origin: collected
    specialCategory: true
`,
    failing: `# Fails: a modelled support score reveals political opinions, but is declared as ordinary data.
dataCategories:
  - id: support-score
    name: Support score
    kind: party_support_score
    origin: inferred
    inferenceMethod: statistical_model
    specialCategory: false
`,
  },
  messages: {
    noCategories: 'No data categories are declared, so special category data cannot be identified.',
    noSpecialData: 'No data category is of a kind that reveals political opinions or another special category.',
    notStated: '{{subject}} is {{kind}} data, which is special category data; whether you treat it as such (specialCategory) is not declared.',
    notRecognised: '{{subject}} is {{kind}} data, which is special category data, but it is declared as not special category.',
    mayReveal: '{{subject}} ({{kind}}) may reveal political opinions, for example a donation to your party or a like on your page; decide whether it does and treat it as special category data if so.',
    recognised: '{{subject}} is treated as special category data.',
  },
  evaluate(declaration) {
    const list = declaration.dataCategories;
    if (list === undefined) return [needsInfo(DECLARATION, 'noCategories', ['/dataCategories'])];
    const outcomes: RuleOutcome<Message>[] = [];
    for (const { entry, subject } of items(list, 'dataCategories')) {
      const kind = entry.kind.replace(/_/g, ' ');
      const flag = entry.specialCategory;
      const evidence = [at(subject, 'kind'), at(subject, 'specialCategory')];
      if (isSpecialKind(entry.kind)) {
        if (flag === undefined) outcomes.push(needsInfo(subject, 'notStated', [at(subject, 'specialCategory')], { kind }));
        else if (!flag) outcomes.push(fail(subject, 'notRecognised', evidence, { kind }));
        else outcomes.push(pass(subject, 'recognised', evidence));
      } else if (MAY_REVEAL_POLITICAL_OPINIONS.has(entry.kind)) {
        if (flag === true) outcomes.push(pass(subject, 'recognised', evidence));
        else outcomes.push(warn(subject, 'mayReveal', evidence, { kind }));
      } else if (flag === true) {
        outcomes.push(pass(subject, 'recognised', [at(subject, 'specialCategory')]));
      }
    }
    if (outcomes.length === 0) return [notApplicable(DECLARATION, 'noSpecialData', ['/dataCategories'])];
    return outcomes;
  },
});
