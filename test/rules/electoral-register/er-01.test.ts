import rule from '../../../rules/electoral-register/er-01.js';
import type { DataSource } from '../../../schema/generated/declaration.js';
import { declaration, withDeclarant } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const register = (fields: Partial<DataSource> = {}): DataSource => ({
  id: 'full-register',
  name: 'Full electoral register',
  type: 'full_electoral_register',
  registerEntitlement: 'rpr_106_registered_party',
  ...fields,
});

testRule(rule, {
  scenarios: [
    {
      name: 'a registered party under reg. 106 passes',
      declaration: declaration({ dataSources: [register()] }),
      expect: [{ status: 'pass', messageId: 'entitled', subject: 'dataSources/full-register', evidence: ['/dataSources/0/registerEntitlement'] }],
    },
    {
      name: 'a minor party is not entitled',
      declaration: withDeclarant({ partyRegistration: { registered: true, minorParty: true } }, { dataSources: [register()] }),
      expect: [{ status: 'fail', messageId: 'notEntitled', evidence: ['/dataSources/0/registerEntitlement', '/declarant/partyRegistration/minorParty'] }],
    },
    {
      name: 'an unregistered party is not entitled',
      declaration: withDeclarant({ partyRegistration: { registered: false } }, { dataSources: [register()] }),
      expect: [{ status: 'fail', messageId: 'notEntitled' }],
    },
    { name: 'no entitlement fails', declaration: declaration({ dataSources: [register({ registerEntitlement: 'none' })] }), expect: [{ status: 'fail', messageId: 'notEntitled', evidence: ['/dataSources/0/registerEntitlement'] }] },
    {
      name: 'a data broker on its own account fails',
      declaration: withDeclarant({ organisationType: 'data_broker', partyRegistration: undefined }, { dataSources: [register()] }),
      expect: [{ status: 'fail', messageId: 'notEntitled', evidence: ['/dataSources/0/registerEntitlement', '/declarant/organisationType'] }],
    },
    {
      name: 'a supplier holding it as a processor passes',
      declaration: withDeclarant({ organisationType: 'vendor', partyRegistration: undefined }, { dataSources: [register({ registerEntitlement: 'supplied_as_processor' })] }),
      expect: [{ status: 'pass', messageId: 'heldAsProcessor' }],
    },
    {
      name: 'an unregistered non-party campaigner is not a recognised third party',
      declaration: withDeclarant(
        { organisationType: 'non_party_campaigner', partyRegistration: undefined, electoralCommissionRegistration: { registered: false } },
        { dataSources: [register({ registerEntitlement: 'rpr_106_recognised_third_party' })] },
      ),
      expect: [{ status: 'fail', messageId: 'notEntitled', evidence: ['/dataSources/0/registerEntitlement', '/declarant/electoralCommissionRegistration/registered'] }],
    },
    {
      name: 'a recognised third party passes',
      declaration: withDeclarant(
        { organisationType: 'non_party_campaigner', partyRegistration: undefined, electoralCommissionRegistration: { registered: true, registrationType: 'recognised_third_party' } },
        { dataSources: [register({ registerEntitlement: 'rpr_106_recognised_third_party' })] },
      ),
      expect: [{ status: 'pass', messageId: 'entitled' }],
    },
    {
      name: 'Electoral Commission registration not declared',
      declaration: withDeclarant({ organisationType: 'non_party_campaigner', partyRegistration: undefined }, { dataSources: [register({ registerEntitlement: 'rpr_106_recognised_third_party' })] }),
      expect: [{ status: 'needs_info', messageId: 'factUnknown', evidence: ['/dataSources/0/registerEntitlement', '/declarant/electoralCommissionRegistration'] }],
    },
    { name: 'a candidate under reg. 108 passes', declaration: withDeclarant({ organisationType: 'candidate', partyRegistration: undefined }, { dataSources: [register({ registerEntitlement: 'rpr_108_candidate' })] }), expect: [{ status: 'pass', messageId: 'entitled' }] },
    { name: 'a party holding a candidate\'s copy is a warning', declaration: declaration({ dataSources: [register({ registerEntitlement: 'rpr_108_candidate' })] }), expect: [{ status: 'warn', messageId: 'judgement' }] },
    { name: 'a party claiming an elected representative\'s entitlement fails', declaration: declaration({ dataSources: [register({ registerEntitlement: 'rpr_103_elected_representative' })] }), expect: [{ status: 'fail', messageId: 'notEntitled' }] },
    {
      name: 'absent voter lists are not available under reg. 104',
      declaration: withDeclarant({ organisationType: 'candidate', partyRegistration: undefined }, { dataSources: [register({ id: 'avl', name: 'Postal voters list', type: 'absent_voter_list', registerEntitlement: 'rpr_104_donation_checks' })] }),
      expect: [{ status: 'fail', messageId: 'notEntitled', subject: 'dataSources/avl' }],
    },
    {
      name: 'recall petition campaigners need a person to check',
      declaration: withDeclarant({ organisationType: 'recall_petition_campaigner', partyRegistration: undefined }, { dataSources: [register({ registerEntitlement: 'rpr_106_recognised_third_party' })] }),
      expect: [{ status: 'manual', messageId: 'checkEntitlement' }],
    },
    { name: 'party registration not declared', declaration: withDeclarant({ partyRegistration: undefined }, { dataSources: [register()] }), expect: [{ status: 'needs_info', messageId: 'factUnknown' }] },
    { name: 'entitlement not declared', declaration: declaration({ dataSources: [register({ registerEntitlement: undefined })] }), expect: [{ status: 'needs_info', messageId: 'entitlementUnknown' }] },
    { name: 'only the open register', declaration: declaration({ dataSources: [{ id: 'oer', name: 'Open register', type: 'open_electoral_register' }] }), expect: [{ status: 'not_applicable', messageId: 'noRestricted', subject: 'declaration' }] },
    { name: 'sources not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noSources' }] },
  ],
});
