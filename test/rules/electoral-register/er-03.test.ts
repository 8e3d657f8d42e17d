import rule from '../../../rules/electoral-register/er-03.js';
import type { Actor, DataSource, Vendor } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const register = (sharedWith?: DataSource['sharedWith']): DataSource => ({
  id: 'full-register',
  name: 'Full electoral register',
  type: 'full_electoral_register',
  registerEntitlement: 'rpr_106_registered_party',
  ...(sharedWith ? { sharedWith } : {}),
});
const mailer: Vendor = { id: 'mailer', name: 'Mailing house', service: 'printing_and_mailing', role: 'processor' };
const broker: Vendor = { id: 'broker', name: 'Acme Data', service: 'data_broker', role: 'controller' };
const enricher: Vendor = { id: 'enricher', name: 'Model Co', service: 'analytics_or_modelling', role: 'processor', usesDataForOwnPurposes: true };
const candidate: Actor = { id: 'cand', name: 'Local candidate', type: 'candidate', role: 'controller' };
const vendors = [mailer, broker, enricher];

testRule(rule, {
  scenarios: [
    {
      name: 'a processor only passes',
      declaration: declaration({ vendors, dataSources: [register([{ recipientId: 'mailer', asProcessor: true }])] }),
      expect: [{ status: 'pass', messageId: 'processorsOnly', subject: 'dataSources/full-register', evidence: ['/dataSources/0/sharedWith/0/asProcessor'] }],
    },
    { name: 'not passed on passes', declaration: declaration({ dataSources: [register([])] }), expect: [{ status: 'pass', messageId: 'notPassedOn' }] },
    {
      name: 'passed to a broker on its own account fails',
      declaration: declaration({ vendors, dataSources: [register([{ recipientId: 'mailer', asProcessor: true }, { recipientId: 'broker', asProcessor: false }])] }),
      expect: [{ status: 'fail', messageId: 'passedOn', evidence: ['/dataSources/0/sharedWith/1/asProcessor'] }],
    },
    {
      name: 'a "processor" that uses the data for itself fails',
      declaration: declaration({ vendors, dataSources: [register([{ recipientId: 'enricher', asProcessor: true }])] }),
      expect: [{ status: 'fail', messageId: 'passedOn', evidence: ['/dataSources/0/sharedWith/0/asProcessor', '/vendors/2/usesDataForOwnPurposes'] }],
    },
    {
      name: 'a "processor" declared as a controller fails',
      declaration: declaration({ vendors, dataSources: [register([{ recipientId: 'broker', asProcessor: true }])] }),
      expect: [{ status: 'fail', messageId: 'passedOn', evidence: ['/dataSources/0/sharedWith/0/asProcessor', '/vendors/1/role'] }],
    },
    {
      name: 'passed to a candidate is a warning',
      declaration: declaration({ actors: [candidate], dataSources: [register([{ recipientId: 'cand', asProcessor: false }])] }),
      expect: [{ status: 'warn', messageId: 'toCampaign', evidence: ['/dataSources/0/sharedWith/0/asProcessor', '/actors/0/type'] }],
    },
    { name: 'processor status not declared', declaration: declaration({ vendors, dataSources: [register([{ recipientId: 'mailer' }])] }), expect: [{ status: 'needs_info', messageId: 'processorUnknown' }] },
    { name: 'recipients not declared', declaration: declaration({ dataSources: [register()] }), expect: [{ status: 'needs_info', messageId: 'sharingUnknown', evidence: ['/dataSources/0/sharedWith'] }] },
    { name: 'no restricted register', declaration: declaration({ dataSources: [{ id: 'oer', name: 'Open register', type: 'open_electoral_register' }] }), expect: [{ status: 'not_applicable', messageId: 'noRestricted', subject: 'declaration' }] },
    { name: 'sources not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noSources' }] },
  ],
});
