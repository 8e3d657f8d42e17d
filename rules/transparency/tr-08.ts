/**
 * TR-08: the right to object to direct marketing (and the profiling that goes with it) is brought to people's
 * attention explicitly, at the latest at the first communication, clearly and separately from other information
 * (UK GDPR Art. 21(4)). One outcome per communication campaign that is direct marketing, whatever the channel.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { fail, needsInfo, notApplicable, pass } from '../lib/outcomes.js';
import { DECLARATION, at, items } from '../lib/subjects.js';
import { marketingStatus, words } from './_helpers.js';

export default defineRule({
  id: 'TR-08',
  title: 'The right to object to direct marketing is shown clearly and separately in the first communication',
  area: 'transparency',
  severity: 'high',
  tags: ['transparency', 'right-to-object', 'direct-marketing'],
  covers: ['UK-TR-05'],
  citations: [
    cite('UK GDPR', 'Art. 21(4)'),
    cite('UK GDPR', 'Art. 21(2)'),
    citeIco('Political campaigning - opinion research and direct marketing'),
    citeIco('Profiling in political campaigning'),
  ],
  rationale:
    'People have an absolute right to object to direct marketing, including the profiling done for it. ' +
    'UK GDPR Article 21(4) requires you to bring that right explicitly to their attention, at the latest in your first communication with them, and to present it clearly and separately from other information, not buried in a privacy notice. ' +
    'Almost every campaign message addressed to a person (letters, emails, texts, calls, visits) is direct marketing, so the first one needs a plain statement such as "You can ask us at any time to stop contacting you, and to stop using your data for campaigning".',
  remediation: [
    'Add a short, separate statement of the right to object to the first letter, email, text, call script or doorstep leaflet people receive from you.',
    'Say how to object (reply STOP, an unsubscribe link, a free address or phone number) and that it also stops profiling for campaigning.',
    'Record rightToObjectAtFirstContact: true for each communication once this is done.',
  ],
  notes:
    'Art. 21(4) also covers the general right to object under Art. 21(1) where processing relies on public task or legitimate interests; the declaration records the statement only for direct marketing, so non-marketing communications are not judged here. ' +
    'Art. 21(4) is status S in docs/legal-sources.md (number certain; wording not quoted). Unaddressed leaflets involve no personal data and are not judged.',
  examples: {
    passing: `# Our first letter tells people, clearly and separately, that they can object to direct marketing.
communications:
  - id: intro-letter
    name: Introduction letter
    channel: addressed_post
    purpose: persuasion
    rightToObjectAtFirstContact: true
`,
    failing: `# Fails: the first letter does not tell people they can object.
communications:
  - id: intro-letter
    name: Introduction letter
    channel: addressed_post
    purpose: persuasion
    rightToObjectAtFirstContact: false
`,
  },
  messages: {
    noCommunications: 'Your communications (communications) are not declared, so it is not known whether people are told of their right to object. Use [] if you send none.',
    noneDeclared: 'No communications are declared.',
    unaddressed: '{{subject}} is unaddressed, so it uses no personal data.',
    purposeUnknown: '{{subject}}: the purpose is not declared, so it is not known whether this is direct marketing.',
    notMarketing: '{{subject}} is a {{purpose}} without campaigning content, so it is not direct marketing.',
    unknown: '{{subject}}: whether the first message tells people, clearly and separately, that they can object (rightToObjectAtFirstContact) is not declared.',
    notShown: '{{subject}}: the first message does not tell people, clearly and separately, that they can object to direct marketing.',
    shown: '{{subject}}: the first message tells people that they can object to direct marketing.',
  },
  evaluate(declaration) {
    const list = declaration.communications;
    if (list === undefined) return [needsInfo(DECLARATION, 'noCommunications', ['/communications'])];
    if (list.length === 0) return [notApplicable(DECLARATION, 'noneDeclared', ['/communications'])];
    return items(list, 'communications').map(({ entry, subject }) => {
      if (entry.channel === 'unaddressed_leaflet') return notApplicable(subject, 'unaddressed', [at(subject, 'channel')]);
      const status = marketingStatus(entry);
      if (status === 'unknown') return needsInfo(subject, 'purposeUnknown', [at(subject, 'purpose')]);
      if (status === 'not_marketing') {
        return notApplicable(subject, 'notMarketing', [at(subject, 'purpose')], { purpose: words(entry.purpose ?? 'message') });
      }
      const field = [at(subject, 'rightToObjectAtFirstContact')];
      if (entry.rightToObjectAtFirstContact === undefined) return needsInfo(subject, 'unknown', field);
      if (!entry.rightToObjectAtFirstContact) return fail(subject, 'notShown', field);
      return pass(subject, 'shown', field);
    });
  },
});
