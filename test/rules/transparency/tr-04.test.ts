import rule from '../../../rules/transparency/tr-04.js';
import type { DataSource, PrivacyNotice } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const register: DataSource = { id: 'full-register', name: 'Full electoral register', type: 'full_electoral_register' };
const broker: DataSource = { id: 'lifestyle', name: 'Lifestyle data', type: 'data_broker' };
const notice = (sourcesNamed?: PrivacyNotice['sourcesNamed']): PrivacyNotice => ({ published: true, ...(sourcesNamed ? { sourcesNamed } : {}) });

testRule(rule, {
  scenarios: [
    {
      name: 'named organisations pass',
      declaration: declaration({ dataSources: [register, broker], privacyNotice: notice('named_organisations') }),
      expect: [{ status: 'pass', messageId: 'named', subject: 'privacyNotice', evidence: ['/privacyNotice/sourcesNamed'] }],
    },
    {
      name: 'source types pass when nothing is bought in',
      declaration: declaration({ dataSources: [register], privacyNotice: notice('source_types') }),
      expect: [{ status: 'pass', messageId: 'named' }],
    },
    {
      name: 'source types only, with broker data, is a warning',
      declaration: declaration({ dataSources: [register, broker], privacyNotice: notice('source_types') }),
      expect: [{ status: 'warn', messageId: 'typesOnly', evidence: ['/privacyNotice/sourcesNamed', '/dataSources/1'] }],
    },
    {
      name: 'a supplier that is a broker counts as bought-in data',
      declaration: declaration({
        vendors: [{ id: 'acme', name: 'Acme Data', service: 'data_broker' }],
        dataSources: [{ id: 'enrich', name: 'Enrichment', type: 'other', supplierId: 'acme' }, register],
        privacyNotice: notice('source_types'),
      }),
      expect: [{ status: 'warn', messageId: 'typesOnly', evidence: ['/privacyNotice/sourcesNamed', '/dataSources/0'] }],
    },
    {
      name: '"third parties" fails',
      declaration: declaration({ dataSources: [register, broker], privacyNotice: notice('generic') }),
      expect: [{ status: 'fail', messageId: 'generic', evidence: ['/privacyNotice/sourcesNamed', '/dataSources/0', '/dataSources/1'] }],
    },
    { name: 'not stated fails', declaration: declaration({ dataSources: [register], privacyNotice: notice('not_stated') }), expect: [{ status: 'fail', messageId: 'notStated' }] },
    { name: 'naming not declared', declaration: declaration({ dataSources: [register], privacyNotice: notice() }), expect: [{ status: 'needs_info', messageId: 'namingUnknown' }] },
    { name: 'notice not declared', declaration: declaration({ dataSources: [register] }), expect: [{ status: 'needs_info', messageId: 'noticeUnknown', subject: 'privacyNotice' }] },
    { name: 'no notice published is TR-01', declaration: declaration({ dataSources: [register], privacyNotice: { published: false } }), expect: [{ status: 'not_applicable', messageId: 'noticeUnpublished' }] },
    {
      name: 'only direct collection',
      declaration: declaration({ dataSources: [{ id: 'signups', name: 'Sign-ups', type: 'direct_collection' }], privacyNotice: notice('not_stated') }),
      expect: [{ status: 'not_applicable', messageId: 'noIndirectSources', subject: 'declaration' }],
    },
    { name: 'sources not declared', declaration: declaration({ privacyNotice: notice('generic') }), expect: [{ status: 'needs_info', messageId: 'noSources' }] },
  ],
});
