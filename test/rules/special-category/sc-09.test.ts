import rule from '../../../rules/special-category/sc-09.js';
import type { DataCategory, DataSource, ProcessingActivity } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const categories: DataCategory[] = [
  { id: 'views', name: 'Stated political views', kind: 'issue_opinion', specialCategory: true, origin: 'observed' },
  { id: 'score', name: 'Support score', kind: 'party_support_score', specialCategory: true, origin: 'inferred', inferenceMethod: 'statistical_model' },
];
const sources: DataSource[] = [
  { id: 'scraped', name: 'Scraped posts', type: 'scraped_social_media' },
  { id: 'canvass', name: 'Canvass returns', type: 'canvassing' },
  { id: 'web', name: 'Public statements on websites', type: 'public_web' },
];
const activity = (fields: Partial<ProcessingActivity> = {}): ProcessingActivity => ({
  id: 'monitoring',
  name: 'Opinion monitoring',
  dataCategoryIds: ['views'],
  dataSourceIds: ['web'],
  specialCategory: { used: true, condition: 'manifestly_made_public' },
  ...fields,
});
const decl = (a: ProcessingActivity) => declaration({ dataCategories: categories, dataSources: sources, processingActivities: [a] });

testRule(rule, {
  scenarios: [
    {
      name: 'public web statements need a manual check per person',
      declaration: decl(activity()),
      expect: [{ status: 'manual', messageId: 'checkEachPerson', subject: 'processingActivities/monitoring', evidence: ['/processingActivities/0/specialCategory/condition', '/dataSources/2'] }],
    },
    {
      name: 'scraped social media is a warning',
      declaration: decl(activity({ dataSourceIds: ['scraped'] })),
      expect: [{ status: 'warn', messageId: 'socialMedia', evidence: ['/processingActivities/0/specialCategory/condition', '/dataSources/0'] }],
    },
    {
      name: 'canvass answers were not made public',
      declaration: decl(activity({ dataSourceIds: ['scraped', 'canvass'] })),
      expect: [{ status: 'fail', messageId: 'privateSources', evidence: ['/processingActivities/0/specialCategory/condition', '/dataSources/1'] }],
    },
    {
      name: 'inferred scores were never made public by anyone',
      declaration: decl(activity({ dataCategoryIds: ['views', 'score'] })),
      expect: [{ status: 'fail', messageId: 'inferred', evidence: ['/processingActivities/0/specialCategory/condition', '/dataCategories/1'] }],
    },
    {
      name: 'sources linked from the source side count too',
      declaration: declaration({
        dataCategories: categories,
        dataSources: [{ id: 'canvass', name: 'Canvass returns', type: 'canvassing', usedForActivityIds: ['monitoring'] }],
        processingActivities: [activity({ dataSourceIds: undefined })],
      }),
      expect: [{ status: 'fail', messageId: 'privateSources' }],
    },
    {
      name: 'sources not declared',
      declaration: decl(activity({ dataSourceIds: undefined })),
      expect: [{ status: 'needs_info', messageId: 'sourcesUnknown', evidence: ['/processingActivities/0/dataSourceIds'] }],
    },
    {
      name: 'other conditions are out of scope',
      declaration: decl(activity({ specialCategory: { used: true, condition: 'explicit_consent' } })),
      expect: [{ status: 'not_applicable', messageId: 'notRelied', subject: 'declaration' }],
    },
    { name: 'activities not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noActivities' }] },
  ],
});
