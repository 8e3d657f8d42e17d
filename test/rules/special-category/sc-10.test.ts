import rule from '../../../rules/special-category/sc-10.js';
import type { ProcessingActivity } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const para22: ProcessingActivity = {
  id: 'canvassing',
  name: 'Doorstep canvassing',
  specialCategory: { used: true, condition: 'substantial_public_interest', schedule1Condition: 'para_22_political_parties' },
};

testRule(rule, {
  scenarios: [
    {
      name: 'a stop-notice process passes',
      declaration: declaration({ processingActivities: [para22], rights: { stopNotices: { inPlace: true, responseDays: 21 } } }),
      expect: [{ status: 'pass', messageId: 'processInPlace', subject: 'rights', evidence: ['/rights/stopNotices/inPlace'] }],
    },
    {
      name: 'no process fails',
      declaration: declaration({ processingActivities: [para22], rights: { stopNotices: { inPlace: false } } }),
      expect: [{ status: 'fail', messageId: 'noProcess' }],
    },
    {
      name: 'process not declared',
      declaration: declaration({ processingActivities: [para22], rights: {} }),
      expect: [{ status: 'needs_info', messageId: 'processUnknown', subject: 'rights', evidence: ['/rights/stopNotices'] }],
    },
    {
      name: 'no paragraph 22 reliance',
      declaration: declaration({ processingActivities: [{ ...para22, specialCategory: { used: true, condition: 'explicit_consent' } }] }),
      expect: [{ status: 'not_applicable', messageId: 'notRelied', subject: 'declaration' }],
    },
    { name: 'activities not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noActivities', subject: 'declaration', evidence: ['/processingActivities'] }] },
  ],
});
