/**
 * TR-01: the campaign publishes a privacy notice. The law requires the Art. 13 and Art. 14 information to be
 * given, clearly and accessibly; for a campaign that holds the electoral register and other data about people
 * it never met, a published notice is the only practical way to do it (the layered approach the ICO describes),
 * and it is what Art. 14(7) requires where an exemption from telling people directly is relied on.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { fail, needsInfo, pass } from '../lib/outcomes.js';
import { section } from '../lib/subjects.js';

export default defineRule({
  id: 'TR-01',
  title: 'A privacy notice explaining how the campaign uses personal data is published',
  area: 'transparency',
  severity: 'high',
  tags: ['transparency', 'privacy-notice'],
  covers: ['UK-TR-01', 'UK-TR-02'],
  citations: [
    cite('UK GDPR', 'Art. 5(1)(a)'),
    cite('UK GDPR', 'Arts. 12-14'),
    cite('UK GDPR', 'Art. 14(7)'),
    citeIco('Collecting personal data'),
  ],
  rationale:
    'People have the right to be told who is using their personal data, why, on what lawful basis, where it came from, who receives it and what rights they have. ' +
    'Campaigns hold data about millions of people they have never met (the electoral register, bought-in data, canvass returns), so the information has to be somewhere people can find it: a published privacy notice, linked from forms, leaflets, messages and social media pages. ' +
    'The ICO found in its 2018 investigation and its 2020 audits of the main parties that privacy information was often missing or unclear, and it is the dominant theme of its recommendations.',
  remediation: [
    'Write a privacy notice covering every purpose in this declaration, in plain language, and publish it on your website.',
    'Link to it from every place you collect data (forms, petitions, canvassing leaflets, social media pages) and from your messages.',
    'Keep it up to date when you start a new kind of processing, and record when it was last reviewed.',
  ],
  notes:
    'The law requires the information to be given, not a web page as such; but a campaign cannot give Art. 14 information to everyone on the register or in a bought-in list without a published notice, and Art. 14(7) requires the information to be made public where Art. 14(5)(e) or (f) is relied on. ' +
    'What the notice must say is judged by TR-04, TR-06, TR-07, TR-09 and TR-11. Arts. 12-14 as a range is status N in docs/legal-sources.md (numbering unchanged; not quoted).',
  examples: {
    passing: `# A privacy notice is published on our website.
privacyNotice:
  published: true
  url: https://example.org/privacy
`,
    failing: `# Fails: no privacy notice is published.
privacyNotice:
  published: false
`,
  },
  messages: {
    unknown: 'Whether you publish a privacy notice (privacyNotice.published) is not declared.',
    notPublished: 'You do not publish a privacy notice, so people cannot find out how the campaign uses their data.',
    published: 'A privacy notice is published.',
  },
  evaluate(declaration) {
    const subject = section('privacyNotice');
    const notice = declaration.privacyNotice;
    if (notice === undefined) return [needsInfo(subject, 'unknown', ['/privacyNotice'])];
    if (!notice.published) return [fail(subject, 'notPublished', ['/privacyNotice/published'])];
    return [pass(subject, 'published', ['/privacyNotice/published'])];
  },
});
