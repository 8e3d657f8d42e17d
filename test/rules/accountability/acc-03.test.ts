import rule from '../../../rules/accountability/acc-03.js';
import type { Assessment, ProcessingActivity } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const activity = (dpia?: Assessment): ProcessingActivity => ({ id: 'modelling', name: 'Voter modelling', ...(dpia ? { dpia } : {}) });
const acts = (...list: ProcessingActivity[]) => declaration({ processingActivities: list });

testRule(rule, {
  scenarios: [
    {
      name: 'high residual risk with the Commissioner consulted passes',
      declaration: acts(activity({ status: 'completed', outcome: 'high_residual_risk', icoConsulted: true })),
      expect: [{ status: 'pass', messageId: 'consulted', subject: 'processingActivities/modelling', evidence: ['/processingActivities/0/dpia/outcome', '/processingActivities/0/dpia/icoConsulted'] }],
    },
    {
      name: 'high residual risk without consultation fails',
      declaration: acts(activity({ status: 'completed', outcome: 'high_residual_risk', icoConsulted: false })),
      expect: [{ status: 'fail', messageId: 'notConsulted' }],
    },
    {
      name: 'consultation not declared',
      declaration: acts(activity({ status: 'completed', outcome: 'high_residual_risk' })),
      expect: [{ status: 'needs_info', messageId: 'consultationUnknown', evidence: ['/processingActivities/0/dpia/icoConsulted'] }],
    },
    { name: 'DPIA outcome not declared', declaration: acts(activity({ status: 'completed' })), expect: [{ status: 'needs_info', messageId: 'outcomeUnknown' }] },
    { name: 'risks mitigated: no consultation needed', declaration: acts(activity({ status: 'completed', outcome: 'risks_mitigated' })), expect: [{ status: 'not_applicable', messageId: 'noHighRisk' }] },
    { name: 'no DPIA is left to ACC-02', declaration: acts(activity()), expect: [{ status: 'not_applicable', messageId: 'noHighRisk' }] },
    { name: 'activities not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noActivities' }] },
    { name: 'no activities', declaration: acts(), expect: [{ status: 'not_applicable', messageId: 'noneDeclared' }] },
  ],
});
