/**
 * PECR-08: every marketing call, live (PECR reg. 21(A1), solicited or not) or recorded (reg. 19(2)(b)), must
 * present the calling line identity or the identity of a line on which the caller can be contacted.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { CALL_CHANNELS } from '../lib/facts.js';
import { fail, needsInfo, notApplicable, pass } from '../lib/outcomes.js';
import { at } from '../lib/subjects.js';
import { CHANNEL_LABELS, marketingStatus, perCommunication, words } from './_helpers.js';

export default defineRule({
  id: 'PECR-08',
  title: 'Campaign calls show a number people can call back',
  area: 'pecr',
  severity: 'high',
  tags: ['pecr', 'calls', 'caller-id'],
  covers: ['UK-DM-04', 'UK-DM-05'],
  citations: [cite('PECR', 'reg. 21(A1)'), cite('PECR', 'reg. 19(2)(b)'), citeIco('Political campaigning - opinion research and direct marketing')],
  rationale:
    'Since May 2016 anyone making marketing calls, live or recorded, and whether or not the person asked for the call, must not withhold their number: ' +
    'the call must show either the calling line or another number on which the caller can be contacted. ' +
    'A withheld number stops people identifying the campaign, complaining or asking not to be called again.',
  remediation: [
    'Configure every phone system, dialler and call-centre line used for campaign calls to present a number.',
    'Make sure the number shown can be called back and reaches someone (or a message) that can take do-not-call requests.',
    'Tell volunteers phoning from their own phones not to withhold their number, or give them a campaign line to use.',
  ],
  examples: {
    passing: `# Our number is shown to the people we call.
communications:
  - id: phone-bank
    name: Phone bank
    channel: live_call
    purpose: persuasion
    callingLineIdentity: presented
`,
    failing: `# Fails: calls are made with the number withheld.
communications:
  - id: phone-bank
    name: Phone bank
    channel: live_call
    purpose: persuasion
    callingLineIdentity: withheld
`,
  },
  messages: {
    noCommunications: 'No communications are declared, so it is not known whether campaign calls are made.',
    noneDeclared: 'No communications are declared as sent.',
    notCall: '{{subject}} is sent by {{channel}}, not by phone call.',
    notMarketing: '{{subject}} is declared as {{purpose}} with no campaigning content, so the calls are not marketing calls.',
    purposeUnknown: '{{subject}}: the purpose is not declared, so it is not known whether these are marketing calls.',
    callerIdUnknown: '{{subject}}: whether the calls show a number (callingLineIdentity) is not declared.',
    withheld: '{{subject}} makes {{channel}}s with the number withheld; every marketing call must show a number people can call back.',
    presented: '{{subject}}: the calls show a number people can call back.',
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
      const cli = entry.callingLineIdentity;
      if (cli === undefined) return needsInfo(subject, 'callerIdUnknown', [at(subject, 'callingLineIdentity')]);
      if (cli === 'withheld') return fail(subject, 'withheld', [at(subject, 'callingLineIdentity')], { channel });
      return pass(subject, 'presented', [at(subject, 'callingLineIdentity')]);
    });
  },
});
