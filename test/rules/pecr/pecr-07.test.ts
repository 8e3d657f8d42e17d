import rule from '../../../rules/pecr/pecr-07.js';
import type { Communication } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const calls = (fields: Partial<Communication> = {}): Communication => ({
  id: 'phone-bank',
  name: 'Phone bank',
  channel: 'live_call',
  purpose: 'persuasion',
  doNotCallList: true,
  ...fields,
});

testRule(rule, {
  scenarios: [
    { name: 'screened against own list passes', declaration: declaration({ communications: [calls()] }), expect: [{ status: 'pass', messageId: 'screened', subject: 'communications/phone-bank' }] },
    {
      name: 'no do-not-call list fails',
      declaration: declaration({ communications: [calls({ doNotCallList: false })] }),
      expect: [{ status: 'fail', messageId: 'noList', evidence: ['/communications/0/doNotCallList'] }],
    },
    { name: 'list not declared', declaration: declaration({ communications: [calls({ doNotCallList: undefined })] }), expect: [{ status: 'needs_info', messageId: 'listUnknown' }] },
    { name: 'texts are not live calls', declaration: declaration({ communications: [calls({ channel: 'sms' })] }), expect: [{ status: 'not_applicable', messageId: 'notLiveCall' }] },
    { name: 'research calls are not marketing', declaration: declaration({ communications: [calls({ purpose: 'research' })] }), expect: [{ status: 'not_applicable', messageId: 'notMarketing' }] },
    { name: 'purpose not declared', declaration: declaration({ communications: [calls({ purpose: undefined })] }), expect: [{ status: 'needs_info', messageId: 'purposeUnknown' }] },
    { name: 'communications not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noCommunications' }] },
    { name: 'no communications', declaration: declaration({ communications: [] }), expect: [{ status: 'not_applicable', messageId: 'noneDeclared' }] },
  ],
});
