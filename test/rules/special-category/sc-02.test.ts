import rule from '../../../rules/special-category/sc-02.js';
import type { DataCategory, ProcessingActivity } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const categories: DataCategory[] = [
  { id: 'contact', name: 'Contact details', kind: 'contact_details' },
  { id: 'vi', name: 'Voting intention', kind: 'voting_intention', specialCategory: true },
];
const activity = (fields: Partial<ProcessingActivity> = {}): ProcessingActivity => ({
  id: 'canvassing',
  name: 'Doorstep canvassing',
  lawfulBasis: 'public_task_democratic_engagement',
  dataCategoryIds: ['contact', 'vi'],
  specialCategory: { used: true, condition: 'substantial_public_interest', schedule1Condition: 'para_22_political_parties' },
  ...fields,
});

testRule(rule, {
  scenarios: [
    {
      name: 'an activity with a condition passes',
      declaration: declaration({ dataCategories: categories, processingActivities: [activity()] }),
      expect: [{ status: 'pass', messageId: 'conditionDeclared', subject: 'processingActivities/canvassing', evidence: ['/processingActivities/0/specialCategory/condition'] }],
    },
    {
      name: 'no condition identified fails, pointing at the special data',
      declaration: declaration({ dataCategories: categories, processingActivities: [activity({ specialCategory: { used: true, condition: 'none_identified' } })] }),
      expect: [{ status: 'fail', messageId: 'noCondition', evidence: ['/processingActivities/0/specialCategory/condition', '/dataCategories/1'] }],
    },
    {
      name: 'declared as not using special data while using voting intention fails',
      declaration: declaration({ dataCategories: categories, processingActivities: [activity({ specialCategory: { used: false } })] }),
      expect: [{ status: 'fail', messageId: 'contradiction', evidence: ['/processingActivities/0/specialCategory/used', '/dataCategories/1'] }],
    },
    {
      name: 'special data found through the categories, with no condition declared',
      declaration: declaration({ dataCategories: categories, processingActivities: [activity({ specialCategory: undefined })] }),
      expect: [{ status: 'needs_info', messageId: 'conditionUnknown', evidence: ['/processingActivities/0/specialCategory/condition'] }],
    },
    {
      name: 'substantial public interest without the Schedule 1 condition',
      declaration: declaration({ dataCategories: categories, processingActivities: [activity({ specialCategory: { used: true, condition: 'substantial_public_interest' } })] }),
      expect: [{ status: 'needs_info', messageId: 'schedule1Unknown' }],
    },
    {
      name: 'use of special data not declared either way',
      declaration: declaration({ processingActivities: [activity({ dataCategoryIds: undefined, specialCategory: undefined })] }),
      expect: [{ status: 'needs_info', messageId: 'usageUnknown' }],
    },
    {
      name: 'activities without special data are not applicable',
      declaration: declaration({
        dataCategories: categories,
        processingActivities: [activity({ dataCategoryIds: ['contact'], specialCategory: undefined }), activity({ id: 'post', dataCategoryIds: undefined, specialCategory: { used: false } })],
      }),
      expect: [
        { status: 'not_applicable', messageId: 'notUsed', subject: 'processingActivities/canvassing' },
        { status: 'not_applicable', messageId: 'notUsed', subject: 'processingActivities/post' },
      ],
    },
    { name: 'activities not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noActivities', subject: 'declaration' }] },
    { name: 'no activities', declaration: declaration({ processingActivities: [] }), expect: [{ status: 'not_applicable', messageId: 'noneDeclared' }] },
  ],
});
