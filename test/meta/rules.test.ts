/**
 * The conventions of the rulebook, as executable checks (ESLint's checkRuleFiles, typescript-eslint's index
 * tests): every rule file is registered and every registered rule has a file and a test; ids are coded by area;
 * metadata is complete; citations are in the canonical format and cite nothing on the do-not-cite list.
 */
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AREAS } from '../../core/areas.js';
import { INSTRUMENTS, PROVISION_PATTERNS, canonical } from '../../core/citations.js';
import { placeholders } from '../../core/engine/interpolate.js';
import { SEVERITIES } from '../../core/rule.js';
import { OBLIGATIONS } from '../../rules/obligations.js';
import { RULES } from '../../rules/index.js';

const rulesDir = new URL('../../rules/', import.meta.url);
const testsDir = new URL('../rules/', import.meta.url);

/** Provisions docs/legal-sources.md says not to cite (omitted or unverified), with what to cite instead. */
const DO_NOT_CITE = new Set([
  'UK GDPR Art. 44',
  'UK GDPR Art. 45',
  'UK GDPR Art. 46(1)',
  'UK GDPR Art. 6(4)',
  'UK GDPR Art. 14(5)(b)',
  'UK GDPR Art. 22',
  'UK GDPR Art. 22(1)',
  'DPA 2018 s. 9',
  'DPA 2018 s. 14',
  'DPA 2018 s. 128',
  'RPR 2001 reg. 92(8)',
  'ICO Democracy Disrupted rec. 5',
  'ICO Democracy Disrupted rec. 6',
  'ICO Democracy Disrupted rec. 7',
  'ICO Democracy Disrupted rec. 8',
  'ICO Democracy Disrupted rec. 9',
  'ICO Democracy Disrupted rec. 10',
]);

const ruleFiles = AREAS.flatMap((area) =>
  existsSync(new URL(`${area.id}/`, rulesDir))
    ? readdirSync(new URL(`${area.id}/`, rulesDir))
        .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && !f.startsWith('_'))
        .map((f) => ({ area: area.id, code: area.code, file: f }))
    : [],
);

describe('the rule registry', () => {
  it('registers every rule file, and has a file for every registered rule', () => {
    const fromFiles = ruleFiles.map((f) => `${f.area}/${f.file.replace(/\.ts$/, '')}`).sort();
    const registered = RULES.map((r) => `${r.area}/${r.id.toLowerCase()}`).sort();
    expect(registered).toEqual(fromFiles);
  });

  it('has unique ids, coded by area, sorted within each area', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const area of AREAS) {
      const inArea = RULES.filter((r) => r.area === area.id).map((r) => r.id);
      for (const id of inArea) expect(id).toMatch(new RegExp(`^${area.code}-[0-9]{2}$`));
      expect(inArea).toEqual([...inArea].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })));
    }
  });

  it('has a test file for every rule', () => {
    const missing = RULES.filter((r) => !existsSync(new URL(`${r.area}/${r.id.toLowerCase()}.test.ts`, testsDir))).map((r) => r.id);
    expect(missing).toEqual([]);
  });
});

describe.each(RULES.map((r) => [r.id, r] as const))('%s metadata', (_id, rule) => {
  it('is complete', () => {
    expect(rule.title.length).toBeGreaterThan(10);
    expect(rule.title).not.toMatch(/\.$/);
    expect(SEVERITIES).toContain(rule.severity);
    expect(rule.rationale.length).toBeGreaterThan(40);
    expect(rule.remediation.length).toBeGreaterThan(0);
    for (const step of rule.remediation) expect(step.length).toBeGreaterThan(10);
    // Every rule encodes an obligation of the digest, except the waiver rules, which serve the engine's waiver mechanism.
    if (rule.area !== 'waivers') expect(rule.covers.length).toBeGreaterThan(0);
    expect(Object.keys(rule.messages).length).toBeGreaterThan(0);
  });

  it('cites the law in the canonical format, law first', () => {
    expect(rule.citations.length).toBeGreaterThan(0);
    for (const c of rule.citations) {
      expect(INSTRUMENTS).toContain(c.instrument);
      expect(c.provision, `${canonical(c)} is not in the canonical provision style`).toMatch(PROVISION_PATTERNS[c.instrument]);
      expect(DO_NOT_CITE.has(canonical(c)), `${canonical(c)} is on the do-not-cite list`).toBe(false);
      if (c.url !== undefined) expect(c.url).toMatch(/^https:\/\//);
    }
    const guidanceOnly = rule.citations.every((c) => c.instrument.startsWith('ICO') || c.instrument.startsWith('EDPB'));
    // Guidance alone is allowed only for good practice, at low or info severity (CITATIONS.md).
    if (guidanceOnly) expect(['low', 'info']).toContain(rule.severity);
    else expect(rule.citations[0]!.instrument.startsWith('ICO')).toBe(false);
  });

  it('covers obligations of the digest', () => {
    const known = new Set(OBLIGATIONS.map((o) => o.id));
    for (const id of rule.covers) expect(known.has(id), `${id} is not an obligation of the digest`).toBe(true);
  });

  it('has well-formed message templates', () => {
    for (const template of Object.values(rule.messages) as string[]) {
      expect(template.length).toBeGreaterThan(5);
      expect(template).not.toMatch(/<[a-z]/i);
      for (const name of placeholders(template)) expect(name).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
      expect(template.match(/\{\{/g)?.length ?? 0).toBe(template.match(/\}\}/g)?.length ?? 0);
    }
  });
});

describe('coverage of the digest', () => {
  it('accounts for every obligation: a rule, a manual item, or a reason', () => {
    const covered = new Set(RULES.flatMap((r) => r.covers));
    const unaccounted = OBLIGATIONS.filter((o) => !covered.has(o.id) && !o.notEncoded).map((o) => o.id);
    expect(unaccounted).toEqual([]);
  });

  it('gives no reason for an obligation that a rule covers', () => {
    const covered = new Set(RULES.flatMap((r) => r.covers));
    expect(OBLIGATIONS.filter((o) => o.notEncoded && covered.has(o.id)).map((o) => o.id)).toEqual([]);
  });
});
