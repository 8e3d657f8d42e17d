/**
 * PECR-09: recorded-message marketing calls made by an automated calling system (PECR reg. 19(4)) are allowed only
 * to a subscriber who has previously notified the caller that they consent to such calls from that caller
 * (reg. 19(1), 19(2)(a)). It applies to individual and corporate subscribers alike. The SNP (2006), Labour (2010)
 * and David Lammy MP (2016) were all sanctioned for recorded campaign calls without consent.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { fail, needsInfo, notApplicable, pass } from '../lib/outcomes.js';
import { at } from '../lib/subjects.js';
import { CHANNEL_LABELS, marketingStatus, perCommunication, words } from './_helpers.js';

export default defineRule({
  id: 'PECR-09',
  title: 'Recorded (automated) campaign calls are made only to people who consented to them',
  area: 'pecr',
  severity: 'critical',
  tags: ['pecr', 'calls', 'automated-calls', 'consent'],
  covers: ['UK-DM-05'],
  citations: [
    cite('PECR', 'reg. 19(1)'),
    cite('PECR', 'reg. 19(2)(a)'),
    cite('PECR', 'reg. 19(4)'),
    cite('UK GDPR', 'Art. 4(11)'),
    citeIco('Political campaigning - opinion research and direct marketing'),
  ],
  rationale:
    'Recorded-message calls, including a recorded appeal from a candidate or a celebrity, are the most tightly controlled form of campaign marketing: ' +
    'they may be made only to people who have told you beforehand that they agree to receive recorded calls from you. ' +
    'Being a member or supporter, or not being on the TPS, is not enough, and consent to emails or texts does not cover recorded calls. ' +
    'The SNP (2006, upheld by the Information Tribunal), the Labour Party (2010, get-out-the-vote calls to about 495,000 numbers) and David Lammy MP (2016, fined £5,000 for 35,629 calls) were all sanctioned for this.',
  remediation: [
    'Do not make recorded campaign calls to anyone who has not specifically consented to receive recorded calls from you.',
    'Use live callers instead, screened against the TPS and your do-not-call list (PECR-06, PECR-07).',
    'If you collect consent for recorded calls, make it a separate, specific opt-in naming your organisation, and keep the evidence (PECR-04).',
  ],
  notes: 'Reg. 19 covers all subscribers, corporate included, so corporate recipients are not excluded. Showing a number (reg. 19(2)(b)) is judged by PECR-08.',
  examples: {
    passing: `# The candidate's recorded message goes only to people who agreed to recorded calls from us.
communications:
  - id: candidate-message
    name: Candidate recorded message
    channel: automated_call
    purpose: get_out_the_vote
    marketingBasis: consent
    consent:
      obtained: true
      namesSender: true
      coversChannel: true
`,
    failing: `# Fails: recorded "remember to vote" calls to everyone on the list, without consent.
communications:
  - id: candidate-message
    name: Candidate recorded message
    channel: automated_call
    purpose: get_out_the_vote
    marketingBasis: legitimate_interests
`,
  },
  messages: {
    noCommunications: 'No communications are declared, so it is not known whether recorded calls are made.',
    noneDeclared: 'No communications are declared as sent.',
    notAutomated: '{{subject}} is sent by {{channel}}, not by recorded (automated) call.',
    notMarketing: '{{subject}} is declared as {{purpose}} with no campaigning content, so the calls are not marketing calls.',
    purposeUnknown: '{{subject}}: the purpose is not declared, so it is not known whether these are marketing calls.',
    basisUnknown: '{{subject}}: the permission relied on for these recorded calls (marketingBasis) is not declared.',
    wrongBasis: '{{subject}} makes recorded campaign calls relying on "{{basis}}"; recorded marketing calls need each person\'s prior consent.',
    consentUnknown: '{{subject}}: consent is the stated permission, but whether everyone called consented (consent.obtained) is not declared.',
    noConsent: '{{subject}} makes recorded campaign calls to people who have not all consented to them.',
    consentNotToUs: '{{subject}}: the consent relied on does not name your organisation, so it is not consent to recorded calls from you.',
    consentOtherChannel: '{{subject}}: the consent relied on was not given for recorded calls.',
    consented: '{{subject}} calls only people who consented to recorded calls from you.',
  },
  evaluate(declaration) {
    return perCommunication(declaration, { absent: 'noCommunications', empty: 'noneDeclared' }, (entry, subject) => {
      if (entry.channel !== 'automated_call') {
        return notApplicable(subject, 'notAutomated', [at(subject, 'channel')], { channel: CHANNEL_LABELS[entry.channel] });
      }
      const marketing = marketingStatus(entry);
      if (marketing === 'unknown') return needsInfo(subject, 'purposeUnknown', [at(subject, 'purpose')]);
      if (marketing === 'not_marketing') {
        return notApplicable(subject, 'notMarketing', [at(subject, 'purpose')], { purpose: words(entry.purpose ?? 'message') });
      }
      const basis = entry.marketingBasis;
      if (basis === undefined) return needsInfo(subject, 'basisUnknown', [at(subject, 'marketingBasis')]);
      if (basis !== 'consent') return fail(subject, 'wrongBasis', [at(subject, 'marketingBasis')], { basis: words(basis) });
      const consent = entry.consent;
      if (consent?.obtained === undefined) return needsInfo(subject, 'consentUnknown', [at(subject, 'consent', 'obtained')]);
      if (!consent.obtained) return fail(subject, 'noConsent', [at(subject, 'consent', 'obtained')]);
      if (consent.namesSender === false) return fail(subject, 'consentNotToUs', [at(subject, 'consent', 'namesSender')]);
      if (consent.coversChannel === false) return fail(subject, 'consentOtherChannel', [at(subject, 'consent', 'coversChannel')]);
      return pass(subject, 'consented', [at(subject, 'consent', 'obtained')]);
    });
  },
});
