/**
 * RET-06: an organisation that winds up after the campaign securely destroys the personal data it holds. The ICO's
 * "After a campaign" guidance says a disbanding organisation must destroy personal data securely and, in certain
 * circumstances, should have a third party audit how it processed the data. Keeping data with no organisation left to
 * be responsible for it cannot meet storage limitation or security (UK GDPR Arts. 5(1)(e), 5(1)(f)).
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { fail, needsInfo, notApplicable, pass, warn } from '../lib/outcomes.js';
import { at, section } from '../lib/subjects.js';

/** Campaigners that commonly wind up after their campaign. */
const SHORT_LIVED = new Set(['referendum_campaigner', 'recall_petition_campaigner', 'non_party_campaigner']);

export default defineRule({
  id: 'RET-06',
  title: 'An organisation that winds up after the campaign securely destroys the personal data it holds',
  area: 'retention',
  severity: 'high',
  tags: ['retention', 'after-the-campaign', 'disbanding', 'destruction'],
  covers: ['UK-RET-02'],
  citations: [cite('UK GDPR', 'Art. 5(1)(e)'), cite('UK GDPR', 'Art. 5(1)(f)'), citeIco('After a campaign')],
  rationale:
    'Many referendum and issue campaigns wind up once the vote is over. Their supporter lists, canvass data and donor records do not disappear on ' +
    'their own: left on laptops, shared drives and supplier systems, they stay exposed with nobody responsible for them, or drift to whoever ' +
    'takes over the cause. The Commissioner\'s guidance is that a disbanding organisation must destroy the data securely, and in some cases have an ' +
    'independent party check.',
  remediation: [
    'Before winding up, list every copy of personal data: systems, exports, volunteers\' devices, paper, and data held by suppliers.',
    'Destroy it securely (certified deletion, shredding) and get written confirmation from suppliers.',
    'Where the data was sensitive or large in scale, have an independent party check the destruction, and keep the record.',
    'Pass data to another organisation only if RET-05\'s conditions are met; destroy everything else.',
  ],
  notes:
    'When organisationDisbanding is not declared, the rule asks only referendum, recall petition and non-party campaigners, which commonly wind up; ' +
    'for parties, candidates, representatives and suppliers it assumes no winding up. Destruction not planned because data passes to a successor is a ' +
    'warning (the hand-over is judged by RET-05). The independent check is described as needed only "in certain circumstances", so it is not required here.',
  examples: {
    passing: `# The group winds up after the vote and securely destroys its data, with an independent check.
postCampaign:
  organisationDisbanding: true
  disbandingPlan:
    secureDestruction: true
    independentCheck: true
`,
    failing: `# Fails: the group winds up without destroying the data it holds.
postCampaign:
  organisationDisbanding: true
  disbandingPlan:
    secureDestruction: false
`,
  },
  messages: {
    unknown: 'It is not declared whether the organisation will wind up after the campaign (postCampaign.organisationDisbanding).',
    notDisbanding: 'The organisation is not winding up after the campaign.',
    planUnknown: 'The organisation will wind up after the campaign; what happens to the data is not declared (disbandingPlan.secureDestruction).',
    noDestruction: 'The organisation will wind up after the campaign without securely destroying the personal data it holds.',
    passedOn: 'The organisation will wind up and pass data to a successor instead of destroying it; anything not lawfully passed on must still be destroyed (see RET-05).',
    destroyed: 'The organisation will wind up and securely destroy the personal data it holds{{checked}}.',
  },
  evaluate(declaration) {
    const subject = section('postCampaign');
    const post = declaration.postCampaign;
    const disbanding = post?.organisationDisbanding;
    const pointer = at(subject, 'organisationDisbanding');
    if (disbanding === undefined) {
      return SHORT_LIVED.has(declaration.declarant.organisationType)
        ? [needsInfo(subject, 'unknown', [pointer])]
        : [notApplicable(subject, 'notDisbanding', ['/declarant/organisationType'])];
    }
    if (!disbanding) return [notApplicable(subject, 'notDisbanding', [pointer])];
    const destruction = post?.disbandingPlan?.secureDestruction;
    const destructionPointer = at(subject, 'disbandingPlan', 'secureDestruction');
    if (destruction === undefined) return [needsInfo(subject, 'planUnknown', [destructionPointer])];
    if (destruction) {
      const checked = post?.disbandingPlan?.independentCheck === true ? ', with an independent check' : '';
      return [pass(subject, 'destroyed', [pointer, destructionPointer], { checked })];
    }
    if (post?.reuse === 'successor_organisation') return [warn(subject, 'passedOn', [destructionPointer, at(subject, 'reuse')])];
    return [fail(subject, 'noDestruction', [pointer, destructionPointer])];
  },
});
