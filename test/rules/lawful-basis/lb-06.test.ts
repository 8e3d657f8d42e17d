import rule from '../../../rules/lawful-basis/lb-06.js';
import type { DataSource, ProcessingActivity } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const petition = (fields: Partial<DataSource> = {}): DataSource => ({
  id: 'save-the-hospital',
  name: 'Save the hospital petition',
  type: 'petition',
  originalPurpose: 'Petition to the health board',
  compatibility: { status: 'consent_obtained', peopleToldAtCollection: true },
  ...fields,
});
const targeting: ProcessingActivity = { id: 'targeting', name: 'Targeted letters', lawfulBasis: 'legitimate_interests', dataSourceIds: ['save-the-hospital'] };

testRule(rule, {
  scenarios: [
    {
      name: 'petition data re-used with consent passes',
      declaration: declaration({ dataSources: [petition()] }),
      expect: [{ status: 'pass', messageId: 'consented', subject: 'dataSources/save-the-hospital', evidence: ['/dataSources/0/compatibility/status'] }],
    },
    {
      name: 're-use without assessment fails',
      declaration: declaration({ dataSources: [petition({ compatibility: { status: 'not_assessed' } })] }),
      expect: [{ status: 'fail', messageId: 'notAssessed', evidence: ['/dataSources/0/compatibility/status'] }],
    },
    {
      name: 'incompatible data still used for an activity fails',
      declaration: declaration({ dataSources: [petition({ compatibility: { status: 'assessed_incompatible' } })], processingActivities: [targeting] }),
      expect: [{ status: 'fail', messageId: 'incompatibleUsed' }],
    },
    {
      name: 'incompatible data kept out of campaigning passes',
      declaration: declaration({ dataSources: [petition({ compatibility: { status: 'assessed_incompatible' } })], processingActivities: [] }),
      expect: [{ status: 'pass', messageId: 'keptApart' }],
    },
    {
      name: 'incompatible data used as a communication audience fails',
      declaration: declaration({
        dataSources: [petition({ compatibility: { status: 'assessed_incompatible' } })],
        communications: [{ id: 'letters', name: 'Letters', channel: 'addressed_post', audienceSourceIds: ['save-the-hospital'] }],
      }),
      expect: [{ status: 'fail', messageId: 'incompatibleUsed' }],
    },
    {
      name: 'compatible but people were not told at collection: warning',
      declaration: declaration({ dataSources: [petition({ type: 'survey', compatibility: { status: 'assessed_compatible', peopleToldAtCollection: false } })] }),
      expect: [{ status: 'warn', messageId: 'notTold', evidence: ['/dataSources/0/compatibility/status', '/dataSources/0/compatibility/peopleToldAtCollection'] }],
    },
    {
      name: 'competition data with nothing declared about re-use',
      declaration: declaration({ dataSources: [petition({ type: 'competition', compatibility: undefined })] }),
      expect: [{ status: 'needs_info', messageId: 'reuseUnknown', evidence: ['/dataSources/0/compatibility'] }],
    },
    {
      name: 'other sources count only when declared as re-used; casework and affiliated data are other rules',
      declaration: declaration({
        dataSources: [
          petition({ id: 'web', name: 'Website sign-ups', type: 'direct_collection', compatibility: undefined }),
          petition({ id: 'members', name: 'Members', type: 'membership_records', compatibility: { status: 'same_purpose' } }),
          petition({ id: 'case', name: 'Casework', type: 'casework', compatibility: { status: 'not_assessed' } }),
          petition({ id: 'events', name: 'Event sign-ups', type: 'event_signups', compatibility: { status: 'not_assessed' } }),
        ],
      }),
      expect: [{ status: 'fail', messageId: 'notAssessed', subject: 'dataSources/events' }],
    },
    {
      name: 'nothing re-used',
      declaration: declaration({ dataSources: [petition({ id: 'web', type: 'direct_collection', compatibility: undefined })] }),
      expect: [{ status: 'not_applicable', messageId: 'noReuse', subject: 'declaration' }],
    },
    { name: 'sources not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noSources' }] },
  ],
});
