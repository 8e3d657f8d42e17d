/**
 * SRC-03: personal data taken from public websites and social media (collected by hand, scraped, or obtained
 * from a platform) is still personal data, and posting something publicly does not by itself make it
 * "manifestly made public" for the special category condition of UK GDPR Art. 9(2)(e). Political opinions in
 * posts, likes and comments need their own Art. 9 condition unless the person clearly and deliberately made them
 * public. Every activity's lawful basis is judged by LB-01, and telling the people concerned (Art. 14) by TR-03;
 * this rule judges the special category condition relied on for such data.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import type { DataSource } from '../../schema/generated/declaration.js';
import { needsInfo, notApplicable, pass, warn } from '../lib/outcomes.js';
import { DECLARATION, at, items } from '../lib/subjects.js';
import { listOf } from './_helpers.js';

const PUBLIC_TYPES: ReadonlySet<DataSource['type']> = new Set<DataSource['type']>(['public_web', 'scraped_social_media', 'social_media_platform']);

export default defineRule({
  id: 'SRC-03',
  title: 'Political opinions taken from public websites and social media are not treated as "manifestly made public" by default',
  area: 'sourcing',
  severity: 'high',
  tags: ['sourcing', 'social-media', 'scraping', 'special-category'],
  covers: ['UK-SRC-03'],
  citations: [cite('UK GDPR', 'Art. 9(2)(e)'), cite('UK GDPR', 'Art. 9(1)'), cite('UK GDPR', 'Art. 5(1)(a)'), citeIco('Collecting personal data'), citeIco('Special category data')],
  rationale:
    'Information people post publicly, on websites or social media, is still their personal data, and what it reveals about their political views is special category data. ' +
    'The "manifestly made public" condition applies only where the person clearly and deliberately made that information public for anyone to use, for example a public statement by a candidate. A post to friends, a like or a comment on a page is not that, and a campaign cannot assume it for everyone in a scraped or bought social media dataset. ' +
    'The ICO\'s guidance on collecting data from publicly available sources makes the same point: being publicly available does not make data free to use.',
  remediation: [
    'Do not rely on "manifestly made public" for political opinions taken from posts, likes, comments or follows.',
    'Use another Article 9 condition that fits (for a registered party, the political parties condition in DPA 2018 Sch. 1 para. 22), or do not record the opinion.',
    'Record the condition on the processing activity (specialCategory.condition) and keep telling people where their data came from (TR-03).',
  ],
  notes:
    'Reported as a warning: a person must judge whether some individuals (for example public figures) did manifestly make their views public. ' +
    'Only activities linked to a public or social media source are judged; an activity relying on "manifestly made public" for other data is left to the special category rules. ' +
    'The EDPB Statement 2/2019 makes the same point; its point numbers are not verified, so it is not cited.',
  examples: {
    passing: `# Opinions from public websites are used under the political parties condition, not "manifestly made public".
dataSources:
  - id: public-posts
    name: Public posts about the bypass
    type: public_web
    usedForActivityIds: [issue-targeting]
processingActivities:
  - id: issue-targeting
    name: Issue targeting
    specialCategory:
      used: true
      condition: substantial_public_interest
      schedule1Condition: para_22_political_parties
`,
    failing: `# Warning: posts on social media are treated as "manifestly made public" by default.
dataSources:
  - id: scraped
    name: Scraped commenters
    type: scraped_social_media
    usedForActivityIds: [issue-targeting]
processingActivities:
  - id: issue-targeting
    name: Issue targeting
    specialCategory:
      used: true
      condition: manifestly_made_public
`,
  },
  messages: {
    noSources: 'Your data sources (dataSources) are not declared, so it is not known whether you use public or social media data. Use [] if there are none.',
    noPublicData: 'You use no data taken from public websites or social media.',
    usesUnknown: '{{subject}}: which activities use this data (usedForActivityIds, or dataSourceIds on the activities) is not declared.',
    manifestlyPublic: '{{subject}} is used for {{activities}} relying on "manifestly made public"; publishing a post does not by itself make political opinions manifestly public. Check each case or use another condition.',
    conditionUnknown: '{{subject}} is used for {{activities}}; whether special category data is used there, and under which condition (specialCategory), is not declared.',
    notRelied: '{{subject}}: no use of it relies on "manifestly made public".',
  },
  evaluate(declaration, context) {
    const list = declaration.dataSources;
    if (list === undefined) return [needsInfo(DECLARATION, 'noSources', ['/dataSources'])];
    const publicSources = items(list, 'dataSources').filter(({ entry }) => PUBLIC_TYPES.has(entry.type));
    if (publicSources.length === 0) return [notApplicable(DECLARATION, 'noPublicData', ['/dataSources'])];
    return publicSources.map(({ entry, subject }) => {
      const uses = context.index.activitiesUsingSource(entry.id);
      if (uses.length === 0) return needsInfo(subject, 'usesUnknown', [at(subject, 'usedForActivityIds')]);
      const names = (subset: typeof uses) => listOf(subset.map((a) => a.entry.name));
      const manifest = uses.filter((a) => a.entry.specialCategory?.condition === 'manifestly_made_public');
      if (manifest.length > 0) {
        return warn(subject, 'manifestlyPublic', manifest.map((a) => at(a.pointer, 'specialCategory', 'condition')), { activities: names(manifest) });
      }
      const unknown = uses.filter((a) => a.entry.specialCategory === undefined);
      if (unknown.length > 0) return needsInfo(subject, 'conditionUnknown', unknown.map((a) => at(a.pointer, 'specialCategory')), { activities: names(unknown) });
      return pass(subject, 'notRelied', uses.map((a) => at(a.pointer, 'specialCategory')));
    });
  },
});
