import rule from '../../../rules/transparency/tr-09.js';
import type { PrivacyNotice } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const full: NonNullable<PrivacyNotice['covers']> = {
  identityAndContact: true,
  purposesAndLawfulBasis: true,
  recipients: true,
  retention: true,
  rights: true,
  rightToObject: true,
  complaintToRegulator: true,
};
const notice = (covers: PrivacyNotice['covers']): PrivacyNotice => ({ published: true, ...(covers ? { covers } : {}) });

testRule(rule, {
  scenarios: [
    {
      name: 'a complete notice passes',
      declaration: declaration({ privacyNotice: notice(full) }),
      expect: [{ status: 'pass', messageId: 'complete', subject: 'privacyNotice', evidence: ['/privacyNotice/covers'] }],
    },
    {
      name: 'missing retention and the right to complain fails',
      declaration: declaration({ privacyNotice: notice({ ...full, retention: false, complaintToRegulator: false }) }),
      expect: [{ status: 'fail', messageId: 'missing', evidence: ['/privacyNotice/covers/retention', '/privacyNotice/covers/complaintToRegulator'] }],
    },
    {
      name: 'a DPO, legitimate interests, consent and transfers add items',
      declaration: declaration({
        privacyNotice: notice(full),
        governance: { dpo: { status: 'appointed' } },
        processingActivities: [
          { id: 'fundraising', name: 'Fundraising', lawfulBasis: 'legitimate_interests' },
          { id: 'newsletter', name: 'Newsletter', lawfulBasis: 'consent' },
        ],
        vendors: [{ id: 'mailer', name: 'Mailer Inc', dataLocations: ['US'] }],
      }),
      expect: [
        {
          status: 'needs_info',
          messageId: 'itemsUnknown',
          evidence: ['/privacyNotice/covers/dpoContact', '/privacyNotice/covers/legitimateInterests', '/privacyNotice/covers/withdrawConsent', '/privacyNotice/covers/transfers'],
        },
      ],
    },
    {
      name: 'conditional items that apply and are covered pass',
      declaration: declaration({
        privacyNotice: notice({ ...full, transfers: true }),
        vendors: [{ id: 'mailer', name: 'Mailer Inc', transferMechanism: 'idta' }],
      }),
      expect: [{ status: 'pass', messageId: 'complete' }],
    },
    { name: 'coverage not declared', declaration: declaration({ privacyNotice: notice(undefined) }), expect: [{ status: 'needs_info', messageId: 'coversUnknown' }] },
    { name: 'notice not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noticeUnknown' }] },
    { name: 'no notice published is TR-01', declaration: declaration({ privacyNotice: { published: false } }), expect: [{ status: 'not_applicable', messageId: 'noticeUnpublished' }] },
  ],
});
