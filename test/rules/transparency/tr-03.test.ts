import rule from '../../../rules/transparency/tr-03.js';
import type { DataSource } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const register = (fields: Partial<DataSource> = {}): DataSource => ({
  id: 'full-register',
  name: 'Full electoral register',
  type: 'full_electoral_register',
  registerEntitlement: 'rpr_106_registered_party',
  peopleInformed: { method: 'first_communication', timing: 'at_first_communication' },
  ...fields,
});

testRule(rule, {
  scenarios: [
    {
      name: 'register data explained in the first message passes',
      declaration: declaration({ dataSources: [register()] }),
      expect: [
        {
          status: 'pass',
          messageId: 'toldInTime',
          subject: 'dataSources/full-register',
          evidence: ['/dataSources/0/peopleInformed/timing', '/dataSources/0/peopleInformed/method'],
        },
      ],
    },
    {
      name: 'broker data told within a month by direct notice passes',
      declaration: declaration({ dataSources: [register({ id: 'broker', name: 'Lifestyle data', type: 'data_broker', registerEntitlement: undefined, peopleInformed: { method: 'direct_notice', timing: 'within_one_month' } })] }),
      expect: [{ status: 'pass', messageId: 'toldInTime' }],
    },
    {
      name: 'told more than a month later fails',
      declaration: declaration({ dataSources: [register({ peopleInformed: { method: 'direct_notice', timing: 'later' } })] }),
      expect: [{ status: 'fail', messageId: 'tooLate', evidence: ['/dataSources/0/peopleInformed/timing'] }],
    },
    {
      name: 'never told and no exemption fails',
      declaration: declaration({ dataSources: [register({ peopleInformed: { method: 'not_informed', timing: 'never' }, art14Exemption: { claimed: false } })] }),
      expect: [{ status: 'fail', messageId: 'notTold', evidence: ['/dataSources/0/peopleInformed/method', '/dataSources/0/art14Exemption/claimed'] }],
    },
    {
      name: 'never told, exemption not declared',
      declaration: declaration({ dataSources: [register({ peopleInformed: { timing: 'never' } })] }),
      expect: [{ status: 'needs_info', messageId: 'notToldExemptionUnknown' }],
    },
    {
      name: 'only a website notice and no exemption fails (Experian)',
      declaration: declaration({
        dataSources: [register({ id: 'oer', name: 'Open register', type: 'open_electoral_register', registerEntitlement: undefined, peopleInformed: { method: 'privacy_notice_only', timing: 'within_one_month' }, art14Exemption: { claimed: false } })],
      }),
      expect: [{ status: 'fail', messageId: 'noticeOnly', subject: 'dataSources/oer' }],
    },
    {
      name: 'only a website notice, exemption not declared',
      declaration: declaration({ dataSources: [register({ peopleInformed: { method: 'privacy_notice_only', timing: 'within_one_month' } })] }),
      expect: [{ status: 'needs_info', messageId: 'noticeOnlyExemptionUnknown' }],
    },
    {
      name: 'an exemption is left to TR-05',
      declaration: declaration({ dataSources: [register({ peopleInformed: { method: 'privacy_notice_only', timing: 'never' }, art14Exemption: { claimed: true, ground: 'disproportionate_effort' } })] }),
      expect: [{ status: 'not_applicable', messageId: 'exemptionClaimed' }],
    },
    {
      name: 'told only by the original collector is a warning',
      declaration: declaration({ dataSources: [register({ id: 'broker', name: 'Lifestyle data', type: 'data_broker', registerEntitlement: undefined, peopleInformed: { method: 'at_collection', timing: 'at_collection' } })] }),
      expect: [{ status: 'warn', messageId: 'toldByCollector' }],
    },
    { name: 'how people are told not declared', declaration: declaration({ dataSources: [register({ peopleInformed: undefined })] }), expect: [{ status: 'needs_info', messageId: 'informedUnknown' }] },
    { name: 'method not declared', declaration: declaration({ dataSources: [register({ peopleInformed: { timing: 'within_one_month' } })] }), expect: [{ status: 'needs_info', messageId: 'methodUnknown' }] },
    {
      name: 'data collected from people themselves is for TR-02',
      declaration: declaration({ dataSources: [{ id: 'signups', name: 'Website sign-ups', type: 'direct_collection' }] }),
      expect: [{ status: 'not_applicable', messageId: 'collectedDirectly' }],
    },
    {
      name: 'a source of unknown origin needs information',
      declaration: declaration({ dataSources: [{ id: 'misc', name: 'Misc list', type: 'other' }] }),
      expect: [{ status: 'needs_info', messageId: 'originUnknown' }],
    },
    {
      name: 'an "other" source told at collection is direct',
      declaration: declaration({ dataSources: [{ id: 'misc', name: 'Misc list', type: 'other', peopleInformed: { method: 'at_collection', timing: 'at_collection' } }] }),
      expect: [{ status: 'not_applicable', messageId: 'collectedDirectly' }],
    },
    {
      name: 'an "other" source from a supplier is data from someone else',
      declaration: declaration({
        vendors: [{ id: 'acme', name: 'Acme Data', service: 'data_broker' }],
        dataSources: [{ id: 'enrich', name: 'Enrichment', type: 'other', supplierId: 'acme' }],
      }),
      expect: [{ status: 'needs_info', messageId: 'informedUnknown', subject: 'dataSources/enrich' }],
    },
    { name: 'sources not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noSources', subject: 'declaration' }] },
    { name: 'no sources', declaration: declaration({ dataSources: [] }), expect: [{ status: 'not_applicable', messageId: 'noneDeclared' }] },
  ],
});
