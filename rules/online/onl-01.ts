/**
 * ONL-01: storing or reading information on a visitor's device (cookies, pixels, SDKs, and anything that instigates
 * it, such as a platform pixel) is forbidden by PECR reg. 6(1)-(2), as substituted by DUAA 2025 s. 112 from
 * 5 February 2026, except as Schedule A1 allows. Advertising and social-media tracking, such as the pixels used to
 * retarget political messages, is allowed only with clear information and the visitor's prior consent (Sch. A1
 * para. 2); none of the exceptions is reported to cover advertising. Consent has the UK GDPR meaning (Art. 4(11)).
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import type { WebProperty } from '../../schema/generated/declaration.js';
import { fail, needsInfo, notApplicable, pass, warn } from '../lib/outcomes.js';
import { DECLARATION, at, items } from '../lib/subjects.js';

type Tracker = NonNullable<WebProperty['trackers']>[number];

/** Tracker purposes that need consent: advertising (pixels, retargeting) and social plugins (ICO guidance). */
const CONSENT_PURPOSES: ReadonlySet<Tracker['purpose']> = new Set<Tracker['purpose']>(['advertising', 'social_plugin']);

export default defineRule({
  id: 'ONL-01',
  title: 'Advertising pixels, social plugins and similar trackers run only after the visitor consents',
  area: 'online',
  severity: 'high',
  tags: ['pecr', 'cookies', 'pixels', 'consent', 'online'],
  covers: ['UK-ONL-01'],
  citations: [
    cite('PECR', 'reg. 6(1)'),
    cite('PECR', 'reg. 6(2)'),
    cite('DUAA 2025', 's. 112'),
    cite('UK GDPR', 'Art. 4(11)'),
    citeIco('Political campaigning in the online world'),
  ],
  rationale:
    'A platform pixel, social media plugin or advertising cookie on your website reads or stores information on the visitor\'s device so that the platform can follow them and show them your messages later. ' +
    'PECR forbids that unless the visitor has been told clearly what it is for and has consented beforehand; no other lawful basis is available for advertising trackers, and you are responsible for third-party tags you put on your site. ' +
    'Consent means a free, specific, informed and unambiguous choice: a tracker that fires before the visitor chooses, or a banner that makes refusing harder than accepting, does not get it.',
  remediation: [
    'Load advertising pixels, social plugins and retargeting tags only after the visitor clicks to accept them; block them by default.',
    'Give a clear choice on the first layer of the banner, with "reject" as easy to click as "accept", and explain which platforms receive data and why.',
    'List every tracker on each site (use a scanner) and keep the list up to date when tags are added.',
  ],
  notes:
    'Only advertising and social-plugin trackers are judged: Schedule A1 has exceptions (strictly necessary storage, some statistical and functional purposes) whose text beyond paragraph 3 has not been read, so analytics and functional cookies are left out rather than guessed at. ' +
    'PECR Sch. A1 para. 2 (information and consent) is the precise provision but cannot be cited in the current citation style; reg. 6(1) is cited instead (docs/legal-sources.md, section 4). ' +
    'Reg. 6 as substituted applies from 5 February 2026; the consent requirement for advertising trackers was the same before.',
  examples: {
    passing: `# The Meta Pixel loads only after visitors click "accept", and "reject" is just as easy.
webProperties:
  - id: main-site
    url: https://example.org
    trackers:
      - name: Session cookie
        purpose: strictly_necessary
      - name: Meta Pixel
        purpose: advertising
        provider: Meta
    consentMechanism:
      present: true
      trackersFireBeforeConsent: false
      rejectAsEasyAsAccept: true
`,
    failing: `# Fails: the Meta Pixel fires as soon as the page loads, before the visitor has chosen.
webProperties:
  - id: main-site
    url: https://example.org
    trackers:
      - name: Meta Pixel
        purpose: advertising
        provider: Meta
    consentMechanism:
      present: true
      trackersFireBeforeConsent: true
      rejectAsEasyAsAccept: true
`,
  },
  messages: {
    noWebProperties: 'No websites or apps are declared, so it is not known whether trackers are used. Use [] if you have none.',
    noneDeclared: 'No websites or apps are declared.',
    trackersUnknown: '{{subject}}: its cookies, pixels and trackers are not declared; use [] if there are none.',
    noConsentTrackers: '{{subject}} declares no advertising pixels or social plugins.',
    mechanismUnknown: '{{subject}} uses {{trackers}}, but how visitors are asked for consent (consentMechanism) is not declared.',
    noConsentAsked: '{{subject}} uses {{trackers}} without asking visitors for consent.',
    firesBeforeConsent: '{{subject}} runs {{trackers}} before visitors consent.',
    firingUnknown: '{{subject}}: whether any tracker runs before visitors consent (consentMechanism.trackersFireBeforeConsent) is not declared.',
    rejectHarder: '{{subject}}: refusing trackers is harder than accepting them, so consent may not be freely given.',
    rejectUnknown: '{{subject}}: whether refusing trackers is as easy as accepting them (consentMechanism.rejectAsEasyAsAccept) is not declared.',
    consentFirst: '{{subject}} runs advertising trackers only after visitors consent.',
  },
  evaluate(declaration) {
    const list = declaration.webProperties;
    if (list === undefined) return [needsInfo(DECLARATION, 'noWebProperties', ['/webProperties'])];
    if (list.length === 0) return [notApplicable(DECLARATION, 'noneDeclared', ['/webProperties'])];
    return items(list, 'webProperties').map(({ entry, subject }) => {
      if (entry.trackers === undefined) return needsInfo(subject, 'trackersUnknown', [at(subject, 'trackers')]);
      const needing = entry.trackers.flatMap((t, i) => (CONSENT_PURPOSES.has(t.purpose) ? [{ t, i }] : []));
      if (needing.length === 0) return notApplicable(subject, 'noConsentTrackers', [at(subject, 'trackers')]);
      const trackerPointers = needing.map(({ i }) => at(subject, 'trackers', i));
      const names = needing.map(({ t }) => t.name);
      const trackers = names.length <= 3 ? names.join(', ') : `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`;
      const mechanism = entry.consentMechanism;
      if (mechanism === undefined) return needsInfo(subject, 'mechanismUnknown', [at(subject, 'consentMechanism')], { trackers });
      if (!mechanism.present) return fail(subject, 'noConsentAsked', [...trackerPointers, at(subject, 'consentMechanism', 'present')], { trackers });
      if (mechanism.trackersFireBeforeConsent === true) {
        return fail(subject, 'firesBeforeConsent', [...trackerPointers, at(subject, 'consentMechanism', 'trackersFireBeforeConsent')], { trackers });
      }
      if (mechanism.trackersFireBeforeConsent === undefined) {
        return needsInfo(subject, 'firingUnknown', [at(subject, 'consentMechanism', 'trackersFireBeforeConsent')]);
      }
      if (mechanism.rejectAsEasyAsAccept === false) return warn(subject, 'rejectHarder', [at(subject, 'consentMechanism', 'rejectAsEasyAsAccept')]);
      if (mechanism.rejectAsEasyAsAccept === undefined) {
        return needsInfo(subject, 'rejectUnknown', [at(subject, 'consentMechanism', 'rejectAsEasyAsAccept')]);
      }
      return pass(subject, 'consentFirst', [at(subject, 'consentMechanism')]);
    });
  },
});
