import rule from '../../../rules/retention/ret-02.js';
import type { PostCampaign } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const post = (fields: Partial<PostCampaign> = {}) => declaration({ postCampaign: { reviewPlanned: true, reviewDate: '2029-07-01', disposalPlan: true, ...fields } });

testRule(rule, {
  scenarios: [
    {
      name: 'a dated review and a disposal plan pass',
      declaration: post(),
      expect: [{ status: 'pass', messageId: 'planned', subject: 'postCampaign', evidence: ['/postCampaign/reviewPlanned', '/postCampaign/reviewDate', '/postCampaign/disposalPlan'] }],
    },
    { name: 'no review planned fails', declaration: post({ reviewPlanned: false, reviewDate: undefined }), expect: [{ status: 'fail', messageId: 'shortfalls', evidence: ['/postCampaign/reviewPlanned'] }] },
    { name: 'no disposal plan fails', declaration: post({ disposalPlan: false }), expect: [{ status: 'fail', messageId: 'shortfalls', evidence: ['/postCampaign/disposalPlan'] }] },
    { name: 'review date not declared', declaration: post({ reviewDate: undefined }), expect: [{ status: 'needs_info', messageId: 'gaps', evidence: ['/postCampaign/reviewDate'] }] },
    { name: 'nothing declared about the end of the campaign', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'unknown', evidence: ['/postCampaign'] }] },
  ],
});
