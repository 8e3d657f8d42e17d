/**
 * DMC-03: genuine opinion research (no promotional content, answers not used to target the people who gave them)
 * is not direct marketing. A "survey" that also promotes the campaign, asks for support or money, or gathers
 * answers to target people with campaign messages is direct marketing and must be treated as such.
 */
import { defineRule, type RuleOutcome } from '../../core/rule.js';
import { fail, needsInfo, notApplicable, pass } from '../lib/outcomes.js';
import { DECLARATION, at, items } from '../lib/subjects.js';
import { DEFINITION_CITATIONS, notDirected } from './_helpers.js';

type Message = 'noCommunications' | 'noResearch' | 'researchFactsUnknown' | 'classificationUnknown' | 'researchIsMarketing' | 'treatedAsMarketing' | 'genuineResearch';

export default defineRule({
  id: 'DMC-03',
  title: 'Research that promotes the campaign or is used to target people is treated as direct marketing',
  area: 'direct-marketing',
  severity: 'medium',
  tags: ['direct-marketing', 'classification', 'research', 'pecr'],
  covers: ['UK-DM-07'],
  citations: DEFINITION_CITATIONS,
  rationale:
    'Genuine opinion research, which asks for views without promoting anything and does not use individual answers to target those people, is not direct marketing. ' +
    'A survey or poll that also promotes the party or cause, asks for support, volunteering or donations, or is used to find supporters and target them with campaign messages, is direct marketing dressed as research. ' +
    'The ICO\'s guidance addresses exactly this ("When does opinion research become direct marketing?"). ' +
    'Labelling such contacts as research would let them bypass the consent and objection rules, and mislead the people who answer.',
  remediation: [
    'If the research carries any promotional content or request for support, or if individual answers feed the voter file or targeting, treat it as direct marketing (isDirectMarketing: true) and apply the consent, screening and objection rules.',
    'Otherwise keep it genuine: no campaigning content, and use answers only in aggregate.',
    'Tell respondents honestly what their answers will be used for.',
  ],
  notes:
    'Out of scope: unaddressed leaflets, and communications whose purpose is not research or is not declared (DMC-01 asks for the purpose). ' +
    'Note for PECR-01: it treats a research message without campaigning content as not marketing even when resultsUsedForTargeting is true; this rule is where that case is reported.',
  examples: {
    passing: `# Genuine research: no campaigning content, and answers are not used to target anyone.
communications:
  - id: issues-survey
    name: Local issues survey
    channel: live_call
    purpose: research
    containsCampaigningContent: false
    resultsUsedForTargeting: false
`,
    failing: `# Fails: the "survey" ends by asking for support, so it is direct marketing, but is declared as not.
communications:
  - id: issues-survey
    name: Local issues survey
    channel: live_call
    purpose: research
    containsCampaigningContent: true
    resultsUsedForTargeting: false
    isDirectMarketing: false
`,
  },
  messages: {
    noCommunications: 'No communications are declared, so research contacts cannot be checked. Use [] if you send none.',
    noResearch: 'No research communications are declared.',
    researchFactsUnknown: '{{subject}} is research, but whether it carries campaigning content and whether answers are used to target people are not both declared.',
    classificationUnknown: '{{subject}} is research that {{why}}, but whether you treat it as direct marketing (isDirectMarketing) is not declared.',
    researchIsMarketing: '{{subject}} is described as research but {{why}}, so it is direct marketing and the consent and objection rules apply.',
    treatedAsMarketing: '{{subject}} is research that {{why}} and is treated as direct marketing.',
    genuineResearch: '{{subject}} is genuine research: no campaigning content, and answers are not used to target people.',
  },
  evaluate(declaration) {
    const list = declaration.communications;
    if (list === undefined) return [needsInfo(DECLARATION, 'noCommunications', ['/communications'])];
    const outcomes: RuleOutcome<Message>[] = [];
    for (const { entry, subject } of items(list, 'communications')) {
      if (entry.purpose !== 'research' || notDirected(entry.channel)) continue;
      const content = entry.containsCampaigningContent;
      const targeting = entry.resultsUsedForTargeting;
      const reasons: string[] = [];
      const evidence: string[] = [];
      if (content === true) {
        reasons.push('promotes the campaign or asks for support');
        evidence.push(at(subject, 'containsCampaigningContent'));
      }
      if (targeting === true) {
        reasons.push('uses answers to target people');
        evidence.push(at(subject, 'resultsUsedForTargeting'));
      }
      if (reasons.length === 0) {
        const missing = [content === undefined ? 'containsCampaigningContent' : undefined, targeting === undefined ? 'resultsUsedForTargeting' : undefined]
          .filter((f): f is string => f !== undefined)
          .map((f) => at(subject, f));
        if (missing.length > 0) outcomes.push(needsInfo(subject, 'researchFactsUnknown', missing));
        else outcomes.push(pass(subject, 'genuineResearch', [at(subject, 'containsCampaigningContent'), at(subject, 'resultsUsedForTargeting')]));
        continue;
      }
      const why = reasons.join(' and ');
      const classified = entry.isDirectMarketing;
      if (classified === undefined) outcomes.push(needsInfo(subject, 'classificationUnknown', [at(subject, 'isDirectMarketing')], { why }));
      else if (!classified) outcomes.push(fail(subject, 'researchIsMarketing', [...evidence, at(subject, 'isDirectMarketing')], { why }));
      else outcomes.push(pass(subject, 'treatedAsMarketing', [...evidence, at(subject, 'isDirectMarketing')], { why }));
    }
    if (outcomes.length === 0) return [notApplicable(DECLARATION, 'noResearch', ['/communications'])];
    return outcomes;
  },
});
