import rule from '../../../rules/electoral-register/er-04.js';
import type { DataSource, ProcessingActivity } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const marked = (fields: Partial<DataSource> = {}): DataSource => ({
  id: 'marked',
  name: 'Marked register 2024',
  type: 'marked_register',
  registerEntitlement: 'marked_register_request',
  usedForActivityIds: ['gotv'],
  ...fields,
});
const avl = (fields: Partial<DataSource> = {}): DataSource => ({
  id: 'postal-voters',
  name: 'Postal voters list',
  type: 'absent_voter_list',
  registerEntitlement: 'rpr_106_registered_party',
  usedForActivityIds: ['gotv'],
  ...fields,
});
const activity = (id: string, purposeType?: ProcessingActivity['purposeType']): ProcessingActivity => ({ id, name: id, ...(purposeType ? { purposeType } : {}) });

testRule(rule, {
  scenarios: [
    {
      name: 'turnout targeting from the marked register passes',
      declaration: declaration({ dataSources: [marked()], processingActivities: [activity('gotv', 'get_out_the_vote')] }),
      expect: [{ status: 'pass', messageId: 'within', subject: 'dataSources/marked', evidence: ['/processingActivities/0/purposeType'] }],
    },
    {
      name: 'supplying the marked register fails',
      declaration: declaration({ dataSources: [marked({ usedForActivityIds: ['sale'] })], processingActivities: [activity('sale', 'data_supply')] }),
      expect: [{ status: 'fail', messageId: 'outside', evidence: ['/dataSources/0/registerEntitlement', '/processingActivities/0/purposeType'] }],
    },
    {
      name: 'donation checks are not a marked-register purpose',
      declaration: declaration({ dataSources: [marked({ usedForActivityIds: ['donations'] })], processingActivities: [activity('donations', 'donation_checks')] }),
      expect: [{ status: 'fail', messageId: 'outside' }],
    },
    {
      name: 'research with the marked register needs a person to check',
      declaration: declaration({ dataSources: [marked({ usedForActivityIds: ['research'] })], processingActivities: [activity('research', 'opinion_research')] }),
      expect: [{ status: 'warn', messageId: 'check' }],
    },
    {
      name: 'postal-voter lists for campaigning pass',
      declaration: declaration({ dataSources: [avl()], processingActivities: [activity('gotv', 'get_out_the_vote')] }),
      expect: [{ status: 'pass', messageId: 'within', subject: 'dataSources/postal-voters' }],
    },
    { name: 'postal-voter list entitlement not declared', declaration: declaration({ dataSources: [avl({ registerEntitlement: undefined })], processingActivities: [activity('gotv', 'get_out_the_vote')] }), expect: [{ status: 'needs_info', messageId: 'entitlementUnknown' }] },
    { name: 'no entitlement is ER-01', declaration: declaration({ dataSources: [avl({ registerEntitlement: 'none', usedForActivityIds: undefined })] }), expect: [{ status: 'not_applicable', messageId: 'noEntitlement' }] },
    { name: 'uses not declared', declaration: declaration({ dataSources: [marked({ usedForActivityIds: undefined })] }), expect: [{ status: 'needs_info', messageId: 'usesUnknown' }] },
    { name: 'purpose type not declared', declaration: declaration({ dataSources: [marked()], processingActivities: [activity('gotv')] }), expect: [{ status: 'needs_info', messageId: 'purposeUnknown' }] },
    { name: 'neither held', declaration: declaration({ dataSources: [{ id: 'full', name: 'Full register', type: 'full_electoral_register', registerEntitlement: 'rpr_106_registered_party' }] }), expect: [{ status: 'not_applicable', messageId: 'noneHeld', subject: 'declaration' }] },
    { name: 'sources not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noSources' }] },
  ],
});
