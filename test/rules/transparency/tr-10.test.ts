import rule from '../../../rules/transparency/tr-10.js';
import type { SocialMediaAccount } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const page = (fields: Partial<SocialMediaAccount> = {}): SocialMediaAccount => ({
  id: 'fb-page',
  platform: 'Facebook',
  handle: 'TestParty',
  engagementDataCollected: true,
  privacyInformationLinked: true,
  ...fields,
});

testRule(rule, {
  scenarios: [
    {
      name: 'a linked page passes',
      declaration: declaration({ socialMediaAccounts: [page()] }),
      expect: [{ status: 'pass', messageId: 'linked', subject: 'socialMediaAccounts/fb-page', evidence: ['/socialMediaAccounts/0/privacyInformationLinked'] }],
    },
    {
      name: 'a page gathering data without a link fails',
      declaration: declaration({ socialMediaAccounts: [page({ privacyInformationLinked: false, pageInsightsUsed: true })] }),
      expect: [
        {
          status: 'fail',
          messageId: 'notLinked',
          evidence: ['/socialMediaAccounts/0/privacyInformationLinked', '/socialMediaAccounts/0/engagementDataCollected', '/socialMediaAccounts/0/pageInsightsUsed'],
        },
      ],
    },
    {
      name: 'a page gathering nothing is not judged',
      declaration: declaration({ socialMediaAccounts: [page({ privacyInformationLinked: false, engagementDataCollected: false, pageInsightsUsed: false })] }),
      expect: [{ status: 'not_applicable', messageId: 'noDataGathered' }],
    },
    { name: 'link not declared', declaration: declaration({ socialMediaAccounts: [page({ privacyInformationLinked: undefined })] }), expect: [{ status: 'needs_info', messageId: 'linkUnknown' }] },
    {
      name: 'no link, use of the page not declared',
      declaration: declaration({ socialMediaAccounts: [page({ privacyInformationLinked: false, engagementDataCollected: undefined })] }),
      expect: [{ status: 'needs_info', messageId: 'useUnknown' }],
    },
    { name: 'accounts not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noAccounts', subject: 'declaration' }] },
    { name: 'no accounts', declaration: declaration({ socialMediaAccounts: [] }), expect: [{ status: 'not_applicable', messageId: 'noneDeclared' }] },
  ],
});
