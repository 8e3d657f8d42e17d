/**
 * PECR-14: addressed campaign post is direct marketing under UK GDPR (PECR does not cover post), so a person's
 * objection to direct marketing must be honoured (Art. 21(2), (3)), even though their address comes from the
 * electoral register. The ICO treats a parliamentary candidate's single free election address (RPA 1983 s. 91) as
 * the exception. Unaddressed "to the occupier" leaflets are not directed to individuals and are out of scope.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { fail, needsInfo, notApplicable, pass, warn } from '../lib/outcomes.js';
import { at } from '../lib/subjects.js';
import { CHANNEL_LABELS, marketingStatus, perCommunication, words } from './_helpers.js';

export default defineRule({
  id: 'PECR-14',
  title: 'Addressed campaign post is not sent to people who objected, apart from the free election address',
  area: 'pecr',
  severity: 'high',
  tags: ['direct-marketing', 'post', 'objection', 'suppression', 'electoral-register'],
  covers: ['UK-DM-09', 'UK-ER-04'],
  citations: [
    cite('UK GDPR', 'Art. 21(2)'),
    cite('UK GDPR', 'Art. 21(3)'),
    cite('RPA 1983', 's. 91'),
    citeIco('Political campaigning - opinion research and direct marketing'),
  ],
  rationale:
    'Letters addressed to a named person that promote a party, candidate or cause are direct marketing. PECR does not cover post, but data protection law does: ' +
    'anyone may object to their data being used for direct marketing, and once they do you must stop, whatever the source of the address, including the electoral register. ' +
    'The ICO treats the one free election address that a parliamentary candidate may send to every elector (RPA 1983 s. 91) as the exception. ' +
    'Leaflets delivered "to the occupier" without a name are not addressed to individuals and are not covered.',
  remediation: [
    'Screen every addressed mailing against your suppression list before it goes to the printer or mailing house, including mailings by local parties and candidates.',
    'Give the mailing house the suppression list, or a screened file only.',
    'Use the free election address only for the single mailing the candidate is entitled to; screen every other addressed mailing.',
  ],
  notes:
    'The ICO treats the s. 91 mailing as permitted despite an objection; the legal mechanism after the UK GDPR has not been examined (digest open question 11). ' +
    's. 91 is the parliamentary candidates\' entitlement; a free mailing claimed for another election is a warning to check its own statutory basis. ' +
    'The lawful basis and privacy information for addressed post are judged by the lawful-basis and transparency rules.',
  examples: {
    passing: `# Letters to target seats are screened against people who asked not to get our post.
communications:
  - id: target-letter
    name: Target seat letter
    channel: addressed_post
    purpose: persuasion
    suppressionApplied: true
`,
    failing: `# Fails: letters go to people who objected, and this is not the free election address.
communications:
  - id: target-letter
    name: Target seat letter
    channel: addressed_post
    purpose: persuasion
    suppressionApplied: false
`,
  },
  messages: {
    noCommunications: 'No communications are declared, so it is not known whether addressed campaign post is sent.',
    noneDeclared: 'No communications are declared as sent.',
    notPost: '{{subject}} is sent by {{channel}}, not addressed post.',
    notMarketing: '{{subject}} is declared as {{purpose}} with no campaigning content, so it is not direct marketing.',
    purposeUnknown: '{{subject}}: the purpose is not declared, so it is not known whether this post is direct marketing.',
    electionAddress: '{{subject}} is the free election address of a parliamentary candidate, which the ICO treats as an exception.',
    electionAddressOtherElection: '{{subject}} is declared as the free election address, but the campaign\'s election type is "{{election}}" and RPA 1983 s. 91 covers parliamentary candidates; check the mailing\'s statutory basis or screen it.',
    electionUnknown: '{{subject}} is declared as the free election address, but the type of election (campaign.electionType) is not declared.',
    notScreened: '{{subject}} is not screened against the suppression list, so people who objected to direct marketing will receive it.',
    screened: '{{subject}} is screened against the suppression list before it is sent.',
    coveredByCentral: '{{subject}} is covered by the suppression list applied before every send.',
    screeningUnknown: '{{subject}}: whether the mailing is screened against the suppression list (suppressionApplied) is not declared.',
  },
  evaluate(declaration) {
    return perCommunication(declaration, { absent: 'noCommunications', empty: 'noneDeclared' }, (entry, subject) => {
      if (entry.channel !== 'addressed_post') {
        return notApplicable(subject, 'notPost', [at(subject, 'channel')], { channel: CHANNEL_LABELS[entry.channel] });
      }
      const marketing = marketingStatus(entry);
      if (marketing === 'unknown') return needsInfo(subject, 'purposeUnknown', [at(subject, 'purpose')]);
      if (marketing === 'not_marketing') {
        return notApplicable(subject, 'notMarketing', [at(subject, 'purpose')], { purpose: words(entry.purpose ?? 'message') });
      }
      if (entry.isElectionAddress === true) {
        const election = declaration.campaign.electionType;
        if (election === undefined) return needsInfo(subject, 'electionUnknown', ['/campaign/electionType']);
        if (election === 'uk_parliamentary') return notApplicable(subject, 'electionAddress', [at(subject, 'isElectionAddress')]);
        return warn(subject, 'electionAddressOtherElection', [at(subject, 'isElectionAddress'), '/campaign/electionType'], { election: words(election) });
      }
      if (entry.suppressionApplied === false) return fail(subject, 'notScreened', [at(subject, 'suppressionApplied')]);
      if (entry.suppressionApplied === true) return pass(subject, 'screened', [at(subject, 'suppressionApplied')]);
      if (declaration.suppression?.appliedBeforeEverySend === true) {
        return pass(subject, 'coveredByCentral', [at(subject, 'suppressionApplied'), '/suppression/appliedBeforeEverySend']);
      }
      return needsInfo(subject, 'screeningUnknown', [at(subject, 'suppressionApplied')]);
    });
  },
});
