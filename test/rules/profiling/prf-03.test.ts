import rule from '../../../rules/profiling/prf-03.js';
import type { AutomatedDecisions } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

type Decision = NonNullable<AutomatedDecisions['decisions']>[number];
const decision = (fields: Partial<Decision> = {}): Decision => ({
  id: 'auto-exclude',
  name: 'Automatic exclusion from contact',
  significantEffect: true,
  safeguards: ['information', 'representations', 'human_intervention', 'contest'],
  ...fields,
});
const withDecision = (d: Decision) => declaration({ automatedDecisions: { used: true, decisions: [d] } });

testRule(rule, {
  scenarios: [
    {
      name: 'all four safeguards pass',
      declaration: withDecision(decision()),
      expect: [{ status: 'pass', messageId: 'complete', subject: 'decisions/auto-exclude', evidence: ['/automatedDecisions/decisions/0/safeguards'] }],
    },
    { name: 'missing safeguards fail', declaration: withDecision(decision({ safeguards: ['information'] })), expect: [{ status: 'fail', messageId: 'missing' }] },
    { name: 'no safeguards fail', declaration: withDecision(decision({ safeguards: [] })), expect: [{ status: 'fail', messageId: 'missing' }] },
    { name: 'safeguards not declared', declaration: withDecision(decision({ safeguards: undefined })), expect: [{ status: 'needs_info', messageId: 'safeguardsUnknown' }] },
    { name: 'not significant', declaration: withDecision(decision({ significantEffect: false, safeguards: [] })), expect: [{ status: 'not_applicable', messageId: 'notSignificant' }] },
    { name: 'effect not declared', declaration: withDecision(decision({ significantEffect: undefined })), expect: [{ status: 'needs_info', messageId: 'effectUnknown' }] },
    { name: 'none made', declaration: declaration({ automatedDecisions: { used: false } }), expect: [{ status: 'not_applicable', messageId: 'noDecisions', subject: 'automatedDecisions' }] },
    { name: 'not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'decisionsUnknown' }] },
  ],
});
