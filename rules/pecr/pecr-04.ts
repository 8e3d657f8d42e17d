/**
 * PECR-04: consent must be demonstrable (UK GDPR Art. 7(1), the consent standard PECR uses). For emails, texts
 * and other electronic mail to individuals (PECR reg. 22(2)) and for recorded calls (reg. 19(2)(a)) consent is
 * the only permission a campaign has, so it must hold a record of each one. Vote Leave was fined in 2019 after
 * deleting the consent evidence for 196,154 texts.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { ELECTRONIC_MAIL_CHANNELS } from '../lib/facts.js';
import { fail, needsInfo, notApplicable, pass } from '../lib/outcomes.js';
import { at } from '../lib/subjects.js';
import { CHANNEL_LABELS, marketingStatus, perCommunication, words } from './_helpers.js';

export default defineRule({
  id: 'PECR-04',
  title: 'Evidence of every consent relied on for electronic messages and recorded calls is kept',
  area: 'pecr',
  severity: 'high',
  tags: ['pecr', 'consent', 'records', 'accountability'],
  covers: ['UK-DM-02'],
  citations: [
    cite('UK GDPR', 'Art. 7(1)'),
    cite('UK GDPR', 'Art. 5(2)'),
    cite('PECR', 'reg. 22(2)'),
    cite('PECR', 'reg. 19(2)(a)'),
    citeIco('Political campaigning - opinion research and direct marketing'),
  ],
  rationale:
    'Where consent is what allows you to send campaign emails, texts or recorded calls, the law expects you to be able to show that each person consented. ' +
    'A record of who consented, when, how, and to which wording is the only evidence you will have if a recipient complains or the ICO investigates. ' +
    'Vote Leave was fined in 2019 for 196,154 campaign texts: it said the numbers came from website sign-ups and competition entries, but it had deleted the consent records after the referendum and could not prove it.',
  remediation: [
    'Keep, for every contact you message on the basis of consent, a record of who consented, when, how (which form, page or reply) and the exact wording shown to them.',
    'Keep the records for as long as you rely on the consent, and for a period after it to answer complaints; do not delete them when the campaign ends.',
    'If you cannot find evidence for some contacts, stop messaging them until they consent again.',
  ],
  notes:
    'Evidence is asked of every electronic message to individuals and every recorded call, unless another permission is declared (that is judged by PECR-01 and PECR-09). ' +
    'Carrying consent records over when changing systems is judged by PECR-12; how long they are kept is a retention question.',
  examples: {
    passing: `# We keep evidence of every consent: who, when, how and what they were told.
communications:
  - id: referendum-sms
    name: Referendum SMS
    channel: sms
    purpose: persuasion
    marketingBasis: consent
    consent:
      obtained: true
      evidenceHeld: true
`,
    failing: `# Fails: we say people consented, but keep no record of it.
communications:
  - id: referendum-sms
    name: Referendum SMS
    channel: sms
    purpose: persuasion
    marketingBasis: consent
    consent:
      obtained: true
      evidenceHeld: false
`,
  },
  messages: {
    noCommunications: 'No communications are declared, so it is not known whether consent records are needed.',
    noneDeclared: 'No communications are declared as sent.',
    notConsentChannel: '{{subject}} is sent by {{channel}}, for which PECR does not require consent.',
    notMarketing: '{{subject}} is declared as {{purpose}} with no campaigning content, so it is not direct marketing.',
    purposeUnknown: '{{subject}}: the purpose is not declared, so it is not known whether these messages need consent.',
    corporateOnly: '{{subject}} goes only to corporate subscribers, for whom PECR does not require consent to electronic mail.',
    otherBasis: '{{subject}} relies on "{{basis}}", not on consent (judged by PECR-01 and PECR-09).',
    evidenceUnknown: '{{subject}}: whether you hold evidence of each consent (consent.evidenceHeld) is not declared.',
    noEvidence: '{{subject}} is sent on the basis of consent, but you do not hold evidence of each consent (who, when, how and what they were told).',
    evidenceHeld: '{{subject}}: evidence of each consent is held.',
  },
  evaluate(declaration) {
    return perCommunication(declaration, { absent: 'noCommunications', empty: 'noneDeclared' }, (entry, subject) => {
      const channel = CHANNEL_LABELS[entry.channel];
      const electronic = ELECTRONIC_MAIL_CHANNELS.has(entry.channel);
      if (!electronic && entry.channel !== 'automated_call') {
        return notApplicable(subject, 'notConsentChannel', [at(subject, 'channel')], { channel });
      }
      const marketing = marketingStatus(entry);
      if (marketing === 'unknown') return needsInfo(subject, 'purposeUnknown', [at(subject, 'purpose')]);
      if (marketing === 'not_marketing') {
        return notApplicable(subject, 'notMarketing', [at(subject, 'purpose')], { purpose: words(entry.purpose ?? 'message') });
      }
      if (electronic && entry.recipients === 'corporate_subscribers') return notApplicable(subject, 'corporateOnly', [at(subject, 'recipients')]);
      const basis = entry.marketingBasis;
      if (basis !== undefined && basis !== 'consent') {
        return notApplicable(subject, 'otherBasis', [at(subject, 'marketingBasis')], { basis: words(basis) });
      }
      const held = entry.consent?.evidenceHeld;
      if (held === undefined) return needsInfo(subject, 'evidenceUnknown', [at(subject, 'consent', 'evidenceHeld')]);
      if (!held) return fail(subject, 'noEvidence', [at(subject, 'consent', 'evidenceHeld')]);
      return pass(subject, 'evidenceHeld', [at(subject, 'consent', 'evidenceHeld')]);
    });
  },
});
