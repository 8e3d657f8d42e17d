/**
 * ER-05: copies of the full register, the marked register and the absent voter lists are kept only while they
 * are needed for the purposes they were supplied for, and then securely destroyed (UK GDPR Art. 5(1)(e)-(f)).
 * The electoral regulations as checked contain no destruction duty; the Electoral Commission tells registration
 * officers to tell recipients, and tells candidates, to destroy copies securely once no longer needed.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import type { RetentionEntry } from '../../schema/generated/declaration.js';
import { fail, needsInfo, notApplicable, pass } from '../lib/outcomes.js';
import { DECLARATION, at, items } from '../lib/subjects.js';
import { RESTRICTED_TYPES } from './_helpers.js';

const REGISTER_DATASETS: ReadonlySet<NonNullable<RetentionEntry['datasetType']>> = new Set<NonNullable<RetentionEntry['datasetType']>>([
  'electoral_register_copy',
  'marked_register_copy',
]);

export default defineRule({
  id: 'ER-05',
  title: 'Register copies are kept only while needed for electoral purposes, then securely destroyed',
  area: 'electoral-register',
  severity: 'high',
  tags: ['electoral-register', 'retention', 'security'],
  covers: ['UK-ER-02'],
  citations: [cite('UK GDPR', 'Art. 5(1)(e)'), cite('UK GDPR', 'Art. 5(1)(f)'), citeIco('Use of the electoral register'), citeIco('After a campaign')],
  rationale:
    'Register copies are supplied for a purpose, and data protection law requires them to be kept no longer than that purpose needs and to be kept secure. ' +
    'A candidate\'s copy is needed for the election; a party\'s copy is replaced by each revised register; a marked register is needed for the analysis it was requested for. ' +
    'The Electoral Commission tells registration officers to remind every recipient to destroy the register securely once its purpose has expired, and tells candidates to destroy their copies once no longer needed for electoral purposes.',
  remediation: [
    'Add a retention entry for each register copy (full register, marked register, absent voter lists) with what ends the need for it: the election, the next revised register, or the end of the analysis.',
    'Delete superseded copies when a revised register arrives, and all copies securely when the purpose ends (shredding for paper, secure deletion for files, including copies held by processors).',
    'Do not keep register copies indefinitely "in case".',
  ],
  notes:
    'The RPR 2001 restrictions (regs. 103(3), 105(4), 106(3), 108(5)) limit supply, disclosure and use but, in the text checked, contain no destruction or security duty; the duty cited is therefore UK GDPR Art. 5(1)(e)-(f), with the Electoral Commission\'s advice in the rationale (digest UK-ER-02, [S] for the advice). ' +
    'A retention entry counts for the register when its datasetType is electoral_register_copy or marked_register_copy, or when it lists a register source. The general retention schedule is the retention area (UK-RET-01); security generally is the security area.',
  examples: {
    passing: `# Register copies are securely deleted a month after polling day.
dataSources:
  - id: full-register
    name: Full electoral register
    type: full_electoral_register
retention:
  - id: register-copies
    dataset: Register copies
    datasetType: electoral_register_copy
    period: { amount: 1, unit: months }
    startsFrom: polling_day
    disposal: secure_deletion
`,
    failing: `# Fails: register copies are kept with no end date.
dataSources:
  - id: full-register
    name: Full electoral register
    type: full_electoral_register
retention:
  - id: register-copies
    dataset: Register copies
    datasetType: electoral_register_copy
    indefinite: true
    disposal: secure_deletion
`,
  },
  messages: {
    noSources: 'Your data sources (dataSources) are not declared, so it is not known whether you hold register copies. Use [] if there are none.',
    noRegister: 'You hold no copies of the full register, the marked register or the absent voter lists.',
    noRetention: 'How long you keep your register copies is not declared: no retention entry covers them (retention).',
    indefinite: '{{subject}}: register copies are kept indefinitely; they must be deleted when no longer needed for the purpose they were supplied for.',
    noDisposal: '{{subject}}: no way of disposing of the register copies is defined; they must be destroyed securely.',
    periodUnknown: '{{subject}}: how long the register copies are kept (period or startsFrom) is not declared.',
    disposalUnknown: '{{subject}}: how the register copies are disposed of (disposal) is not declared.',
    limited: '{{subject}}: register copies are kept for a limited time and disposed of securely.',
  },
  evaluate(declaration) {
    const sources = declaration.dataSources;
    if (sources === undefined) return [needsInfo(DECLARATION, 'noSources', ['/dataSources'])];
    const registerIds = new Set(sources.filter((s) => RESTRICTED_TYPES.has(s.type)).map((s) => s.id));
    const entries = items(declaration.retention, 'retention').filter(
      ({ entry }) =>
        (entry.datasetType !== undefined && REGISTER_DATASETS.has(entry.datasetType)) ||
        (entry.dataSourceIds ?? []).some((id) => registerIds.has(id)),
    );
    if (registerIds.size === 0 && entries.length === 0) return [notApplicable(DECLARATION, 'noRegister', ['/dataSources'])];
    if (entries.length === 0) return [needsInfo(DECLARATION, 'noRetention', ['/retention'])];
    return entries.map(({ entry, subject }) => {
      if (entry.indefinite === true) return fail(subject, 'indefinite', [at(subject, 'indefinite')]);
      if (entry.disposal === 'not_defined') return fail(subject, 'noDisposal', [at(subject, 'disposal')]);
      if (entry.period === undefined && entry.startsFrom === undefined) return needsInfo(subject, 'periodUnknown', [at(subject, 'period'), at(subject, 'startsFrom')]);
      if (entry.disposal === undefined) return needsInfo(subject, 'disposalUnknown', [at(subject, 'disposal')]);
      return pass(subject, 'limited', [at(subject, entry.period ? 'period' : 'startsFrom'), at(subject, 'disposal')]);
    });
  },
});
