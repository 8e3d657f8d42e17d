/**
 * PECR-03: the charity soft opt-in (PECR reg. 22(3A), inserted by DUAA 2025 s. 114, in force 5 February 2026) is
 * available only to a charity as defined in reg. 22(5), only where the sole purpose of the marketing is to further
 * its charitable purposes, for details obtained when the person expressed an interest in or supported those
 * purposes, with a free opt-out then and in every message. Parties and candidates cannot be charities.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { ELECTRONIC_MAIL_CHANNELS, PARTY_TYPES } from '../lib/facts.js';
import { fail, manual, needsInfo, notApplicable } from '../lib/outcomes.js';
import { at } from '../lib/subjects.js';
import { CHANNEL_LABELS, marketingStatus, perCommunication, words } from './_helpers.js';

/** The day DUAA 2025 s. 114 came into force (SI 2026/82). */
const IN_FORCE = '2026-02-05';

/** Declarants that can never be a charity: parties, their units, candidates and office-holders. */
const NEVER_CHARITIES = new Set<string>([...PARTY_TYPES, 'candidate', 'elected_representative']);

export default defineRule({
  id: 'PECR-03',
  title: 'The charity soft opt-in is used only by a charity, only to further its charitable purposes',
  area: 'pecr',
  severity: 'critical',
  tags: ['pecr', 'soft-opt-in', 'charity', 'duaa'],
  covers: ['UK-DUAA-04', 'UK-DM-01'],
  citations: [
    cite('PECR', 'reg. 22(3A)'),
    cite('PECR', 'reg. 22(5)'),
    cite('DUAA 2025', 's. 114'),
    cite('PECR', 'reg. 22(2)'),
    citeIco('Political campaigning - opinion research and direct marketing'),
  ],
  rationale:
    'Since 5 February 2026 a charity may email or text its supporters without fresh consent, but only when the sole purpose of the message is to further its charitable purposes, ' +
    'the contact details were collected when the person expressed an interest in, or offered or gave support to, those purposes, and the person was offered a free opt-out then and in every message. ' +
    'Only bodies registered as charities (Charities Act 2011, Charities Act (Northern Ireland) 2008, or the Scottish Charity Register) qualify. ' +
    'Parties, local parties, candidates and elected representatives are not charities and can never use it: their campaign messages need consent. ' +
    'A charity that campaigns must still keep within charity law, which forbids supporting a party or candidate.',
  remediation: [
    'If you are not a registered charity, stop relying on the charity soft opt-in and send only to people who consented (PECR-01).',
    'If you are a charity, check that each message only furthers your charitable purposes (no support for a party or candidate), that the details were collected when the person supported or asked about your charitable work, and that an opt-out was offered then and is in every message.',
    'Do not use the charity soft opt-in for messages sent before 5 February 2026.',
  ],
  notes:
    'Whether a charity\'s message furthers only its charitable purposes, and how the details were collected, cannot be declared in the schema today, so those cases are a manual check. ' +
    'The in-force date is tested against the campaign\'s declared start date, never the clock.',
  examples: {
    passing: `# A registered charity uses the charity soft opt-in (a person must still check each message furthers its charitable purposes).
declarant:
  name: Green Belt Trust
  organisationType: non_party_campaigner
  isCharity: true
communications:
  - id: supporter-sms
    name: Supporter appeal texts
    channel: sms
    purpose: fundraising
    marketingBasis: charity_soft_opt_in
    startDate: 2026-06-01
`,
    failing: `# Fails: a campaign group that is not a charity relies on the charity soft opt-in.
declarant:
  name: Save Our Green Belt
  organisationType: non_party_campaigner
  isCharity: false
communications:
  - id: supporter-sms
    name: Supporter appeal texts
    channel: sms
    purpose: fundraising
    marketingBasis: charity_soft_opt_in
    startDate: 2026-06-01
`,
  },
  messages: {
    noCommunications: 'No communications are declared, so it is not known whether the charity soft opt-in is relied on.',
    noneDeclared: 'No communications are declared as sent.',
    notElectronic: '{{subject}} is sent by {{channel}}, which is not electronic mail under PECR.',
    notMarketing: '{{subject}} is declared as {{purpose}} with no campaigning content, so it is not direct marketing.',
    purposeUnknown: '{{subject}}: the purpose is not declared, so it is not known whether these messages are direct marketing.',
    corporateOnly: '{{subject}} goes only to corporate subscribers, to whom PECR reg. 22 does not apply.',
    basisUnknown: '{{subject}}: the permission relied on to send these {{channel}} messages (marketingBasis) is not declared.',
    otherBasis: '{{subject}} relies on "{{basis}}", not on the charity soft opt-in.',
    notInForce: '{{subject}} starts before 5 February 2026, when the charity soft opt-in did not yet exist; those messages needed consent.',
    partyOrCandidate: '{{subject}} relies on the charity soft opt-in, but parties, local parties, candidates and elected representatives cannot be charities; campaign messages need each recipient\'s consent.',
    notACharity: '{{subject}} relies on the charity soft opt-in, but the declarant is not a charity.',
    charityUnknown: '{{subject}} relies on the charity soft opt-in, but whether the declarant is a registered charity (declarant.isCharity) is not declared.',
    checkCharitable: '{{subject}} relies on the charity soft opt-in: check that the messages only further your charitable purposes, that the details were collected when people supported or asked about that work, and that an opt-out was offered then and in every message.',
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
      if (basis !== 'charity_soft_opt_in') return notApplicable(subject, 'otherBasis', [at(subject, 'marketingBasis')], { basis: words(basis) });
      const type = declaration.declarant.organisationType;
      if (NEVER_CHARITIES.has(type)) {
        return fail(subject, 'partyOrCandidate', [at(subject, 'marketingBasis'), '/declarant/organisationType']);
      }
      if (entry.startDate !== undefined && entry.startDate < IN_FORCE) {
        return fail(subject, 'notInForce', [at(subject, 'startDate'), at(subject, 'marketingBasis')]);
      }
      const charity = declaration.declarant.isCharity;
      if (charity === undefined) return needsInfo(subject, 'charityUnknown', ['/declarant/isCharity']);
      if (!charity) return fail(subject, 'notACharity', [at(subject, 'marketingBasis'), '/declarant/isCharity']);
      return manual(subject, 'checkCharitable', [at(subject, 'marketingBasis'), at(subject, 'purpose')]);
    });
  },
});
