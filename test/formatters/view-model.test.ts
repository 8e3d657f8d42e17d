/** The view model decides everything the templates print: verdicts, order, groups, counts and links. */
import { describe, expect, it } from 'vitest';
import { limitDetails, plural, toTextView, toViewModel, totalsText, verdictOf } from '../../formatters/view-model.js';
import type { CheckResult } from '../../schema/generated/result.js';
import { fixture } from './helpers.js';

function withCounts(base: CheckResult, counts: Partial<CheckResult['summary']['counts']>, errors = 0): CheckResult {
  const result = structuredClone(base);
  Object.assign(result.summary.counts, { pass: 1, fail: 0, warn: 0, needs_info: 0, not_applicable: 0, manual: 0, waived: 0 }, counts);
  result.errors = Array.from({ length: errors }, () => ({ code: 'RULE_FAILED', ruleId: 'X-01', message: 'x' }));
  return result;
}

describe('verdictOf', () => {
  const clean = fixture('clean');
  it.for([
    [{}, 0, 'pass', 'PASS'],
    [{ manual: 2 }, 0, 'pass', 'PASS'],
    [{ warn: 1 }, 0, 'attention', 'NEEDS ATTENTION'],
    [{ needs_info: 2 }, 0, 'attention', 'NEEDS ATTENTION'],
    [{ waived: 3 }, 0, 'pass', 'PASS'],
    [{ warn: 1 }, 1, 'incomplete', 'INCOMPLETE'],
    [{ fail: 1 }, 1, 'fail', 'FAIL'],
  ] as const)('%j with %i engine errors -> %s', ([counts, errors, code, label]) => {
    const verdict = verdictOf(withCounts(clean, counts, errors));
    expect(verdict.code).toBe(code);
    expect(verdict.label).toBe(label);
  });

  it('is invalid for an invalid declaration, whatever the counts', () => {
    expect(verdictOf(fixture('invalid'))).toMatchObject({ code: 'invalid', label: 'INVALID', summary: 'The declaration could not be checked: 4 problems in the file must be fixed first.' });
  });

  it('says what needs doing, in words', () => {
    expect(verdictOf(fixture('mixed')).summary).toBe(
      'The declaration does not meet the guidance: 4 checks failed and 5 other items need attention. 1 check must be confirmed by a person.',
    );
    expect(verdictOf(withCounts(clean, { warn: 1 })).summary).toBe('No check failed, but 1 item needs attention (warnings or missing information).');
  });
});

describe('toViewModel', () => {
  it('groups what to fix by area in report order, the most severe first within an area', () => {
    const [d] = toViewModel([fixture('mixed')]).declarations;
    expect(d!.fix.map((g) => g.area)).toEqual(['lawful-basis', 'special-category', 'profiling', 'pecr', 'accountability', 'retention', 'waivers']);
    expect(d!.fix.flatMap((g) => g.findings.map((f) => f.status))).not.toContain('needs_info');
    expect(d!.fixCount).toBe(7);
    expect(d!.needsInfo.map((f) => f.ruleId)).toEqual(['TR-01', 'PECR-01']);
    expect(d!.manual.map((f) => f.ruleId)).toEqual(['CNV-01']);
    expect(d!.waived.map((f) => [f.ruleId, f.waivedStatusLabel])).toEqual([['PECR-04', 'FAIL']]);
    expect(d!.byArea.find((g) => g.area === 'pecr')!.findings.map((f) => f.status)).toEqual(['fail', 'needs_info', 'waived']);
  });

  it('offers only safe links', () => {
    const [d] = toViewModel([fixture('hostile')]).declarations;
    const links = [...d!.fix, ...d!.byArea].flatMap((g) => g.findings.flatMap((f) => [...f.citations, ...f.guidance]));
    for (const link of links) if (link.href !== null) expect(link.href).toMatch(/^https?:\/\//);
    expect(links.filter((l) => l.href === null).map((l) => l.text)).toContain('UK GDPR Art. 4(11)');
  });

  it('names headings one level deeper for a batch', () => {
    expect(toViewModel([fixture('clean')]).declarations[0]!.h).toEqual({ title: 1, section: 2, sub: 3, item: 4 });
    expect(toViewModel([fixture('clean'), fixture('mixed')]).declarations[0]!.h).toEqual({ title: 2, section: 3, sub: 4, item: 5 });
  });

  it('shows the rating before waivers only when waivers changed it', () => {
    const result = fixture('mixed');
    expect(toViewModel([result]).declarations[0]!.ratingBeforeWaivers).toBeNull();
    result.summary.rating.overall = 'amber';
    expect(toViewModel([result]).declarations[0]!.ratingBeforeWaivers).toMatchObject({ code: 'red', label: 'RED' });
  });
});

describe('limitDetails', () => {
  it('keeps the first findings in report order and says how many were left out', () => {
    const view = toViewModel([fixture('mixed'), fixture('hostile')]);
    const total = view.declarations.reduce((n, d) => n + d.byArea.reduce((m, g) => m + g.findings.length, 0), 0);
    const cut = limitDetails(view, 5);
    const kept = cut.declarations.flatMap((d) => d.byArea.flatMap((g) => g.findings));
    expect(kept).toHaveLength(5);
    expect(kept).toEqual(view.declarations.flatMap((d) => d.byArea.flatMap((g) => g.findings)).slice(0, 5));
    expect(cut.truncation).toMatchObject({ shown: 5, total, omitted: total - 5 });
    expect(cut.truncation!.note).toContain(`${total - 5} findings of ${total} are not shown`);
    expect(cut.declarations.every((d) => d.byArea.every((g) => g.findings.length > 0))).toBe(true);
    expect(view.truncation).toBeNull();
  });
});

describe('counting and pluralising', () => {
  it('pluralises', () => {
    expect(plural(0, 'file')).toBe('0 files');
    expect(plural(1, 'file')).toBe('1 file');
    expect(plural(2, 'engine error')).toBe('2 engine errors');
  });

  it('totals a batch, counting passes too', () => {
    expect(totalsText([fixture('mixed')])).toBe('1 file, 4 fail, 2 needs info, 3 warn, 9 pass, 1 waived, 1 manual');
    expect(totalsText([])).toBe('0 files, 0 fail, 0 needs info, 0 warn, 0 pass, 0 waived');
  });

  it('sorts text lines by position and pads the columns', () => {
    const [file] = toTextView([fixture('mixed')]).files;
    const lines = file!.lines;
    expect(lines[0]!.location.trim()).toBe('examples/northfield-independents.json');
    expect(new Set(lines.map((l) => l.location.length)).size).toBe(1);
    expect(new Set(lines.map((l) => l.status.length)).size).toBe(1);
  });
});
