import rule from '../../../rules/online/onl-05.js';
import type { OnlineTargeting, ProcessingActivity } from '../../../schema/generated/declaration.js';
import { declaration, withDeclarant } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const ads = (fields: Partial<OnlineTargeting> = {}): OnlineTargeting => ({
  id: 'faith-ads',
  name: 'Faith communities ads',
  method: 'interest_segments',
  criteria: ['religion', 'location'],
  ...fields,
});

const para22Activity: ProcessingActivity = {
  id: 'supporter-ads',
  name: 'Supporter advertising',
  purposeType: 'online_targeting',
  lawfulBasis: 'public_task_democratic_engagement',
  specialCategory: { used: true, condition: 'substantial_public_interest', schedule1Condition: 'para_22_political_parties' },
};

const supporterUpload = (fields: Partial<OnlineTargeting> = {}): OnlineTargeting => ({
  id: 'supporter-upload',
  name: 'Strong supporters upload',
  method: 'custom_list_upload',
  activityId: 'supporter-ads',
  usesSpecialCategory: true,
  ...fields,
});

testRule(rule, {
  scenarios: [
    {
      name: 'religion targeting without explicit consent fails',
      declaration: declaration({ onlineTargeting: [ads({ explicitConsent: false })] }),
      expect: [{ status: 'fail', messageId: 'specialCriteria', subject: 'onlineTargeting/faith-ads', evidence: ['/onlineTargeting/0/criteria', '/onlineTargeting/0/explicitConsent'] }],
    },
    {
      name: 'religion targeting with consent not declared',
      declaration: declaration({ onlineTargeting: [ads()] }),
      expect: [{ status: 'needs_info', messageId: 'specialCriteriaConsentUnknown', evidence: ['/onlineTargeting/0/explicitConsent'] }],
    },
    {
      name: 'the criterion counts even when usesSpecialCategory says no',
      declaration: declaration({ onlineTargeting: [ads({ criteria: ['ethnicity'], usesSpecialCategory: false, explicitConsent: false })] }),
      expect: [{ status: 'fail', messageId: 'specialCriteria' }],
    },
    { name: 'explicit consent passes', declaration: declaration({ onlineTargeting: [ads({ explicitConsent: true })] }), expect: [{ status: 'pass', messageId: 'explicitConsent' }] },
    {
      name: 'declared special category use without consent fails',
      declaration: declaration({ onlineTargeting: [supporterUpload({ activityId: undefined, explicitConsent: false })] }),
      expect: [{ status: 'fail', messageId: 'specialData' }],
    },
    {
      name: 'declared special category use with consent not declared',
      declaration: declaration({ onlineTargeting: [supporterUpload({ activityId: undefined })] }),
      expect: [{ status: 'needs_info', messageId: 'specialDataConsentUnknown' }],
    },
    {
      name: 'a registered party relying on para. 22 for political opinions gets a warning',
      declaration: declaration({ processingActivities: [para22Activity], onlineTargeting: [supporterUpload({ explicitConsent: false })] }),
      expect: [{ status: 'warn', messageId: 'para22', evidence: ['/onlineTargeting/0/usesSpecialCategory', '/processingActivities/0/specialCategory/schedule1Condition'] }],
    },
    {
      name: 'para. 22 is not available to a non-party campaigner',
      declaration: withDeclarant(
        { organisationType: 'non_party_campaigner', partyRegistration: undefined },
        { processingActivities: [para22Activity], onlineTargeting: [supporterUpload({ explicitConsent: false })] },
      ),
      expect: [{ status: 'fail', messageId: 'specialData' }],
    },
    {
      name: 'para. 22 does not cover religion',
      declaration: declaration({ processingActivities: [para22Activity], onlineTargeting: [supporterUpload({ criteria: ['religion'], explicitConsent: false })] }),
      expect: [{ status: 'fail', messageId: 'specialCriteria' }],
    },
    { name: 'political interest is a warning', declaration: declaration({ onlineTargeting: [ads({ criteria: ['political_interest', 'age'] })] }), expect: [{ status: 'warn', messageId: 'politicalInterest' }] },
    {
      name: 'ordinary criteria and no special category pass',
      declaration: declaration({ onlineTargeting: [ads({ criteria: ['age', 'location'], usesSpecialCategory: false })] }),
      expect: [{ status: 'pass', messageId: 'noSpecialCategory' }],
    },
    {
      name: 'special category use not declared',
      declaration: declaration({ onlineTargeting: [ads({ criteria: ['age', 'location'] })] }),
      expect: [{ status: 'needs_info', messageId: 'specialUnknown', evidence: ['/onlineTargeting/0/usesSpecialCategory'] }],
    },
    { name: 'targeting not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noTargeting' }] },
    { name: 'no targeting', declaration: declaration({ onlineTargeting: [] }), expect: [{ status: 'not_applicable', messageId: 'noneDeclared' }] },
  ],
});
