import rule from '../../../rules/special-category/sc-04.js';
import type { DataCategory, ProcessingActivity } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const categories: DataCategory[] = [
  { id: 'contact', name: 'Contact details', kind: 'contact_details' },
  { id: 'vi', name: 'Voting intention', kind: 'voting_intention', specialCategory: true },
  { id: 'eth', name: 'Ethnicity', kind: 'ethnicity', specialCategory: true },
  { id: 'stance', name: 'Local stance', kind: 'other', specialCategory: true },
];
const activity = (fields: Partial<ProcessingActivity> = {}): ProcessingActivity => ({
  id: 'modelling',
  name: 'Voter modelling',
  dataCategoryIds: ['contact', 'vi'],
  specialCategory: { used: true, condition: 'substantial_public_interest', schedule1Condition: 'para_22_political_parties' },
  ...fields,
});

testRule(rule, {
  scenarios: [
    {
      name: 'political opinions only passes',
      declaration: declaration({ dataCategories: categories, processingActivities: [activity()] }),
      expect: [
        {
          status: 'pass',
          messageId: 'politicalOnly',
          subject: 'processingActivities/modelling',
          evidence: ['/processingActivities/0/specialCategory/schedule1Condition', '/dataCategories/1'],
        },
      ],
    },
    {
      name: 'ethnicity under paragraph 22 fails',
      declaration: declaration({ dataCategories: categories, processingActivities: [activity({ dataCategoryIds: ['vi', 'eth'] })] }),
      expect: [{ status: 'fail', messageId: 'otherSpecialData', evidence: ['/processingActivities/0/specialCategory/schedule1Condition', '/dataCategories/2'] }],
    },
    {
      name: 'a special category of kind "other" is a warning',
      declaration: declaration({ dataCategories: categories, processingActivities: [activity({ dataCategoryIds: ['vi', 'stance'] })] }),
      expect: [{ status: 'warn', messageId: 'unclearData' }],
    },
    {
      name: 'no special data in the activity',
      declaration: declaration({ dataCategories: categories, processingActivities: [activity({ dataCategoryIds: ['contact'] })] }),
      expect: [{ status: 'not_applicable', messageId: 'noSpecialData' }],
    },
    {
      name: 'data used not declared',
      declaration: declaration({ dataCategories: categories, processingActivities: [activity({ dataCategoryIds: undefined })] }),
      expect: [{ status: 'needs_info', messageId: 'categoriesUnknown', evidence: ['/processingActivities/0/dataCategoryIds'] }],
    },
    {
      name: 'other conditions are out of scope',
      declaration: declaration({ dataCategories: categories, processingActivities: [activity({ dataCategoryIds: ['eth'], specialCategory: { used: true, condition: 'explicit_consent' } })] }),
      expect: [{ status: 'not_applicable', messageId: 'notRelied', subject: 'declaration' }],
    },
    { name: 'activities not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noActivities' }] },
  ],
});
