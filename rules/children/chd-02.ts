/**
 * CHD-02: websites and apps that offer sign-ups or accounts children are likely to use check age, and under-13s need a
 * parent's consent where consent is relied on (UK GDPR Art. 8(1), with reasonable efforts to verify it, Art. 8(2)).
 * Since 5 Feb 2026 such services must also weigh the "children's higher protection matters" in their design
 * (Art. 25(1A), inserted by DUAA 2025 s. 81).
 */
import { cite } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { fail, needsInfo, notApplicable, pass } from '../lib/outcomes.js';
import { at, section } from '../lib/subjects.js';

export default defineRule({
  id: 'CHD-02',
  title: 'Websites and apps open to children check age, and under-13s need a parent\'s consent',
  area: 'children',
  severity: 'medium',
  tags: ['children', 'online', 'consent', 'age-assurance'],
  covers: ['UK-CHD-01'],
  citations: [cite('UK GDPR', 'Art. 8(1)'), cite('UK GDPR', 'Art. 8(2)'), cite('UK GDPR', 'Art. 25(1A)'), cite('DUAA 2025', 's. 81')],
  guidance: [
    {
      title: 'ICO: Age appropriate design code',
      url: 'https://ico.org.uk/for-organisations/guide-to-data-protection/ico-codes-of-practice/age-appropriate-design-a-code-of-practice-for-online-services/',
    },
  ],
  rationale:
    'Youth wings, campaign apps and sign-up pages can attract children. Where an online service offered directly to a child relies on consent, a ' +
    'child under 13 cannot give it: a parent must, and the campaign must make reasonable efforts to check. Services likely to be used by children ' +
    'must also be designed with their higher protection in mind. Without an age check the campaign cannot know which rules apply.',
  remediation: [
    'Ask for age (or date of birth) at sign-up on any website or app that children are likely to use, proportionately to the risk.',
    'For under-13s, get and verify a parent\'s consent, or do not offer the service to them.',
    'Design those services with children\'s interests in mind: high privacy by default, no profiling of children, clear age-appropriate information.',
  ],
  notes:
    'Applies when a website or app is declared as offering sign-ups or accounts children are likely to use (offersAccountsToUnder18s). The age in ' +
    'Art. 8(1) is 13; the power to change it (Art. 8(2A), Children\'s Wellbeing and Schools Act 2026) is on the do-not-cite list. Severity medium: ' +
    'the check is a safeguard; targeting children is judged by CHD-01 (high). The age appropriate design code is given as further reading.',
  examples: {
    passing: `# The youth wing's sign-up checks age and asks a parent to consent for under-13s.
webProperties:
  - id: youth
    url: https://young.example.org
    offersAccountsToUnder18s: true
children:
  ageChecks: true
`,
    failing: `# Fails: the youth wing's sign-up does not check age.
webProperties:
  - id: youth
    url: https://young.example.org
    offersAccountsToUnder18s: true
children:
  ageChecks: false
`,
  },
  messages: {
    noWebsites: 'No websites or apps are declared (webProperties), so it is not known whether any is open to children.',
    noChildService: 'No website or app offers sign-ups or accounts children are likely to use.',
    openUnknown: 'It is not declared whether these websites or apps offer sign-ups or accounts children are likely to use: {{sites}} (offersAccountsToUnder18s).',
    checksUnknown: 'Websites or apps children are likely to use ({{sites}}) are declared; whether their sign-ups check age and seek a parent\'s consent for under-13s is not declared (children.ageChecks).',
    noChecks: 'Websites or apps children are likely to use ({{sites}}) do not check age or seek a parent\'s consent for under-13s.',
    checked: 'Websites or apps children are likely to use ({{sites}}) check age, and under-13s need a parent\'s consent.',
  },
  evaluate(declaration) {
    const subject = section('children');
    const sites = declaration.webProperties;
    if (sites === undefined) return [needsInfo(subject, 'noWebsites', ['/webProperties'])];
    const open = sites.map((s, i) => ({ s, i })).filter(({ s }) => s.offersAccountsToUnder18s === true);
    const unknown = sites.map((s, i) => ({ s, i })).filter(({ s }) => s.offersAccountsToUnder18s === undefined);
    const names = (list: typeof open) => list.map(({ s }) => s.url).join(', ');
    if (open.length === 0) {
      if (unknown.length > 0) {
        return [needsInfo(subject, 'openUnknown', unknown.map(({ i }) => `/webProperties/${i}/offersAccountsToUnder18s`), { sites: names(unknown) })];
      }
      return [notApplicable(subject, 'noChildService', ['/webProperties'])];
    }
    const data = { sites: names(open) };
    const sitePointers = open.map(({ i }) => `/webProperties/${i}/offersAccountsToUnder18s`);
    const checks = declaration.children?.ageChecks;
    const pointer = at(subject, 'ageChecks');
    if (checks === undefined) return [needsInfo(subject, 'checksUnknown', [pointer], data)];
    return [checks ? pass(subject, 'checked', [pointer, ...sitePointers], data) : fail(subject, 'noChecks', [pointer, ...sitePointers], data)];
  },
});
