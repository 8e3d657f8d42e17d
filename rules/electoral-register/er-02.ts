/**
 * ER-02: the full register is used only for the purposes of the entitlement under which it was obtained: for a
 * registered party or recognised third party, electoral purposes and the donation controls (reg. 106(3)); for
 * a local nominee, electoral and registration purposes (reg. 105(4)); for a candidate, electoral purposes
 * (reg. 108(5)); for an elected representative, the office or electoral purposes (reg. 103(3)); for reg. 104,
 * donation checks only (reg. 104(3)-(4)). The Electoral Commission reads "electoral purposes" as campaigning to
 * get elected; purposes whose electoral character depends on the facts (fundraising, membership, research) are
 * left to a person.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { fail, needsInfo, notApplicable, pass, warn } from '../lib/outcomes.js';
import { DECLARATION, at, items } from '../lib/subjects.js';
import { ENTITLEMENT, allowedPurposes, describe, judgeUses, judgementPurposes } from './_helpers.js';

export default defineRule({
  id: 'ER-02',
  title: 'The full register is used only for the purposes its entitlement allows',
  area: 'electoral-register',
  severity: 'critical',
  tags: ['electoral-register', 'full-register', 'purpose-limitation', 'electoral-law'],
  covers: ['UK-ER-01'],
  citations: [
    cite('RPR 2001', 'reg. 102'),
    cite('RPR 2001', 'reg. 103(3)'),
    cite('RPR 2001', 'reg. 104(3)'),
    cite('RPR 2001', 'reg. 105(4)'),
    cite('RPR 2001', 'reg. 106(3)'),
    cite('RPR 2001', 'reg. 108(5)'),
    cite('UK GDPR', 'Art. 5(1)(b)'),
    citeIco('Use of the electoral register'),
  ],
  rationale:
    'Each entitlement to the full register comes with a purpose: parties and registered campaigners may use it for electoral purposes and to check that donations are permissible, candidates for electoral purposes, local nominees for electoral and registration purposes, elected representatives for their office or electoral purposes, and the reg. 104 copy only for donation checks. ' +
    'Using it for anything else, or passing its contents on (for example to a data broker, or for commercial use), is a criminal offence as well as a breach of the purpose limitation principle. ' +
    'Campaigning to get elected (canvassing, leaflets, voter contact and modelling, get-out-the-vote) is an electoral purpose; fundraising, membership drives and research may be, depending on the facts.',
  remediation: [
    'List every activity that uses the full register and check it against the purpose of your entitlement.',
    'Stop any use outside those purposes (for example supplying it to others, casework under a party copy, commercial use) and record the decision.',
    'For fundraising, membership or research uses, record why the use is for electoral purposes, or stop using register data for them.',
  ],
  notes:
    'The RPR 2001 numbering is status D in docs/legal-sources.md (digest checked against the 2006/2008 text). "Electoral purposes" is not defined in the regulations as checked; the rule treats voter contact, get-out-the-vote, canvassing, voter modelling, online targeting and electoral registration as electoral, allows donation checks wherever electoral purposes are allowed (the Electoral Commission\'s candidate guidance says the register may be used to check donations), and reports fundraising, membership, volunteer management, research, data enrichment, service messages and "other" as warnings. ' +
    'Data supply to others is judged a failure under every entitlement; passing the register to processors is ER-03. The marked register and absent voter lists are ER-04. ' +
    'A copy held with no entitlement is judged by ER-01 and not here.',
  examples: {
    passing: `# The party's copy of the full register is used for canvassing, an electoral purpose.
dataSources:
  - id: full-register
    name: Full electoral register
    type: full_electoral_register
    registerEntitlement: rpr_106_registered_party
    usedForActivityIds: [canvassing]
processingActivities:
  - id: canvassing
    name: Doorstep canvassing
    purposeType: canvassing
`,
    failing: `# Fails: the party's copy of the full register is also passed to others.
dataSources:
  - id: full-register
    name: Full electoral register
    type: full_electoral_register
    registerEntitlement: rpr_106_registered_party
    usedForActivityIds: [canvassing, list-sharing]
processingActivities:
  - id: canvassing
    name: Doorstep canvassing
    purposeType: canvassing
  - id: list-sharing
    name: Sharing lists with a partner campaign
    purposeType: data_supply
`,
  },
  messages: {
    noSources: 'Your data sources (dataSources) are not declared, so it is not known whether you hold the full register. Use [] if there are none.',
    noFullRegister: 'You do not hold the full register.',
    entitlementUnknown: '{{subject}}: the regulation under which you obtained the full register (registerEntitlement) is not declared, so its permitted purposes are not known.',
    noEntitlement: '{{subject}}: you declare no entitlement to the full register (ER-01); no use of it is permitted.',
    usesUnknown: '{{subject}}: which activities use the full register (usedForActivityIds, or dataSourceIds on the activities) is not declared.',
    outside: '{{subject}} is used for {{activities}}, outside the purposes allowed to {{entitlement}}.',
    check: '{{subject}} is used for {{activities}}; check that each is for electoral purposes, as {{entitlement}} requires.',
    purposeUnknown: '{{subject}} is used for {{activities}}, whose kind of purpose (purposeType) is not declared.',
    within: '{{subject}} is used only for the purposes allowed to {{entitlement}}.',
  },
  evaluate(declaration, context) {
    const list = declaration.dataSources;
    if (list === undefined) return [needsInfo(DECLARATION, 'noSources', ['/dataSources'])];
    const full = items(list, 'dataSources').filter(({ entry }) => entry.type === 'full_electoral_register');
    if (full.length === 0) return [notApplicable(DECLARATION, 'noFullRegister', ['/dataSources'])];
    return full.map(({ entry, subject }) => {
      const field = at(subject, 'registerEntitlement');
      const entitlement = entry.registerEntitlement;
      if (entitlement === undefined) return needsInfo(subject, 'entitlementUnknown', [field]);
      if (entitlement === 'none') return notApplicable(subject, 'noEntitlement', [field]);
      const uses = context.index.activitiesUsingSource(entry.id);
      if (uses.length === 0) return needsInfo(subject, 'usesUnknown', [at(subject, 'usedForActivityIds')]);
      const findings = judgeUses(uses, allowedPurposes(entitlement), judgementPurposes(entitlement));
      const data = { entitlement: ENTITLEMENT.get(entitlement) ?? entitlement };
      const of = (verdict: string) => findings.filter((f) => f.verdict === verdict);
      const failing = of('fail');
      if (failing.length > 0) return fail(subject, 'outside', [field, ...failing.map((f) => f.pointer)], { ...data, activities: describe(failing) });
      const judged = of('judgement');
      if (judged.length > 0) return warn(subject, 'check', [field, ...judged.map((f) => f.pointer)], { ...data, activities: describe(judged) });
      const unknown = of('unknown');
      if (unknown.length > 0) return needsInfo(subject, 'purposeUnknown', unknown.map((f) => f.pointer), { activities: describe(unknown) });
      return pass(subject, 'within', [field, ...findings.map((f) => f.pointer)], data);
    });
  },
});
