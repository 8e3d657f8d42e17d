/**
 * IMP-06 (good practice, manual): the Electoral Commission must publish statutory guidance on the digital imprint
 * regime (Elections Act 2022 s. 54), and having acted in accordance with it is a defence to the imprint offence
 * (s. 48(4)). Following it is not itself a duty, so this is a low-severity manual check, raised once when political
 * electronic material is declared.
 */
import { cite } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { manual, needsInfo, notApplicable } from '../lib/outcomes.js';
import { DECLARATION, at, items } from '../lib/subjects.js';

export default defineRule({
  id: 'IMP-06',
  title: 'Digital imprints follow the Electoral Commission\'s statutory guidance',
  area: 'imprints',
  severity: 'low',
  tags: ['imprints', 'electoral-law', 'guidance', 'manual'],
  covers: ['UK-IMP-05'],
  citations: [cite('Elections Act 2022', 's. 48(4)'), cite('Elections Act 2022', 's. 54')],
  guidance: [
    {
      title: 'Electoral Commission: statutory guidance on digital imprints',
      url: 'https://www.electoralcommission.org.uk/statutory-guidance-digital-imprints',
    },
  ],
  rationale:
    'The Electoral Commission\'s statutory guidance explains what counts as electronic material, who the promoter is, what the imprint must say and where it must go, format by format. ' +
    'Following it is good practice rather than a duty, but a campaigner charged with publishing without a proper imprint has a defence if they acted in accordance with it. ' +
    'The Commission can impose civil sanctions for material about parties, categories of candidates or office-holders, or referendums; the police deal with the rest, such as material about a particular candidate.',
  remediation: [
    'Check your imprint templates and each format you use (adverts, posts, videos, emails, messaging apps, websites) against the Commission\'s statutory guidance.',
    'Keep a note of the guidance version you followed and of decisions such as putting an imprint in a profile because the format left no room.',
    'Brief everyone who publishes for you (staff, agents, agencies, volunteers) on the guidance.',
  ],
  notes: 'The guidance URL is given for convenience; check that it is the current version. The ICO guidance does not cover imprints.',
  examples: {
    passing: `# Nothing to check: we publish no electronic campaign material (printed leaflets only).
electronicMaterial: []
`,
    failing: `# Must be checked by a person: political posts must follow the Electoral Commission's imprint guidance.
electronicMaterial:
  - id: vote-post
    name: Vote for us post
    medium: social_media_post
    paid: false
    politicalPurpose: election
    imprint:
      included: true
      location: in_material
`,
  },
  messages: {
    noMaterial: 'No electronic campaign material is declared, so it is not known whether the imprint guidance applies. Use [] if you publish none.',
    noneDeclared: 'No electronic campaign material is declared.',
    noneInScope: 'None of the declared electronic material is political campaign material within the imprint rules.',
    checkGuidance: 'Check the imprints on the {{count}} declared piece(s) of political electronic material against the Electoral Commission\'s statutory guidance; acting in accordance with it is a defence.',
  },
  evaluate(declaration) {
    const list = declaration.electronicMaterial;
    if (list === undefined) return [needsInfo(DECLARATION, 'noMaterial', ['/electronicMaterial'])];
    if (list.length === 0) return [notApplicable(DECLARATION, 'noneDeclared', ['/electronicMaterial'])];
    const inScope = items(list, 'electronicMaterial').filter(
      ({ entry }) => entry.politicalPurpose !== 'not_political' && entry.medium !== 'sms' && entry.medium !== 'telephone_call',
    );
    if (inScope.length === 0) return [notApplicable(DECLARATION, 'noneInScope', ['/electronicMaterial'])];
    return [manual(DECLARATION, 'checkGuidance', inScope.map(({ subject }) => at(subject, 'imprint')), { count: inScope.length })];
  },
});
