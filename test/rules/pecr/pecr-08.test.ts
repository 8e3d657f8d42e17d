import rule from '../../../rules/pecr/pecr-08.js';
import type { Communication } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const calls = (fields: Partial<Communication> = {}): Communication => ({
  id: 'phone-bank',
  name: 'Phone bank',
  channel: 'live_call',
  purpose: 'persuasion',
  callingLineIdentity: 'presented',
  ...fields,
});

testRule(rule, {
  scenarios: [
    { name: 'a presented number passes', declaration: declaration({ communications: [calls()] }), expect: [{ status: 'pass', messageId: 'presented', subject: 'communications/phone-bank' }] },
    {
      name: 'a withheld number on live calls fails',
      declaration: declaration({ communications: [calls({ callingLineIdentity: 'withheld' })] }),
      expect: [{ status: 'fail', messageId: 'withheld', evidence: ['/communications/0/callingLineIdentity'] }],
    },
    {
      name: 'a withheld number on recorded calls fails',
      declaration: declaration({ communications: [calls({ channel: 'automated_call', callingLineIdentity: 'withheld' })] }),
      expect: [{ status: 'fail', messageId: 'withheld' }],
    },
    { name: 'caller ID not declared', declaration: declaration({ communications: [calls({ callingLineIdentity: undefined })] }), expect: [{ status: 'needs_info', messageId: 'callerIdUnknown' }] },
    { name: 'emails are not calls', declaration: declaration({ communications: [calls({ channel: 'email' })] }), expect: [{ status: 'not_applicable', messageId: 'notCall' }] },
    { name: 'research calls are not marketing', declaration: declaration({ communications: [calls({ purpose: 'research' })] }), expect: [{ status: 'not_applicable', messageId: 'notMarketing' }] },
    { name: 'purpose not declared', declaration: declaration({ communications: [calls({ purpose: undefined })] }), expect: [{ status: 'needs_info', messageId: 'purposeUnknown' }] },
    { name: 'communications not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noCommunications' }] },
    { name: 'no communications', declaration: declaration({ communications: [] }), expect: [{ status: 'not_applicable', messageId: 'noneDeclared' }] },
  ],
});
