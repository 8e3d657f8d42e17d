/**
 * SC-06: where the controller relies on a Schedule 1 condition that needs an appropriate policy document, its record
 * of processing (UK GDPR Art. 30) must also state the condition relied on, how the Art. 6 basis is met, and whether
 * the data is retained and erased as the policy says (DPA 2018 Sch. 1 para. 41). One outcome for the governance
 * section, when any activity relies on a Schedule 1 Part 2 condition.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { fail, needsInfo, notApplicable, pass } from '../lib/outcomes.js';
import { DECLARATION, section } from '../lib/subjects.js';
import { reliesOnSchedule1 } from './_helpers.js';

const RECORD = '/governance/recordsOfProcessing';

export default defineRule({
  id: 'SC-06',
  title: 'The record of processing states the Schedule 1 conditions relied on',
  area: 'special-category',
  severity: 'medium',
  tags: ['special-category', 'records-of-processing', 'schedule-1'],
  covers: ['UK-SC-04'],
  citations: [cite('DPA 2018', 'Sch. 1 para. 41'), cite('UK GDPR', 'Art. 30(1)'), citeIco('Special category data')],
  rationale:
    'When you rely on a Schedule 1 condition that needs an appropriate policy document (such as paragraph 22 for parties), your record of processing activities must also say which condition you rely on, how the processing satisfies an Article 6 lawful basis, and whether the data is kept and erased in line with your policy, and if not, why not. ' +
    'Because campaigns process special category data, the small-organisation relief from keeping a record does not apply to them.',
  remediation: [
    'Keep a record of processing activities, if you do not already.',
    'For each activity relying on a Schedule 1 condition, add the condition, the Article 6 basis, and whether retention and erasure follow your appropriate policy document.',
  ],
  notes:
    'Severity: the digest rates UK-SC-04 high as a whole. The policy document itself is a condition of lawfulness and is checked at high by SC-05; the record entries are documentation that does not affect lawfulness, so this rule is medium, in line with the digest\'s scale for documentation gaps. ' +
    'A missing record of processing altogether is also a failure of UK-ACC-01 (accountability area); this rule reports it only in connection with the Schedule 1 entries.',
  examples: {
    passing: `# Our record of processing names the Schedule 1 condition we rely on.
processingActivities:
  - id: canvassing
    name: Doorstep canvassing
    specialCategory:
      used: true
      condition: substantial_public_interest
      schedule1Condition: para_22_political_parties
governance:
  recordsOfProcessing:
    maintained: true
    recordsSchedule1Conditions: true
`,
    failing: `# Fails: we keep a record of processing, but it does not state the Schedule 1 condition.
processingActivities:
  - id: canvassing
    name: Doorstep canvassing
    specialCategory:
      used: true
      condition: substantial_public_interest
      schedule1Condition: para_22_political_parties
governance:
  recordsOfProcessing:
    maintained: true
    recordsSchedule1Conditions: false
`,
  },
  messages: {
    noActivities: 'No processing activities are declared, so it is not known whether any relies on a Schedule 1 condition.',
    notRelied: 'No activity relies on a Schedule 1 substantial public interest condition.',
    recordUnknown: 'Activities rely on Schedule 1 conditions, but your record of processing (governance.recordsOfProcessing) is not declared.',
    noRecord: 'Activities rely on Schedule 1 conditions, but no record of processing is kept, so the conditions, lawful bases and retention are not recorded as the law requires.',
    entriesUnknown: 'Activities rely on Schedule 1 conditions, but whether your record of processing names them (recordsSchedule1Conditions) is not declared.',
    entriesMissing: 'Activities rely on Schedule 1 conditions, but your record of processing does not state the conditions, the lawful bases and whether retention follows the policy.',
    entriesRecorded: 'Your record of processing states the Schedule 1 conditions relied on.',
  },
  evaluate(declaration) {
    const activities = declaration.processingActivities;
    if (activities === undefined) return [needsInfo(DECLARATION, 'noActivities', ['/processingActivities'])];
    const relying = activities.some(reliesOnSchedule1);
    if (!relying) return [notApplicable(DECLARATION, 'notRelied', ['/processingActivities'])];
    const subject = section('governance');
    const record = declaration.governance?.recordsOfProcessing;
    if (record === undefined) return [needsInfo(subject, 'recordUnknown', [RECORD])];
    if (!record.maintained) return [fail(subject, 'noRecord', [`${RECORD}/maintained`])];
    const entries = record.recordsSchedule1Conditions;
    if (entries === undefined) return [needsInfo(subject, 'entriesUnknown', [`${RECORD}/recordsSchedule1Conditions`])];
    if (!entries) return [fail(subject, 'entriesMissing', [`${RECORD}/recordsSchedule1Conditions`])];
    return [pass(subject, 'entriesRecorded', [`${RECORD}/recordsSchedule1Conditions`])];
  },
});
