import rule from '../../../rules/retention/ret-01.js';
import type { RetentionEntry } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const voterFile = (fields: Partial<RetentionEntry> = {}): RetentionEntry => ({
  id: 'voter-file',
  dataset: 'Voter file',
  datasetType: 'voter_file',
  period: { amount: 6, unit: 'months' },
  startsFrom: 'polling_day',
  justification: 'Needed for recounts, petitions and the next by-election.',
  disposal: 'secure_deletion',
  ...fields,
});

testRule(rule, {
  scenarios: [
    {
      name: 'a justified period with a start and disposal passes',
      declaration: declaration({ retention: [voterFile()] }),
      expect: [
        {
          status: 'pass',
          messageId: 'scheduled',
          subject: 'retention/voter-file',
          evidence: ['/retention/0/period', '/retention/0/startsFrom', '/retention/0/justification', '/retention/0/disposal'],
        },
      ],
    },
    {
      name: 'a voter file kept indefinitely fails',
      declaration: declaration({ retention: [voterFile({ indefinite: true, period: undefined })] }),
      expect: [{ status: 'fail', messageId: 'shortfalls', evidence: ['/retention/0/indefinite'] }],
    },
    {
      name: 'a suppression list kept indefinitely is a warning',
      declaration: declaration({ retention: [voterFile({ id: 'suppression', dataset: 'Suppression list', datasetType: 'suppression_list', indefinite: true, period: undefined })] }),
      expect: [{ status: 'warn', messageId: 'concerns' }],
    },
    { name: 'no disposal method defined is a warning', declaration: declaration({ retention: [voterFile({ disposal: 'not_defined' })] }), expect: [{ status: 'warn', messageId: 'concerns' }] },
    {
      name: 'no period and no reason',
      declaration: declaration({ retention: [voterFile({ period: undefined, justification: undefined })] }),
      expect: [{ status: 'needs_info', messageId: 'gaps', evidence: ['/retention/0/period', '/retention/0/justification'] }],
    },
    {
      name: 'an empty schedule while data is held fails',
      declaration: declaration({ retention: [], dataSources: [{ id: 'register', name: 'Full register', type: 'full_electoral_register' }] }),
      expect: [{ status: 'fail', messageId: 'emptySchedule', subject: 'declaration', evidence: ['/retention', '/dataSources'] }],
    },
    { name: 'an empty schedule and nothing held', declaration: declaration({ retention: [] }), expect: [{ status: 'not_applicable', messageId: 'noneDeclared' }] },
    { name: 'no schedule declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noSchedule', subject: 'declaration' }] },
    {
      name: 'one outcome per dataset, in order',
      declaration: declaration({ retention: [voterFile(), voterFile({ id: 'canvass', dataset: 'Canvass returns', indefinite: true })] }),
      expect: [
        { status: 'pass', subject: 'retention/voter-file' },
        { status: 'fail', subject: 'retention/canvass' },
      ],
    },
  ],
});
