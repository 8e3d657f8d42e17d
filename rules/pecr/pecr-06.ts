/**
 * PECR-06: unsolicited live marketing calls must not be made to numbers on the register kept under PECR reg. 26
 * (the Telephone Preference Service and Corporate TPS), reg. 21(1)(b). A number listed for less than 28 days is
 * not a breach (reg. 21(3)), so a call list screened within the last 28 days is safe. The SNP's 2005 calls
 * reached TPS-registered numbers.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { fail, needsInfo, notApplicable, pass } from '../lib/outcomes.js';
import { at } from '../lib/subjects.js';
import { CHANNEL_LABELS, marketingStatus, perCommunication, words } from './_helpers.js';

/** PECR reg. 21(3): numbers listed for less than 28 days before the call are not a breach. */
const MAX_SCREENING_AGE_DAYS = 28;

export default defineRule({
  id: 'PECR-06',
  title: 'Live campaign calls are screened against the TPS and CTPS within the 28 days before calling',
  area: 'pecr',
  severity: 'high',
  tags: ['pecr', 'calls', 'tps'],
  covers: ['UK-DM-04'],
  citations: [cite('PECR', 'reg. 21(1)(b)'), cite('PECR', 'reg. 21(3)'), cite('PECR', 'reg. 26'), citeIco('Political campaigning - opinion research and direct marketing')],
  rationale:
    'People who register their number with the Telephone Preference Service (or, for organisations, the Corporate TPS) have said they do not want unsolicited marketing calls, and campaign calls asking for votes, support or money are marketing calls. ' +
    'PECR forbids making them to registered numbers. The register changes every day; a number added less than 28 days before your call is not a breach, so screening the call list no more than 28 days before calling keeps you within the law. ' +
    'The SNP\'s 2005 election calls reached TPS-registered numbers, and the Information Tribunal upheld the ICO\'s enforcement notice.',
  remediation: [
    'Screen every call list against the TPS and CTPS before calling, and again at least every 28 days while the list is in use.',
    'Remove registered numbers unless the person has told you that they do not object to your calls (keep a record of that).',
    'Make sure volunteers and call centres calling for you only use screened lists.',
  ],
  notes:
    'Reg. 21(1) covers unsolicited calls; a call the person asked for is not caught, but the schema cannot say whether calls were requested, so every live marketing call is judged. ' +
    'The exception for people who told you they do not object to your calls (reg. 21(4)) cannot be declared either. ' +
    'Recorded (automated) calls need prior consent whatever the TPS says (PECR-09).',
  examples: {
    passing: `# The phone bank list is screened against the TPS and CTPS no more than 14 days before calling.
communications:
  - id: phone-bank
    name: Phone bank
    channel: live_call
    purpose: get_out_the_vote
    tpsScreening:
      done: true
      maxAgeDays: 14
`,
    failing: `# Fails: numbers are called without screening against the TPS and CTPS.
communications:
  - id: phone-bank
    name: Phone bank
    channel: live_call
    purpose: get_out_the_vote
    tpsScreening:
      done: false
`,
  },
  messages: {
    noCommunications: 'No communications are declared, so it is not known whether live campaign calls are made.',
    noneDeclared: 'No communications are declared as sent.',
    notLiveCall: '{{subject}} is sent by {{channel}}, not by live phone call.',
    notMarketing: '{{subject}} is declared as {{purpose}} with no campaigning content, so the calls are not marketing calls.',
    purposeUnknown: '{{subject}}: the purpose is not declared, so it is not known whether these are marketing calls.',
    screeningUnknown: '{{subject}}: whether numbers are screened against the TPS and CTPS (tpsScreening) is not declared.',
    notScreened: '{{subject}} makes live campaign calls without screening numbers against the TPS and CTPS.',
    ageUnknown: '{{subject}}: how many days before calling the list was screened (tpsScreening.maxAgeDays) is not declared.',
    screeningTooOld: '{{subject}}: the call list may have been screened up to {{days}} days before calling; it must be screened within 28 days.',
    screened: '{{subject}}: numbers are screened against the TPS and CTPS within 28 days of calling.',
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
      const screening = entry.tpsScreening;
      if (screening === undefined) return needsInfo(subject, 'screeningUnknown', [at(subject, 'tpsScreening')]);
      if (!screening.done) return fail(subject, 'notScreened', [at(subject, 'tpsScreening', 'done')]);
      const days = screening.maxAgeDays;
      if (days === undefined) return needsInfo(subject, 'ageUnknown', [at(subject, 'tpsScreening', 'maxAgeDays')]);
      if (days > MAX_SCREENING_AGE_DAYS) return fail(subject, 'screeningTooOld', [at(subject, 'tpsScreening', 'maxAgeDays')], { days });
      return pass(subject, 'screened', [at(subject, 'tpsScreening', 'maxAgeDays')]);
    });
  },
});
