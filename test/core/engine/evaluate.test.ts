/**
 * The engine, with small rules written for the test (the real rules have their own tests): selection,
 * tailoring, waivers, rating, determinism, and rules that break.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { evaluateDeclaration, fingerprint, type EvaluateOptions } from '../../../core/engine/evaluate.js';
import { defineRule, type RuleDefinition } from '../../../core/rule.js';
import type { Ruleset } from '../../../core/ruleset.js';
import { cite } from '../../../core/citations.js';
import { fail, needsInfo, pass, warn } from '../../../rules/lib/outcomes.js';
import { DECLARATION, items } from '../../../rules/lib/subjects.js';
import type { Declaration } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';

const base = {
  citations: [cite('UK GDPR', 'Art. 5(2)')],
  rationale: 'A rule written for the engine tests.',
  remediation: ['Nothing to do: this rule only exists in tests.'],
  covers: ['UK-ACC-01'],
};

/** Fails every communication that is not consented; passes the others. */
const perCommunication = defineRule({
  ...base,
  id: 'PECR-91',
  title: 'Test rule over communications',
  area: 'pecr',
  severity: 'critical',
  tags: ['test', 'email'],
  messages: { ok: '{{subject}} is fine.', bad: '{{subject}} has no consent ({{channel}}).', none: 'No communications.' },
  evaluate: (d) =>
    d.communications?.length
      ? items(d.communications, 'communications').map(({ entry, subject }) =>
          entry.consent?.obtained ? pass(subject, 'ok') : fail(subject, 'bad', [`${subject.pointer}/consent`], { channel: entry.channel }),
        )
      : [needsInfo(DECLARATION, 'none', ['/communications'])],
});

const lowWarning = defineRule({
  ...base,
  id: 'ACC-91',
  title: 'Test rule that warns at low severity',
  area: 'accountability',
  severity: 'low',
  tags: ['test'],
  messages: { w: 'A low warning.' },
  evaluate: () => [warn(DECLARATION, 'w')],
});

const thrower = defineRule({
  ...base,
  id: 'SEC-91',
  title: 'Test rule that throws',
  area: 'security',
  severity: 'high',
  messages: { never: 'Never used.' },
  evaluate: () => {
    throw new TypeError('boom');
  },
});

const silent: RuleDefinition = { ...lowWarning, id: 'SEC-92', title: 'Test rule that concludes nothing', area: 'security', evaluate: () => [] };
const badMessage: RuleDefinition = {
  ...lowWarning,
  id: 'SEC-93',
  title: 'Test rule with an unknown message id',
  area: 'security',
  evaluate: () => [pass(DECLARATION, 'nope')],
};

const ruleset = (rules: RuleDefinition[]): Ruleset => ({ id: 'test', version: '1', effectiveDate: '2026-01-01', title: 'Test', rules });
const input = { filename: 'test.yaml', format: 'yaml' as const, sha256: 'abc' };

const comms = (...specs: [string, boolean][]): Declaration =>
  declaration({ communications: specs.map(([id, ok]) => ({ id, name: id.toUpperCase(), channel: 'sms' as const, consent: { obtained: ok } })) });

function run(d: Declaration, rules: RuleDefinition[], extra: Partial<EvaluateOptions> = {}) {
  return evaluateDeclaration(d, { ruleset: ruleset(rules), input, ...extra });
}

describe('evaluateDeclaration', () => {
  it('builds one outcome per rule and subject, with severity, wording, evidence and a fingerprint', () => {
    const result = run(comms(['a', true], ['b', false]), [perCommunication]);
    expect(result.valid).toBe(true);
    expect(result.outcomes.map((o) => [o.ruleId, o.subject.key, o.status, o.severity])).toEqual([
      ['PECR-91', 'communications/a', 'pass', 'critical'],
      ['PECR-91', 'communications/b', 'fail', 'critical'],
    ]);
    expect(result.outcomes[1]!.message).toBe('communication "B" has no consent (sms).');
    expect(result.outcomes[1]!.evidence).toEqual([{ pointer: '/communications/1/consent' }]);
    expect(result.outcomes[1]!.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    expect(result.rules[0]).toMatchObject({ id: 'PECR-91', status: 'fail', counts: { pass: 1, fail: 1 } });
    expect(result.rules[0]!.citations?.[0]).toEqual({
      instrument: 'UK GDPR',
      provision: 'Art. 5(2)',
      text: 'UK GDPR Art. 5(2)',
      url: 'https://www.legislation.gov.uk/eur/2016/679/article/5',
    });
  });

  it('carries rule metadata only for rules with something to act on', () => {
    const result = run(comms(['a', true]), [perCommunication, lowWarning]);
    const quiet = result.rules.find((r) => r.id === 'PECR-91')!;
    expect(quiet.status).toBe('pass');
    expect(quiet).not.toHaveProperty('citations');
    expect(quiet).not.toHaveProperty('remediation');
    const noisy = result.rules.find((r) => r.id === 'ACC-91')!;
    expect(noisy).toMatchObject({ status: 'warn', rationale: 'A rule written for the engine tests.', remediation: ['Nothing to do: this rule only exists in tests.'] });
  });

  it('is deterministic: the same input gives byte-identical JSON', () => {
    const d = comms(['a', true], ['b', false]);
    const rules = [lowWarning, perCommunication];
    expect(JSON.stringify(run(d, rules, { evaluationDate: '2026-11-30' }))).toBe(JSON.stringify(run(d, rules, { evaluationDate: '2026-11-30' })));
  });

  it('records no date unless one is given', () => {
    expect(run(comms(), [perCommunication]).evaluationDate).toBeNull();
    expect(run(comms(), [perCommunication], { evaluationDate: '2026-11-30' }).evaluationDate).toBe('2026-11-30');
  });

  it('keeps fingerprints stable when the declaration is reordered', () => {
    const one = run(comms(['a', true], ['b', false]), [perCommunication]);
    const two = run(comms(['b', false], ['a', true]), [perCommunication]);
    const byKey = (r: typeof one) => Object.fromEntries(r.outcomes.map((o) => [o.subject.key, o.fingerprint]));
    expect(byKey(one)).toEqual(byKey(two));
  });

  it('makes fingerprints of 32 hex digits that differ by rule, subject and message', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const value = fingerprint(`R-${i % 7}`, `communications/item-${i}`, `m${i % 3}`);
      expect(value).toMatch(/^[0-9a-f]{32}$/);
      seen.add(value);
    }
    expect(seen.size).toBe(2000);
    expect(fingerprint('A-01', 'x', 'm')).toBe(fingerprint('A-01', 'x', 'm'));
  });

  it('orders rules by id, naturally', () => {
    const r2 = { ...lowWarning, id: 'ACC-2' };
    const r10 = { ...lowWarning, id: 'ACC-10' };
    expect(run(comms(), [r10, r2]).rules.map((r) => r.id)).toEqual(['ACC-2', 'ACC-10']);
  });

  it('reports a rule that throws as an engine error, never as a pass, and runs the others', () => {
    const result = run(comms(['a', true]), [thrower, perCommunication]);
    expect(result.errors).toEqual([{ code: 'RULE_FAILED', ruleId: 'SEC-91', message: 'Rule SEC-91 could not be evaluated: boom' }]);
    expect(result.rules.find((r) => r.id === 'SEC-91')!.status).toBe('error');
    expect(result.outcomes.filter((o) => o.ruleId === 'SEC-91')).toEqual([]);
    expect(result.outcomes.map((o) => o.ruleId)).toEqual(['PECR-91']);
    expect(result.summary.rating.areas.find((a) => a.area === 'security')!.rating).toBe('amber');
  });

  it('treats a rule that concludes nothing, or uses an unknown message, as an engine error', () => {
    const result = run(comms(), [silent, badMessage]);
    expect(result.errors.map((e) => e.ruleId)).toEqual(['SEC-92', 'SEC-93']);
    expect(result.errors[0]!.message).toMatch(/no outcome/);
    expect(result.errors[1]!.message).toMatch(/unknown messageId "nope"/);
  });

  describe('selection', () => {
    const rules = [perCommunication, lowWarning];
    it.each([
      [{ ruleIds: ['ACC-91'] }, ['ACC-91']],
      [{ areas: ['pecr'] }, ['PECR-91']],
      [{ severities: ['low' as const] }, ['ACC-91']],
      [{ tags: ['email'] }, ['PECR-91']],
    ])('%j selects %j', (selection, ids) => {
      const result = run(comms(), rules, { selection });
      expect(result.rules.map((r) => r.id)).toEqual(ids);
      expect(result.ruleset.rulesEvaluated).toBe(ids.length);
      expect(result.ruleset.selection).toEqual(selection);
    });
  });

  describe('tailoring', () => {
    it('switches rules off and changes severity, and records both', () => {
      const result = run(comms(['a', false]), [perCommunication, lowWarning], {
        tailoring: {
          tailoring: { rules: { 'ACC-91': { enabled: false, reason: 'Not relevant to us' }, 'PECR-91': { severity: 'medium', reason: 'Agreed with the DPO' } } },
          source: { filename: 'tailoring.yaml', format: 'yaml', sha256: 'def' },
        },
      });
      expect(result.rules.map((r) => [r.id, r.severity, r.defaultSeverity])).toEqual([['PECR-91', 'medium', 'critical']]);
      expect(result.outcomes[0]!.severity).toBe('medium');
      expect(result.ruleset.tailoring).toEqual({
        disabled: [{ ruleId: 'ACC-91', reason: 'Not relevant to us' }],
        severityChanges: [{ ruleId: 'PECR-91', from: 'critical', to: 'medium', reason: 'Agreed with the DPO' }],
        source: { filename: 'tailoring.yaml', format: 'yaml', sha256: 'def' },
      });
      expect(result.summary.rating.overall).toBe('amber');
    });
  });

  describe('waivers', () => {
    const waiver = (fields: Record<string, unknown>) => ({
      ruleId: 'PECR-91',
      justification: 'Consent being re-collected',
      approvedBy: { name: 'A. Person', role: 'DPO' },
      expires: '2026-12-31',
      ...fields,
    });

    it('waives the named subject, keeps it visible, and rates before and after', () => {
      const d = { ...comms(['a', true], ['b', false]), waivers: [waiver({ subject: 'communications/b' })] };
      const result = run(d, [perCommunication], { evaluationDate: '2026-11-30' });
      const b = result.outcomes.find((o) => o.subject.key === 'communications/b')!;
      expect(b.status).toBe('waived');
      expect(b.waivedStatus).toBe('fail');
      expect(b.waiver).toMatchObject({ justification: 'Consent being re-collected', source: 'declaration', pointer: '/waivers/0' });
      expect(result.waivers.applied).toHaveLength(1);
      expect(result.summary.ratingBeforeWaivers.overall).toBe('red');
      expect(result.summary.rating.overall).toBe('green');
      expect(result.summary.counts.waived).toBe(1);
      expect(result.summary.bySeverity.critical).toBe(0);
    });

    it('does not apply an expired waiver, and reports it', () => {
      const d = { ...comms(['b', false]), waivers: [waiver({ expires: '2026-11-29' })] };
      const result = run(d, [perCommunication], { evaluationDate: '2026-11-30' });
      expect(result.outcomes[0]!.status).toBe('fail');
      expect(result.waivers.expired).toHaveLength(1);
      expect(result.waivers.applied).toHaveLength(0);
    });

    it('keeps a waiver in force on its expiry date', () => {
      const d = { ...comms(['b', false]), waivers: [waiver({ expires: '2026-11-30' })] };
      expect(run(d, [perCommunication], { evaluationDate: '2026-11-30' }).outcomes[0]!.status).toBe('waived');
    });

    it('reports a waiver that matches no open finding', () => {
      const d = { ...comms(['a', true]), waivers: [waiver({})] };
      const result = run(d, [perCommunication], { evaluationDate: '2026-11-30' });
      expect(result.waivers.unmatched).toHaveLength(1);
      expect(result.outcomes[0]!.status).toBe('pass');
    });

    it('applies waivers from files, naming the file', () => {
      const result = run(comms(['b', false]), [perCommunication], {
        evaluationDate: '2026-11-30',
        waiverFiles: [{ waivers: [{ waiver: waiver({}) as never, source: 'waivers.yaml' }], source: { filename: 'waivers.yaml', format: 'yaml', sha256: 'x' } }],
      });
      expect(result.outcomes[0]!.waiver!.source).toBe('waivers.yaml');
      expect(result.waiverSources).toEqual([{ filename: 'waivers.yaml', format: 'yaml', sha256: 'x' }]);
    });
  });

  describe('rating', () => {
    it('is red for an open critical or high fail, amber for lesser problems, green otherwise', () => {
      expect(run(comms(['b', false]), [perCommunication]).summary.rating.overall).toBe('red');
      expect(run(comms(['a', true]), [perCommunication, lowWarning]).summary.rating.overall).toBe('green');
      expect(run(declaration(), [perCommunication]).summary.rating.overall).toBe('amber');
      const medium = { ...lowWarning, id: 'ACC-92', severity: 'medium' as const };
      expect(run(comms(['a', true]), [medium]).summary.rating.overall).toBe('amber');
    });

    it('rates each area and lists areas in report order', () => {
      const result = run(comms(['b', false]), [lowWarning, perCommunication]);
      expect(result.summary.rating.areas.map((a) => [a.area, a.rating])).toEqual([
        ['pecr', 'red'],
        ['accountability', 'green'],
      ]);
    });

    it('counts open findings by severity', () => {
      const result = run(comms(['b', false], ['c', false]), [perCommunication, lowWarning]);
      expect(result.summary.bySeverity).toEqual({ critical: 2, high: 0, medium: 0, low: 1, info: 0 });
    });
  });
});

describe('fingerprint', () => {
  const sha = (ruleId: string, key: string, messageId: string) =>
    createHash('sha256').update(`${ruleId}\u0000${key}\u0000${messageId}`).digest('hex').slice(0, 32);

  it('is the first 128 bits of SHA-256 over rule, subject and message, before and after its memo is emptied', () => {
    expect(fingerprint('PECR-01', 'communications/sms-1', 'noConsent')).toBe(sha('PECR-01', 'communications/sms-1', 'noConsent'));
    // More distinct keys than the memo holds: it is emptied on the way, and answers stay the same.
    for (let i = 0; i < 20_050; i++) fingerprint('RET-01', `dataSources/s-${i}`, 'noPeriod');
    expect(fingerprint('PECR-01', 'communications/sms-1', 'noConsent')).toBe(sha('PECR-01', 'communications/sms-1', 'noConsent'));
    expect(fingerprint('RET-01', 'dataSources/s-20049', 'noPeriod')).toBe(sha('RET-01', 'dataSources/s-20049', 'noPeriod'));
    expect(fingerprint('RET-01', 'dataSources/s-1', 'noPeriod')).toBe(sha('RET-01', 'dataSources/s-1', 'noPeriod'));
  });
});
