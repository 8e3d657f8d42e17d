import rule from '../../../rules/pecr/pecr-10.js';
import type { Communication } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const calls = (fields: Partial<Communication> = {}): Communication => ({
  id: 'phone-bank',
  name: 'Phone bank',
  channel: 'live_call',
  purpose: 'persuasion',
  callerIdentified: true,
  ...fields,
});

testRule(rule, {
  scenarios: [
    { name: 'identified calls pass', declaration: declaration({ communications: [calls()] }), expect: [{ status: 'pass', messageId: 'identified', subject: 'communications/phone-bank' }] },
    {
      name: 'unidentified recorded calls fail',
      declaration: declaration({ communications: [calls({ channel: 'automated_call', callerIdentified: false })] }),
      expect: [{ status: 'fail', messageId: 'notIdentified', evidence: ['/communications/0/callerIdentified'] }],
    },
    { name: 'unidentified live calls fail', declaration: declaration({ communications: [calls({ callerIdentified: false })] }), expect: [{ status: 'fail', messageId: 'notIdentified' }] },
    { name: 'identification not declared', declaration: declaration({ communications: [calls({ callerIdentified: undefined })] }), expect: [{ status: 'needs_info', messageId: 'identificationUnknown' }] },
    { name: 'texts are not calls', declaration: declaration({ communications: [calls({ channel: 'sms' })] }), expect: [{ status: 'not_applicable', messageId: 'notCall' }] },
    { name: 'service calls are not marketing', declaration: declaration({ communications: [calls({ purpose: 'service_message' })] }), expect: [{ status: 'not_applicable', messageId: 'notMarketing' }] },
    { name: 'purpose not declared', declaration: declaration({ communications: [calls({ purpose: undefined })] }), expect: [{ status: 'needs_info', messageId: 'purposeUnknown' }] },
    { name: 'communications not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noCommunications' }] },
    { name: 'no communications', declaration: declaration({ communications: [] }), expect: [{ status: 'not_applicable', messageId: 'noneDeclared' }] },
  ],
});
