/**
 * PECR-11: once someone objects to direct marketing or unsubscribes, their details must no longer be used for it
 * (UK GDPR Art. 21(3); withdrawn consent ends the PECR permission, Art. 7(3) with PECR reg. 22(2); a do-not-call
 * request binds under reg. 21(1)(a)). In practice that needs a suppression list screened before every send by every
 * channel and unit. One outcome for the suppression arrangements, then one per electronic or telephone campaign
 * (addressed post is judged by PECR-14).
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule, type RuleOutcome } from '../../core/rule.js';
import type { Declaration } from '../../schema/generated/declaration.js';
import { CALL_CHANNELS, ELECTRONIC_MAIL_CHANNELS } from '../lib/facts.js';
import { fail, needsInfo, notApplicable, pass, warn } from '../lib/outcomes.js';
import { DECLARATION, at, section } from '../lib/subjects.js';
import { CHANNEL_LABELS, marketingStatus, perCommunication, words } from './_helpers.js';

type Message =
  | 'noCommunications'
  | 'noneDeclared'
  | 'noMarketing'
  | 'suppressionUnknown'
  | 'notAppliedEverySend'
  | 'appliedUnknown'
  | 'severalLists'
  | 'notShared'
  | 'listInPlace'
  | 'otherChannel'
  | 'notMarketing'
  | 'purposeUnknown'
  | 'campaignNotScreened'
  | 'campaignScreened'
  | 'coveredByCentral'
  | 'campaignUnknown';

const SCREENED_CHANNELS = new Set([...ELECTRONIC_MAIL_CHANNELS, ...CALL_CHANNELS]);

function sectionOutcome(declaration: Declaration): RuleOutcome<Message> {
  const subject = section('suppression');
  const comms = declaration.communications ?? [];
  const relevant = comms.filter((c) => marketingStatus(c) !== 'not_marketing');
  if (relevant.length === 0) return notApplicable(subject, 'noMarketing', ['/communications']);
  const suppression = declaration.suppression;
  if (suppression === undefined) return needsInfo(subject, 'suppressionUnknown', ['/suppression']);
  if (suppression.appliedBeforeEverySend === false) return fail(subject, 'notAppliedEverySend', [at(subject, 'appliedBeforeEverySend')]);
  if (suppression.appliedBeforeEverySend === undefined) return needsInfo(subject, 'appliedUnknown', [at(subject, 'appliedBeforeEverySend')]);
  if (!suppression.centralList) return warn(subject, 'severalLists', [at(subject, 'centralList')]);
  if (suppression.sharedAcrossUnits === false) return warn(subject, 'notShared', [at(subject, 'sharedAcrossUnits')]);
  return pass(subject, 'listInPlace', [at(subject, 'centralList'), at(subject, 'appliedBeforeEverySend')]);
}

export default defineRule({
  id: 'PECR-11',
  title: 'Objections and unsubscribes are held on a suppression list that is applied before every send',
  area: 'pecr',
  severity: 'high',
  tags: ['pecr', 'suppression', 'objection', 'unsubscribe'],
  covers: ['UK-DM-02'],
  citations: [
    cite('UK GDPR', 'Art. 21(3)'),
    cite('UK GDPR', 'Art. 7(3)'),
    cite('PECR', 'reg. 22(2)'),
    cite('PECR', 'reg. 21(1)(a)'),
    citeIco('Political campaigning - opinion research and direct marketing'),
  ],
  rationale:
    'When someone unsubscribes, withdraws consent or objects to direct marketing, you must stop using their details for campaign messages, by every channel and every part of the organisation. ' +
    'That only works if every objection goes onto a suppression list and every email, text and call list is screened against it before each send, including sends by local parties, candidates and suppliers. ' +
    'The Conservative Party was fined in 2021 after emailing people who had unsubscribed: their unsubscribes were not carried into the system used for the send.',
  remediation: [
    'Keep one central suppression list of everyone who unsubscribed, withdrew consent, objected to direct marketing or asked not to be called.',
    'Screen every email, text and call list against it immediately before each send, whoever sends it.',
    'Give local parties, candidates and suppliers who contact people access to the list, or screen their lists for them.',
    'Add each objection to the list promptly (within days, not weeks) and never remove an entry unless the person asks to hear from you again.',
  ],
  notes:
    'A single central list is the ICO\'s expectation rather than a statutory term, so several lists, or a list not shared with local units, is a warning; failing to screen a send is a failure. ' +
    'Carrying the list over on a change of system is judged by PECR-12; addressed post by PECR-14.',
  examples: {
    passing: `# One central suppression list, shared with every unit and applied before every send.
suppression:
  centralList: true
  appliedBeforeEverySend: true
  sharedAcrossUnits: true
communications:
  - id: weekly-email
    name: Weekly email
    channel: email
    purpose: persuasion
`,
    failing: `# Fails: the weekly email is sent without checking the suppression list.
suppression:
  centralList: true
  appliedBeforeEverySend: true
  sharedAcrossUnits: true
communications:
  - id: weekly-email
    name: Weekly email
    channel: email
    purpose: persuasion
    suppressionApplied: false
`,
  },
  messages: {
    noCommunications: 'No communications are declared, so it is not known whether a suppression list is needed.',
    noneDeclared: 'No communications are declared as sent.',
    noMarketing: 'None of the declared communications is direct marketing, so no suppression list is needed for them.',
    suppressionUnknown: 'How objections and unsubscribes are recorded and applied (suppression) is not declared.',
    notAppliedEverySend: 'The suppression list is not applied before every send, so people who objected or unsubscribed can still be contacted.',
    appliedUnknown: 'Whether every send is screened against the suppression list (suppression.appliedBeforeEverySend) is not declared.',
    severalLists: 'Objections are not kept on one central suppression list; make sure every list is applied to every send, or merge them.',
    notShared: 'The suppression list does not reach every local unit, candidate and supplier that contacts people.',
    listInPlace: 'One suppression list is kept and applied before every send.',
    otherChannel: '{{subject}} is sent by {{channel}}; suppression for it is judged by another rule or not needed.',
    notMarketing: '{{subject}} is declared as {{purpose}} with no campaigning content, so it is not direct marketing.',
    purposeUnknown: '{{subject}}: the purpose is not declared, so it is not known whether it must be screened against the suppression list.',
    campaignNotScreened: '{{subject}} is not screened against the suppression list before sending.',
    campaignScreened: '{{subject}} is screened against the suppression list before sending.',
    coveredByCentral: '{{subject}} is covered by the suppression list applied before every send.',
    campaignUnknown: '{{subject}}: whether the list is screened against the suppression list (suppressionApplied) is not declared.',
  } satisfies Record<Message, string>,
  evaluate(declaration) {
    if (declaration.communications === undefined) return [needsInfo(DECLARATION, 'noCommunications', ['/communications'])];
    if (declaration.communications.length === 0) return [notApplicable(DECLARATION, 'noneDeclared', ['/communications'])];
    const central = declaration.suppression?.appliedBeforeEverySend === true;
    const campaigns = perCommunication<Message>(declaration, { absent: 'noCommunications', empty: 'noneDeclared' }, (entry, subject) => {
      const channel = CHANNEL_LABELS[entry.channel];
      if (!SCREENED_CHANNELS.has(entry.channel)) return notApplicable(subject, 'otherChannel', [at(subject, 'channel')], { channel });
      const marketing = marketingStatus(entry);
      if (marketing === 'unknown') return needsInfo(subject, 'purposeUnknown', [at(subject, 'purpose')]);
      if (marketing === 'not_marketing') {
        return notApplicable(subject, 'notMarketing', [at(subject, 'purpose')], { purpose: words(entry.purpose ?? 'message') });
      }
      if (entry.suppressionApplied === false) return fail(subject, 'campaignNotScreened', [at(subject, 'suppressionApplied')]);
      if (entry.suppressionApplied === true) return pass(subject, 'campaignScreened', [at(subject, 'suppressionApplied')]);
      if (central) return pass(subject, 'coveredByCentral', [at(subject, 'suppressionApplied'), '/suppression/appliedBeforeEverySend']);
      return needsInfo(subject, 'campaignUnknown', [at(subject, 'suppressionApplied')]);
    });
    return [sectionOutcome(declaration), ...campaigns];
  },
});
