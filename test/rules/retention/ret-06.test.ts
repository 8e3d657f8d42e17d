import rule from '../../../rules/retention/ret-06.js';
import type { PostCampaign } from '../../../schema/generated/declaration.js';
import { declaration, withDeclarant } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const group = (post?: PostCampaign) =>
  withDeclarant({ organisationType: 'referendum_campaigner', partyRegistration: undefined }, post ? { postCampaign: post } : {});

testRule(rule, {
  scenarios: [
    {
      name: 'winding up with secure destruction passes',
      declaration: group({ organisationDisbanding: true, disbandingPlan: { secureDestruction: true, independentCheck: true } }),
      expect: [{ status: 'pass', messageId: 'destroyed', subject: 'postCampaign', evidence: ['/postCampaign/organisationDisbanding', '/postCampaign/disbandingPlan/secureDestruction'] }],
    },
    { name: 'winding up without destroying data fails', declaration: group({ organisationDisbanding: true, disbandingPlan: { secureDestruction: false } }), expect: [{ status: 'fail', messageId: 'noDestruction' }] },
    {
      name: 'passing data to a successor instead is a warning',
      declaration: group({ organisationDisbanding: true, reuse: 'successor_organisation', disbandingPlan: { secureDestruction: false } }),
      expect: [{ status: 'warn', messageId: 'passedOn' }],
    },
    { name: 'winding up with no plan declared', declaration: group({ organisationDisbanding: true }), expect: [{ status: 'needs_info', messageId: 'planUnknown' }] },
    { name: 'a referendum campaigner must say whether it winds up', declaration: group(), expect: [{ status: 'needs_info', messageId: 'unknown', evidence: ['/postCampaign/organisationDisbanding'] }] },
    { name: 'a registered party is assumed to continue', declaration: declaration(), expect: [{ status: 'not_applicable', messageId: 'notDisbanding', evidence: ['/declarant/organisationType'] }] },
    { name: 'not winding up', declaration: group({ organisationDisbanding: false }), expect: [{ status: 'not_applicable', messageId: 'notDisbanding' }] },
  ],
});
