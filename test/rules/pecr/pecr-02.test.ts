import rule from '../../../rules/pecr/pecr-02.js';
import type { Communication } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const email = (fields: Partial<Communication> = {}): Communication => ({
  id: 'members-email',
  name: 'Members email',
  channel: 'email',
  purpose: 'fundraising',
  marketingBasis: 'soft_opt_in',
  ...fields,
});

testRule(rule, {
  scenarios: [
    {
      name: 'a campaign email on the soft opt-in fails (Leave.EU)',
      declaration: declaration({ communications: [email()] }),
      expect: [{ status: 'fail', messageId: 'softOptIn', subject: 'communications/members-email', evidence: ['/communications/0/marketingBasis'] }],
    },
    {
      name: 'consent is not the soft opt-in',
      declaration: declaration({ communications: [email({ marketingBasis: 'consent' })] }),
      expect: [{ status: 'not_applicable', messageId: 'otherBasis' }],
    },
    {
      name: 'the charity soft opt-in is left to PECR-03',
      declaration: declaration({ communications: [email({ marketingBasis: 'charity_soft_opt_in' })] }),
      expect: [{ status: 'not_applicable', messageId: 'otherBasis' }],
    },
    { name: 'permission not declared', declaration: declaration({ communications: [email({ marketingBasis: undefined })] }), expect: [{ status: 'needs_info', messageId: 'basisUnknown', evidence: ['/communications/0/marketingBasis'] }] },
    { name: 'purpose not declared', declaration: declaration({ communications: [email({ purpose: undefined })] }), expect: [{ status: 'needs_info', messageId: 'purposeUnknown' }] },
    { name: 'communications not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noCommunications', subject: 'declaration' }] },
    { name: 'no communications', declaration: declaration({ communications: [] }), expect: [{ status: 'not_applicable', messageId: 'noneDeclared' }] },
    { name: 'post is not electronic mail', declaration: declaration({ communications: [email({ channel: 'addressed_post' })] }), expect: [{ status: 'not_applicable', messageId: 'notElectronic' }] },
    {
      name: 'a pure service message is not marketing',
      declaration: declaration({ communications: [email({ purpose: 'service_message', containsCampaigningContent: false })] }),
      expect: [{ status: 'not_applicable', messageId: 'notMarketing' }],
    },
    {
      name: 'service message with campaigning content is marketing',
      declaration: declaration({ communications: [email({ purpose: 'service_message', containsCampaigningContent: true })] }),
      expect: [{ status: 'fail', messageId: 'softOptIn' }],
    },
    {
      name: 'corporate subscribers only are outside reg. 22',
      declaration: declaration({ communications: [email({ recipients: 'corporate_subscribers' })] }),
      expect: [{ status: 'not_applicable', messageId: 'corporateOnly' }],
    },
  ],
});
