import rule from '../../../rules/sourcing/src-03.js';
import type { DataSource, ProcessingActivity } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const scraped: DataSource = { id: 'scraped', name: 'Scraped commenters', type: 'scraped_social_media', usedForActivityIds: ['targeting'] };
const activity = (fields: Partial<ProcessingActivity> = {}): ProcessingActivity => ({
  id: 'targeting',
  name: 'Issue targeting',
  lawfulBasis: 'legitimate_interests',
  specialCategory: { used: true, condition: 'substantial_public_interest', schedule1Condition: 'para_22_political_parties' },
  ...fields,
});

testRule(rule, {
  scenarios: [
    {
      name: 'another special category condition passes',
      declaration: declaration({ dataSources: [scraped], processingActivities: [activity()] }),
      expect: [{ status: 'pass', messageId: 'notRelied', subject: 'dataSources/scraped', evidence: ['/processingActivities/0/specialCategory'] }],
    },
    { name: 'no special category data passes', declaration: declaration({ dataSources: [scraped], processingActivities: [activity({ specialCategory: { used: false } })] }), expect: [{ status: 'pass', messageId: 'notRelied' }] },
    {
      name: '"manifestly made public" for posts is a warning',
      declaration: declaration({ dataSources: [scraped], processingActivities: [activity({ specialCategory: { used: true, condition: 'manifestly_made_public' } })] }),
      expect: [{ status: 'warn', messageId: 'manifestlyPublic', evidence: ['/processingActivities/0/specialCategory/condition'] }],
    },
    {
      name: 'the link may be declared on the activity',
      declaration: declaration({
        dataSources: [{ ...scraped, usedForActivityIds: undefined, type: 'public_web' }],
        processingActivities: [activity({ dataSourceIds: ['scraped'], specialCategory: undefined })],
      }),
      expect: [{ status: 'needs_info', messageId: 'conditionUnknown', evidence: ['/processingActivities/0/specialCategory'] }],
    },
    { name: 'uses not declared', declaration: declaration({ dataSources: [{ ...scraped, usedForActivityIds: undefined }] }), expect: [{ status: 'needs_info', messageId: 'usesUnknown', evidence: ['/dataSources/0/usedForActivityIds'] }] },
    { name: 'no public data', declaration: declaration({ dataSources: [{ id: 'signups', name: 'Sign-ups', type: 'direct_collection' }] }), expect: [{ status: 'not_applicable', messageId: 'noPublicData', subject: 'declaration' }] },
    { name: 'sources not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noSources' }] },
  ],
});
