/**
 * SRC-04: a campaign that uses a platform's statistics about visitors to its own pages ("page insights") is
 * likely a joint controller with the platform for that processing (CJEU C-210/16 Wirtschaftsakademie, decided
 * before the end of the transition period), so it needs an Art. 26 arrangement setting out who does what.
 * The platforms publish such terms (for example a page insights controller addendum); the declaration has no
 * field for them on the account, so the rule looks for a platform supplier with a joint controller arrangement
 * and otherwise asks a person to confirm.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import type { Vendor } from '../../schema/generated/declaration.js';
import { manual, needsInfo, notApplicable, pass } from '../lib/outcomes.js';
import { DECLARATION, at, items } from '../lib/subjects.js';

function normalise(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** A platform supplier whose name matches the account's platform (either contains the other). */
function platformVendor(vendors: readonly Vendor[], platform: string): { vendor: Vendor; index: number } | undefined {
  const wanted = normalise(platform);
  if (wanted.length === 0) return undefined;
  const index = vendors.findIndex((v) => {
    if (v.service !== 'social_media_platform') return false;
    const name = normalise(v.name);
    return name.length > 0 && (name.includes(wanted) || wanted.includes(name));
  });
  const vendor = index === -1 ? undefined : vendors[index];
  return vendor ? { vendor, index } : undefined;
}

export default defineRule({
  id: 'SRC-04',
  title: 'Page insights on the campaign\'s own social media pages are used under a joint controller arrangement with the platform',
  area: 'sourcing',
  severity: 'medium',
  tags: ['sourcing', 'social-media', 'joint-controllers', 'online'],
  covers: ['UK-SRC-04'],
  citations: [cite('UK GDPR', 'Art. 26(1)'), cite('UK GDPR', 'Art. 26(2)'), citeIco('Collecting personal data'), citeIco('Political campaigning in the online world')],
  rationale:
    'When you run a page on a social media platform and use the statistics the platform compiles about its visitors, you help decide why that data is processed, so you are likely to be a joint controller with the platform for it. ' +
    'Joint controllers must set out in an arrangement who is responsible for what (in particular for telling people and answering their requests), and make the essence of it available to them. ' +
    'The major platforms offer terms for this; you need to know which apply to your pages, what they make you responsible for, and tell visitors about it.',
  remediation: [
    'Find the platform\'s joint controller terms for page statistics (for example Meta\'s Page Insights Controller Addendum) and confirm they apply to each page you run.',
    'Note what the terms leave to you (for example passing on visitors\' requests within a deadline) and build it into your rights procedures.',
    'Record the platform as a supplier with contract type joint_controller_arrangement, and mention page insights in your privacy notice.',
  ],
  notes:
    'The CJEU judgment (C-210/16, 5 June 2018) predates the end of the Brexit transition period; the digest marks the case [M], so it is named in the header and not cited. ' +
    'The declaration has no field for an arrangement on a social media account (see the schema-gap report), so the rule matches suppliers of service social_media_platform by name and, failing a match with a joint controller arrangement, asks for a manual check instead of failing. ' +
    'Engagement data recorded from pages needs privacy information (TR-10) and Art. 14 notice where it forms a data source (TR-03). Joint controllership for targeting tools is the online area (UK-ONL-02).',
  examples: {
    passing: `# We use Facebook page insights, and the platform's joint controller addendum is in place.
socialMediaAccounts:
  - id: fb-page
    platform: Facebook
    pageInsightsUsed: true
vendors:
  - id: meta
    name: Facebook (Meta Platforms Ireland)
    service: social_media_platform
    contract:
      type: joint_controller_arrangement
`,
    failing: `# Must be checked by a person: page insights are used with only the platform's terms of service.
socialMediaAccounts:
  - id: fb-page
    platform: Facebook
    pageInsightsUsed: true
vendors:
  - id: meta
    name: Facebook (Meta Platforms Ireland)
    service: social_media_platform
    contract:
      type: terms_of_service_only
`,
  },
  messages: {
    noAccounts: 'Your social media accounts (socialMediaAccounts) are not declared. Use [] if you have none.',
    noneDeclared: 'No social media accounts are declared.',
    insightsUnknown: '{{subject}}: whether you use the platform\'s statistics about page visitors (pageInsightsUsed) is not declared.',
    noInsights: '{{subject}}: page insights are not used.',
    arrangementInPlace: '{{subject}}: page insights are used under a joint controller arrangement with {{vendor}}.',
    checkArrangement: '{{subject}}: page insights are used. Confirm that {{platform}}\'s joint controller terms for page statistics apply, what they make you responsible for, and that your privacy information mentions them.',
  },
  evaluate(declaration) {
    const list = declaration.socialMediaAccounts;
    if (list === undefined) return [needsInfo(DECLARATION, 'noAccounts', ['/socialMediaAccounts'])];
    if (list.length === 0) return [notApplicable(DECLARATION, 'noneDeclared', ['/socialMediaAccounts'])];
    const vendors = declaration.vendors ?? [];
    return items(list, 'socialMediaAccounts').map(({ entry, subject }) => {
      const field = [at(subject, 'pageInsightsUsed')];
      if (entry.pageInsightsUsed === undefined) return needsInfo(subject, 'insightsUnknown', field);
      if (!entry.pageInsightsUsed) return notApplicable(subject, 'noInsights', field);
      const match = platformVendor(vendors, entry.platform);
      if (match?.vendor.contract?.type === 'joint_controller_arrangement') {
        return pass(subject, 'arrangementInPlace', [...field, `/vendors/${match.index}/contract/type`], { vendor: match.vendor.name });
      }
      const evidence = match ? [...field, `/vendors/${match.index}/contract`] : field;
      return manual(subject, 'checkArrangement', evidence, { platform: entry.platform });
    });
  },
});
