import rule from '../../../rules/pecr/pecr-03.js';
import type { Communication } from '../../../schema/generated/declaration.js';
import { declaration, withDeclarant } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const sms = (fields: Partial<Communication> = {}): Communication => ({
  id: 'supporter-sms',
  name: 'Supporter SMS',
  channel: 'sms',
  purpose: 'persuasion',
  marketingBasis: 'charity_soft_opt_in',
  startDate: '2026-06-01',
  ...fields,
});

const charity = (isCharity: boolean | undefined, comms: Communication[]) =>
  withDeclarant(
    {
      organisationType: 'non_party_campaigner',
      partyRegistration: undefined,
      ...(isCharity === undefined ? {} : { isCharity }),
    },
    { communications: comms },
  );

testRule(rule, {
  scenarios: [
    {
      name: 'a registered party cannot use the charity soft opt-in',
      declaration: declaration({ communications: [sms()] }),
      expect: [{ status: 'fail', messageId: 'partyOrCandidate', subject: 'communications/supporter-sms', evidence: ['/communications/0/marketingBasis', '/declarant/organisationType'] }],
    },
    {
      name: 'a candidate cannot use it either',
      declaration: withDeclarant({ organisationType: 'candidate', partyRegistration: undefined }, { communications: [sms()] }),
      expect: [{ status: 'fail', messageId: 'partyOrCandidate' }],
    },
    { name: 'a campaigner that is not a charity fails', declaration: charity(false, [sms()]), expect: [{ status: 'fail', messageId: 'notACharity' }] },
    { name: 'charity status not declared', declaration: charity(undefined, [sms()]), expect: [{ status: 'needs_info', messageId: 'charityUnknown', evidence: ['/declarant/isCharity'] }] },
    { name: 'a charity must check the conditions by hand', declaration: charity(true, [sms()]), expect: [{ status: 'manual', messageId: 'checkCharitable' }] },
    {
      name: 'messages before 5 February 2026 could not use it',
      declaration: charity(true, [sms({ startDate: '2026-01-15' })]),
      expect: [{ status: 'fail', messageId: 'notInForce' }],
    },
    { name: 'consent is another basis', declaration: declaration({ communications: [sms({ marketingBasis: 'consent' })] }), expect: [{ status: 'not_applicable', messageId: 'otherBasis' }] },
    { name: 'permission not declared', declaration: declaration({ communications: [sms({ marketingBasis: undefined })] }), expect: [{ status: 'needs_info', messageId: 'basisUnknown' }] },
    { name: 'communications not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noCommunications' }] },
    { name: 'no communications', declaration: declaration({ communications: [] }), expect: [{ status: 'not_applicable', messageId: 'noneDeclared' }] },
    { name: 'live calls are not electronic mail', declaration: declaration({ communications: [sms({ channel: 'live_call' })] }), expect: [{ status: 'not_applicable', messageId: 'notElectronic' }] },
  ],
});
