import rule from '../../../rules/pecr/pecr-05.js';
import type { Communication } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const email = (fields: Partial<Communication> = {}): Communication => ({
  id: 'newsletter',
  name: 'Newsletter',
  channel: 'email',
  purpose: 'persuasion',
  senderIdentified: true,
  optOut: { included: true, method: 'unsubscribe_link', freeOfCharge: true },
  ...fields,
});

testRule(rule, {
  scenarios: [
    { name: 'identified sender and opt-out pass', declaration: declaration({ communications: [email()] }), expect: [{ status: 'pass', messageId: 'compliant', subject: 'communications/newsletter' }] },
    {
      name: 'hidden sender fails',
      declaration: declaration({ communications: [email({ senderIdentified: false })] }),
      expect: [{ status: 'fail', messageId: 'senderHidden', evidence: ['/communications/0/senderIdentified'] }],
    },
    { name: 'no opt-out fails', declaration: declaration({ communications: [email({ optOut: { included: false } })] }), expect: [{ status: 'fail', messageId: 'noOptOut' }] },
    {
      name: 'both missing fails once',
      declaration: declaration({ communications: [email({ senderIdentified: false, optOut: { included: false } })] }),
      expect: [{ status: 'fail', messageId: 'senderHiddenNoOptOut', evidence: ['/communications/0/senderIdentified', '/communications/0/optOut/included'] }],
    },
    {
      name: 'reg. 23 applies to companies too',
      declaration: declaration({ communications: [email({ recipients: 'corporate_subscribers', optOut: { included: false } })] }),
      expect: [{ status: 'fail', messageId: 'noOptOut' }],
    },
    {
      name: 'a charged opt-out is a warning',
      declaration: declaration({ communications: [email({ optOut: { included: true, freeOfCharge: false } })] }),
      expect: [{ status: 'warn', messageId: 'optOutCharged' }],
    },
    { name: 'sender identity not declared', declaration: declaration({ communications: [email({ senderIdentified: undefined })] }), expect: [{ status: 'needs_info', messageId: 'senderUnknown' }] },
    { name: 'opt-out not declared', declaration: declaration({ communications: [email({ optOut: undefined })] }), expect: [{ status: 'needs_info', messageId: 'optOutUnknown' }] },
    {
      name: 'neither declared',
      declaration: declaration({ communications: [email({ optOut: undefined, senderIdentified: undefined })] }),
      expect: [{ status: 'needs_info', messageId: 'bothUnknown' }],
    },
    { name: 'calls are not electronic mail', declaration: declaration({ communications: [email({ channel: 'live_call' })] }), expect: [{ status: 'not_applicable', messageId: 'notElectronic' }] },
    { name: 'purpose not declared', declaration: declaration({ communications: [email({ purpose: undefined })] }), expect: [{ status: 'needs_info', messageId: 'purposeUnknown' }] },
    { name: 'service messages are not marketing', declaration: declaration({ communications: [email({ purpose: 'service_message' })] }), expect: [{ status: 'not_applicable', messageId: 'notMarketing' }] },
    { name: 'communications not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noCommunications' }] },
    { name: 'no communications', declaration: declaration({ communications: [] }), expect: [{ status: 'not_applicable', messageId: 'noneDeclared' }] },
  ],
});
