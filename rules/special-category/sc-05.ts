/**
 * SC-05: a condition in DPA 2018 Sch. 1 Part 2 (substantial public interest, including para. 22 for parties and
 * paras. 23-24 for elected representatives) is met only if the controller has an appropriate policy document in
 * place when the processing is carried out (Sch. 1 para. 5(1)), explaining how the principles are complied with and
 * the retention and erasure policy (para. 39), kept and reviewed (para. 40).
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule, type RuleOutcome } from '../../core/rule.js';
import { fail, needsInfo, notApplicable, pass, warn } from '../lib/outcomes.js';
import { DECLARATION, at, items } from '../lib/subjects.js';
import { SCHEDULE1_LABELS, reliesOnSchedule1 } from './_helpers.js';

type Message = 'noActivities' | 'notRelied' | 'documentUnknown' | 'noDocument' | 'checkException' | 'documentInPlace';

export default defineRule({
  id: 'SC-05',
  title: 'Schedule 1 substantial public interest conditions are relied on only with an appropriate policy document',
  area: 'special-category',
  severity: 'high',
  tags: ['special-category', 'appropriate-policy-document', 'schedule-1'],
  covers: ['UK-SC-04'],
  citations: [
    cite('DPA 2018', 'Sch. 1 para. 5(1)'),
    cite('DPA 2018', 'Sch. 1 para. 39'),
    cite('DPA 2018', 'Sch. 1 para. 40'),
    citeIco('Special category data'),
  ],
  rationale:
    'The substantial public interest conditions in Part 2 of Schedule 1, including paragraph 22 for registered parties and paragraph 23 for elected representatives, are met only if, when the processing happens, the controller has an appropriate policy document. ' +
    'The document explains how the organisation complies with the data protection principles for that data and how long it keeps and when it erases it. ' +
    'It must be kept, reviewed and made available to the Commissioner on request until six months after the processing ends. ' +
    'Without it the condition is not met, so the special category data has no condition.',
  remediation: [
    'Write an appropriate policy document covering each Schedule 1 condition you rely on: how you comply with each principle for that data, and your retention and erasure policy.',
    'Review it regularly and whenever your processing changes; keep it until six months after the processing ends and give it to the Commissioner on request.',
  ],
  notes:
    'A few Part 2 conditions (for example disclosures to the police under para. 10(2)) are met without a policy document. For schedule1Condition "other", a missing document is therefore a warning, not a failure. ' +
    'The rule does not judge how recently the document was reviewed: para. 40 requires review but sets no interval.',
  examples: {
    passing: `# Relying on paragraph 22 with an appropriate policy document in place.
processingActivities:
  - id: canvassing
    name: Doorstep canvassing
    specialCategory:
      used: true
      condition: substantial_public_interest
      schedule1Condition: para_22_political_parties
      appropriatePolicyDocument:
        exists: true
        reference: APD-2026
`,
    failing: `# Fails: paragraph 22 relied on without an appropriate policy document.
processingActivities:
  - id: canvassing
    name: Doorstep canvassing
    specialCategory:
      used: true
      condition: substantial_public_interest
      schedule1Condition: para_22_political_parties
      appropriatePolicyDocument:
        exists: false
`,
  },
  messages: {
    noActivities: 'No processing activities are declared, so Schedule 1 conditions cannot be checked.',
    notRelied: 'No activity relies on a Schedule 1 substantial public interest condition.',
    documentUnknown: '{{subject}} relies on {{condition}}, but whether you have an appropriate policy document (specialCategory.appropriatePolicyDocument) is not declared.',
    noDocument: '{{subject}} relies on {{condition}} without an appropriate policy document, so the condition is not met.',
    checkException: '{{subject}} relies on {{condition}} without an appropriate policy document; most Part 2 conditions require one, so check that yours is an exception.',
    documentInPlace: '{{subject}} relies on {{condition}} with an appropriate policy document in place.',
  },
  evaluate(declaration) {
    const list = declaration.processingActivities;
    if (list === undefined) return [needsInfo(DECLARATION, 'noActivities', ['/processingActivities'])];
    const outcomes: RuleOutcome<Message>[] = [];
    for (const { entry, subject } of items(list, 'processingActivities')) {
      if (!reliesOnSchedule1(entry)) continue;
      const para = entry.specialCategory?.schedule1Condition;
      const condition = para === undefined ? 'a substantial public interest condition' : SCHEDULE1_LABELS[para];
      const exists = entry.specialCategory?.appropriatePolicyDocument?.exists;
      const evidence = [at(subject, 'specialCategory', 'appropriatePolicyDocument', 'exists')];
      if (exists === undefined) outcomes.push(needsInfo(subject, 'documentUnknown', [at(subject, 'specialCategory', 'appropriatePolicyDocument')], { condition }));
      else if (exists) outcomes.push(pass(subject, 'documentInPlace', evidence, { condition }));
      else if (para === 'other') outcomes.push(warn(subject, 'checkException', evidence, { condition }));
      else outcomes.push(fail(subject, 'noDocument', evidence, { condition }));
    }
    if (outcomes.length === 0) return [notApplicable(DECLARATION, 'notRelied', ['/processingActivities'])];
    return outcomes;
  },
});
