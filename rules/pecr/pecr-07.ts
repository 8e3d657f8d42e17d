/**
 * PECR-07: an unsolicited live marketing call must not be made to a line whose subscriber has told the caller not
 * to call (PECR reg. 21(1)(a)). Honouring that needs the campaign's own do-not-call list, screened before calling,
 * whatever the TPS says.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { fail, needsInfo, notApplicable, pass } from '../lib/outcomes.js';
import { at } from '../lib/subjects.js';
import { CHANNEL_LABELS, marketingStatus, perCommunication, words } from './_helpers.js';

export default defineRule({
  id: 'PECR-07',
  title: 'Live campaign calls are screened against your own do-not-call list',
  area: 'pecr',
  severity: 'high',
  tags: ['pecr', 'calls', 'do-not-call', 'objection'],
  covers: ['UK-DM-04'],
  citations: [cite('PECR', 'reg. 21(1)(a)'), cite('UK GDPR', 'Art. 21(3)'), citeIco('Political campaigning - opinion research and direct marketing')],
  rationale:
    'When someone tells your campaign not to call them again, PECR forbids further marketing calls to that line, and their objection to direct marketing also means you must stop using their details for it. ' +
    'This applies even if their number is not on the TPS. The only reliable way to honour it across phone banks, volunteers and call centres is a do-not-call list that every call list is screened against before calling.',
  remediation: [
    'Keep one do-not-call list of everyone who asked not to be called, and add to it during every call session.',
    'Screen every call list against it before each session, including lists used by volunteers, candidates and call centres.',
    'Never remove a number from the list unless the person later asks you to call them.',
  ],
  notes: 'Reg. 21(1) covers unsolicited calls; the schema cannot say whether calls were requested, so every live marketing call is judged.',
  examples: {
    passing: `# Calls are screened against our own list of people who asked us not to call.
communications:
  - id: phone-bank
    name: Phone bank
    channel: live_call
    purpose: persuasion
    doNotCallList: true
`,
    failing: `# Fails: we keep no list of people who asked us not to call them.
communications:
  - id: phone-bank
    name: Phone bank
    channel: live_call
    purpose: persuasion
    doNotCallList: false
`,
  },
  messages: {
    noCommunications: 'No communications are declared, so it is not known whether live campaign calls are made.',
    noneDeclared: 'No communications are declared as sent.',
    notLiveCall: '{{subject}} is sent by {{channel}}, not by live phone call.',
    notMarketing: '{{subject}} is declared as {{purpose}} with no campaigning content, so the calls are not marketing calls.',
    purposeUnknown: '{{subject}}: the purpose is not declared, so it is not known whether these are marketing calls.',
    listUnknown: '{{subject}}: whether calls are screened against your own do-not-call list (doNotCallList) is not declared.',
    noList: '{{subject}} makes live campaign calls without screening against a list of people who asked not to be called.',
    screened: '{{subject}}: calls are screened against your own do-not-call list.',
  },
  evaluate(declaration) {
    return perCommunication(declaration, { absent: 'noCommunications', empty: 'noneDeclared' }, (entry, subject) => {
      if (entry.channel !== 'live_call') {
        return notApplicable(subject, 'notLiveCall', [at(subject, 'channel')], { channel: CHANNEL_LABELS[entry.channel] });
      }
      const marketing = marketingStatus(entry);
      if (marketing === 'unknown') return needsInfo(subject, 'purposeUnknown', [at(subject, 'purpose')]);
      if (marketing === 'not_marketing') {
        return notApplicable(subject, 'notMarketing', [at(subject, 'purpose')], { purpose: words(entry.purpose ?? 'message') });
      }
      const list = entry.doNotCallList;
      if (list === undefined) return needsInfo(subject, 'listUnknown', [at(subject, 'doNotCallList')]);
      if (!list) return fail(subject, 'noList', [at(subject, 'doNotCallList')]);
      return pass(subject, 'screened', [at(subject, 'doNotCallList')]);
    });
  },
});
