/**
 * IMP-04: the imprint must be included as part of the material (as text in anything with text or images, audibly in
 * audio-only material, Elections Act 2022 s. 41(2)(a), (5)); only where that is not reasonably practicable may it
 * be shown as text at a location directly accessible from the material, such as the profile or bio (s. 41(2)(b)).
 * Either way it must be legible on any device and survive unaltered republication (s. 41(6), (7)).
 */
import { cite } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { needsInfo, notApplicable, pass, warn } from '../lib/outcomes.js';
import { at } from '../lib/subjects.js';
import { EXCLUDED_MEDIA, perMaterial } from './_helpers.js';

export default defineRule({
  id: 'IMP-04',
  title: 'The imprint is part of the material, or directly accessible from it only where including it is not reasonably practicable',
  area: 'imprints',
  severity: 'medium',
  tags: ['imprints', 'electoral-law'],
  covers: ['UK-IMP-03'],
  citations: [
    cite('Elections Act 2022', 's. 41(2)'),
    cite('Elections Act 2022', 's. 41(5)'),
    cite('Elections Act 2022', 's. 41(6)'),
    cite('Elections Act 2022', 's. 41(7)'),
  ],
  rationale:
    'The imprint must normally be part of the material itself: as text on a post, image, video or web page, or spoken in audio-only material. ' +
    'Putting it somewhere else, such as the account\'s profile or bio, is allowed only where it is not reasonably practicable to include it, for example because of the character limit of the format. ' +
    'Wherever it is, it must be readable on any device and stay with the material, or remain accessible from it, when others share it unchanged.',
  remediation: [
    'Include the imprint in the material itself wherever the format allows (in the image or video, in the post text, in the footer of an email or web page).',
    'Use the profile, bio or a linked page only where the format leaves no room, and record why it was not reasonably practicable.',
    'Check that the imprint is legible on a phone and is kept when the material is shared or retweeted unchanged.',
  ],
  notes: 'Legibility and survival on republication cannot be declared in the schema today and are not checked.',
  examples: {
    passing: `# The imprint is shown in the video itself.
electronicMaterial:
  - id: launch-video
    name: Launch video
    medium: video
    paid: false
    politicalPurpose: election
    imprint:
      included: true
      location: in_material
`,
    failing: `# Warning: the imprint is only in the channel's profile; that is allowed only where it cannot practicably go in the video.
electronicMaterial:
  - id: launch-video
    name: Launch video
    medium: video
    paid: false
    politicalPurpose: election
    imprint:
      included: true
      location: accessible_location
`,
  },
  messages: {
    noMaterial: 'No electronic campaign material is declared, so it is not known where imprints appear. Use [] if you publish none.',
    noneDeclared: 'No electronic campaign material is declared.',
    excluded: '{{subject}} is a phone call or SMS text message, which the digital imprint rules do not cover.',
    notPolitical: '{{subject}} is declared as not political.',
    imprintUnknown: '{{subject}}: whether it carries an imprint, and where (imprint), is not declared.',
    noImprint: '{{subject}} carries no imprint; whether it needs one is judged by IMP-01 and IMP-02.',
    locationUnknown: '{{subject}}: where the imprint appears (imprint.location) is not declared.',
    accessibleLocation: '{{subject}} shows its imprint outside the material (for example in the profile); that is allowed only where it is not reasonably practicable to include it in the material itself.',
    inMaterial: '{{subject}} includes the imprint in the material.',
  },
  evaluate(declaration) {
    return perMaterial(declaration, { absent: 'noMaterial', empty: 'noneDeclared' }, (entry, subject) => {
      if (EXCLUDED_MEDIA.has(entry.medium)) return notApplicable(subject, 'excluded', [at(subject, 'medium')]);
      if (entry.politicalPurpose === 'not_political') return notApplicable(subject, 'notPolitical', [at(subject, 'politicalPurpose')]);
      const imprint = entry.imprint;
      if (imprint === undefined) return needsInfo(subject, 'imprintUnknown', [at(subject, 'imprint')]);
      if (!imprint.included) return notApplicable(subject, 'noImprint', [at(subject, 'imprint', 'included')]);
      if (imprint.location === undefined) return needsInfo(subject, 'locationUnknown', [at(subject, 'imprint', 'location')]);
      if (imprint.location === 'accessible_location') return warn(subject, 'accessibleLocation', [at(subject, 'imprint', 'location')]);
      return pass(subject, 'inMaterial', [at(subject, 'imprint', 'location')]);
    });
  },
});
