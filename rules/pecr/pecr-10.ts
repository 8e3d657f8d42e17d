/**
 * PECR-10: a marketing call must identify the caller (PECR reg. 24(1), (2)). A recorded call must give the name
 * and an address or a free phone number in the message itself (reg. 24(1)(a)); a live call must give the name,
 * and the address or free number if the person asks (reg. 24(1)(b)). The Labour Party's 2010 enforcement notice
 * for recorded get-out-the-vote calls included reg. 24.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { CALL_CHANNELS } from '../lib/facts.js';
import { fail, needsInfo, notApplicable, pass } from '../lib/outcomes.js';
import { at } from '../lib/subjects.js';
import { CHANNEL_LABELS, marketingStatus, perCommunication, words } from './_helpers.js';

export default defineRule({
  id: 'PECR-10',
  title: 'Campaign calls say who is calling and how to contact them',
  area: 'pecr',
  severity: 'high',
  tags: ['pecr', 'calls', 'identification'],
  covers: ['UK-DM-04', 'UK-DM-05'],
  citations: [cite('PECR', 'reg. 24(1)'), cite('PECR', 'reg. 24(2)'), citeIco('Political campaigning - opinion research and direct marketing')],
  rationale:
    'People called by a campaign must be told who is calling so that they can object or complain. ' +
    'A recorded call must give the name of the party, candidate or campaign and an address or free phone number in the message itself; ' +
    'a live caller must give the name and, if asked, an address or free phone number. ' +
    'The Labour Party\'s 2010 enforcement notice for recorded get-out-the-vote calls covered caller identification as well as consent.',
  remediation: [
    'Put the name of the party, candidate or campaign, and a postal address or a free phone number, in every recorded call script.',
    'Give live callers a script that names the campaign at the start of the call and lets them give an address or free number on request.',
    'Make sure call centres and volunteers calling for you use the same scripts.',
  ],
  examples: {
    passing: `# Callers give the campaign's name, and a contact address if asked.
communications:
  - id: phone-bank
    name: Phone bank
    channel: live_call
    purpose: persuasion
    callerIdentified: true
`,
    failing: `# Fails: the recorded message does not say who it is from or how to contact them.
communications:
  - id: candidate-message
    name: Candidate recorded message
    channel: automated_call
    purpose: persuasion
    callerIdentified: false
`,
  },
  messages: {
    noCommunications: 'No communications are declared, so it is not known whether campaign calls are made.',
    noneDeclared: 'No communications are declared as sent.',
    notCall: '{{subject}} is sent by {{channel}}, not by phone call.',
    notMarketing: '{{subject}} is declared as {{purpose}} with no campaigning content, so the calls are not marketing calls.',
    purposeUnknown: '{{subject}}: the purpose is not declared, so it is not known whether these are marketing calls.',
    identificationUnknown: '{{subject}}: whether the calls say who is calling (callerIdentified) is not declared.',
    notIdentified: '{{subject}}: the {{channel}}s do not identify the campaign as PECR requires ({{requirement}}).',
    identified: '{{subject}}: the calls identify the campaign.',
  },
  evaluate(declaration) {
    return perCommunication(declaration, { absent: 'noCommunications', empty: 'noneDeclared' }, (entry, subject) => {
      const channel = CHANNEL_LABELS[entry.channel];
      if (!CALL_CHANNELS.has(entry.channel)) return notApplicable(subject, 'notCall', [at(subject, 'channel')], { channel });
      const marketing = marketingStatus(entry);
      if (marketing === 'unknown') return needsInfo(subject, 'purposeUnknown', [at(subject, 'purpose')]);
      if (marketing === 'not_marketing') {
        return notApplicable(subject, 'notMarketing', [at(subject, 'purpose')], { purpose: words(entry.purpose ?? 'message') });
      }
      const identified = entry.callerIdentified;
      if (identified === undefined) return needsInfo(subject, 'identificationUnknown', [at(subject, 'callerIdentified')]);
      if (!identified) {
        const requirement =
          entry.channel === 'automated_call'
            ? 'the name and an address or free phone number in the recording'
            : 'the name, and an address or free phone number if asked';
        return fail(subject, 'notIdentified', [at(subject, 'callerIdentified')], { channel, requirement });
      }
      return pass(subject, 'identified', [at(subject, 'callerIdentified')]);
    });
  },
});
