/**
 * SRC-02: emails, texts and other electronic messages (and recorded calls) sent to a list bought or received from
 * a broker or another company rely on consent only if that consent named the campaign, or a clearly described
 * category that includes it for political messages. "Selected third parties" or consent given for an unrelated
 * sector is not consent to hear from you (PECR reg. 22(2) "by, or at the instigation of, the sender"; UK GDPR
 * Art. 4(11) "specific, informed"). Better for the Country (2016): £50,000 for texts to bought-in numbers.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import type { Communication } from '../../schema/generated/declaration.js';
import { ELECTRONIC_MAIL_CHANNELS } from '../lib/facts.js';
import { fail, needsInfo, notApplicable, pass } from '../lib/outcomes.js';
import { DECLARATION, at, items } from '../lib/subjects.js';
import { dueDiligenceOf, isMarketing, isThirdPartyList, listOf } from './_helpers.js';

/** Channels where PECR requires the recipient's own prior consent to messages from the sender: electronic mail (reg. 22) and recorded calls (reg. 19). */
function needsSenderConsent(channel: Communication['channel']): boolean {
  return ELECTRONIC_MAIL_CHANNELS.has(channel) || channel === 'automated_call';
}

export default defineRule({
  id: 'SRC-02',
  title: 'Bought-in lists are used for emails, texts and recorded calls only with consent that names the campaign',
  area: 'sourcing',
  severity: 'critical',
  tags: ['sourcing', 'data-brokers', 'pecr', 'consent', 'email', 'sms'],
  covers: ['UK-SRC-02', 'UK-SRC-01'],
  citations: [
    cite('PECR', 'reg. 22(2)'),
    cite('PECR', 'reg. 19(1)'),
    cite('UK GDPR', 'Art. 4(11)'),
    citeIco('Collecting personal data'),
    citeIco('Political campaigning - opinion research and direct marketing'),
  ],
  rationale:
    'Campaign emails, texts, messaging-app messages and recorded calls need each recipient\'s prior consent to receive them from you. ' +
    'When a list comes from a broker or another company, the consent people gave was given to someone else: it counts for you only if it named your organisation, or a clearly described category that obviously includes you, for political messages. ' +
    'Consent to hear from "selected partners" or about unrelated products is not enough. ' +
    'Better for the Country Ltd was fined £50,000 in 2016 for over 500,000 referendum texts to numbers bought from a supplier whose consents covered unrelated sectors; Leave.EU and its connected insurer were fined in 2019 for political emails to insurance customers.',
  remediation: [
    'Do not send emails, texts or recorded calls to a bought-in or connected-company list unless the consent wording names your organisation (or a category that clearly includes you) for political messages.',
    'Ask the supplier for the exact wording people agreed to and when, check a sample, and keep the evidence.',
    'If the consent does not name you, use the list only for channels that do not need consent (for example post, subject to objections), or ask people to opt in to hear from you first by another lawful route.',
  ],
  notes:
    'Whether consent is the permission relied on, and was obtained at all, is PECR-01 (and the recorded-call rule for reg. 19); this rule judges only whether consent taken over from a third party names you. ' +
    'Naming is taken from the communication (consent.namesSender) and from the due diligence on each third-party source (consentNamesUs); a "no" in either fails. Corporate subscribers are outside reg. 22(2). ' +
    'The enforcement cases are [S] in the digest (section (d), cases 6 and 13).',
  examples: {
    passing: `# Texts go to a bought list only where each person's consent names our campaign.
dataSources:
  - id: bought-mobiles
    name: Bought mobile numbers
    type: data_broker
    dueDiligence:
      status: completed
      consentNamesUs: true
communications:
  - id: referendum-sms
    name: Referendum texts
    channel: sms
    purpose: persuasion
    audienceSourceIds: [bought-mobiles]
`,
    failing: `# Fails: the bought list's consent was for "selected partners", not for our campaign by name.
dataSources:
  - id: bought-mobiles
    name: Bought mobile numbers
    type: data_broker
    dueDiligence:
      status: completed
      consentNamesUs: false
communications:
  - id: referendum-sms
    name: Referendum texts
    channel: sms
    purpose: persuasion
    audienceSourceIds: [bought-mobiles]
`,
  },
  messages: {
    noCommunications: 'Your communications (communications) are not declared, so it is not known whether bought-in lists are messaged. Use [] if you send none.',
    noneDeclared: 'No communications are declared.',
    notElectronic: '{{subject}} is sent by {{channel}}, which does not need the recipient\'s prior consent under PECR.',
    purposeUnknown: '{{subject}}: the purpose is not declared, so it is not known whether these messages are direct marketing.',
    notMarketing: '{{subject}} is not direct marketing.',
    corporateOnly: '{{subject}} goes only to corporate subscribers.',
    audienceUnknown: '{{subject}}: where the recipients\' details come from (audienceSourceIds) is not declared.',
    ownLists: '{{subject}} goes to no bought-in or connected-company list.',
    notNamed: '{{subject}} goes to {{sources}}, but the consent people gave does not name your organisation.',
    namingUnknown: '{{subject}} goes to {{sources}}; whether the consent people gave names your organisation (consent.namesSender, or consentNamesUs in the due diligence) is not declared.',
    named: '{{subject}}: the consent behind {{sources}} names your organisation.',
  },
  evaluate(declaration, context) {
    const list = declaration.communications;
    if (list === undefined) return [needsInfo(DECLARATION, 'noCommunications', ['/communications'])];
    if (list.length === 0) return [notApplicable(DECLARATION, 'noneDeclared', ['/communications'])];
    return items(list, 'communications').map(({ entry, subject }) => {
      if (!needsSenderConsent(entry.channel)) {
        return notApplicable(subject, 'notElectronic', [at(subject, 'channel')], { channel: entry.channel.replace(/_/g, ' ') });
      }
      const marketing = isMarketing(entry);
      if (marketing === undefined) return needsInfo(subject, 'purposeUnknown', [at(subject, 'purpose')]);
      if (!marketing) return notApplicable(subject, 'notMarketing', [at(subject, 'purpose')]);
      if (entry.recipients === 'corporate_subscribers') return notApplicable(subject, 'corporateOnly', [at(subject, 'recipients')]);
      if (entry.audienceSourceIds === undefined) return needsInfo(subject, 'audienceUnknown', [at(subject, 'audienceSourceIds')]);
      const thirdParty = entry.audienceSourceIds.flatMap((id) => {
        const found = context.index.sources.get(id);
        return found && isThirdPartyList(found.entry, context.index) ? [found] : [];
      });
      if (thirdParty.length === 0) return notApplicable(subject, 'ownLists', [at(subject, 'audienceSourceIds')]);
      const sources = listOf(thirdParty.map((s) => s.entry.name));
      const fromComm = entry.consent?.namesSender;
      const commPointer = at(subject, 'consent', 'namesSender');
      const fromSources = thirdParty.map((s) => {
        const dd = dueDiligenceOf(s.entry, s.pointer, context.index);
        return { value: dd?.diligence.consentNamesUs, pointer: dd ? at(dd.pointer, 'consentNamesUs') : at(s.pointer, 'dueDiligence', 'consentNamesUs') };
      });
      const refusals = [...(fromComm === false ? [commPointer] : []), ...fromSources.filter((s) => s.value === false).map((s) => s.pointer)];
      if (refusals.length > 0) return fail(subject, 'notNamed', refusals, { sources });
      if (fromComm === true) return pass(subject, 'named', [commPointer], { sources });
      if (fromSources.every((s) => s.value === true)) return pass(subject, 'named', fromSources.map((s) => s.pointer), { sources });
      return needsInfo(subject, 'namingUnknown', [commPointer, ...fromSources.filter((s) => s.value === undefined).map((s) => s.pointer)], { sources });
    });
  },
});
