import rule from '../../../rules/lawful-basis/lb-04.js';
import type { ProcessingActivity } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const activity = (fields: Partial<ProcessingActivity> = {}): ProcessingActivity => ({
  id: 'post',
  name: 'Addressed letters to supporters',
  purposeType: 'voter_contact',
  lawfulBasis: 'legitimate_interests',
  legitimateInterestsAssessment: { status: 'completed', reference: 'LIA-3', date: '2026-03-01' },
  ...fields,
});

testRule(rule, {
  scenarios: [
    {
      name: 'a completed assessment passes',
      declaration: declaration({ processingActivities: [activity()] }),
      expect: [{ status: 'pass', messageId: 'completed', subject: 'processingActivities/post', evidence: ['/processingActivities/0/legitimateInterestsAssessment/status'] }],
    },
    {
      name: 'no assessment done fails',
      declaration: declaration({ processingActivities: [activity({ legitimateInterestsAssessment: { status: 'not_done' } })] }),
      expect: [{ status: 'fail', messageId: 'notCompleted', evidence: ['/processingActivities/0/lawfulBasis', '/processingActivities/0/legitimateInterestsAssessment/status'] }],
    },
    {
      name: '"not required" is not an answer for legitimate interests',
      declaration: declaration({ processingActivities: [activity({ legitimateInterestsAssessment: { status: 'not_required', notRequiredReason: 'Obvious' } })] }),
      expect: [{ status: 'fail', messageId: 'notCompleted' }],
    },
    {
      name: 'assessment not declared',
      declaration: declaration({ processingActivities: [activity({ legitimateInterestsAssessment: undefined })] }),
      expect: [{ status: 'needs_info', messageId: 'assessmentUnknown', evidence: ['/processingActivities/0/legitimateInterestsAssessment'] }],
    },
    {
      name: 'other bases are out of scope',
      declaration: declaration({ processingActivities: [activity({ lawfulBasis: 'consent' })] }),
      expect: [{ status: 'not_applicable', messageId: 'notRelied' }],
    },
    { name: 'activities not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noActivities', subject: 'declaration' }] },
  ],
});
