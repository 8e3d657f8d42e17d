import rule from '../../../rules/rights/rts-05.js';
import { declaration, withDeclarant } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const sar = (surgePlan: boolean | undefined, inPlace = true) => ({ rights: { subjectAccess: { inPlace, surgePlan } } });

testRule(rule, {
  scenarios: [
    { name: 'a surge plan passes', declaration: declaration(sar(true)), expect: [{ status: 'pass', messageId: 'planned', subject: 'rights', evidence: ['/rights/subjectAccess/surgePlan'] }] },
    { name: 'no surge plan is a warning (good practice)', declaration: declaration(sar(false)), expect: [{ status: 'warn', messageId: 'noPlan' }] },
    { name: 'surge plan not declared', declaration: declaration(sar(undefined)), expect: [{ status: 'needs_info', messageId: 'planUnknown' }] },
    { name: 'subject access not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'unknown' }] },
    { name: 'no process at all is left to RTS-01', declaration: declaration(sar(false, false)), expect: [{ status: 'not_applicable', messageId: 'noProcess' }] },
    {
      name: 'a supplier declaring for itself is not a campaigner',
      declaration: withDeclarant({ organisationType: 'vendor', partyRegistration: undefined }, sar(false)),
      expect: [{ status: 'not_applicable', messageId: 'notCampaigner', evidence: ['/declarant/organisationType'] }],
    },
  ],
});
