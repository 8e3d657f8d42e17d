/**
 * PECR-01: electronic direct marketing (email, SMS, messaging apps, voicemail) needs the recipient's prior
 * consent. Political parties and campaigns cannot use the soft opt-in (judged by PECR-02) and the charity soft
 * opt-in is charity-only (PECR-03), so for campaigns consent is the only permission. The ICO's most frequent
 * sanction in this sector (Better for the Country 2016, Leave.EU 2019, Vote Leave 2019, Conservative Party 2021).
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { CAMPAIGNING_PURPOSES, ELECTRONIC_MAIL_CHANNELS } from '../lib/facts.js';
import { fail, needsInfo, notApplicable, pass } from '../lib/outcomes.js';
import { DECLARATION, at, items } from '../lib/subjects.js';

export default defineRule({
  id: 'PECR-01',
  title: 'Campaign emails, texts and other electronic messages are sent only with prior consent',
  area: 'pecr',
  severity: 'critical',
  tags: ['pecr', 'consent', 'email', 'sms'],
  covers: ['UK-DM-01'],
  citations: [cite('PECR', 'reg. 22(2)'), cite('UK GDPR', 'Art. 4(11)'), citeIco('Political campaigning - opinion research and direct marketing')],
  rationale:
    'Emails, texts, messaging-app messages and voicemails that promote a party, candidate or cause are direct marketing. ' +
    'PECR forbids sending them to individuals unless each recipient has told you, in advance, that they agree to receive them from you. ' +
    'No other permission works for campaigns: legitimate interests and public task do not satisfy PECR, and the soft opt-in is not available for promoting political aims.',
  remediation: [
    'Send campaign emails, texts and app messages only to people who ticked a box or otherwise actively agreed to receive them from you, for that channel.',
    'Stop sending to anyone whose consent you cannot show; do not rely on legitimate interests or public task for electronic messages.',
    'Record each consent: who, when, how, and the wording they agreed to (see PECR-04).',
  ],
  messages: {
    noCommunications: 'No communications are declared, so it is not known whether consent is needed.',
    noneDeclared: 'No communications are declared as sent.',
    notElectronic: '{{subject}} is sent by {{channel}}, which is not electronic mail under PECR.',
    notMarketing: '{{subject}} is a {{purpose}} with no campaigning content, so it is not direct marketing.',
    corporateOnly: '{{subject}} goes only to corporate subscribers; the consent rule of PECR reg. 22 covers individual subscribers (reg. 23 still applies).',
    purposeUnknown: '{{subject}}: the purpose is not declared, so it is not known whether these messages are direct marketing.',
    basisUnknown: '{{subject}}: the permission relied on to send these {{channel}} messages (marketingBasis) is not declared.',
    softOptIn: '{{subject}} relies on a soft opt-in; that is judged by PECR-02 and PECR-03.',
    wrongBasis: '{{subject}} sends {{channel}} campaign messages relying on "{{basis}}"; PECR requires the prior consent of each recipient.',
    consentUnknown: '{{subject}}: consent is the stated permission, but whether every recipient consented (consent.obtained) is not declared.',
    noConsent: '{{subject}} sends {{channel}} campaign messages to people who have not all consented.',
    consented: '{{subject}} is sent only to people who consented.',
  },
  evaluate(declaration) {
    const list = declaration.communications;
    if (list === undefined) return [needsInfo(DECLARATION, 'noCommunications', ['/communications'])];
    if (list.length === 0) return [notApplicable(DECLARATION, 'noneDeclared', ['/communications'])];
    return items(list, 'communications').map(({ entry, subject }) => {
      const channel = entry.channel;
      if (!ELECTRONIC_MAIL_CHANNELS.has(channel)) return notApplicable(subject, 'notElectronic', [at(subject, 'channel')], { channel });
      if (entry.purpose === undefined) return needsInfo(subject, 'purposeUnknown', [at(subject, 'purpose')]);
      if (!CAMPAIGNING_PURPOSES.has(entry.purpose as never) && entry.containsCampaigningContent !== true && entry.isDirectMarketing !== true) {
        return notApplicable(subject, 'notMarketing', [at(subject, 'purpose')], { purpose: entry.purpose.replace(/_/g, ' ') });
      }
      if (entry.recipients === 'corporate_subscribers') return notApplicable(subject, 'corporateOnly', [at(subject, 'recipients')]);
      const basis = entry.marketingBasis;
      if (basis === undefined) return needsInfo(subject, 'basisUnknown', [at(subject, 'marketingBasis')], { channel });
      if (basis === 'soft_opt_in' || basis === 'charity_soft_opt_in') return notApplicable(subject, 'softOptIn', [at(subject, 'marketingBasis')]);
      if (basis !== 'consent') return fail(subject, 'wrongBasis', [at(subject, 'marketingBasis')], { channel, basis: basis.replace(/_/g, ' ') });
      const obtained = entry.consent?.obtained;
      if (obtained === undefined) return needsInfo(subject, 'consentUnknown', [at(subject, 'consent', 'obtained')]);
      if (!obtained) return fail(subject, 'noConsent', [at(subject, 'consent', 'obtained')], { channel });
      return pass(subject, 'consented', [at(subject, 'consent', 'obtained')]);
    });
  },
});
