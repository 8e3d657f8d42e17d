/** JUnit XML: well formed (parsed back with xmlbuilder2), with the structure and counts CI servers read. */
import { create } from 'xmlbuilder2';
import { describe, expect, it } from 'vitest';
import { junit } from '../../formatters/junit.js';
import type { CheckResult } from '../../schema/generated/result.js';
import { FIXTURE_NAMES, fixture } from './helpers.js';

/** The parts of the DOM that xmlbuilder2's parser builds (entities decoded, as a CI server would read them). */
interface El {
  tagName: string;
  children: ArrayLike<El>;
  textContent: string | null;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
}

const kids = (el: El, tag?: string): El[] => Array.from(el.children).filter((c) => tag === undefined || c.tagName === tag);
const child = (el: El, tag: string): El | undefined => kids(el, tag)[0];
const num = (el: El, name: string) => Number(el.getAttribute(name));

function parse(results: CheckResult[]): El {
  return create(junit(results, {})).root().node as unknown as El;
}

function suites(results: CheckResult[]): El[] {
  return kids(parse(results), 'testsuite');
}

const testcase = (suite: El, name: string) => kids(suite, 'testcase').find((t) => t.getAttribute('name')!.startsWith(`${name} `))!;

describe('junit', () => {
  it.for(FIXTURE_NAMES)('is well-formed XML for %s and round-trips through a parser', (name) => {
    const xml = junit([fixture(name)], {});
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    const again = create(xml).end({ prettyPrint: true });
    expect(create(again).end({ format: 'object' })).toEqual(create(xml).end({ format: 'object' }));
  });

  it('matches the snapshot for mixed', async () => {
    await expect(junit([fixture('mixed')], {})).toMatchFileSnapshot('__snapshots__/report-mixed.junit.xml');
  });

  it('has one testsuite per declaration and one testcase per rule, with consistent counts', () => {
    const results = ['mixed', 'clean', 'invalid', 'engine-error'].map(fixture);
    const root = parse(results);
    expect(root.tagName).toBe('testsuites');
    const all = kids(root, 'testsuite');
    expect(all.map((s) => s.getAttribute('name'))).toEqual(results.map((r) => r.input.filename));
    let totals = { tests: 0, failures: 0, errors: 0, skipped: 0 };
    for (const suite of all) {
      const cases = kids(suite, 'testcase');
      const counts = {
        tests: cases.length,
        failures: cases.filter((c) => child(c, 'failure')).length,
        errors: cases.filter((c) => child(c, 'error')).length,
        skipped: cases.filter((c) => child(c, 'skipped')).length,
      };
      expect({ tests: num(suite, 'tests'), failures: num(suite, 'failures'), errors: num(suite, 'errors'), skipped: num(suite, 'skipped') }).toEqual(counts);
      totals = { tests: totals.tests + counts.tests, failures: totals.failures + counts.failures, errors: totals.errors + counts.errors, skipped: totals.skipped + counts.skipped };
    }
    expect({ tests: num(root, 'tests'), failures: num(root, 'failures'), errors: num(root, 'errors'), skipped: num(root, 'skipped') }).toEqual(totals);
  });

  it('maps rule statuses to failure, skipped, error and pass', () => {
    const [suite] = suites([fixture('mixed')]);
    expect(num(suite!, 'tests')).toBe(17);
    expect(num(suite!, 'failures')).toBe(8); // LB-01 SC-01 TR-01 PRF-01 PECR-01 ACC-02 RET-01 WVR-01
    expect(num(suite!, 'skipped')).toBe(3); // INT-01 CHD-01 (not applicable), CNV-01 (manual)
    const lb = testcase(suite!, 'LB-01');
    expect(lb.getAttribute('classname')).toBe('lawful-basis');
    expect(lb.getAttribute('name')).toBe('LB-01 Each processing activity declares a lawful basis');
    const failure = child(lb, 'failure')!;
    expect(failure.getAttribute('type')).toBe('high');
    expect(failure.getAttribute('message')).toBe('activity "Canvass returns" does not declare a lawful basis.');
    expect(failure.textContent).toContain('FAIL examples/northfield-independents.json:52:5 (/processingActivities/1/lawfulBasis)');
    expect(failure.textContent).toContain('What to do:\n1. Decide the lawful basis');
    const pecr = child(testcase(suite!, 'PECR-01'), 'failure')!;
    expect(pecr.getAttribute('message')).toMatch(/\(and 1 more finding\)$/);
    expect(pecr.textContent).toContain('NEEDS INFO examples/northfield-independents.json:112:7');
    expect(child(testcase(suite!, 'INT-01'), 'skipped')!.getAttribute('message')).toBe('Not applicable: No international transfers are declared.');
    expect(child(testcase(suite!, 'CNV-01'), 'skipped')!.getAttribute('message')).toMatch(/^Manual check: /);
    const waived = testcase(suite!, 'PECR-04');
    expect(child(waived, 'failure')).toBeUndefined();
    expect(child(waived, 'system-out')!.textContent).toContain('Waived until 2027-06-30 by Priya Shah');
    expect(kids(testcase(suite!, 'ROLE-01'))).toEqual([]);
  });

  it('records the ruleset, tool version and input hash as properties', () => {
    const [suite] = suites([fixture('mixed')]);
    const props = Object.fromEntries(kids(child(suite!, 'properties')!, 'property').map((p) => [p.getAttribute('name'), p.getAttribute('value')]));
    expect(props).toMatchObject({
      'campaigncheck.version': '0.1.0',
      'ruleset.id': 'uk-political-campaigning',
      'ruleset.version': '2026.11.0',
      'input.sha256': 'c3ab8ff13720e8ad9047dd39466b3c8974e592c2fa383d4a3960714caef0c4f2',
      verdict: 'fail',
      rating: 'red',
    });
  });

  it('reports rules in engine error as errors', () => {
    const [suite] = suites([fixture('engine-error')]);
    const error = child(testcase(suite!, 'PECR-01'), 'error')!;
    expect(error.getAttribute('type')).toBe('RULE_FAILED');
    expect(error.getAttribute('message')).toMatch(/^Rule PECR-01 could not be evaluated/);
    expect(num(suite!, 'errors')).toBe(1);
  });

  it('reports an invalid declaration as one failing testcase listing the issues', () => {
    const [suite] = suites([fixture('invalid')]);
    const cases = kids(suite!, 'testcase');
    expect(cases).toHaveLength(1);
    expect(cases[0]!.getAttribute('classname')).toBe('validation');
    expect(child(cases[0]!, 'failure')!.getAttribute('type')).toBe('invalid');
    expect(child(cases[0]!, 'failure')!.textContent!.split('\n')).toEqual([
      'examples/broken/eastside-labour.yaml:4:1 MISSING_PROPERTY: campaign: the required property "name" is missing. Add the campaign\'s name, e.g. name: "Eastside mayoral election 2027".',
      'examples/broken/eastside-labour.yaml:17:5 UNKNOWN_PROPERTY: communications/0: "marketing_basis" is not a known property. Did you mean "marketingBasis"?',
      'examples/broken/eastside-labour.yaml:18:14 INVALID_VALUE: communications/0/channel: "whatsap" is not one of the allowed values. Did you mean "whatsapp"?',
      'examples/broken/eastside-labour.yaml:31:9 UNKNOWN_REFERENCE: processingActivities/0/dataSources/0: there is no data source with id "doorstep-2026".',
    ]);
  });

  it('keeps hostile strings as text: escaped, no control characters, no injected elements', () => {
    const xml = junit([fixture('hostile')], {});
    expect(xml).not.toContain('<script');
    expect(xml).not.toContain('<img');
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    const [suite] = suites([fixture('hostile')]);
    expect(suite!.getAttribute('name')).toBe('-evil/REDclick<script>alert(1)</script>.json');
    const elements = new Set<string>();
    const walk = (el: El) => {
      for (const c of kids(el)) {
        elements.add(c.tagName);
        walk(c);
      }
    };
    walk(suite!);
    expect([...elements].sort()).toEqual(['failure', 'properties', 'property', 'system-out', 'testcase']);
  });
});
