import rule from '../../../rules/special-category/sc-05.js';
import type { ProcessingActivity } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

type Sc = NonNullable<ProcessingActivity['specialCategory']>;
const activity = (sc: Partial<Sc> = {}): ProcessingActivity => ({
  id: 'canvassing',
  name: 'Doorstep canvassing',
  specialCategory: {
    used: true,
    condition: 'substantial_public_interest',
    schedule1Condition: 'para_22_political_parties',
    appropriatePolicyDocument: { exists: true, reference: 'APD-2026', lastReviewed: '2026-01-10' },
    ...sc,
  },
});

testRule(rule, {
  scenarios: [
    {
      name: 'a policy document in place passes',
      declaration: declaration({ processingActivities: [activity()] }),
      expect: [{ status: 'pass', messageId: 'documentInPlace', subject: 'processingActivities/canvassing', evidence: ['/processingActivities/0/specialCategory/appropriatePolicyDocument/exists'] }],
    },
    {
      name: 'paragraph 22 without a policy document fails',
      declaration: declaration({ processingActivities: [activity({ appropriatePolicyDocument: { exists: false } })] }),
      expect: [{ status: 'fail', messageId: 'noDocument' }],
    },
    {
      name: 'an "other" Schedule 1 condition without a document is a warning',
      declaration: declaration({ processingActivities: [activity({ schedule1Condition: 'other', appropriatePolicyDocument: { exists: false } })] }),
      expect: [{ status: 'warn', messageId: 'checkException' }],
    },
    {
      name: 'policy document not declared',
      declaration: declaration({ processingActivities: [activity({ appropriatePolicyDocument: undefined })] }),
      expect: [{ status: 'needs_info', messageId: 'documentUnknown', evidence: ['/processingActivities/0/specialCategory/appropriatePolicyDocument'] }],
    },
    {
      name: 'substantial public interest with no paragraph named is still in scope',
      declaration: declaration({ processingActivities: [activity({ schedule1Condition: undefined, appropriatePolicyDocument: { exists: false } })] }),
      expect: [{ status: 'fail', messageId: 'noDocument' }],
    },
    {
      name: 'explicit consent needs no policy document',
      declaration: declaration({ processingActivities: [activity({ condition: 'explicit_consent', schedule1Condition: undefined })] }),
      expect: [{ status: 'not_applicable', messageId: 'notRelied', subject: 'declaration' }],
    },
    { name: 'activities not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noActivities' }] },
  ],
});
