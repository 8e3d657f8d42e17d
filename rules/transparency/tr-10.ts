/**
 * TR-10: social media pages that gather personal data (the campaign records who likes, comments or follows,
 * or uses the platform's page insights about visitors) link to the campaign's privacy information, so that the
 * people whose data is gathered there can find it (UK GDPR Art. 12(1) "easily accessible", Arts. 13-14). The
 * ICO's audits of the parties recommended privacy information on their social media presence.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { fail, needsInfo, notApplicable, pass } from '../lib/outcomes.js';
import { DECLARATION, at, items } from '../lib/subjects.js';

export default defineRule({
  id: 'TR-10',
  title: 'Social media pages that gather personal data link to the campaign\'s privacy information',
  area: 'transparency',
  severity: 'medium',
  tags: ['transparency', 'social-media', 'online'],
  covers: ['UK-TR-06', 'UK-SRC-04'],
  citations: [cite('UK GDPR', 'Arts. 12-14'), cite('UK GDPR', 'Art. 14(1)'), citeIco('Collecting personal data')],
  rationale:
    'A campaign page on a social media platform is a place where personal data is gathered: who follows, likes and comments, and the statistics the platform gives you about visitors. ' +
    'The people concerned must be able to find out who you are and what you do with that data, and the page is where they will look. ' +
    'The ICO recommended, after auditing the main parties, that privacy information be made reachable from their social media presence.',
  remediation: [
    'Add a link to your privacy notice in the page\'s "about", bio or profile section, on every platform.',
    'Make sure the notice explains what you collect from your pages (engagement, messages, page insights) and what you use it for.',
  ],
  notes:
    'Pages that gather no personal data for the campaign (no engagement recorded, no page insights) are not judged: linking privacy information there is good practice rather than a duty. ' +
    'The audit recommendation is [S] in the digest (UK-TR-06). Arts. 12-14 as a range is status N in docs/legal-sources.md. Joint controllership for page insights is SRC-04.',
  examples: {
    passing: `# Our Facebook page records engagement and links to our privacy information.
socialMediaAccounts:
  - id: fb-page
    platform: Facebook
    handle: TestParty
    engagementDataCollected: true
    privacyInformationLinked: true
`,
    failing: `# Fails: the page uses Facebook's visitor statistics but has no link to our privacy information.
socialMediaAccounts:
  - id: fb-page
    platform: Facebook
    handle: TestParty
    pageInsightsUsed: true
    engagementDataCollected: false
    privacyInformationLinked: false
`,
  },
  messages: {
    noAccounts: 'Your social media accounts (socialMediaAccounts) are not declared. Use [] if you have none.',
    noneDeclared: 'No social media accounts are declared.',
    linkUnknown: '{{subject}}: whether the page links to your privacy information (privacyInformationLinked) is not declared.',
    useUnknown: '{{subject}} does not link to your privacy information, and whether you record engagement or use page insights there is not declared.',
    noDataGathered: '{{subject}} gathers no personal data for the campaign (no engagement recorded, no page insights).',
    notLinked: '{{subject}} gathers personal data ({{what}}) but does not link to your privacy information.',
    linked: '{{subject}} links to your privacy information.',
  },
  evaluate(declaration) {
    const list = declaration.socialMediaAccounts;
    if (list === undefined) return [needsInfo(DECLARATION, 'noAccounts', ['/socialMediaAccounts'])];
    if (list.length === 0) return [notApplicable(DECLARATION, 'noneDeclared', ['/socialMediaAccounts'])];
    return items(list, 'socialMediaAccounts').map(({ entry, subject }) => {
      const link = [at(subject, 'privacyInformationLinked')];
      if (entry.privacyInformationLinked === true) return pass(subject, 'linked', link);
      const uses = [
        entry.engagementDataCollected === true ? 'engagement is recorded' : undefined,
        entry.pageInsightsUsed === true ? 'page insights are used' : undefined,
      ].filter((x): x is string => x !== undefined);
      const usePointers = [at(subject, 'engagementDataCollected'), at(subject, 'pageInsightsUsed')];
      if (uses.length === 0) {
        if (entry.engagementDataCollected === false && entry.pageInsightsUsed === false) {
          return notApplicable(subject, 'noDataGathered', usePointers);
        }
        if (entry.privacyInformationLinked === undefined) return needsInfo(subject, 'linkUnknown', link);
        return needsInfo(subject, 'useUnknown', [...link, ...usePointers]);
      }
      if (entry.privacyInformationLinked === undefined) return needsInfo(subject, 'linkUnknown', link);
      return fail(subject, 'notLinked', [...link, ...usePointers], { what: uses.join(' and ') });
    });
  },
});
