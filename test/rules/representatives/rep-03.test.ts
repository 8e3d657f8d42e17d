import rule from '../../../rules/representatives/rep-03.js';
import type { Campaign, Casework } from '../../../schema/generated/declaration.js';
import { declaration, withDeclarant } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const general: Campaign = { name: 'General election', electionType: 'uk_parliamentary', pollingDate: '2029-05-03' };
const mp = (casework: Casework | undefined, campaign: Campaign = general) =>
  withDeclarant({ organisationType: 'elected_representative', partyRegistration: undefined }, { campaign, ...(casework ? { casework } : {}) });
const continuing: Casework = { handled: true, keptSeparate: true, usedDuringDissolution: true };

testRule(rule, {
  scenarios: [
    {
      name: 'within 30 days of polling day the condition still applies',
      declaration: mp(continuing),
      evaluationDate: '2029-06-02',
      expect: [{ status: 'pass', messageId: 'withinWindow', subject: 'casework', evidence: ['/casework/usedDuringDissolution', '/campaign/pollingDate'] }],
    },
    { name: 'during the dissolution the condition applies', declaration: mp(continuing), evaluationDate: '2029-04-20', expect: [{ status: 'pass', messageId: 'withinWindow' }] },
    { name: 'after the 30-day window continuing casework is a warning to check re-election', declaration: mp(continuing), evaluationDate: '2029-06-03', expect: [{ status: 'warn', messageId: 'windowEnded' }] },
    { name: 'without an evaluation date the window cannot be placed', declaration: mp(continuing), expect: [{ status: 'needs_info', messageId: 'noEvaluationDate' }] },
    {
      name: 'polling day not declared',
      declaration: mp(continuing, { name: 'General election', electionType: 'uk_parliamentary' }),
      evaluationDate: '2029-06-03',
      expect: [{ status: 'needs_info', messageId: 'pollingUnknown', evidence: ['/campaign/pollingDate'] }],
    },
    { name: 'whether casework continues is not declared', declaration: mp({ handled: true }), evaluationDate: '2029-06-03', expect: [{ status: 'needs_info', messageId: 'dissolutionUnknown' }] },
    {
      name: 'local elections have no dissolution',
      declaration: mp(continuing, { name: 'Council election', electionType: 'local_government', pollingDate: '2029-05-03' }),
      evaluationDate: '2029-06-03',
      expect: [{ status: 'not_applicable', messageId: 'noDissolution' }],
    },
    { name: 'casework stops at dissolution', declaration: mp({ handled: true, usedDuringDissolution: false }), expect: [{ status: 'not_applicable', messageId: 'notDuringDissolution' }] },
    { name: 'a party is not an elected representative', declaration: declaration({ casework: continuing }), expect: [{ status: 'not_applicable', messageId: 'notRepresentative' }] },
  ],
});
