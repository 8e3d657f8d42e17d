import rule from '../../../rules/lawful-basis/lb-08.js';
import type { ProcessingActivity } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const activity = (fields: Partial<ProcessingActivity> = {}): ProcessingActivity => ({
  id: 'police-requests',
  name: 'Answering police requests',
  purposeType: 'other',
  lawfulBasis: 'recognised_legitimate_interest',
  recognisedLegitimateInterest: 'crime',
  ...fields,
});

testRule(rule, {
  scenarios: [
    {
      name: 'an Annex 1 condition for a non-campaigning purpose passes',
      declaration: declaration({ processingActivities: [activity()] }),
      expect: [
        {
          status: 'pass',
          messageId: 'annexCondition',
          subject: 'processingActivities/police-requests',
          evidence: ['/processingActivities/0/lawfulBasis', '/processingActivities/0/recognisedLegitimateInterest'],
        },
      ],
    },
    {
      name: 'democratic engagement is not an Annex 1 condition',
      declaration: declaration({ processingActivities: [activity({ id: 'gotv', purposeType: 'get_out_the_vote', recognisedLegitimateInterest: 'democratic_engagement' })] }),
      expect: [{ status: 'fail', messageId: 'democraticEngagement', subject: 'processingActivities/gotv' }],
    },
    {
      name: 'a campaigning purpose under an Annex 1 condition is a warning',
      declaration: declaration({ processingActivities: [activity({ purposeType: 'canvassing', recognisedLegitimateInterest: 'safeguarding' })] }),
      expect: [{ status: 'warn', messageId: 'notForCampaigning', evidence: ['/processingActivities/0/lawfulBasis', '/processingActivities/0/recognisedLegitimateInterest', '/processingActivities/0/purposeType'] }],
    },
    {
      name: 'condition not declared',
      declaration: declaration({ processingActivities: [activity({ recognisedLegitimateInterest: undefined })] }),
      expect: [{ status: 'needs_info', messageId: 'conditionUnknown' }],
    },
    {
      name: 'other bases are out of scope',
      declaration: declaration({ processingActivities: [activity({ lawfulBasis: 'public_task_democratic_engagement' })] }),
      expect: [{ status: 'not_applicable', messageId: 'notRelied', subject: 'declaration' }],
    },
    { name: 'activities not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noActivities' }] },
  ],
});
