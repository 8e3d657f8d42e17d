/**
 * End to end: every bundled example, checked by the engine, rendered in every format. Each rendering is held to
 * the property that matters for its readers (the formatter tests check the details from fixtures).
 */
import { readFileSync, readdirSync } from 'node:fs';
import AjvModule from 'ajv-draft-04';
import { create } from 'xmlbuilder2';
import { describe, expect, it } from 'vitest';
import { checkDeclaration } from '../../core/check.js';
import { validateResult } from '../../core/validate/index.js';
import { FORMAT_NAMES, formatters } from '../../formatters/index.js';
import { parseCsv } from './helpers.js';

const examplesDir = new URL('../../examples/', import.meta.url);
const EXAMPLES = readdirSync(examplesDir).filter((f) => /\.(ya?ml|json)$/.test(f)).sort();

const sarifSchema = JSON.parse(readFileSync(new URL('../../../shared/vendor-schemas/sarif-schema-2.1.0.json', import.meta.url), 'utf8')) as object;
const ajv = new AjvModule.default({ allErrors: true, strict: false, validateFormats: false });
const validateSarif = ajv.compile(sarifSchema);

describe.each(EXAMPLES)('%s in every format', (name) => {
  const result = checkDeclaration(readFileSync(new URL(name, examplesDir)), { filename: `examples/${name}`, evaluationDate: '2027-04-01' });
  const open = result.outcomes.filter((o) => o.status === 'fail' || o.status === 'warn' || o.status === 'needs_info');

  it('is a valid result of a valid declaration', () => {
    expect(result.valid).toBe(true);
    expect(validateResult(result)).toEqual([]);
  });

  it.each(FORMAT_NAMES)('%s renders', (format) => {
    const out = formatters[format].format([result], {});
    expect(out.length).toBeGreaterThan(100);
    switch (format) {
      case 'json':
      case 'ndjson':
        expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(result)));
        break;
      case 'sarif': {
        const log = JSON.parse(out) as { runs: { results: unknown[] }[] };
        expect(validateSarif(log), JSON.stringify(validateSarif.errors?.slice(0, 3))).toBe(true);
        expect(log.runs[0]!.results.length).toBeGreaterThanOrEqual(open.length);
        break;
      }
      case 'junit': {
        const doc = create(out).end({ format: 'object' }) as { testsuites: { testsuite: { '@tests': string } } };
        expect(Number(doc.testsuites.testsuite['@tests'])).toBe(result.rules.length);
        break;
      }
      case 'csv': {
        const rows = parseCsv(out);
        expect(rows[0]).toContain('rule_id');
        expect(rows.length - 1).toBeGreaterThanOrEqual(open.length);
        break;
      }
      case 'html':
        expect(out).toMatch(/^<!DOCTYPE html>/i);
        expect(out).not.toMatch(/<script\b/i);
        expect(out).toContain(result.declaration!.campaign!.replace(/&/g, '&amp;').replace(/'/g, '&#x27;'));
        break;
      case 'markdown': {
        // Size-capped for comments: either every rule with an open finding is named, or the report says it was cut.
        const named = [...new Set(open.map((o) => o.ruleId))].every((id) => out.includes(id));
        expect(Buffer.byteLength(out)).toBeLessThanOrEqual(60_000);
        expect(named || /This report was (shortened|cut short) to fit in a comment/.test(out)).toBe(true);
        break;
      }
      case 'text':
        for (const id of new Set(open.map((o) => o.ruleId))) expect(out).toContain(`[${id}]`);
        break;
    }
  });
});
