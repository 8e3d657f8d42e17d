/**
 * TR-11: a campaign that holds the electoral register (full, open, marked, or the absent voter lists) explains
 * in its privacy notice that it does, and that it combines the register with other data. The ICO's first
 * finding in 2018 (Democracy Disrupted) was that parties did not tell people how the register, the "spine" of
 * their voter files, was used; its first recommendation was a cross-party solution for that transparency.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { fail, needsInfo, notApplicable, pass } from '../lib/outcomes.js';
import { DECLARATION, items, section } from '../lib/subjects.js';
import { REGISTER_SOURCE_TYPES, listOf, noticeGate } from './_helpers.js';

export default defineRule({
  id: 'TR-11',
  title: 'The privacy notice explains how the campaign uses the electoral register',
  area: 'transparency',
  severity: 'high',
  tags: ['transparency', 'privacy-notice', 'electoral-register'],
  covers: ['UK-ER-03'],
  citations: [
    cite('UK GDPR', 'Art. 14(1)'),
    cite('UK GDPR', 'Art. 14(2)(f)'),
    cite('UK GDPR', 'Art. 5(1)(a)'),
    citeIco('Use of the electoral register'),
  ],
  rationale:
    'Everyone on the full register is on it by law, with no right to opt out, and parties, candidates and registered campaigners are entitled to copies. ' +
    'That entitlement does not remove the duty to tell people what you do with the register: that you hold it, that you add canvass returns, bought-in and other data to it, and what you use the result for. ' +
    'In 2018 the ICO found that parties did not explain their use of the register, and recommended a cross-party solution to improve transparency about it.',
  remediation: [
    'Add a section to your privacy notice on the electoral register: which versions you hold (full, marked, absent voter lists), under which entitlement, what you add to it and what you use it for.',
    'Say how long you keep register copies and how people can object to your use of their details for campaigning.',
    'Record covers.electoralRegisterUse: true in the declaration once the notice is updated.',
  ],
  notes:
    'Telling each person (Art. 14(3)) is judged per source by TR-03; this rule judges the published notice. Democracy Disrupted finding 3.8.1 and recommendation 1 are cited from the digest (recommendation 1 is [S] there, so it is not a formal citation).',
  examples: {
    passing: `# We use the full register, and the privacy notice explains how.
dataSources:
  - id: full-register
    name: Full electoral register
    type: full_electoral_register
privacyNotice:
  published: true
  covers:
    electoralRegisterUse: true
`,
    failing: `# Fails: we use the full and marked registers, but the privacy notice does not say so.
dataSources:
  - id: full-register
    name: Full electoral register
    type: full_electoral_register
  - id: marked
    name: Marked register 2024
    type: marked_register
privacyNotice:
  published: true
  covers:
    electoralRegisterUse: false
`,
  },
  messages: {
    noSources: 'Your data sources (dataSources) are not declared, so it is not known whether you hold the electoral register. Use [] if there are none.',
    noRegister: 'You do not hold the electoral register.',
    noticeUnknown: 'Whether you publish a privacy notice (privacyNotice) is not declared, so it is not known whether it explains your use of the register.',
    noticeUnpublished: 'No privacy notice is published (TR-01), so your use of the register ({{sources}}) is not explained in one.',
    coverUnknown: 'Whether your privacy notice explains your use of the electoral register (privacyNotice.covers.electoralRegisterUse) is not declared; you hold {{sources}}.',
    notExplained: 'You hold {{sources}}, but your privacy notice does not explain how you use the electoral register.',
    explained: 'Your privacy notice explains how you use the electoral register.',
  },
  evaluate(declaration) {
    const list = declaration.dataSources;
    if (list === undefined) return [needsInfo(DECLARATION, 'noSources', ['/dataSources'])];
    const register = items(list, 'dataSources').filter(({ entry }) => REGISTER_SOURCE_TYPES.has(entry.type));
    if (register.length === 0) return [notApplicable(DECLARATION, 'noRegister', ['/dataSources'])];
    const sources = listOf(register.map(({ entry }) => entry.name));
    const gate = noticeGate(declaration, 'noticeUnknown', 'noticeUnpublished');
    if (gate.outcome) return [{ ...gate.outcome, data: { sources } }];
    const subject = section('privacyNotice');
    const field = '/privacyNotice/covers/electoralRegisterUse';
    const covered = gate.notice.covers?.electoralRegisterUse;
    if (covered === undefined) return [needsInfo(subject, 'coverUnknown', [field], { sources })];
    if (!covered) return [fail(subject, 'notExplained', [field, ...register.map(({ subject: s }) => s.pointer)], { sources })];
    return [pass(subject, 'explained', [field])];
  },
});
