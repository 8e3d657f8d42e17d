import rule from '../../../rules/lawful-basis/lb-05.js';
import type { ProcessingActivity } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const good = { affirmativeAction: true, preTickedBoxes: false, bundledWithTerms: false, withdrawalAsEasy: true, recordsKept: true };
const activity = (fields: Partial<ProcessingActivity> = {}): ProcessingActivity => ({
  id: 'newsletter',
  name: 'Supporter newsletter',
  purposeType: 'voter_contact',
  lawfulBasis: 'consent',
  consentMechanism: { ...good },
  ...fields,
});

testRule(rule, {
  scenarios: [
    {
      name: 'valid, recorded consent passes',
      declaration: declaration({ processingActivities: [activity()] }),
      expect: [{ status: 'pass', messageId: 'validConsent', subject: 'processingActivities/newsletter', evidence: ['/processingActivities/0/consentMechanism'] }],
    },
    {
      name: 'pre-ticked and bundled consent fails, naming both problems',
      declaration: declaration({ processingActivities: [activity({ consentMechanism: { ...good, preTickedBoxes: true, bundledWithTerms: true } })] }),
      expect: [
        {
          status: 'fail',
          messageId: 'invalidConsent',
          evidence: ['/processingActivities/0/consentMechanism/preTickedBoxes', '/processingActivities/0/consentMechanism/bundledWithTerms'],
        },
      ],
    },
    {
      name: 'no consent records fails (Vote Leave, Conservative Party)',
      declaration: declaration({ processingActivities: [activity({ consentMechanism: { ...good, recordsKept: false } })] }),
      expect: [{ status: 'fail', messageId: 'invalidConsent', evidence: ['/processingActivities/0/consentMechanism/recordsKept'] }],
    },
    {
      name: 'a failure is reported even when other elements are unknown',
      declaration: declaration({ processingActivities: [activity({ consentMechanism: { affirmativeAction: false } })] }),
      expect: [{ status: 'fail', messageId: 'invalidConsent', evidence: ['/processingActivities/0/consentMechanism/affirmativeAction'] }],
    },
    {
      name: 'missing elements are asked for',
      declaration: declaration({ processingActivities: [activity({ consentMechanism: { affirmativeAction: true, preTickedBoxes: false, bundledWithTerms: false } })] }),
      expect: [
        {
          status: 'needs_info',
          messageId: 'detailsUnknown',
          evidence: ['/processingActivities/0/consentMechanism/withdrawalAsEasy', '/processingActivities/0/consentMechanism/recordsKept'],
        },
      ],
    },
    {
      name: 'mechanism not declared',
      declaration: declaration({ processingActivities: [activity({ consentMechanism: undefined })] }),
      expect: [{ status: 'needs_info', messageId: 'mechanismUnknown' }],
    },
    { name: 'no consent-based activity', declaration: declaration({ processingActivities: [activity({ lawfulBasis: 'legitimate_interests' })] }), expect: [{ status: 'not_applicable', messageId: 'notRelied' }] },
    { name: 'activities not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noActivities' }] },
  ],
});
