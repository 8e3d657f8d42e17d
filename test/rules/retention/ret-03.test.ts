import rule from '../../../rules/retention/ret-03.js';
import type { PostCampaign } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const post = (fields: Partial<PostCampaign> = {}) => declaration({ postCampaign: { reviewPlanned: true, reviewDate: '2029-07-01', ...fields } });

testRule(rule, {
  scenarios: [
    { name: 'a completed review passes', declaration: post({ reviewCompleted: true }), evaluationDate: '2029-09-01', expect: [{ status: 'pass', messageId: 'done', evidence: ['/postCampaign/reviewCompleted'] }] },
    {
      name: 'an overdue review fails',
      declaration: post({ reviewCompleted: false }),
      evaluationDate: '2029-09-01',
      expect: [{ status: 'fail', messageId: 'overdue', subject: 'postCampaign', evidence: ['/postCampaign/reviewDate', '/postCampaign/reviewCompleted'] }],
    },
    { name: 'not yet due', declaration: post({ reviewCompleted: false }), evaluationDate: '2029-06-01', expect: [{ status: 'not_applicable', messageId: 'notYetDue' }] },
    { name: 'due today is not yet overdue', declaration: post({ reviewCompleted: false }), evaluationDate: '2029-07-01', expect: [{ status: 'not_applicable', messageId: 'notYetDue' }] },
    { name: 'without an evaluation date it cannot be told', declaration: post({ reviewCompleted: false }), expect: [{ status: 'needs_info', messageId: 'noEvaluationDate' }] },
    { name: 'past due and completion not declared', declaration: post(), evaluationDate: '2029-09-01', expect: [{ status: 'needs_info', messageId: 'completionUnknown' }] },
    { name: 'due date not declared', declaration: post({ reviewDate: undefined }), evaluationDate: '2029-09-01', expect: [{ status: 'needs_info', messageId: 'dateUnknown' }] },
    { name: 'no review planned is left to RET-02', declaration: post({ reviewPlanned: false, reviewDate: undefined }), evaluationDate: '2029-09-01', expect: [{ status: 'not_applicable', messageId: 'noReview' }] },
    { name: 'nothing declared', declaration: declaration(), evaluationDate: '2029-09-01', expect: [{ status: 'needs_info', messageId: 'unknown' }] },
  ],
});
