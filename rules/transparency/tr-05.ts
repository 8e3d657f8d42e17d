/**
 * TR-05: an exemption from telling people individually (UK GDPR Art. 14(5)) is relied on only where it fits,
 * with the assessment documented and, for impossibility or disproportionate effort (Art. 14(5)(e), as
 * re-lettered by DUAA 2025 s. 77), the information made public (Art. 14(7)). The ICO's audits expected the
 * assessment in a DPIA. Sending people campaign messages while claiming it is too much effort to tell them is
 * contradictory: Art. 14(3)(b) lets the information go in the first message.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { fail, needsInfo, notApplicable, pass, warn } from '../lib/outcomes.js';
import { DECLARATION, at, items } from '../lib/subjects.js';
import { REGISTER_SOURCE_TYPES, listOf } from './_helpers.js';

export default defineRule({
  id: 'TR-05',
  title: 'An exemption from telling people individually is relied on only with a documented assessment and public information',
  area: 'transparency',
  severity: 'high',
  tags: ['transparency', 'article-14', 'exemption', 'dpia'],
  covers: ['UK-TR-03'],
  citations: [
    cite('UK GDPR', 'Art. 14(5)(e)'),
    cite('UK GDPR', 'Art. 14(6)'),
    cite('UK GDPR', 'Art. 14(7)'),
    cite('UK GDPR', 'Art. 5(2)'),
    cite('DUAA 2025', 's. 77'),
    citeIco('Collecting personal data'),
  ],
  rationale:
    'Article 14(5) lets you skip telling people individually only in narrow cases: they already have the information, the law expressly requires you to obtain the data, it is confidential, or telling them would be impossible or take disproportionate effort (or would seriously impair the purpose). ' +
    'Since 5 February 2026 (Data (Use and Access) Act 2025 s. 77) the effort ground is Article 14(5)(e); whether the effort is disproportionate depends on the number of people, the age of the data and the safeguards, and anyone relying on it must protect people in other ways, including by publishing the information (Article 14(7)). ' +
    'You must be able to show how you reached the decision; the ICO expected parties to record it in a data protection impact assessment. ' +
    'If you send people campaign messages anyway, the privacy information can go in the first message, so the effort is hard to call disproportionate.',
  remediation: [
    'Record, in your DPIA or a separate note, why telling people individually is impossible or disproportionate (number of people, age of the data, safeguards) and what you do instead.',
    'Publish the information (your privacy notice) and make it easy to find, for example through local press, your website and social media.',
    'Where you write to or message people from this source, put the privacy information in that first message instead of relying on the exemption.',
    'Do not treat the electoral regulations as removing the duty to explain how you use the register: the ICO expects campaigners to be open about it.',
  ],
  notes:
    'The schema has no ground for Art. 14(5)(f) (seriously impairing the objectives); see the schema-gap report. Art. 14(5)(b) no longer exists and is not cited. ' +
    'An absent assessment reference or public information address is reported as needs_info: the declaration cannot tell "not documented" from "not declared". ' +
    'The grounds "required_by_law" (Art. 14(5)(c)) and "confidentiality" (Art. 14(5)(d)) rarely fit campaign data and are reported as warnings for a person to confirm; the ICO treats register use as something campaigners must explain (Democracy Disrupted 3.8.1, cited from the digest).',
  examples: {
    passing: `# Disproportionate effort, with a written assessment and the information published online.
dataSources:
  - id: open-register
    name: Open register
    type: open_electoral_register
    art14Exemption:
      claimed: true
      ground: disproportionate_effort
      assessmentReference: DPIA-7
      publicInformationUrl: https://example.org/privacy
`,
    failing: `# Fails: disproportionate effort claimed, but nothing is made public (no page, no published notice).
dataSources:
  - id: open-register
    name: Open register
    type: open_electoral_register
    art14Exemption:
      claimed: true
      ground: disproportionate_effort
      assessmentReference: DPIA-7
privacyNotice:
  published: false
`,
  },
  messages: {
    noSources: 'Your data sources (dataSources) are not declared, so it is not known whether any exemption from Article 14 is relied on. Use [] if there are none.',
    noneDeclared: 'No data sources are declared.',
    noExemption: '{{subject}}: no exemption from telling people is relied on.',
    groundUnknown: '{{subject}}: you rely on an exemption from telling people, but its ground (art14Exemption.ground) is not declared.',
    notPublic: '{{subject}}: you rely on disproportionate effort, but the information is not made public: no public information address is given and no privacy notice is published.',
    youWriteToThem: '{{subject}}: you rely on disproportionate effort, yet you send messages to these people ({{communications}}); tell them in the first message instead.',
    publicInfoUnknown: '{{subject}}: you rely on disproportionate effort; where the information is made public (art14Exemption.publicInformationUrl) is not declared.',
    assessmentUnknown: '{{subject}}: you rely on disproportionate effort; where the documented assessment is kept (art14Exemption.assessmentReference) is not declared.',
    documented: '{{subject}}: the disproportionate-effort exemption is documented and the information is public.',
    evidenceUnknown: '{{subject}}: you say people already have the information; the record showing that (art14Exemption.assessmentReference) is not declared.',
    alreadyInformed: '{{subject}}: people already have the information, and this is documented.',
    requiredByLaw: '{{subject}}: you rely on the law requiring you to obtain the data; this applies only where the law itself protects people, and the ICO expects campaigners to explain their use of the register. Check the exemption really applies.',
    confidentiality: '{{subject}}: you rely on professional confidentiality, which rarely fits campaign data. Check the exemption really applies.',
  },
  evaluate(declaration) {
    const list = declaration.dataSources;
    if (list === undefined) return [needsInfo(DECLARATION, 'noSources', ['/dataSources'])];
    if (list.length === 0) return [notApplicable(DECLARATION, 'noneDeclared', ['/dataSources'])];
    const communications = items(declaration.communications, 'communications');
    return items(list, 'dataSources').map(({ entry, subject }) => {
      const exemption = entry.art14Exemption;
      if (exemption === undefined || !exemption.claimed) return notApplicable(subject, 'noExemption', [at(subject, 'art14Exemption')]);
      const ground = at(subject, 'art14Exemption', 'ground');
      const reference = at(subject, 'art14Exemption', 'assessmentReference');
      switch (exemption.ground) {
        case undefined:
          return needsInfo(subject, 'groundUnknown', [ground]);
        case 'disproportionate_effort': {
          const publicUrl = at(subject, 'art14Exemption', 'publicInformationUrl');
          const published = declaration.privacyNotice?.published;
          if (exemption.publicInformationUrl === undefined && published === false) {
            return fail(subject, 'notPublic', [ground, publicUrl, '/privacyNotice/published']);
          }
          const writing = communications.filter((c) => (c.entry.audienceSourceIds ?? []).includes(entry.id));
          if (writing.length > 0) {
            return warn(subject, 'youWriteToThem', [ground, ...writing.map((c) => at(c.subject, 'audienceSourceIds'))], {
              communications: listOf(writing.map((c) => c.entry.name)),
            });
          }
          if (exemption.publicInformationUrl === undefined && published !== true) return needsInfo(subject, 'publicInfoUnknown', [publicUrl]);
          if (exemption.assessmentReference === undefined) return needsInfo(subject, 'assessmentUnknown', [reference]);
          return pass(subject, 'documented', [ground, reference]);
        }
        case 'already_has_information':
          if (exemption.assessmentReference === undefined) return needsInfo(subject, 'evidenceUnknown', [reference]);
          return pass(subject, 'alreadyInformed', [ground, reference]);
        case 'required_by_law':
          return warn(subject, 'requiredByLaw', REGISTER_SOURCE_TYPES.has(entry.type) ? [ground, at(subject, 'type')] : [ground]);
        case 'confidentiality':
          return warn(subject, 'confidentiality', [ground]);
      }
    });
  },
});
