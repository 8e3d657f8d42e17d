import rule from '../../../rules/electoral-register/er-02.js';
import type { DataSource, ProcessingActivity } from '../../../schema/generated/declaration.js';
import { declaration, withDeclarant } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const register = (fields: Partial<DataSource> = {}): DataSource => ({
  id: 'full-register',
  name: 'Full electoral register',
  type: 'full_electoral_register',
  registerEntitlement: 'rpr_106_registered_party',
  ...fields,
});
const activity = (id: string, purposeType?: ProcessingActivity['purposeType']): ProcessingActivity => ({
  id,
  name: id.replace(/-/g, ' '),
  dataSourceIds: ['full-register'],
  ...(purposeType ? { purposeType } : {}),
});

testRule(rule, {
  scenarios: [
    {
      name: 'campaigning and donation checks pass for a party',
      declaration: declaration({ dataSources: [register()], processingActivities: [activity('canvass', 'canvassing'), activity('donations', 'donation_checks')] }),
      expect: [
        {
          status: 'pass',
          messageId: 'within',
          subject: 'dataSources/full-register',
          evidence: ['/dataSources/0/registerEntitlement', '/processingActivities/0/purposeType', '/processingActivities/1/purposeType'],
        },
      ],
    },
    {
      name: 'supplying the register to others fails',
      declaration: declaration({ dataSources: [register()], processingActivities: [activity('canvass', 'canvassing'), activity('list-sale', 'data_supply')] }),
      expect: [{ status: 'fail', messageId: 'outside', evidence: ['/dataSources/0/registerEntitlement', '/processingActivities/1/purposeType'] }],
    },
    {
      name: 'casework under a party copy fails',
      declaration: declaration({ dataSources: [register()], processingActivities: [activity('casework', 'casework')] }),
      expect: [{ status: 'fail', messageId: 'outside' }],
    },
    {
      name: 'an elected representative may use it for casework',
      declaration: withDeclarant({ organisationType: 'elected_representative', partyRegistration: undefined }, { dataSources: [register({ registerEntitlement: 'rpr_103_elected_representative' })], processingActivities: [activity('casework', 'casework')] }),
      expect: [{ status: 'pass', messageId: 'within' }],
    },
    {
      name: 'a reg. 104 copy is for donation checks only',
      declaration: withDeclarant({ organisationType: 'candidate', partyRegistration: undefined }, { dataSources: [register({ registerEntitlement: 'rpr_104_donation_checks' })], processingActivities: [activity('fundraising', 'fundraising')] }),
      expect: [{ status: 'fail', messageId: 'outside' }],
    },
    {
      name: 'fundraising needs a person to judge',
      declaration: declaration({ dataSources: [register()], processingActivities: [activity('fundraising', 'fundraising')] }),
      expect: [{ status: 'warn', messageId: 'check', evidence: ['/dataSources/0/registerEntitlement', '/processingActivities/0/purposeType'] }],
    },
    { name: 'purpose type not declared', declaration: declaration({ dataSources: [register()], processingActivities: [activity('misc')] }), expect: [{ status: 'needs_info', messageId: 'purposeUnknown' }] },
    { name: 'uses not declared', declaration: declaration({ dataSources: [register()] }), expect: [{ status: 'needs_info', messageId: 'usesUnknown', evidence: ['/dataSources/0/usedForActivityIds'] }] },
    { name: 'entitlement not declared', declaration: declaration({ dataSources: [register({ registerEntitlement: undefined })] }), expect: [{ status: 'needs_info', messageId: 'entitlementUnknown' }] },
    { name: 'no entitlement is ER-01', declaration: declaration({ dataSources: [register({ registerEntitlement: 'none' })] }), expect: [{ status: 'not_applicable', messageId: 'noEntitlement' }] },
    { name: 'no full register', declaration: declaration({ dataSources: [{ id: 'oer', name: 'Open register', type: 'open_electoral_register' }] }), expect: [{ status: 'not_applicable', messageId: 'noFullRegister', subject: 'declaration' }] },
    { name: 'sources not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noSources' }] },
  ],
});
