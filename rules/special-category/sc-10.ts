/**
 * SC-10: a registered party relying on the political parties condition loses it for a person who has given written
 * notice requiring it to stop processing their data, once a reasonable period has passed (DPA 2018 Sch. 1
 * para. 22(3)). The party needs a process to receive, record and act on such notices across all its units.
 * One outcome for the rights section, when any activity relies on para. 22.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { fail, needsInfo, notApplicable, pass } from '../lib/outcomes.js';
import { DECLARATION, section } from '../lib/subjects.js';
import { reliesOnPara22 } from './_helpers.js';

const PROCESS = '/rights/stopNotices';

export default defineRule({
  id: 'SC-10',
  title: 'A party relying on the political parties condition has a process to act on written notices to stop',
  area: 'special-category',
  severity: 'high',
  tags: ['special-category', 'political-parties', 'para-22', 'rights'],
  covers: ['UK-SC-03'],
  citations: [cite('DPA 2018', 'Sch. 1 para. 22(3)'), citeIco('Special category data')],
  rationale:
    'The political parties condition does not apply to a person who has given the party written notice requiring it not to process their personal data, once the notice has given the party a reasonable period to stop and that period has ended. ' +
    'After that, processing that person\'s political opinions has no condition. ' +
    'A party can only respect this if notices are recognised when they arrive (by any unit), recorded, and applied to every system, canvassing app and supplier that holds the person\'s data.',
  remediation: [
    'Set up a documented process for written notices to stop processing: how they are recognised, logged and acknowledged, and the period within which processing stops.',
    'Make sure the process reaches local units, candidates and suppliers, and that stopped records are suppressed everywhere.',
    'Record the process in the declaration (rights.stopNotices).',
  ],
  notes:
    'Severity: the digest rates UK-SC-03 critical as a whole; a missing process is a failure to prepare for notices, not itself processing without a condition, so this rule is high. ' +
    'Para. 22(2) (no substantial damage or distress) cannot be evidenced by a declaration and is not encoded. ' +
    'The general right to object is judged by the rights rules.',
  examples: {
    passing: `# Relying on paragraph 22, with a process to act on written notices to stop.
processingActivities:
  - id: canvassing
    name: Doorstep canvassing
    specialCategory:
      used: true
      condition: substantial_public_interest
      schedule1Condition: para_22_political_parties
rights:
  stopNotices:
    inPlace: true
    responseDays: 21
`,
    failing: `# Fails: relying on paragraph 22 with no process for written notices to stop.
processingActivities:
  - id: canvassing
    name: Doorstep canvassing
    specialCategory:
      used: true
      condition: substantial_public_interest
      schedule1Condition: para_22_political_parties
rights:
  stopNotices:
    inPlace: false
`,
  },
  messages: {
    noActivities: 'No processing activities are declared, so it is not known whether any relies on the political parties condition.',
    notRelied: 'No activity relies on the political parties condition (Schedule 1 paragraph 22).',
    processUnknown: 'Activities rely on the political parties condition, but whether you have a process for written notices to stop (rights.stopNotices) is not declared.',
    noProcess: 'Activities rely on the political parties condition, but there is no process for written notices to stop processing; once such a notice takes effect the condition no longer covers that person.',
    processInPlace: 'A process for written notices to stop processing is in place.',
  },
  evaluate(declaration) {
    const activities = declaration.processingActivities;
    if (activities === undefined) return [needsInfo(DECLARATION, 'noActivities', ['/processingActivities'])];
    const relying = activities.some(reliesOnPara22);
    if (!relying) return [notApplicable(DECLARATION, 'notRelied', ['/processingActivities'])];
    const subject = section('rights');
    const process = declaration.rights?.stopNotices;
    if (process === undefined) return [needsInfo(subject, 'processUnknown', [PROCESS])];
    if (!process.inPlace) return [fail(subject, 'noProcess', [`${PROCESS}/inPlace`])];
    return [pass(subject, 'processInPlace', [`${PROCESS}/inPlace`])];
  },
});
