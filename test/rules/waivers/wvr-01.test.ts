import rule from '../../../rules/waivers/wvr-01.js';
import type { ContextWaiver } from '../../../core/rule.js';
import { declaration } from '../../helpers/declarations.js';
import { runRule, testRule } from '../../helpers/rule-tester.js';
import { describe, expect, it } from 'vitest';

const fromDeclaration: ContextWaiver = { ruleId: 'PECR-01', subject: 'communications/spring-sms', expires: '2029-03-31', source: 'declaration', pointer: '/waivers/0' };
const fromFile: ContextWaiver = { ruleId: 'PECR-01', expires: '2029-12-31', source: 'waivers/2029.yaml' };
const withWaiver = declaration({
  communications: [{ id: 'spring-sms', name: 'Spring SMS', channel: 'sms', purpose: 'persuasion', marketingBasis: 'consent' }],
  waivers: [
    {
      ruleId: 'PECR-01',
      subject: 'communications/spring-sms',
      justification: 'Consent evidence being migrated from the old CRM.',
      approvedBy: { name: 'A. Officer', role: 'Data Protection Officer' },
      expires: '2029-03-31',
    },
  ],
});

testRule(rule, {
  scenarios: [
    {
      name: 'a waiver in force passes',
      declaration: withWaiver,
      waivers: [fromDeclaration],
      evaluationDate: '2029-03-31',
      expect: [{ status: 'pass', messageId: 'inForce', subject: 'waivers/PECR-01@communications/spring-sms', evidence: ['/waivers/0/expires'] }],
    },
    {
      name: 'an expired waiver fails',
      declaration: withWaiver,
      waivers: [fromDeclaration],
      evaluationDate: '2029-04-01',
      expect: [{ status: 'fail', messageId: 'expired', subject: 'waivers/PECR-01@communications/spring-sms', evidence: ['/waivers/0/expires'] }],
    },
    {
      name: 'declaration and file waivers each get an outcome, in order',
      declaration: withWaiver,
      waivers: [fromDeclaration, fromFile],
      evaluationDate: '2029-06-01',
      expect: [
        { status: 'fail', subject: 'waivers/PECR-01@communications/spring-sms' },
        { status: 'pass', messageId: 'inForce', subject: 'waivers/PECR-01', evidence: [] },
      ],
    },
    {
      name: 'without an evaluation date expiry cannot be checked',
      declaration: withWaiver,
      waivers: [fromDeclaration, fromFile],
      expect: [
        { status: 'needs_info', messageId: 'noEvaluationDate' },
        { status: 'needs_info', messageId: 'noEvaluationDate' },
      ],
    },
    {
      name: 'declaration waivers are reported even when the caller passes none',
      declaration: withWaiver,
      evaluationDate: '2029-04-01',
      expect: [{ status: 'fail', messageId: 'expired', subject: 'waivers/PECR-01@communications/spring-sms', evidence: ['/waivers/0/expires'] }],
    },
    {
      name: 'a declaration waiver already in the context is not reported twice',
      declaration: withWaiver,
      waivers: [fromFile, fromDeclaration],
      evaluationDate: '2029-04-01',
      expect: [
        { status: 'pass', subject: 'waivers/PECR-01' },
        { status: 'fail', subject: 'waivers/PECR-01@communications/spring-sms' },
      ],
    },
    { name: 'no waivers', declaration: declaration(), evaluationDate: '2029-06-01', expect: [{ status: 'not_applicable', messageId: 'noWaivers', subject: 'declaration' }] },
  ],
});

describe('WVR-01 subjects', () => {
  it('uses the waiver pointer for declaration waivers and an empty pointer for file waivers', () => {
    const outcomes = runRule(rule, { declaration: withWaiver, waivers: [fromDeclaration, fromFile], evaluationDate: '2029-06-01' });
    expect(outcomes.map((o) => o.subject.pointer)).toEqual(['/waivers/0', '']);
    expect(outcomes[0]!.subject.label).toBe('waiver of PECR-01 for communications/spring-sms');
  });
});
