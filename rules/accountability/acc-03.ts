/**
 * ACC-03: when a DPIA shows that high risk remains after the planned measures, the controller consults the
 * Commissioner before starting the processing (UK GDPR Art. 36(1)). Whether a DPIA was needed and done is ACC-02.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { fail, needsInfo, notApplicable, pass } from '../lib/outcomes.js';
import { DECLARATION, at, items } from '../lib/subjects.js';

export default defineRule({
  id: 'ACC-03',
  title: 'The Commissioner is consulted before processing that a DPIA shows to remain high risk',
  area: 'accountability',
  severity: 'high',
  tags: ['accountability', 'dpia', 'prior-consultation'],
  covers: ['UK-ACC-02'],
  citations: [cite('UK GDPR', 'Art. 36(1)'), cite('UK GDPR', 'Art. 35(1)'), citeIco('Accountability')],
  rationale:
    'A DPIA is meant to find risks and reduce them. If, after all the measures the campaign can take, the processing would still put people at high ' +
    'risk, the law requires the controller to consult the Commissioner before starting, and to wait for the Commissioner\'s advice. Going ahead ' +
    'without consultation means running processing the controller itself has judged too risky.',
  remediation: [
    'Do not start (or pause) the processing whose DPIA shows high residual risk.',
    'Look again for measures that reduce the risk (less data, fewer people, no special category data, no combining of datasets).',
    'If high risk remains, consult the Commissioner with the DPIA before starting, and follow the advice given.',
  ],
  notes: 'Only activities whose DPIA records an outcome are judged; an activity with no DPIA is left to ACC-02.',
  examples: {
    passing: `# The DPIA left high risk, so the Commissioner was consulted before starting.
processingActivities:
  - id: modelling
    name: Voter modelling
    dpia:
      status: completed
      outcome: high_residual_risk
      icoConsulted: true
`,
    failing: `# Fails: the DPIA left high risk and the Commissioner was not consulted.
processingActivities:
  - id: modelling
    name: Voter modelling
    dpia:
      status: completed
      outcome: high_residual_risk
      icoConsulted: false
`,
  },
  messages: {
    noActivities: 'No processing activities are declared, so it is not known whether any DPIA shows high residual risk.',
    noneDeclared: 'No processing activities are declared.',
    noHighRisk: '{{subject}}: no DPIA shows high risk remaining.',
    outcomeUnknown: '{{subject}}: the DPIA is completed, but its outcome (low risk, risks mitigated or high residual risk) is not declared.',
    consultationUnknown: '{{subject}}: the DPIA shows high residual risk; whether the Commissioner was consulted is not declared (icoConsulted).',
    notConsulted: '{{subject}}: the DPIA shows high residual risk and the Commissioner was not consulted before the processing.',
    consulted: '{{subject}}: the DPIA shows high residual risk and the Commissioner was consulted.',
  },
  evaluate(declaration) {
    const list = declaration.processingActivities;
    if (list === undefined) return [needsInfo(DECLARATION, 'noActivities', ['/processingActivities'])];
    if (list.length === 0) return [notApplicable(DECLARATION, 'noneDeclared', ['/processingActivities'])];
    return items(list, 'processingActivities').map(({ entry, subject }) => {
      const dpia = entry.dpia;
      if (dpia?.outcome === 'high_residual_risk') {
        const pointer = at(subject, 'dpia', 'icoConsulted');
        if (dpia.icoConsulted === undefined) return needsInfo(subject, 'consultationUnknown', [pointer]);
        return dpia.icoConsulted
          ? pass(subject, 'consulted', [at(subject, 'dpia', 'outcome'), pointer])
          : fail(subject, 'notConsulted', [at(subject, 'dpia', 'outcome'), pointer]);
      }
      if (dpia?.status === 'completed' && dpia.outcome === undefined) return needsInfo(subject, 'outcomeUnknown', [at(subject, 'dpia', 'outcome')]);
      return notApplicable(subject, 'noHighRisk', [dpia ? at(subject, 'dpia') : subject.pointer]);
    });
  },
});
