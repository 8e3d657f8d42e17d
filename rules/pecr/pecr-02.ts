/**
 * PECR-02: the soft opt-in of PECR reg. 22(3) covers only contact details obtained in the course of a sale (or
 * negotiations for a sale) of a product or service, and marketing of the sender's own similar products and
 * services. Promoting a party, candidate or cause is neither, so campaigns can never rely on it (Leave.EU 2019).
 * The charity soft opt-in of reg. 22(3A) is judged by PECR-03.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { ELECTRONIC_MAIL_CHANNELS } from '../lib/facts.js';
import { fail, needsInfo, notApplicable } from '../lib/outcomes.js';
import { at } from '../lib/subjects.js';
import { CHANNEL_LABELS, marketingStatus, perCommunication, words } from './_helpers.js';

export default defineRule({
  id: 'PECR-02',
  title: 'Campaign messages never rely on the soft opt-in',
  area: 'pecr',
  severity: 'critical',
  tags: ['pecr', 'soft-opt-in', 'email', 'sms'],
  covers: ['UK-DM-01'],
  citations: [cite('PECR', 'reg. 22(3)'), cite('PECR', 'reg. 22(2)'), citeIco('Political campaigning - opinion research and direct marketing')],
  rationale:
    'The "soft opt-in" lets a business email or text its own customers about its similar products and services without fresh consent. ' +
    'It only works for contact details collected while selling, or negotiating to sell, a product or service, and only for marketing those products and services. ' +
    'Promoting a party, a candidate or a cause, asking for votes, donations or volunteers, is not selling a product or service, so campaigners cannot use it: every campaign email or text needs the recipient\'s prior consent. ' +
    'The ICO rejected the soft opt-in when it fined Leave.EU and Eldon Insurance in 2019 for sending campaign emails to insurance customers.',
  remediation: [
    'Stop sending these messages to anyone who has not consented to receive campaign messages from you by this channel.',
    'Change the declared permission to consent only once you can show each recipient\'s consent (see PECR-01 and PECR-04).',
    'Do not treat members, donors, event attendees or people who bought merchandise as soft opt-in contacts: ask them for consent.',
  ],
  notes:
    'Selling merchandise or tickets does not help: the campaign messages promote political aims, not the "similar products and services" reg. 22(3)(b) requires. ' +
    'Messages only to corporate subscribers are outside reg. 22 and are not judged here.',
  examples: {
    passing: `# Fundraising emails go only to people who consented; the soft opt-in is not used.
communications:
  - id: members-email
    name: Members fundraising email
    channel: email
    purpose: fundraising
    marketingBasis: consent
`,
    failing: `# Fails: campaign emails rely on the soft opt-in, which is for selling goods and services.
communications:
  - id: members-email
    name: Members fundraising email
    channel: email
    purpose: fundraising
    marketingBasis: soft_opt_in
`,
  },
  messages: {
    noCommunications: 'No communications are declared, so it is not known whether a soft opt-in is relied on.',
    noneDeclared: 'No communications are declared as sent.',
    notElectronic: '{{subject}} is sent by {{channel}}, which is not electronic mail under PECR.',
    notMarketing: '{{subject}} is declared as {{purpose}} with no campaigning content, so it is not direct marketing.',
    purposeUnknown: '{{subject}}: the purpose is not declared, so it is not known whether these messages are direct marketing.',
    corporateOnly: '{{subject}} goes only to corporate subscribers, to whom PECR reg. 22 does not apply.',
    basisUnknown: '{{subject}}: the permission relied on to send these {{channel}} messages (marketingBasis) is not declared.',
    otherBasis: '{{subject}} relies on "{{basis}}", not on the soft opt-in.',
    softOptIn: '{{subject}} relies on the soft opt-in to send {{channel}} campaign messages; the soft opt-in covers only the marketing of products and services to customers and is not available for campaigning.',
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
      if (basis !== 'soft_opt_in') return notApplicable(subject, 'otherBasis', [at(subject, 'marketingBasis')], { basis: words(basis) });
      return fail(subject, 'softOptIn', [at(subject, 'marketingBasis')], { channel });
    });
  },
});
