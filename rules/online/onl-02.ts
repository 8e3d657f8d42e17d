/**
 * ONL-02: a campaign that uses a platform's targeting tools decides, with the platform, why and how the people
 * reached are processed, so the two are likely joint controllers (ICO guidance). Joint controllers must set out
 * their respective responsibilities in an arrangement (UK GDPR Art. 26(1)) whose essence is available to the people
 * concerned (Art. 26(2)). Platforms offer this as a controller addendum to their advertising terms.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { fail, needsInfo, pass } from '../lib/outcomes.js';
import { at } from '../lib/subjects.js';
import { METHOD_LABELS, perTargeting } from './_helpers.js';

export default defineRule({
  id: 'ONL-02',
  title: 'Each use of a platform\'s targeting tools is covered by an arrangement with the platform setting out responsibilities',
  area: 'online',
  severity: 'high',
  tags: ['online', 'joint-controller', 'platforms', 'targeting'],
  covers: ['UK-ONL-02'],
  citations: [
    cite('UK GDPR', 'Art. 26(1)'),
    cite('UK GDPR', 'Art. 26(2)'),
    citeIco('Political campaigning in the online world'),
    citeIco('Controllers, joint controllers and processors'),
  ],
  rationale:
    'When you use a social media or advertising platform to choose who sees your political messages, you and the platform together decide how the people targeted are processed, so you are likely to be joint controllers. ' +
    'The law then requires an arrangement between you saying who gives people privacy information and who deals with their requests, with its essence available to them. ' +
    'The major platforms provide such terms (often called a controller addendum); you must know which apply, accept them, and be able to point to them.',
  remediation: [
    'For each platform you target on, find the platform\'s joint controller terms (controller addendum) for the tools you use and accept them in the ad account.',
    'Record which terms apply and where they are, and check that they say who handles privacy information and people\'s requests.',
    'Tell people in your privacy notice which platforms you work with and how to exercise their rights with each.',
  ],
  notes:
    'For some list-matching features a platform may act as a processor instead; then its processor terms should be recorded here as the arrangement. ' +
    'Joint controllership arising from page statistics (Page Insights) on the campaign\'s own social media pages cannot be declared in the schema today and is not judged.',
  examples: {
    passing: `# Location-targeted adverts on Meta, under the platform's controller addendum.
onlineTargeting:
  - id: marginals-ads
    name: Marginal seats ads
    platform: Meta
    method: geographic
    jointControllerArrangement:
      inPlace: true
      reference: Meta controller addendum
`,
    failing: `# Fails: no arrangement with the platform sets out who is responsible for what.
onlineTargeting:
  - id: marginals-ads
    name: Marginal seats ads
    platform: Meta
    method: geographic
    jointControllerArrangement:
      inPlace: false
`,
  },
  messages: {
    noTargeting: 'No online targeting is declared, so it is not known whether platform arrangements are needed. Use [] if you do none.',
    noneDeclared: 'No online targeting is declared.',
    arrangementUnknown: '{{subject}} uses {{method}}, but whether an arrangement with the platform sets out who is responsible for what (jointControllerArrangement) is not declared.',
    noArrangement: '{{subject}} uses {{method}} with no arrangement with the platform setting out who is responsible for what.',
    arrangementInPlace: '{{subject}} is covered by an arrangement with the platform.',
  },
  evaluate(declaration) {
    return perTargeting(declaration, { absent: 'noTargeting', empty: 'noneDeclared' }, (entry, subject) => {
      const method = METHOD_LABELS[entry.method];
      const arrangement = entry.jointControllerArrangement;
      if (arrangement === undefined) return needsInfo(subject, 'arrangementUnknown', [at(subject, 'jointControllerArrangement')], { method });
      if (!arrangement.inPlace) return fail(subject, 'noArrangement', [at(subject, 'jointControllerArrangement', 'inPlace')], { method });
      return pass(subject, 'arrangementInPlace', [at(subject, 'jointControllerArrangement', 'inPlace')]);
    });
  },
});
