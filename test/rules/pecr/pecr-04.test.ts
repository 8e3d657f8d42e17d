import rule from '../../../rules/pecr/pecr-04.js';
import type { Communication } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const sms = (fields: Partial<Communication> = {}): Communication => ({
  id: 'referendum-sms',
  name: 'Referendum SMS',
  channel: 'sms',
  purpose: 'persuasion',
  marketingBasis: 'consent',
  consent: { obtained: true, evidenceHeld: true },
  ...fields,
});

testRule(rule, {
  scenarios: [
    { name: 'evidence held passes', declaration: declaration({ communications: [sms()] }), expect: [{ status: 'pass', messageId: 'evidenceHeld', subject: 'communications/referendum-sms' }] },
    {
      name: 'consent without evidence fails (Vote Leave)',
      declaration: declaration({ communications: [sms({ consent: { obtained: true, evidenceHeld: false } })] }),
      expect: [{ status: 'fail', messageId: 'noEvidence', evidence: ['/communications/0/consent/evidenceHeld'] }],
    },
    {
      name: 'recorded calls need evidence of consent too',
      declaration: declaration({ communications: [sms({ channel: 'automated_call', consent: { obtained: true, evidenceHeld: false } })] }),
      expect: [{ status: 'fail', messageId: 'noEvidence' }],
    },
    {
      name: 'evidence not declared',
      declaration: declaration({ communications: [sms({ consent: { obtained: true } })] }),
      expect: [{ status: 'needs_info', messageId: 'evidenceUnknown', evidence: ['/communications/0/consent/evidenceHeld'] }],
    },
    {
      name: 'evidence is asked even when the basis is not declared',
      declaration: declaration({ communications: [sms({ marketingBasis: undefined, consent: undefined })] }),
      expect: [{ status: 'needs_info', messageId: 'evidenceUnknown' }],
    },
    { name: 'another basis is left to PECR-01', declaration: declaration({ communications: [sms({ marketingBasis: 'legitimate_interests' })] }), expect: [{ status: 'not_applicable', messageId: 'otherBasis' }] },
    { name: 'live calls do not need consent', declaration: declaration({ communications: [sms({ channel: 'live_call' })] }), expect: [{ status: 'not_applicable', messageId: 'notConsentChannel' }] },
    { name: 'companies only', declaration: declaration({ communications: [sms({ recipients: 'corporate_subscribers' })] }), expect: [{ status: 'not_applicable', messageId: 'corporateOnly' }] },
    { name: 'purpose not declared', declaration: declaration({ communications: [sms({ purpose: undefined })] }), expect: [{ status: 'needs_info', messageId: 'purposeUnknown' }] },
    { name: 'research is not marketing', declaration: declaration({ communications: [sms({ purpose: 'research' })] }), expect: [{ status: 'not_applicable', messageId: 'notMarketing' }] },
    { name: 'communications not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noCommunications' }] },
    { name: 'no communications', declaration: declaration({ communications: [] }), expect: [{ status: 'not_applicable', messageId: 'noneDeclared' }] },
  ],
});
