/**
 * TR-09: the published privacy notice covers the core items of UK GDPR Arts. 13 and 14: who you are, the
 * purposes and lawful bases, the recipients, retention, people's rights including the right to object, and the
 * right to complain to the Commissioner; plus, where they apply, the DPO's contact details, the legitimate
 * interests relied on, the right to withdraw consent and transfers outside the UK. Profiling, platform sharing,
 * sources and register use have their own rules (TR-06, TR-07, TR-04, TR-11).
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import type { Declaration, PrivacyNotice } from '../../schema/generated/declaration.js';
import { fail, needsInfo, pass } from '../lib/outcomes.js';
import { section } from '../lib/subjects.js';
import { listOf, noticeGate } from './_helpers.js';

type Item = keyof NonNullable<PrivacyNotice['covers']>;

/** The items every notice needs, with how they are named in messages. */
const ALWAYS: readonly [Item, string][] = [
  ['identityAndContact', 'who you are and how to contact you'],
  ['purposesAndLawfulBasis', 'the purposes and their lawful basis'],
  ['recipients', 'who receives the data'],
  ['retention', 'how long data is kept'],
  ['rights', "people's rights"],
  ['rightToObject', 'the right to object'],
  ['complaintToRegulator', 'the right to complain to the Information Commissioner'],
];

/** Items needed only when the declaration shows they apply. */
function conditional(d: Declaration): [Item, string][] {
  const out: [Item, string][] = [];
  if (d.governance?.dpo?.status === 'appointed') out.push(['dpoContact', 'how to contact your data protection officer']);
  const activities = d.processingActivities ?? [];
  if (activities.some((a) => a.lawfulBasis === 'legitimate_interests')) out.push(['legitimateInterests', 'the legitimate interests you rely on']);
  if (activities.some((a) => a.lawfulBasis === 'consent' || a.specialCategory?.condition === 'explicit_consent')) {
    out.push(['withdrawConsent', 'how to withdraw consent']);
  }
  const transfers = (d.vendors ?? []).some(
    (v) =>
      (v.transferMechanism !== undefined && v.transferMechanism !== 'not_applicable') ||
      (v.dataLocations ?? []).some((c) => c !== 'GB'),
  );
  if (transfers) out.push(['transfers', 'transfers outside the UK and their safeguards']);
  return out;
}

export default defineRule({
  id: 'TR-09',
  title: 'The privacy notice covers the information the law requires',
  area: 'transparency',
  severity: 'high',
  tags: ['transparency', 'privacy-notice'],
  covers: ['UK-TR-01', 'UK-TR-02', 'UK-TR-04'],
  citations: [
    cite('UK GDPR', 'Art. 13(1)(c)'),
    cite('UK GDPR', 'Art. 13(2)(b)'),
    cite('UK GDPR', 'Art. 14(1)'),
    cite('UK GDPR', 'Art. 14(2)'),
    citeIco('Collecting personal data'),
  ],
  rationale:
    'Articles 13 and 14 list what people must be told: who you are and how to contact you (and your data protection officer, if you have one), what you use their data for and on what lawful basis (naming the legitimate interests where you rely on them), who receives it, whether it goes abroad, how long you keep it, their rights (access, correction, erasure, restriction, objection, and withdrawing consent where you rely on it) and their right to complain to the Information Commissioner. ' +
    'A notice that leaves any of these out does not let people understand or control what happens to their data.',
  remediation: [
    'Check your privacy notice against each item listed in the finding and add what is missing, in plain language.',
    'State the right to object prominently and separately, including the right to object to direct marketing and related profiling.',
    'Update the declaration (privacyNotice.covers) to record each item once it is covered.',
  ],
  notes:
    'Only the pinpoints verified in docs/legal-sources.md are cited (Art. 13(1)(c), 13(2)(b), 14(1), 14(2)); the other items sit in the same articles (status N). ' +
    'The right to complain to the controller (Art. 13(2)(ca) and DPA 2018 s. 164A, inserted by DUAA 2025 s. 103) is left out until its commencement is verified (see docs/legal-sources.md, point 2i); the rights area judges complaints handling. ' +
    'Information about automated decisions is judged by PRF-03 (Art. 22C safeguards); the special category condition is not an Art. 13 item and is left to the special category rules.',
  examples: {
    passing: `# The privacy notice covers everything the law requires for this campaign.
privacyNotice:
  published: true
  covers:
    identityAndContact: true
    purposesAndLawfulBasis: true
    recipients: true
    retention: true
    rights: true
    rightToObject: true
    complaintToRegulator: true
`,
    failing: `# Fails: the notice does not say how long data is kept, nor that people can complain to the ICO.
privacyNotice:
  published: true
  covers:
    identityAndContact: true
    purposesAndLawfulBasis: true
    recipients: true
    retention: false
    rights: true
    rightToObject: true
    complaintToRegulator: false
`,
  },
  messages: {
    noticeUnknown: 'Whether you publish a privacy notice (privacyNotice) is not declared, so its contents cannot be checked.',
    noticeUnpublished: 'No privacy notice is published (TR-01), so its contents cannot be checked.',
    coversUnknown: 'What your privacy notice covers (privacyNotice.covers) is not declared.',
    missing: 'Your privacy notice does not cover: {{items}}.',
    itemsUnknown: 'Whether your privacy notice covers these items is not declared: {{items}}.',
    complete: 'Your privacy notice covers the information the law requires.',
  },
  evaluate(declaration) {
    const gate = noticeGate(declaration, 'noticeUnknown', 'noticeUnpublished');
    if (gate.outcome) return [gate.outcome];
    const subject = section('privacyNotice');
    const covers = gate.notice.covers;
    if (covers === undefined) return [needsInfo(subject, 'coversUnknown', ['/privacyNotice/covers'])];
    const required = [...ALWAYS, ...conditional(declaration)];
    const missing = required.filter(([key]) => covers[key] === false);
    const unknown = required.filter(([key]) => covers[key] === undefined);
    const pointer = (key: Item) => `/privacyNotice/covers/${key}`;
    if (missing.length > 0) {
      return [fail(subject, 'missing', missing.map(([key]) => pointer(key)), { items: listOf(missing.map(([, label]) => label)) })];
    }
    if (unknown.length > 0) {
      return [needsInfo(subject, 'itemsUnknown', unknown.map(([key]) => pointer(key)), { items: listOf(unknown.map(([, label]) => label)) })];
    }
    return [pass(subject, 'complete', ['/privacyNotice/covers'])];
  },
});
