/**
 * PROC-03: processors are chosen only after checking that they give sufficient guarantees of appropriate technical
 * and organisational measures (UK GDPR Art. 28(1)). The 2020 audits of UK parties called for thorough checks on
 * processors and suppliers.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { fail, needsInfo, notApplicable, pass } from '../lib/outcomes.js';
import { DECLARATION, at, items } from '../lib/subjects.js';

export default defineRule({
  id: 'PROC-03',
  title: 'Processors are used only after checking they give sufficient guarantees of security and compliance',
  area: 'processors',
  severity: 'medium',
  tags: ['processors', 'due-diligence', 'security', 'suppliers'],
  covers: ['UK-PROC-01'],
  citations: [cite('UK GDPR', 'Art. 28(1)'), citeIco('Controllers, joint controllers and processors')],
  rationale:
    'A campaign may hand personal data only to processors that give sufficient guarantees that they will protect it and follow the law. That means ' +
    'checking before signing up: their security measures and certifications, where they keep the data, which sub-processors they use, and how they ' +
    'handle breaches. The Commissioner\'s 2020 audits of UK parties found these checks were often missing or not recorded.',
  remediation: [
    'Before using a processor, check its security (certifications, access control, encryption, breach history), its sub-processors and where it keeps data.',
    'Record the check and its date; repeat it when the service or the data changes.',
    'Do not use a processor whose guarantees you cannot verify.',
  ],
  notes:
    'Only suppliers are judged: other organisations declared as processors (actors) have no due-diligence fact in the schema. The deciding fact is ' +
    'dueDiligence.securityAssessed (the schema defines it, for processors, as checking sufficient guarantees); a partial check that did assess ' +
    'security passes. Severity medium: a gap in the evidence of choice, as distinct from the missing contract of PROC-01.',
  examples: {
    passing: `# The SMS gateway's security was checked before we used it.
vendors:
  - id: sms
    name: TextBlast
    service: sms_gateway
    role: processor
    dueDiligence:
      status: completed
      securityAssessed: true
`,
    failing: `# Fails: the SMS gateway was used without any checks.
vendors:
  - id: sms
    name: TextBlast
    service: sms_gateway
    role: processor
    dueDiligence:
      status: not_done
`,
  },
  messages: {
    noSuppliers: 'No suppliers are declared, so it is not known whether processors were checked.',
    noneDeclared: 'No suppliers are declared.',
    roleUnknown: '{{subject}}: its data protection role (processor or controller) is not declared (role).',
    notProcessor: '{{subject}} is declared as a {{role}}, not a processor.',
    checksUnknown: '{{subject}} is a processor; the checks made before using it are not declared (dueDiligence).',
    notChecked: '{{subject}} is a processor that was used without checking its guarantees.',
    securityUnknown: '{{subject}} is a processor; whether its security and guarantees were checked is not declared (securityAssessed).',
    checked: '{{subject}} is a processor whose security and guarantees were checked before use.',
  },
  evaluate(declaration) {
    const list = declaration.vendors;
    if (list === undefined) return [needsInfo(DECLARATION, 'noSuppliers', ['/vendors'])];
    if (list.length === 0) return [notApplicable(DECLARATION, 'noneDeclared', ['/vendors'])];
    return items(list, 'vendors').map(({ entry, subject }) => {
      if (entry.role === undefined) return needsInfo(subject, 'roleUnknown', [at(subject, 'role')]);
      if (entry.role !== 'processor' && entry.role !== 'sub_processor') {
        return notApplicable(subject, 'notProcessor', [at(subject, 'role')], { role: entry.role.replace(/_/g, ' ') });
      }
      const dd = entry.dueDiligence;
      if (dd === undefined) return needsInfo(subject, 'checksUnknown', [at(subject, 'dueDiligence')]);
      const status = at(subject, 'dueDiligence', 'status');
      const security = at(subject, 'dueDiligence', 'securityAssessed');
      if (dd.securityAssessed === false) return fail(subject, 'notChecked', [status, security]);
      if (dd.status === 'not_done') return fail(subject, 'notChecked', [status]);
      if (dd.securityAssessed === undefined) return needsInfo(subject, 'securityUnknown', [security]);
      return pass(subject, 'checked', [status, security]);
    });
  },
});
