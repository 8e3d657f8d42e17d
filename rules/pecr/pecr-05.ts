/**
 * PECR-05: every direct marketing message by electronic mail (to individuals and companies alike) must not
 * disguise or conceal on whose behalf it is sent (PECR reg. 23(a)) and must give a valid address to which the
 * recipient can send a request to stop (reg. 23(b)).
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { ELECTRONIC_MAIL_CHANNELS } from '../lib/facts.js';
import { fail, needsInfo, notApplicable, pass, warn } from '../lib/outcomes.js';
import { at } from '../lib/subjects.js';
import { CHANNEL_LABELS, marketingStatus, perCommunication, words } from './_helpers.js';

export default defineRule({
  id: 'PECR-05',
  title: 'Every campaign email or text says who it is from and gives a working way to opt out',
  area: 'pecr',
  severity: 'high',
  tags: ['pecr', 'opt-out', 'sender-identity', 'email', 'sms'],
  covers: ['UK-DM-03'],
  citations: [cite('PECR', 'reg. 23(a)'), cite('PECR', 'reg. 23(b)'), citeIco('Political campaigning - opinion research and direct marketing')],
  rationale:
    'People must be able to tell who is messaging them and to make it stop. ' +
    'PECR forbids any direct marketing by email, text or other electronic mail that hides on whose behalf it is sent, or that gives no valid address to which the recipient can send a request to stop. ' +
    'This applies to every campaign message, whether or not the recipient consented and whether it goes to a person or a company, and also when volunteers, agencies or tools send on your behalf.',
  remediation: [
    'Name the party, candidate or campaign on whose behalf each message is sent, in the message itself (a text from an unknown number must say who it is from).',
    'Include in every message a working way to opt out: an unsubscribe link in emails, "reply STOP" or a free number in texts.',
    'Test the opt-out regularly and make sure every opt-out reaches your suppression list (PECR-11).',
    'Keep opting out free: the person should pay at most the normal cost of sending the request.',
  ],
  notes:
    'Reg. 23 does not itself say the opt-out must be free; a charged opt-out is therefore a warning, not a failure (it is a condition of both soft opt-ins, reg. 22(3)(c) and 22(3A), and the ICO expects it). ' +
    'Reg. 23(c)-(d) (the e-commerce information rules) mainly concern commercial content and are not checked.',
  examples: {
    passing: `# Each email says it is from us and has a free unsubscribe link.
communications:
  - id: newsletter
    name: Newsletter
    channel: email
    purpose: persuasion
    senderIdentified: true
    optOut:
      included: true
      method: unsubscribe_link
      freeOfCharge: true
`,
    failing: `# Fails: the emails have no way to opt out.
communications:
  - id: newsletter
    name: Newsletter
    channel: email
    purpose: persuasion
    senderIdentified: true
    optOut:
      included: false
`,
  },
  messages: {
    noCommunications: 'No communications are declared, so it is not known whether any campaign messages are sent.',
    noneDeclared: 'No communications are declared as sent.',
    notElectronic: '{{subject}} is sent by {{channel}}, which is not electronic mail under PECR.',
    notMarketing: '{{subject}} is declared as {{purpose}} with no campaigning content, so it is not direct marketing.',
    purposeUnknown: '{{subject}}: the purpose is not declared, so it is not known whether these messages are direct marketing.',
    senderHiddenNoOptOut: '{{subject}} neither says clearly on whose behalf the messages are sent nor gives a way to opt out in every message.',
    senderHidden: '{{subject}} does not say clearly on whose behalf the messages are sent.',
    noOptOut: '{{subject}} does not give a valid way to opt out in every message.',
    senderUnknown: '{{subject}}: whether each message says on whose behalf it is sent (senderIdentified) is not declared.',
    optOutUnknown: '{{subject}}: whether every message includes a working way to opt out (optOut.included) is not declared.',
    bothUnknown: '{{subject}}: whether each message says who it is from (senderIdentified) and includes a way to opt out (optOut.included) is not declared.',
    optOutCharged: '{{subject}}: opting out costs more than sending the request; make it free.',
    compliant: '{{subject}} says who it is from and includes a way to opt out in every message.',
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
      const senderPointer = at(subject, 'senderIdentified');
      const optOutPointer = at(subject, 'optOut', 'included');
      const identified = entry.senderIdentified;
      const optOut = entry.optOut?.included;
      if (identified === false && optOut === false) return fail(subject, 'senderHiddenNoOptOut', [senderPointer, optOutPointer]);
      if (identified === false) return fail(subject, 'senderHidden', [senderPointer]);
      if (optOut === false) return fail(subject, 'noOptOut', [optOutPointer]);
      if (identified === undefined && optOut === undefined) return needsInfo(subject, 'bothUnknown', [senderPointer, optOutPointer]);
      if (identified === undefined) return needsInfo(subject, 'senderUnknown', [senderPointer]);
      if (optOut === undefined) return needsInfo(subject, 'optOutUnknown', [optOutPointer]);
      if (entry.optOut?.freeOfCharge === false) return warn(subject, 'optOutCharged', [at(subject, 'optOut', 'freeOfCharge')]);
      return pass(subject, 'compliant', [senderPointer, optOutPointer]);
    });
  },
});
