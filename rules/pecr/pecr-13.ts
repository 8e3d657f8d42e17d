/**
 * PECR-13: PECR binds whoever sends a marketing message and whoever "instigates" it (regs. 19(1), 21(1), 22(2),
 * 23). Messages sent for the campaign by agencies, local units, candidates, volunteers on their own phones,
 * peer-to-peer texting tools or refer-a-friend tools are the campaign's messages, and need the same consent to the
 * campaign. Refer-a-friend messages go to people who never consented to hear from the campaign.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { CALL_CHANNELS, ELECTRONIC_MAIL_CHANNELS } from '../lib/facts.js';
import { fail, needsInfo, notApplicable, pass } from '../lib/outcomes.js';
import { at } from '../lib/subjects.js';
import { CHANNEL_LABELS, marketingStatus, perCommunication, words } from './_helpers.js';

const PECR_CHANNELS = new Set([...ELECTRONIC_MAIL_CHANNELS, ...CALL_CHANNELS]);

const SENDER_LABELS: ReadonlyMap<string, string> = new Map([
  ['agency', 'an agency'],
  ['local_unit', 'a local unit'],
  ['candidate', 'candidates'],
  ['volunteer_personal_device', 'volunteers on their own phones or accounts'],
  ['peer_to_peer_tool', 'volunteers using a peer-to-peer texting tool'],
  ['refer_a_friend', 'supporters forwarding it to their contacts'],
]);

export default defineRule({
  id: 'PECR-13',
  title: 'Messages sent for the campaign by others go only to people who consented to hear from the campaign',
  area: 'pecr',
  severity: 'high',
  tags: ['pecr', 'instigation', 'volunteers', 'peer-to-peer', 'refer-a-friend'],
  covers: ['UK-DM-08', 'UK-ONL-05'],
  citations: [
    cite('PECR', 'reg. 22(2)'),
    cite('PECR', 'reg. 19(1)'),
    cite('PECR', 'reg. 21(1)'),
    cite('PECR', 'reg. 23'),
    citeIco('Political campaigning - opinion research and direct marketing'),
  ],
  rationale:
    'PECR applies not only to whoever presses "send" but to whoever instigates the message, that is asks for, encourages or organises it. ' +
    'When a campaign gives volunteers a script and a list to text from their own phones, provides a peer-to-peer texting app, asks an agency or a local party to send, or invites supporters to "send this to five friends", the messages are the campaign\'s marketing. ' +
    'They need the same prior consent to the campaign as messages it sends itself, and the campaign answers for them. ' +
    'People in a supporter\'s address book have not consented to hear from the campaign, so refer-a-friend messages about it are unlawful unless each recipient has.',
  remediation: [
    'Let others send campaign messages only to your approved contact lists, screened for consent and against your suppression list, with your approved content.',
    'Do not ask volunteers to message their personal contacts for the campaign, and do not offer "tell a friend" tools that send campaign messages to people who have not consented.',
    'Put these limits in writing for agencies, local units and candidates, and in volunteer briefings, and check they are followed.',
  ],
  notes:
    'The Court of Appeal is reported to have read "instigate" as requiring positive encouragement rather than mere facilitation (Leave.EU and Eldon appeals; judgment not read), so the rule treats sends the campaign organises or asks for as instigated. ' +
    'Consent itself is judged per campaign by PECR-01 and PECR-09; this rule judges whether other senders are held to approved lists.',
  examples: {
    passing: `# Volunteers text through a peer-to-peer tool, only to our approved, screened lists.
communications:
  - id: volunteer-texts
    name: Volunteer texts
    channel: sms
    purpose: get_out_the_vote
    sentBy: peer_to_peer_tool
    sendersControlled: true
`,
    failing: `# Fails: volunteers text campaign messages to their own phone contacts.
communications:
  - id: volunteer-texts
    name: Volunteer texts
    channel: sms
    purpose: get_out_the_vote
    sentBy: volunteer_personal_device
    sendersControlled: false
`,
  },
  messages: {
    noCommunications: 'No communications are declared, so it is not known whether others send messages for the campaign.',
    noneDeclared: 'No communications are declared as sent.',
    notPecr: '{{subject}} is sent by {{channel}}, which PECR does not cover.',
    notMarketing: '{{subject}} is declared as {{purpose}} with no campaigning content, so it is not direct marketing.',
    purposeUnknown: '{{subject}}: the purpose is not declared, so it is not known whether these messages are direct marketing.',
    senderUnknown: '{{subject}}: who sends these messages (sentBy) is not declared.',
    sentByUs: '{{subject}} is sent by your own organisation.',
    referAFriend: '{{subject}} is spread by {{sender}}; the recipients have not consented to messages from your campaign, which instigated them.',
    controlUnknown: '{{subject}} is sent by {{sender}}; whether the senders may only use your approved, screened lists (sendersControlled) is not declared.',
    uncontrolled: '{{subject}} is sent by {{sender}} without being limited to your approved, screened lists; you instigate these messages and answer for them.',
    controlled: '{{subject}} is sent by {{sender}} using only your approved, screened lists.',
    consentedFriends: '{{subject}} is spread by {{sender}}, and every recipient is declared to have consented to messages from you.',
  },
  evaluate(declaration) {
    return perCommunication(declaration, { absent: 'noCommunications', empty: 'noneDeclared' }, (entry, subject) => {
      const channel = CHANNEL_LABELS[entry.channel];
      if (!PECR_CHANNELS.has(entry.channel)) return notApplicable(subject, 'notPecr', [at(subject, 'channel')], { channel });
      const marketing = marketingStatus(entry);
      if (marketing === 'unknown') return needsInfo(subject, 'purposeUnknown', [at(subject, 'purpose')]);
      if (marketing === 'not_marketing') {
        return notApplicable(subject, 'notMarketing', [at(subject, 'purpose')], { purpose: words(entry.purpose ?? 'message') });
      }
      const sentBy = entry.sentBy;
      if (sentBy === undefined) return needsInfo(subject, 'senderUnknown', [at(subject, 'sentBy')]);
      if (sentBy === 'us') return notApplicable(subject, 'sentByUs', [at(subject, 'sentBy')]);
      const sender = SENDER_LABELS.get(sentBy) ?? words(sentBy);
      if (sentBy === 'refer_a_friend') {
        if (entry.marketingBasis === 'consent' && entry.consent?.obtained === true) {
          return pass(subject, 'consentedFriends', [at(subject, 'sentBy'), at(subject, 'consent', 'obtained')], { sender });
        }
        return fail(subject, 'referAFriend', [at(subject, 'sentBy')], { sender });
      }
      const controlled = entry.sendersControlled;
      if (controlled === undefined) return needsInfo(subject, 'controlUnknown', [at(subject, 'sendersControlled')], { sender });
      if (!controlled) return fail(subject, 'uncontrolled', [at(subject, 'sentBy'), at(subject, 'sendersControlled')], { sender });
      return pass(subject, 'controlled', [at(subject, 'sentBy'), at(subject, 'sendersControlled')], { sender });
    });
  },
});
