import rule from '../../../rules/accountability/acc-01.js';
import type { Declaration, Governance, ProcessingActivity } from '../../../schema/generated/declaration.js';
import { declaration, withDeclarant } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const canvass: ProcessingActivity = {
  id: 'canvassing',
  name: 'Doorstep canvassing',
  specialCategory: { used: true, condition: 'substantial_public_interest', schedule1Condition: 'para_22_political_parties' },
};
const fundraising: ProcessingActivity = { id: 'fundraising', name: 'Fundraising emails', specialCategory: { used: false } };

const withRecords = (records: Governance['recordsOfProcessing'], overrides: Partial<Declaration> = {}) =>
  declaration({ governance: { recordsOfProcessing: records }, ...overrides });

testRule(rule, {
  scenarios: [
    {
      name: 'records kept and naming the Schedule 1 condition pass',
      declaration: withRecords({ maintained: true, recordsSchedule1Conditions: true }, { processingActivities: [canvass] }),
      expect: [{ status: 'pass', messageId: 'kept', subject: 'governance', evidence: ['/governance/recordsOfProcessing/maintained', '/governance/recordsOfProcessing/recordsSchedule1Conditions'] }],
    },
    {
      name: 'records kept with no Schedule 1 reliance pass',
      declaration: withRecords({ maintained: true }, { processingActivities: [fundraising] }),
      expect: [{ status: 'pass', messageId: 'kept' }],
    },
    {
      name: 'records that do not name the para 22 condition fail (Sch. 1 para. 41)',
      declaration: withRecords({ maintained: true, recordsSchedule1Conditions: false }, { processingActivities: [fundraising, canvass] }),
      expect: [{ status: 'fail', messageId: 'noSchedule1', evidence: ['/governance/recordsOfProcessing/recordsSchedule1Conditions', '/processingActivities/1/specialCategory'] }],
    },
    {
      name: 'no records while processing political opinions fails: no small-organisation relief',
      declaration: withRecords({ maintained: false }, { dataCategories: [{ id: 'vi', name: 'Voting intention', kind: 'voting_intention' }] }),
      expect: [{ status: 'fail', messageId: 'noRecords', evidence: ['/governance/recordsOfProcessing/maintained', '/dataCategories'] }],
    },
    {
      name: 'no records with 300 employees fails',
      declaration: withDeclarant({ staffCount: 300 }, { governance: { recordsOfProcessing: { maintained: false } } }),
      expect: [{ status: 'fail', messageId: 'noRecords' }],
    },
    {
      name: 'no records, small and no special category data: relief doubtful',
      declaration: withDeclarant(
        { staffCount: 3 },
        { governance: { recordsOfProcessing: { maintained: false } }, dataCategories: [{ id: 'c', name: 'Contact details', kind: 'contact_details' }] },
      ),
      expect: [{ status: 'warn', messageId: 'reliefDoubtful' }],
    },
    {
      name: 'no records and nothing known about data or staff',
      declaration: withRecords({ maintained: false }),
      expect: [{ status: 'needs_info', messageId: 'reliefUnknown', evidence: ['/dataCategories', '/declarant/staffCount'] }],
    },
    {
      name: 'whether the record names Schedule 1 conditions is not declared',
      declaration: withRecords({ maintained: true }, { processingActivities: [canvass] }),
      expect: [{ status: 'needs_info', messageId: 'schedule1Unknown' }],
    },
    { name: 'activities not declared', declaration: withRecords({ maintained: true }), expect: [{ status: 'needs_info', messageId: 'activitiesUnknown' }] },
    { name: 'records not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'unknown', evidence: ['/governance/recordsOfProcessing'] }] },
  ],
});
