import rule from '../../../rules/electoral-register/er-05.js';
import type { DataSource, RetentionEntry } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const register: DataSource = { id: 'full-register', name: 'Full electoral register', type: 'full_electoral_register' };
const copies = (fields: Partial<RetentionEntry> = {}): RetentionEntry => ({
  id: 'register-copies',
  dataset: 'Register copies',
  datasetType: 'electoral_register_copy',
  startsFrom: 'no_longer_needed_for_electoral_purposes',
  period: { amount: 0, unit: 'days' },
  disposal: 'secure_deletion',
  ...fields,
});

testRule(rule, {
  scenarios: [
    {
      name: 'deleted when no longer needed passes',
      declaration: declaration({ dataSources: [register], retention: [copies()] }),
      expect: [{ status: 'pass', messageId: 'limited', subject: 'retention/register-copies', evidence: ['/retention/0/period', '/retention/0/disposal'] }],
    },
    {
      name: 'an entry that lists the register source counts',
      declaration: declaration({ dataSources: [register], retention: [copies({ datasetType: 'voter_file', dataSourceIds: ['full-register'], indefinite: true })] }),
      expect: [{ status: 'fail', messageId: 'indefinite', evidence: ['/retention/0/indefinite'] }],
    },
    { name: 'no disposal defined fails', declaration: declaration({ dataSources: [register], retention: [copies({ disposal: 'not_defined' })] }), expect: [{ status: 'fail', messageId: 'noDisposal' }] },
    { name: 'period not declared', declaration: declaration({ dataSources: [register], retention: [copies({ period: undefined, startsFrom: undefined })] }), expect: [{ status: 'needs_info', messageId: 'periodUnknown' }] },
    { name: 'disposal not declared', declaration: declaration({ dataSources: [register], retention: [copies({ disposal: undefined })] }), expect: [{ status: 'needs_info', messageId: 'disposalUnknown' }] },
    { name: 'no retention entry for the register', declaration: declaration({ dataSources: [register], retention: [] }), expect: [{ status: 'needs_info', messageId: 'noRetention', subject: 'declaration', evidence: ['/retention'] }] },
    { name: 'no register held', declaration: declaration({ dataSources: [{ id: 'oer', name: 'Open register', type: 'open_electoral_register' }] }), expect: [{ status: 'not_applicable', messageId: 'noRegister' }] },
    { name: 'sources not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noSources' }] },
  ],
});
