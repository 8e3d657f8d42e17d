import rule from '../../../rules/profiling/prf-02.js';
import type { AutomatedDecisions } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

type Decision = NonNullable<AutomatedDecisions['decisions']>[number];
const decision = (fields: Partial<Decision> = {}): Decision => ({
  id: 'exclude-low-support',
  name: 'Exclude low-support voters from polling information',
  significantEffect: true,
  usesSpecialCategory: true,
  basis: 'explicit_consent',
  ...fields,
});
const withDecision = (d: Decision) => declaration({ automatedDecisions: { used: true, decisions: [d] } });

testRule(rule, {
  scenarios: [
    {
      name: 'explicit consent passes',
      declaration: withDecision(decision()),
      expect: [{ status: 'pass', messageId: 'consented', subject: 'decisions/exclude-low-support', evidence: ['/automatedDecisions/decisions/0/basis'] }],
    },
    { name: 'another basis fails', declaration: withDecision(decision({ basis: 'other' })), expect: [{ status: 'fail', messageId: 'noValidBasis' }] },
    { name: 'authorised by law is a warning', declaration: withDecision(decision({ basis: 'authorised_by_law' })), expect: [{ status: 'warn', messageId: 'lawOrContract' }] },
    { name: 'basis not declared', declaration: withDecision(decision({ basis: undefined })), expect: [{ status: 'needs_info', messageId: 'basisUnknown' }] },
    { name: 'no special category data is PRF-03 only', declaration: withDecision(decision({ usesSpecialCategory: false })), expect: [{ status: 'not_applicable', messageId: 'noSpecial' }] },
    { name: 'special category use not declared', declaration: withDecision(decision({ usesSpecialCategory: undefined })), expect: [{ status: 'needs_info', messageId: 'specialUnknown' }] },
    { name: 'not significant', declaration: withDecision(decision({ significantEffect: false })), expect: [{ status: 'not_applicable', messageId: 'notSignificant' }] },
    { name: 'effect not declared', declaration: withDecision(decision({ significantEffect: undefined })), expect: [{ status: 'needs_info', messageId: 'effectUnknown' }] },
    { name: 'decisions not listed', declaration: declaration({ automatedDecisions: { used: true } }), expect: [{ status: 'needs_info', messageId: 'listUnknown', subject: 'automatedDecisions' }] },
    { name: 'none made', declaration: declaration({ automatedDecisions: { used: false } }), expect: [{ status: 'not_applicable', messageId: 'noDecisions' }] },
    { name: 'not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'decisionsUnknown' }] },
  ],
});
