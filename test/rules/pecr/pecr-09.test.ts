import rule from '../../../rules/pecr/pecr-09.js';
import type { Communication } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const robocall = (fields: Partial<Communication> = {}): Communication => ({
  id: 'candidate-message',
  name: 'Candidate recorded message',
  channel: 'automated_call',
  purpose: 'get_out_the_vote',
  marketingBasis: 'consent',
  consent: { obtained: true, namesSender: true, coversChannel: true },
  ...fields,
});

testRule(rule, {
  scenarios: [
    { name: 'consented recorded calls pass', declaration: declaration({ communications: [robocall()] }), expect: [{ status: 'pass', messageId: 'consented', subject: 'communications/candidate-message' }] },
    {
      name: 'recorded GOTV calls on legitimate interests fail (Labour 2010)',
      declaration: declaration({ communications: [robocall({ marketingBasis: 'legitimate_interests' })] }),
      expect: [{ status: 'fail', messageId: 'wrongBasis', evidence: ['/communications/0/marketingBasis'] }],
    },
    {
      name: 'recorded calls to members who did not consent fail (Lammy 2016)',
      declaration: declaration({ communications: [robocall({ consent: { obtained: false } })] }),
      expect: [{ status: 'fail', messageId: 'noConsent' }],
    },
    {
      name: 'consent to emails does not cover recorded calls',
      declaration: declaration({ communications: [robocall({ consent: { obtained: true, coversChannel: false } })] }),
      expect: [{ status: 'fail', messageId: 'consentOtherChannel' }],
    },
    {
      name: 'consent to someone else does not count',
      declaration: declaration({ communications: [robocall({ consent: { obtained: true, namesSender: false } })] }),
      expect: [{ status: 'fail', messageId: 'consentNotToUs' }],
    },
    {
      name: 'reg. 19 covers companies too',
      declaration: declaration({ communications: [robocall({ recipients: 'corporate_subscribers', marketingBasis: 'none' })] }),
      expect: [{ status: 'fail', messageId: 'wrongBasis' }],
    },
    { name: 'permission not declared', declaration: declaration({ communications: [robocall({ marketingBasis: undefined })] }), expect: [{ status: 'needs_info', messageId: 'basisUnknown' }] },
    { name: 'consent not confirmed', declaration: declaration({ communications: [robocall({ consent: undefined })] }), expect: [{ status: 'needs_info', messageId: 'consentUnknown' }] },
    { name: 'live calls are other rules', declaration: declaration({ communications: [robocall({ channel: 'live_call' })] }), expect: [{ status: 'not_applicable', messageId: 'notAutomated' }] },
    { name: 'purpose not declared', declaration: declaration({ communications: [robocall({ purpose: undefined })] }), expect: [{ status: 'needs_info', messageId: 'purposeUnknown' }] },
    { name: 'research without campaigning content', declaration: declaration({ communications: [robocall({ purpose: 'research' })] }), expect: [{ status: 'not_applicable', messageId: 'notMarketing' }] },
    { name: 'communications not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noCommunications' }] },
    { name: 'no communications', declaration: declaration({ communications: [] }), expect: [{ status: 'not_applicable', messageId: 'noneDeclared' }] },
  ],
});
