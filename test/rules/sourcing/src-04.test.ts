import rule from '../../../rules/sourcing/src-04.js';
import type { SocialMediaAccount, Vendor } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const page = (fields: Partial<SocialMediaAccount> = {}): SocialMediaAccount => ({ id: 'fb-page', platform: 'Facebook', pageInsightsUsed: true, ...fields });
const facebook = (contract?: Vendor['contract']): Vendor => ({ id: 'fb', name: 'Facebook (Meta Platforms Ireland)', service: 'social_media_platform', ...(contract ? { contract } : {}) });

testRule(rule, {
  scenarios: [
    {
      name: 'a joint controller arrangement with the platform passes',
      declaration: declaration({ socialMediaAccounts: [page()], vendors: [facebook({ type: 'joint_controller_arrangement' })] }),
      expect: [{ status: 'pass', messageId: 'arrangementInPlace', subject: 'socialMediaAccounts/fb-page', evidence: ['/socialMediaAccounts/0/pageInsightsUsed', '/vendors/0/contract/type'] }],
    },
    {
      name: 'platform terms only: a person must check',
      declaration: declaration({ socialMediaAccounts: [page()], vendors: [facebook({ type: 'terms_of_service_only' })] }),
      expect: [{ status: 'manual', messageId: 'checkArrangement', evidence: ['/socialMediaAccounts/0/pageInsightsUsed', '/vendors/0/contract'] }],
    },
    { name: 'no platform supplier declared: a person must check', declaration: declaration({ socialMediaAccounts: [page({ platform: 'TikTok' })], vendors: [facebook({ type: 'joint_controller_arrangement' })] }), expect: [{ status: 'manual', messageId: 'checkArrangement' }] },
    { name: 'no page insights', declaration: declaration({ socialMediaAccounts: [page({ pageInsightsUsed: false })] }), expect: [{ status: 'not_applicable', messageId: 'noInsights' }] },
    { name: 'insights not declared', declaration: declaration({ socialMediaAccounts: [page({ pageInsightsUsed: undefined })] }), expect: [{ status: 'needs_info', messageId: 'insightsUnknown' }] },
    { name: 'accounts not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noAccounts', subject: 'declaration' }] },
    { name: 'no accounts', declaration: declaration({ socialMediaAccounts: [] }), expect: [{ status: 'not_applicable', messageId: 'noneDeclared' }] },
  ],
});
