import rule from '../../../rules/pecr/pecr-01.js';
import type { Communication } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const sms = (fields: Partial<Communication> = {}): Communication => ({
  id: 'spring-sms',
  name: 'Spring SMS',
  channel: 'sms',
  purpose: 'persuasion',
  marketingBasis: 'consent',
  consent: { obtained: true },
  ...fields,
});

testRule(rule, {
  scenarios: [
    { name: 'consented texts pass', declaration: declaration({ communications: [sms()] }), expect: [{ status: 'pass', messageId: 'consented', subject: 'communications/spring-sms' }] },
    {
      name: 'texts on legitimate interests fail (Better for the Country)',
      declaration: declaration({ communications: [sms({ marketingBasis: 'legitimate_interests' })] }),
      expect: [{ status: 'fail', messageId: 'wrongBasis', evidence: ['/communications/0/marketingBasis'] }],
    },
    {
      name: 'consent stated but not obtained from everyone fails',
      declaration: declaration({ communications: [sms({ consent: { obtained: false } })] }),
      expect: [{ status: 'fail', messageId: 'noConsent' }],
    },
    {
      name: 'get-out-the-vote emails are marketing too',
      declaration: declaration({ communications: [sms({ channel: 'email', purpose: 'get_out_the_vote', marketingBasis: 'public_task' })] }),
      expect: [{ status: 'fail', messageId: 'wrongBasis' }],
    },
    { name: 'no basis declared', declaration: declaration({ communications: [sms({ marketingBasis: undefined })] }), expect: [{ status: 'needs_info', messageId: 'basisUnknown' }] },
    { name: 'consent not confirmed', declaration: declaration({ communications: [sms({ consent: {} })] }), expect: [{ status: 'needs_info', messageId: 'consentUnknown' }] },
    { name: 'purpose not declared', declaration: declaration({ communications: [sms({ purpose: undefined })] }), expect: [{ status: 'needs_info', messageId: 'purposeUnknown' }] },
    { name: 'communications not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noCommunications', subject: 'declaration' }] },
    { name: 'no communications', declaration: declaration({ communications: [] }), expect: [{ status: 'not_applicable', messageId: 'noneDeclared' }] },
    { name: 'live calls are another rule', declaration: declaration({ communications: [sms({ channel: 'live_call' })] }), expect: [{ status: 'not_applicable', messageId: 'notElectronic' }] },
    {
      name: 'genuine research is not marketing',
      declaration: declaration({ communications: [sms({ purpose: 'research', containsCampaigningContent: false, marketingBasis: undefined })] }),
      expect: [{ status: 'not_applicable', messageId: 'notMarketing' }],
    },
    {
      name: 'soft opt-in is left to PECR-02',
      declaration: declaration({ communications: [sms({ marketingBasis: 'soft_opt_in' })] }),
      expect: [{ status: 'not_applicable', messageId: 'softOptIn' }],
    },
    {
      name: 'consent that does not name the sender fails (Better for the Country)',
      declaration: declaration({ communications: [sms({ consent: { obtained: true, namesSender: false } })] }),
      expect: [{ status: 'fail', messageId: 'consentNotToUs', evidence: ['/communications/0/consent/namesSender'] }],
    },
    {
      name: 'consent given for another channel fails',
      declaration: declaration({ communications: [sms({ consent: { obtained: true, namesSender: true, coversChannel: false } })] }),
      expect: [{ status: 'fail', messageId: 'consentOtherChannel' }],
    },
    {
      name: 'treated as direct marketing without a purpose is still judged',
      declaration: declaration({ communications: [sms({ purpose: undefined, isDirectMarketing: true, marketingBasis: 'legitimate_interests' })] }),
      expect: [{ status: 'fail', messageId: 'wrongBasis' }],
    },
    {
      name: 'messages only to companies are outside reg. 22',
      declaration: declaration({ communications: [sms({ recipients: 'corporate_subscribers', marketingBasis: 'legitimate_interests' })] }),
      expect: [{ status: 'not_applicable', messageId: 'corporateOnly' }],
    },
    {
      name: 'one outcome per communication, in order',
      declaration: declaration({ communications: [sms(), sms({ id: 'gotv-email', name: 'GOTV email', channel: 'email', consent: { obtained: false } })] }),
      expect: [
        { status: 'pass', subject: 'communications/spring-sms' },
        { status: 'fail', subject: 'communications/gotv-email' },
      ],
    },
  ],
});
