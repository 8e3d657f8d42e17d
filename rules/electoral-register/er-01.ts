/**
 * ER-01: the full register, the marked register and the absent voter lists are held only by someone the
 * regulations entitle to them (RPR 2001 regs. 102-108 for the full register, reg. 61 for the absent voter lists,
 * Part VII regs. 116-120 for the marked register), or by a processor acting for such a person. Anyone else who
 * obtains the information may use it only for the purpose for which it was supplied (reg. 96), and breaching
 * the restrictions is an offence (reg. 115).
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { fail, manual, needsInfo, notApplicable, pass, warn } from '../lib/outcomes.js';
import { DECLARATION, at, items } from '../lib/subjects.js';
import { DOCUMENT, ENTITLEMENT, RESTRICTED_TYPES, holderCheck } from './_helpers.js';

export default defineRule({
  id: 'ER-01',
  title: 'The full register, marked register and absent voter lists are held only by someone entitled to them',
  area: 'electoral-register',
  severity: 'critical',
  tags: ['electoral-register', 'full-register', 'marked-register', 'electoral-law'],
  covers: ['UK-ER-01'],
  citations: [
    cite('RPR 2001', 'reg. 102'),
    cite('RPR 2001', 'reg. 96'),
    cite('RPR 2001', 'reg. 61'),
    cite('RPR 2001', 'regs. 116-120'),
    cite('RPR 2001', 'reg. 115'),
    citeIco('Use of the electoral register'),
  ],
  rationale:
    'Everyone eligible must register to vote, and nobody can opt out of the full register, so the law strictly limits who may have it: registered parties (other than minor parties), their local nominees, candidates, elected representatives, and registered non-party and referendum campaigners, each under its own regulation. ' +
    'The marked register (who voted) and the absent voter lists are limited in the same way. ' +
    'A supplier, broker or unregistered campaigner holding a copy on its own account breaks electoral law, and misuse is a criminal offence.',
  remediation: [
    'Check under which regulation you obtained each copy, and that you still meet its conditions (for example that your party is registered and not a minor party, or that you are registered with the Electoral Commission).',
    'If you are not entitled, stop using the copy, delete it securely and record the deletion; use the open (edited) register instead where that is enough.',
    'A supplier may hold a copy only as a processor acting on an entitled person\'s instructions, under a written contract.',
  ],
  notes:
    'The RPR 2001 numbering is status D in docs/legal-sources.md: checked by the digest against the 2006/2008 consolidated text; later amendments are unchecked. Reg. 61 is verified in its current form. ' +
    'The Scottish and Northern Ireland equivalents (RPR (Scotland) 2001, SI 2008/1741) are not verified; the same structure is assumed and the E&W regulation numbers are cited. ' +
    'Recall petition campaigners: the ICO says registered recall petition campaigners are entitled to the full register, the regulations as checked name none (docs/legal-sources.md, point 2k); the rule asks a person to check rather than decide. ' +
    'A party holding a copy declared under reg. 108 (candidates) is a warning: it may be the candidate\'s processor or, at list elections, act through its election agent.',
  examples: {
    passing: `# A registered party holds the full register under its reg. 106 entitlement.
dataSources:
  - id: full-register
    name: Full electoral register
    type: full_electoral_register
    registerEntitlement: rpr_106_registered_party
`,
    failing: `# Fails: a party relying on its candidate's reg. 103 entitlement, which belongs to elected representatives.
dataSources:
  - id: full-register
    name: Full electoral register
    type: full_electoral_register
    registerEntitlement: rpr_103_elected_representative
`,
  },
  messages: {
    noSources: 'Your data sources (dataSources) are not declared, so it is not known whether you hold the full register, the marked register or the absent voter lists. Use [] if there are none.',
    noRestricted: 'You hold neither the full register, nor the marked register, nor the absent voter lists.',
    entitlementUnknown: '{{subject}}: the regulation under which you obtained {{document}} (registerEntitlement) is not declared.',
    factUnknown: '{{subject}}: you hold {{document}} as {{entitlement}}, but {{fact}} is not declared.',
    notEntitled: '{{subject}}: you hold {{document}}, but {{reason}}.',
    judgement: '{{subject}}: you hold {{document}} as {{entitlement}}; {{reason}}. Check the basis on which you hold it.',
    checkEntitlement: '{{subject}}: you hold {{document}}; {{reason}}. Check your entitlement under the recall petition rules before using it.',
    heldAsProcessor: '{{subject}}: you hold {{document}} only as a processor for an entitled person.',
    entitled: '{{subject}}: you are entitled to {{document}} as {{entitlement}}.',
  },
  evaluate(declaration) {
    const list = declaration.dataSources;
    if (list === undefined) return [needsInfo(DECLARATION, 'noSources', ['/dataSources'])];
    const restricted = items(list, 'dataSources').filter(({ entry }) => RESTRICTED_TYPES.has(entry.type));
    if (restricted.length === 0) return [notApplicable(DECLARATION, 'noRestricted', ['/dataSources'])];
    return restricted.map(({ entry, subject }) => {
      const document = DOCUMENT.get(entry.type) ?? entry.type;
      const field = at(subject, 'registerEntitlement');
      const entitlement = entry.registerEntitlement;
      if (entitlement === undefined) return needsInfo(subject, 'entitlementUnknown', [field], { document });
      const data = { document, entitlement: ENTITLEMENT.get(entitlement) ?? entitlement };
      const check = holderCheck(declaration, entry.type, entitlement);
      switch (check.status) {
        case 'fail':
          return fail(subject, 'notEntitled', [field, ...check.pointers], { ...data, reason: check.reason });
        case 'unknown':
          return needsInfo(subject, 'factUnknown', [field, ...check.pointers], { ...data, fact: check.fact });
        case 'judgement':
          return warn(subject, 'judgement', [field, ...check.pointers], { ...data, reason: check.reason });
        case 'manual':
          return manual(subject, 'checkEntitlement', [field, ...check.pointers], { ...data, reason: check.reason });
        case 'ok':
          if (entitlement === 'supplied_as_processor') return pass(subject, 'heldAsProcessor', [field], data);
          return pass(subject, 'entitled', [field], data);
      }
    });
  },
});
