/**
 * PECR-01: electronic direct marketing (email, SMS, messaging apps, voicemail) needs the recipient's prior
 * consent. Political parties and campaigns cannot use the soft opt-in (judged by PECR-02) and the charity soft
 * opt-in is charity-only (PECR-03), so for campaigns consent is the only permission. The ICO's most frequent
 * sanction in this sector (Better for the Country 2016, Leave.EU 2019, Vote Leave 2019, Conservative Party 2021).
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { ELECTRONIC_MAIL_CHANNELS } from '../lib/facts.js';
import { fail, needsInfo, notApplicable, pass } from '../lib/outcomes.js';
import { at } from '../lib/subjects.js';
import { CHANNEL_LABELS, marketingStatus, perCommunication, words } from './_helpers.js';

export default defineRule({
  id: 'PECR-01',
  title: 'Campaign emails, texts and other electronic messages are sent only with prior consent',
  area: 'pecr',
  severity: 'critical',
  tags: ['pecr', 'consent', 'email', 'sms'],
  covers: ['UK-DM-01'],
  citations: [
    cite('PECR', 'reg. 22(2)'),
    cite('PECR', 'reg. 22(1)'),
    cite('UK GDPR', 'Art. 4(11)'),
    citeIco('Political campaigning - opinion research and direct marketing'),
  ],
  rationale:
    'Emails, texts, messaging-app messages and voicemails that promote a party, candidate or cause are direct marketing. ' +
    'PECR forbids sending them to individuals unless each recipient has told you, in advance, that they agree to receive them from you. ' +
    'No other permission works for campaigns: legitimate interests and public task do not satisfy PECR, and the soft opt-in is not available for promoting political aims. ' +
    'Consent must name you and cover the channel used: consent given to "selected partners", or to emails only, does not cover your texts. ' +
    'Sending without consent is the ICO\'s most frequent sanction against campaigners (Better for the Country 2016, Leave.EU 2019, Vote Leave 2019, Conservative Party 2021).',
  remediation: [
    'Send campaign emails, texts and app messages only to people who ticked a box or otherwise actively agreed to receive them from you, for that channel.',
    'Stop sending to anyone whose consent you cannot show; do not rely on legitimate interests or public task for electronic messages.',
    'Do not use bought-in or shared lists unless the consent names your organisation and the channel you will use.',
    'Record each consent: who, when, how, and the wording they agreed to (see PECR-04).',
  ],
  notes:
    'Messages going only to corporate subscribers (companies) are outside reg. 22 (reg. 22(1)) but still need an identified sender and an opt-out (PECR-05). ' +
    'A campaign is treated as direct marketing when its purpose is campaigning, or the declarant treats it as marketing, or it carries campaigning content; whether research or service messages are correctly classified is judged by the direct marketing rules.',
  examples: {
    passing: `# Texts go only to people who consented to texts from us by name.
communications:
  - id: spring-sms
    name: Spring SMS
    channel: sms
    purpose: persuasion
    marketingBasis: consent
    consent:
      obtained: true
      namesSender: true
      coversChannel: true
`,
    failing: `# Fails: campaign texts sent on "legitimate interests"; texts need prior consent.
communications:
  - id: spring-sms
    name: Spring SMS
    channel: sms
    purpose: persuasion
    marketingBasis: legitimate_interests
`,
  },
  messages: {
    noCommunications: 'No communications are declared, so it is not known whether consent is needed.',
    noneDeclared: 'No communications are declared as sent.',
    notElectronic: '{{subject}} is sent by {{channel}}, which is not electronic mail under PECR.',
    notMarketing: '{{subject}} is declared as {{purpose}} with no campaigning content, so it is not direct marketing.',
    corporateOnly: '{{subject}} goes only to corporate subscribers; the consent rule of PECR reg. 22 covers individual subscribers (reg. 23 still applies).',
    purposeUnknown: '{{subject}}: the purpose is not declared, so it is not known whether these messages are direct marketing.',
    basisUnknown: '{{subject}}: the permission relied on to send these {{channel}} messages (marketingBasis) is not declared.',
    softOptIn: '{{subject}} relies on a soft opt-in; that is judged by PECR-02 and PECR-03.',
    wrongBasis: '{{subject}} sends {{channel}} campaign messages relying on "{{basis}}"; PECR requires the prior consent of each recipient.',
    consentUnknown: '{{subject}}: consent is the stated permission, but whether every recipient consented (consent.obtained) is not declared.',
    noConsent: '{{subject}} sends {{channel}} campaign messages to people who have not all consented.',
    consentNotToUs: '{{subject}}: the consent relied on does not name your organisation, so it is not consent to messages from you.',
    consentOtherChannel: '{{subject}}: the consent relied on was not given for {{channel}} messages.',
    consented: '{{subject}} is sent only to people who consented.',
  },
  evaluate(declaration) {
    return perCommunication(declaration, { absent: 'noCommunications', empty: 'noneDeclared' }, (entry, subject) => {
      const channel = CHANNEL_LABELS[entry.channel];
      if (!ELECTRONIC_MAIL_CHANNELS.has(entry.channel)) return notApplicable(subject, 'notElectronic', [at(subject, 'channel')], { channel });
      const marketing = marketingStatus(entry);
      if (marketing === 'unknown') return needsInfo(subject, 'purposeUnknown', [at(subject, 'purpose')]);
      if (marketing === 'not_marketing') {
        return notApplicable(subject, 'notMarketing', [at(subject, 'purpose')], { purpose: words(entry.purpose ?? 'message') });
      }
      if (entry.recipients === 'corporate_subscribers') return notApplicable(subject, 'corporateOnly', [at(subject, 'recipients')]);
      const basis = entry.marketingBasis;
      if (basis === undefined) return needsInfo(subject, 'basisUnknown', [at(subject, 'marketingBasis')], { channel });
      if (basis === 'soft_opt_in' || basis === 'charity_soft_opt_in') return notApplicable(subject, 'softOptIn', [at(subject, 'marketingBasis')]);
      if (basis !== 'consent') return fail(subject, 'wrongBasis', [at(subject, 'marketingBasis')], { channel, basis: words(basis) });
      const consent = entry.consent;
      if (consent?.obtained === undefined) return needsInfo(subject, 'consentUnknown', [at(subject, 'consent', 'obtained')]);
      if (!consent.obtained) return fail(subject, 'noConsent', [at(subject, 'consent', 'obtained')], { channel });
      if (consent.namesSender === false) return fail(subject, 'consentNotToUs', [at(subject, 'consent', 'namesSender')]);
      if (consent.coversChannel === false) return fail(subject, 'consentOtherChannel', [at(subject, 'consent', 'coversChannel')], { channel });
      return pass(subject, 'consented', [at(subject, 'consent', 'obtained')]);
    });
  },
});
