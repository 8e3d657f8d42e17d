import rule from '../../../rules/roles/role-05.js';
import type { Actor, DataSource, ProcessingActivity } from '../../../schema/generated/declaration.js';
import { declaration, withDeclarant } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const clients: Actor = { id: 'clients', name: 'Campaign clients', type: 'party_headquarters', role: 'controller', arrangement: { type: 'processor_contract' } };
const clientFile = (fields: Partial<DataSource> = {}): DataSource => ({
  id: 'client-file',
  name: 'Clients\' voter files',
  type: 'other',
  supplierId: 'clients',
  usedForActivityIds: ['client-modelling'],
  ...fields,
});
const activities: ProcessingActivity[] = [
  { id: 'client-modelling', name: 'Modelling for clients', purposeType: 'voter_modelling' },
  { id: 'own-db', name: 'Own consumer database', purposeType: 'data_enrichment' },
];
const vendor = (overrides: Parameters<typeof withDeclarant>[1]) =>
  withDeclarant({ organisationType: 'data_broker', partyRegistration: undefined }, { actors: [clients], processingActivities: activities, ...overrides });

testRule(rule, {
  scenarios: [
    {
      name: 'client data used only for the client passes',
      declaration: vendor({ dataSources: [clientFile()] }),
      expect: [{ status: 'pass', messageId: 'clientWorkOnly', subject: 'dataSources/client-file', evidence: ['/dataSources/0', '/processingActivities/0'] }],
    },
    {
      name: 'client data also used to enrich the supplier\'s own database fails (Art. 28(10))',
      declaration: vendor({ dataSources: [clientFile({ usedForActivityIds: ['client-modelling', 'own-db'] })] }),
      expect: [{ status: 'fail', messageId: 'usedForOwnPurposes', evidence: ['/dataSources/0', '/processingActivities/1/purposeType'] }],
    },
    {
      name: 'a register copy held as processor, supplied to others, fails whoever declares it (link from the activity side)',
      declaration: declaration({
        processingActivities: [...activities, { id: 'resale', name: 'List sales', purposeType: 'data_supply', dataSourceIds: ['register-copy'] }],
        dataSources: [{ id: 'register-copy', name: 'Register held for a candidate', type: 'full_electoral_register', registerEntitlement: 'supplied_as_processor' }],
      }),
      expect: [{ status: 'fail', messageId: 'usedForOwnPurposes', subject: 'dataSources/register-copy', evidence: ['/dataSources/0', '/processingActivities/2/purposeType'] }],
    },
    {
      name: 'which activities use it is not declared',
      declaration: vendor({ dataSources: [clientFile({ usedForActivityIds: undefined })] }),
      expect: [{ status: 'needs_info', messageId: 'useUnknown', evidence: ['/dataSources/0/usedForActivityIds'] }],
    },
    {
      name: 'for a party, a source from a controller is not "held as processor"',
      declaration: declaration({ actors: [clients], processingActivities: activities, dataSources: [clientFile({ usedForActivityIds: ['own-db'] })] }),
      expect: [{ status: 'not_applicable', messageId: 'noneHeldAsProcessor', subject: 'declaration' }],
    },
    { name: 'sources not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noSources' }] },
  ],
});
