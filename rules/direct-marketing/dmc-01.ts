/**
 * DMC-01: communications that promote the campaign (persuasion, fundraising, volunteer recruitment, membership,
 * event invitations) are treated as direct marketing, and so are "service" messages that carry campaigning content.
 * Get-out-the-vote messages are judged by DMC-02 and research by DMC-03. The PECR and objection rules all hinge on
 * this classification, so misclassifying a campaign message as "not marketing" is what lets the breaches through.
 */
import { defineRule } from '../../core/rule.js';
import { CAMPAIGNING_PURPOSES } from '../lib/facts.js';
import { fail, needsInfo, notApplicable, pass } from '../lib/outcomes.js';
import { DECLARATION, at, items } from '../lib/subjects.js';
import { DEFINITION_CITATIONS, notDirected } from './_helpers.js';

export default defineRule({
  id: 'DMC-01',
  title: 'Messages that promote the campaign, including service messages with campaigning content, are treated as direct marketing',
  area: 'direct-marketing',
  severity: 'high',
  tags: ['direct-marketing', 'classification', 'pecr'],
  covers: ['UK-SCOPE-02'],
  citations: DEFINITION_CITATIONS,
  rationale:
    'Direct marketing is any communication of advertising or marketing material directed to particular individuals. ' +
    'For campaigns that includes promoting a party, candidate or cause, and asking people for their vote, support, time or money. ' +
    'The Information Tribunal confirmed in Scottish National Party v Information Commissioner (2006) that promoting a party\'s aims is direct marketing, and the ICO treats the vast majority of political messages addressed to individuals as direct marketing. ' +
    'A purely administrative message (a receipt, a meeting change) is not, but it becomes direct marketing as soon as it also promotes the campaign or asks for support. ' +
    'Getting this wrong is how campaigns end up sending texts and emails without consent and ignoring objections.',
  remediation: [
    'Treat every message that promotes the party, candidate or cause, or asks for votes, support, volunteering, membership or money, as direct marketing (isDirectMarketing: true).',
    'Apply the direct marketing rules to it: consent for emails, texts and recorded calls, screening for live calls, and honouring objections on every channel.',
    'Keep service messages purely administrative; if they carry any campaigning content, treat them as direct marketing too.',
  ],
  notes:
    'Unaddressed "to the occupier" leaflets are not directed to particular individuals and are out of scope. ' +
    'Door-to-door visits are in scope: a visit to a named elector from a walk list is directed to a particular individual. ' +
    'A message whose purpose is not declared is reported here (needs_info) and skipped by DMC-02 and DMC-03. ' +
    'SNP v IC (EA/2005/0021) is digest [V].',
  examples: {
    passing: `# A fundraising email is direct marketing, and we treat it as such.
communications:
  - id: donate-email
    name: Donation appeal
    channel: email
    purpose: fundraising
    isDirectMarketing: true
`,
    failing: `# Fails: an email asking people to back our candidate is direct marketing, but is declared as not.
communications:
  - id: spring-email
    name: Spring newsletter for supporters
    channel: email
    purpose: persuasion
    isDirectMarketing: false
`,
  },
  messages: {
    noCommunications: 'No communications are declared, so their classification cannot be checked. Use [] if you send none.',
    noneDeclared: 'No communications are declared as sent.',
    notDirected: '{{subject}} is an unaddressed leaflet, which is not directed to particular individuals.',
    purposeUnknown: '{{subject}}: the purpose is not declared, so it is not known whether these messages are direct marketing.',
    gotvElsewhere: '{{subject}} is a get-out-the-vote message; its classification is judged by DMC-02.',
    researchElsewhere: '{{subject}} is research; its classification is judged by DMC-03.',
    contentUnknown: '{{subject}} is a service message, but whether it also promotes the campaign or asks for support (containsCampaigningContent) is not declared.',
    genuineService: '{{subject}} is a service message with no campaigning content, so it is not direct marketing.',
    classificationUnknown: '{{subject}} promotes the campaign ({{purpose}}), but whether you treat it as direct marketing (isDirectMarketing) is not declared.',
    misclassified: '{{subject}} promotes the campaign ({{purpose}}) but is not treated as direct marketing; it is direct marketing and the consent and objection rules apply.',
    treatedAsMarketing: '{{subject}} is treated as direct marketing.',
  },
  evaluate(declaration) {
    const list = declaration.communications;
    if (list === undefined) return [needsInfo(DECLARATION, 'noCommunications', ['/communications'])];
    if (list.length === 0) return [notApplicable(DECLARATION, 'noneDeclared', ['/communications'])];
    return items(list, 'communications').map(({ entry, subject }) => {
      if (notDirected(entry.channel)) return notApplicable(subject, 'notDirected', [at(subject, 'channel')]);
      const purpose = entry.purpose;
      if (purpose === undefined) return needsInfo(subject, 'purposeUnknown', [at(subject, 'purpose')]);
      if (purpose === 'get_out_the_vote') return notApplicable(subject, 'gotvElsewhere', [at(subject, 'purpose')]);
      if (purpose === 'research') return notApplicable(subject, 'researchElsewhere', [at(subject, 'purpose')]);
      let label: string = purpose.replace(/_/g, ' ');
      const evidence = [at(subject, 'purpose')];
      if (!CAMPAIGNING_PURPOSES.has(purpose)) {
        // A service message: direct marketing only if it carries campaigning content.
        const content = entry.containsCampaigningContent;
        if (content === undefined) return needsInfo(subject, 'contentUnknown', [at(subject, 'containsCampaigningContent')]);
        if (!content) return notApplicable(subject, 'genuineService', [at(subject, 'containsCampaigningContent')]);
        label = 'a service message with campaigning content';
        evidence.push(at(subject, 'containsCampaigningContent'));
      }
      const classified = entry.isDirectMarketing;
      if (classified === undefined) return needsInfo(subject, 'classificationUnknown', [at(subject, 'isDirectMarketing')], { purpose: label });
      if (!classified) return fail(subject, 'misclassified', [...evidence, at(subject, 'isDirectMarketing')], { purpose: label });
      return pass(subject, 'treatedAsMarketing', [at(subject, 'isDirectMarketing')]);
    });
  },
});
