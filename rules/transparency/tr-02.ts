/**
 * TR-02: privacy information is given at every point where people hand over their details, at the time they
 * do so (UK GDPR Art. 13(1): "at the time when personal data are obtained"). Postal vote and voter
 * registration forms that a campaign hands out or collects must also say that the campaign will use the
 * details (UK-SRC-05): the ICO warns that applicants should not be surprised to find them used for campaigning.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import type { CollectionPoint } from '../../schema/generated/declaration.js';
import { fail, needsInfo, notApplicable, pass } from '../lib/outcomes.js';
import { DECLARATION, at, items } from '../lib/subjects.js';

/** Electoral forms a campaigner may hand out or forward: the applicant expects the form to go to the registration officer. */
const ELECTORAL_FORMS: ReadonlySet<CollectionPoint['type']> = new Set<CollectionPoint['type']>([
  'postal_vote_application',
  'voter_registration_form',
]);

export default defineRule({
  id: 'TR-02',
  title: 'Privacy information is given at every collection point, at the time people give their details',
  area: 'transparency',
  severity: 'high',
  tags: ['transparency', 'privacy-notice', 'collection', 'postal-votes'],
  covers: ['UK-TR-01', 'UK-SRC-05'],
  citations: [
    cite('UK GDPR', 'Art. 5(1)(a)'),
    cite('UK GDPR', 'Art. 13(1)(c)'),
    cite('UK GDPR', 'Art. 13(2)(b)'),
    citeIco('Collecting personal data'),
  ],
  rationale:
    'When people give you their details (a website form, a petition, a survey, on the doorstep or on the phone), UK GDPR Article 13 requires you to tell them, at that moment, who you are, what you will use the data for and on what basis, and what their rights are. ' +
    'A short notice with a link to the full privacy notice is enough; telling them later is not. ' +
    'Campaigners who hand out or collect postal vote and voter registration forms must make clear that the campaign will also use the details: the ICO has said, before recent elections, that people should not be surprised to find data from those forms used in the campaign.',
  remediation: [
    'At each collection point, show a short privacy statement with a link to the full notice (online), print it on the form, or hand over a leaflet or card with the link (doorstep, events).',
    'For telephone collection, read a short script that says who you are and where the full notice is.',
    'On postal vote and voter registration forms you hand out, say plainly that your campaign will keep and use the details, for what, and how to object.',
  ],
  notes:
    'Doorstep and telephone canvassing have their own privacy-information fact (canvassing.privacyInformationMethod), judged by the canvassing rules; collection points of type doorstep or telephone are judged here too. ' +
    'Whether the information given is complete is judged on the published notice by TR-09. The Electoral Commission code for campaigners on handling postal vote applications is electoral law outside this rule.',
  examples: {
    passing: `# The join form links to the privacy notice right next to the submit button.
collectionPoints:
  - id: join-form
    name: Join us form
    type: web_form
    privacyInformation:
      provided: true
      timing: at_collection
      method: link
`,
    failing: `# Fails: postal vote forms we hand out do not say the campaign will keep and use the details.
collectionPoints:
  - id: postal-votes
    name: Postal vote application forms
    type: postal_vote_application
    privacyInformation:
      provided: true
      timing: at_collection
      method: printed_on_form
      mentionsCampaignUse: false
`,
  },
  messages: {
    noCollectionPoints: 'The places where you collect data directly from people (collectionPoints) are not declared. Use [] if there are none.',
    noneDeclared: 'No collection points are declared.',
    infoUnknown: '{{subject}}: whether people are given privacy information (privacyInformation.provided) is not declared.',
    notProvided: '{{subject}}: people are not given privacy information when they give their details.',
    timingUnknown: '{{subject}}: when the privacy information is given (privacyInformation.timing) is not declared.',
    givenLater: '{{subject}}: privacy information is given only later; it must be given when people give their details.',
    campaignUseUnknown: '{{subject}}: whether applicants are told the campaign will use their details (privacyInformation.mentionsCampaignUse) is not declared.',
    campaignUseNotMentioned: '{{subject}}: applicants are not told that the campaign will keep and use the details on the form.',
    formTold: '{{subject}}: applicants are told at the time how the campaign will use their details.',
    providedAtCollection: '{{subject}}: privacy information is given when people give their details.',
  },
  evaluate(declaration) {
    const list = declaration.collectionPoints;
    if (list === undefined) return [needsInfo(DECLARATION, 'noCollectionPoints', ['/collectionPoints'])];
    if (list.length === 0) return [notApplicable(DECLARATION, 'noneDeclared', ['/collectionPoints'])];
    return items(list, 'collectionPoints').map(({ entry, subject }) => {
      const info = entry.privacyInformation;
      if (info === undefined) return needsInfo(subject, 'infoUnknown', [at(subject, 'privacyInformation')]);
      if (!info.provided) return fail(subject, 'notProvided', [at(subject, 'privacyInformation', 'provided')]);
      if (info.timing === undefined) return needsInfo(subject, 'timingUnknown', [at(subject, 'privacyInformation', 'timing')]);
      if (info.timing === 'later') return fail(subject, 'givenLater', [at(subject, 'privacyInformation', 'timing')]);
      if (ELECTORAL_FORMS.has(entry.type)) {
        const told = info.mentionsCampaignUse;
        const evidence = [at(subject, 'type'), at(subject, 'privacyInformation', 'mentionsCampaignUse')];
        if (told === undefined) return needsInfo(subject, 'campaignUseUnknown', evidence);
        if (!told) return fail(subject, 'campaignUseNotMentioned', evidence);
        return pass(subject, 'formTold', evidence);
      }
      return pass(subject, 'providedAtCollection', [at(subject, 'privacyInformation', 'timing')]);
    });
  },
});
