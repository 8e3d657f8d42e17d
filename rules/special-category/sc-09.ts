/**
 * SC-09: the "manifestly made public" condition (UK GDPR Art. 9(2)(e)) applies only to data the person has
 * deliberately made public themselves. It cannot cover inferences (scores, predictions) the campaign made, nor data
 * people gave privately (canvass answers, surveys, sign-ups). Posting on social media, or appearing on a public web
 * page, does not by itself show that a person manifestly made their political opinions public (UK-SRC-03).
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule, type RuleOutcome } from '../../core/rule.js';
import { fail, manual, needsInfo, notApplicable, warn } from '../lib/outcomes.js';
import { DECLARATION, at, items } from '../lib/subjects.js';
import { quoted } from './_helpers.js';

type Message = 'noActivities' | 'notRelied' | 'inferred' | 'privateSources' | 'sourcesUnknown' | 'socialMedia' | 'checkEachPerson';

/** Sources where people give data to you or to another organisation, not to the world. */
const PRIVATE_SOURCE_TYPES: ReadonlySet<string> = new Set([
  'direct_collection',
  'membership_records',
  'full_electoral_register',
  'open_electoral_register',
  'marked_register',
  'absent_voter_list',
  'canvassing',
  'survey',
  'competition',
  'casework',
  'affiliated_company_customers',
  'volunteer_contacts',
  'voter_registration_forms',
  'postal_vote_applications',
  'donation_records',
  'event_signups',
]);

/** Social media sources: public posting alone is not enough (ICO; EDPB Statement 2/2019). */
const SOCIAL_SOURCE_TYPES: ReadonlySet<string> = new Set(['scraped_social_media', 'social_media_platform', 'own_social_media_engagement']);

export default defineRule({
  id: 'SC-09',
  title: 'The "manifestly made public" condition is relied on only for data people deliberately made public themselves',
  area: 'special-category',
  severity: 'critical',
  tags: ['special-category', 'manifestly-made-public', 'social-media', 'public-sources'],
  covers: ['UK-SC-02'],
  citations: [cite('UK GDPR', 'Art. 9(2)(e)'), citeIco('Special category data'), citeIco('Collecting personal data')],
  rationale:
    'Special category data may be processed without another condition only if the person has manifestly made it public: a deliberate, clear act by the person, such as a public statement of their own political views. ' +
    'Predictions and scores you create were never made public by anyone; answers given on the doorstep, in a survey or on a sign-up form were given to you, not to the world. ' +
    'Data that happens to be visible on social media or a website is still personal data, and a post, like or follow does not by itself show that the person chose to make their political opinions public for any use. ' +
    'Relying on this condition wrongly leaves the processing with no valid condition.',
  remediation: [
    'Do not rely on "manifestly made public" for scores, predictions or data people gave you directly; identify the right condition (for registered parties, paragraph 22; otherwise explicit consent).',
    'For public sources, check for each person that they deliberately made the information public themselves, and record how you checked.',
    'Tell the people concerned that you hold the data and where you got it.',
  ],
  notes:
    'Covers the UK-SRC-03 point that public posting is not "manifestly made public"; the lawful basis and transparency for public and social media sources are judged by the sourcing rules. ' +
    'Public web pages, petitions, brokers and "other" sources cannot be judged from the declaration, so they give a manual check rather than a pass. ' +
    'EDPB Statement 2/2019 is cited by the digest for the social media point; it is EU guidance, so it is mentioned here rather than cited.',
  examples: {
    passing: `# As far as a declaration can show: statements people published on websites (a person must still check each was deliberately made public).
dataSources:
  - id: web
    name: Public statements on websites
    type: public_web
processingActivities:
  - id: monitoring
    name: Opinion monitoring
    dataSourceIds: [web]
    specialCategory:
      used: true
      condition: manifestly_made_public
`,
    failing: `# Fails: what people told canvassers on the doorstep was not made public by them.
dataSources:
  - id: canvass
    name: Canvass returns
    type: canvassing
processingActivities:
  - id: monitoring
    name: Opinion monitoring
    dataSourceIds: [canvass]
    specialCategory:
      used: true
      condition: manifestly_made_public
`,
  },
  messages: {
    noActivities: 'No processing activities are declared, so reliance on "manifestly made public" cannot be checked.',
    notRelied: 'No activity relies on the "manifestly made public" condition.',
    inferred: '{{subject}} relies on "manifestly made public" but uses {{categories}}, which you inferred; people cannot have made your inferences public.',
    privateSources: '{{subject}} relies on "manifestly made public" but uses data from {{sources}}, which people gave to you or to others, not to the public.',
    sourcesUnknown: '{{subject}} relies on "manifestly made public", but where the data comes from (dataSourceIds) is not declared.',
    socialMedia: '{{subject}} relies on "manifestly made public" for data from {{sources}}; a post, like or follow does not by itself show that a person deliberately made their views public.',
    checkEachPerson: '{{subject}} relies on "manifestly made public" for data from {{sources}}; check and record, for each person, that they deliberately made the information public themselves.',
  },
  evaluate(declaration, context) {
    const list = declaration.processingActivities;
    if (list === undefined) return [needsInfo(DECLARATION, 'noActivities', ['/processingActivities'])];
    const outcomes: RuleOutcome<Message>[] = [];
    for (const { entry, subject } of items(list, 'processingActivities')) {
      if (entry.specialCategory?.condition !== 'manifestly_made_public') continue;
      const relied = at(subject, 'specialCategory', 'condition');
      const inferred = context.index
        .categoriesOfActivity(entry.id)
        .filter((c) => c.entry.origin === 'inferred' || c.entry.inferenceMethod !== undefined);
      if (inferred.length > 0) {
        outcomes.push(fail(subject, 'inferred', [relied, ...inferred.map((c) => c.pointer)], { categories: quoted(inferred) }));
        continue;
      }
      const sources = context.index.sourcesOfActivity(entry.id);
      if (sources.length === 0) {
        outcomes.push(needsInfo(subject, 'sourcesUnknown', [at(subject, 'dataSourceIds')]));
        continue;
      }
      const privateOnes = sources.filter((s) => PRIVATE_SOURCE_TYPES.has(s.entry.type));
      const social = sources.filter((s) => SOCIAL_SOURCE_TYPES.has(s.entry.type));
      if (privateOnes.length > 0) outcomes.push(fail(subject, 'privateSources', [relied, ...privateOnes.map((s) => s.pointer)], { sources: quoted(privateOnes) }));
      else if (social.length > 0) outcomes.push(warn(subject, 'socialMedia', [relied, ...social.map((s) => s.pointer)], { sources: quoted(social) }));
      else outcomes.push(manual(subject, 'checkEachPerson', [relied, ...sources.map((s) => s.pointer)], { sources: quoted(sources) }));
    }
    if (outcomes.length === 0) return [notApplicable(DECLARATION, 'notRelied', ['/processingActivities'])];
    return outcomes;
  },
});
