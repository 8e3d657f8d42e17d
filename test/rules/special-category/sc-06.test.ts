import rule from '../../../rules/special-category/sc-06.js';
import type { ProcessingActivity } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const para22: ProcessingActivity = {
  id: 'canvassing',
  name: 'Doorstep canvassing',
  specialCategory: { used: true, condition: 'substantial_public_interest', schedule1Condition: 'para_22_political_parties' },
};
const consent: ProcessingActivity = { id: 'survey', name: 'Member survey', specialCategory: { used: true, condition: 'explicit_consent' } };

testRule(rule, {
  scenarios: [
    {
      name: 'the record names the Schedule 1 conditions',
      declaration: declaration({ processingActivities: [para22], governance: { recordsOfProcessing: { maintained: true, recordsSchedule1Conditions: true } } }),
      expect: [{ status: 'pass', messageId: 'entriesRecorded', subject: 'governance', evidence: ['/governance/recordsOfProcessing/recordsSchedule1Conditions'] }],
    },
    {
      name: 'the record leaves the conditions out',
      declaration: declaration({ processingActivities: [para22], governance: { recordsOfProcessing: { maintained: true, recordsSchedule1Conditions: false } } }),
      expect: [{ status: 'fail', messageId: 'entriesMissing' }],
    },
    {
      name: 'no record of processing at all',
      declaration: declaration({ processingActivities: [para22], governance: { recordsOfProcessing: { maintained: false } } }),
      expect: [{ status: 'fail', messageId: 'noRecord', evidence: ['/governance/recordsOfProcessing/maintained'] }],
    },
    {
      name: 'whether the record names them is not declared',
      declaration: declaration({ processingActivities: [para22], governance: { recordsOfProcessing: { maintained: true } } }),
      expect: [{ status: 'needs_info', messageId: 'entriesUnknown' }],
    },
    {
      name: 'record of processing not declared',
      declaration: declaration({ processingActivities: [para22] }),
      expect: [{ status: 'needs_info', messageId: 'recordUnknown', subject: 'governance', evidence: ['/governance/recordsOfProcessing'] }],
    },
    {
      name: 'no Schedule 1 condition relied on',
      declaration: declaration({ processingActivities: [consent] }),
      expect: [{ status: 'not_applicable', messageId: 'notRelied', subject: 'declaration' }],
    },
    { name: 'activities not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noActivities', subject: 'declaration' }] },
  ],
});
