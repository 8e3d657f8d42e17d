/**
 * TR-07: where the campaign gives personal data to social media or advertising platforms (uploading contact
 * lists for custom audiences, seeding lookalike audiences, retargeting website visitors with a pixel), the
 * privacy notice says so and names the platforms. The platform is a recipient and the targeting a purpose
 * (Arts. 13-14); the ICO found in 2018 that parties shared member and supporter lists with platforms without
 * telling people.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import type { OnlineTargeting } from '../../schema/generated/declaration.js';
import { fail, needsInfo, notApplicable, pass } from '../lib/outcomes.js';
import { DECLARATION, items, section } from '../lib/subjects.js';
import { listOf, noticeGate } from './_helpers.js';

/** Targeting methods that pass the campaign's own personal data (lists or website visits) to the platform. */
const SHARING_METHODS: ReadonlySet<OnlineTargeting['method']> = new Set<OnlineTargeting['method']>([
  'custom_list_upload',
  'lookalike',
  'retargeting',
]);

export default defineRule({
  id: 'TR-07',
  title: 'The privacy notice explains sharing with social media and advertising platforms for audiences and targeting',
  area: 'transparency',
  severity: 'high',
  tags: ['transparency', 'privacy-notice', 'online', 'custom-audiences'],
  covers: ['UK-TR-04', 'UK-ONL-03', 'UK-ONL-04'],
  citations: [
    cite('UK GDPR', 'Art. 5(1)(a)'),
    cite('UK GDPR', 'Arts. 13-14'),
    citeIco('Political campaigning in the online world'),
  ],
  rationale:
    'Uploading email addresses or phone numbers to a platform to build a custom audience, even hashed, gives that personal data to the platform; so does using a list to seed a lookalike audience, or a pixel that tells the platform who visited your website. ' +
    'People must be told that this happens, for what purpose, and which platforms receive their data. ' +
    'The ICO found in 2018 that parties uploaded member and supporter lists to social media without telling people, and its guidance on online campaigning asks campaigners to be very clear about the data, tools and techniques they use.',
  remediation: [
    'Add to your privacy notice that you share contact details with named platforms (for example Meta, Google) to show people campaign adverts, or to find people similar to them, and that the platforms use website visits for retargeting where you use their pixels.',
    'Explain how people can object, and remove objectors and unsubscribers before each upload.',
    'Record covers.platformSharing: true in the declaration once the notice is updated.',
  ],
  notes:
    'Interest, demographic and location targeting use the platform\'s own data, not data the campaign hands over, and are left to the online rules. ' +
    'The lawful basis, suppression and joint-controller arrangement for uploads are judged by the online area (UK-ONL-02, UK-ONL-03). Arts. 13-14 as a range is status N in docs/legal-sources.md.',
  examples: {
    passing: `# We upload supporters' emails to Meta for adverts, and the privacy notice explains it.
onlineTargeting:
  - id: supporters-upload
    name: Supporters custom audience
    platform: Meta
    method: custom_list_upload
privacyNotice:
  published: true
  covers:
    platformSharing: true
`,
    failing: `# Fails: supporters' emails go to Meta, but the privacy notice does not mention it.
onlineTargeting:
  - id: supporters-upload
    name: Supporters custom audience
    platform: Meta
    method: custom_list_upload
privacyNotice:
  published: true
  covers:
    platformSharing: false
`,
  },
  messages: {
    targetingUnknown: 'Your online targeting (onlineTargeting) is not declared, so it is not known whether you share data with platforms. Use [] if you do none.',
    noSharing: 'You do not upload lists to platforms, seed lookalike audiences or retarget website visitors.',
    noticeUnknown: 'Whether you publish a privacy notice (privacyNotice) is not declared, so it is not known whether it explains sharing with platforms.',
    noticeUnpublished: 'No privacy notice is published (TR-01), so sharing with platforms ({{targeting}}) is not explained in one.',
    coverUnknown: 'Whether your privacy notice explains sharing with platforms (privacyNotice.covers.platformSharing) is not declared; you use {{targeting}}.',
    notExplained: 'You give personal data to platforms ({{targeting}}), but your privacy notice does not explain it.',
    explained: 'Your privacy notice explains sharing with platforms.',
  },
  evaluate(declaration) {
    const list = declaration.onlineTargeting;
    if (list === undefined) return [needsInfo(DECLARATION, 'targetingUnknown', ['/onlineTargeting'])];
    const sharing = items(list, 'onlineTargeting').filter(({ entry }) => SHARING_METHODS.has(entry.method));
    if (sharing.length === 0) return [notApplicable(DECLARATION, 'noSharing', ['/onlineTargeting'])];
    const targeting = listOf(sharing.map(({ entry }) => entry.name));
    const pointers = sharing.map(({ subject }) => subject.pointer);
    const gate = noticeGate(declaration, 'noticeUnknown', 'noticeUnpublished');
    if (gate.outcome) return [{ ...gate.outcome, data: { targeting } }];
    const subject = section('privacyNotice');
    const field = '/privacyNotice/covers/platformSharing';
    const covered = gate.notice.covers?.platformSharing;
    if (covered === undefined) return [needsInfo(subject, 'coverUnknown', [field], { targeting })];
    if (!covered) return [fail(subject, 'notExplained', [field, ...pointers], { targeting })];
    return [pass(subject, 'explained', [field])];
  },
});
