import rule from '../../../rules/retention/ret-05.js';
import type { PostCampaign } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const post = (fields: PostCampaign) => declaration({ postCampaign: fields });
const why = 'Supporters were told at sign-up that we campaign on this issue at every election.';

testRule(rule, {
  scenarios: [
    {
      name: 'same-kind re-use with a justification passes',
      declaration: post({ reuse: 'future_campaigns_same_organisation', reuseJustification: why }),
      expect: [{ status: 'pass', messageId: 'sameKindJustified', subject: 'postCampaign', evidence: ['/postCampaign/reuse', '/postCampaign/reuseJustification'] }],
    },
    { name: 'same-kind re-use without a justification', declaration: post({ reuse: 'future_campaigns_same_organisation' }), expect: [{ status: 'needs_info', messageId: 'sameKindUnjustified' }] },
    { name: 'referendum data used for an election without justification fails', declaration: post({ reuse: 'different_campaign_type' }), expect: [{ status: 'fail', messageId: 'unjustified' }] },
    { name: 'handing data to a successor with a justification is a warning', declaration: post({ reuse: 'successor_organisation', reuseJustification: why }), expect: [{ status: 'warn', messageId: 'checkReuse' }] },
    { name: 'deleted after the campaign', declaration: post({ reuse: 'none' }), expect: [{ status: 'not_applicable', messageId: 'noReuse' }] },
    { name: 're-use not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'unknown', evidence: ['/postCampaign/reuse'] }] },
  ],
});
