/**
 * junit: JUnit XML for CI servers (GitLab, Jenkins, Azure Pipelines, GitHub test reporters). One <testsuite>
 * per declaration, one <testcase> per rule evaluated (classname = area, name = "RULE-ID title"):
 *   - <failure type=severity> when the rule has open outcomes (fail, warn, needs_info), listing each one;
 *   - <error> when the rule could not be evaluated;
 *   - <skipped> when the rule did not apply (not_applicable) or needs a person to confirm it (manual);
 *   - otherwise the test passes (waived outcomes are listed in <system-out>).
 * An invalid declaration is one testcase whose failure lists the validation issues. Built with xmlbuilder2,
 * so every value is escaped; characters XML cannot carry are replaced.
 */
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import type { CheckResult, Outcome, RuleSummary } from '../schema/generated/result.js';
import { cleanText } from './_escape.js';
import type { FormatOptions } from './types.js';
import { STATUS_LABELS, displayFile, fileLocation, plural, verdictOf } from './view-model.js';

const OPEN = new Set<Outcome['status']>(['fail', 'warn', 'needs_info']);

interface Counts {
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
}

function where(file: string, outcome: Outcome): string {
  const at = outcome.evidence.find((p) => p.line !== undefined) ?? outcome.evidence[0];
  const pointer = at?.pointer ?? outcome.subject.pointer;
  return `${fileLocation(file, at?.line, at?.column)} (${pointer === '' ? 'the whole declaration' : cleanText(pointer)})`;
}

function outcomeLine(file: string, outcome: Outcome): string {
  return `${STATUS_LABELS[outcome.status].label} ${where(file, outcome)}: ${cleanText(outcome.message)}`;
}

function ruleCase(suite: XMLBuilder, result: CheckResult, rule: RuleSummary, counts: Counts): void {
  const file = displayFile(result.input.filename);
  const outcomes = result.outcomes.filter((o) => o.ruleId === rule.id);
  const open = outcomes.filter((o) => OPEN.has(o.status));
  const waived = outcomes.filter((o) => o.status === 'waived');
  const testcase = suite.ele('testcase', { classname: cleanText(rule.area), name: cleanText(`${rule.id} ${rule.title}`) });
  counts.tests += 1;
  const errors = result.errors.filter((e) => e.ruleId === rule.id);
  if (rule.status === 'error' || errors.length > 0) {
    counts.errors += 1;
    const first = errors[0];
    testcase
      .ele('error', { message: cleanText(first?.message ?? `Rule ${rule.id} could not be evaluated.`), type: cleanText(first?.code ?? 'RULE_FAILED') })
      .txt(errors.map((e) => cleanText(e.message)).join('\n'));
  } else if (open.length > 0) {
    counts.failures += 1;
    const message = cleanText(open[0]!.message) + (open.length > 1 ? ` (and ${plural(open.length - 1, 'more finding')})` : '');
    const body = [
      ...open.map((o) => outcomeLine(file, o)),
      '',
      'What to do:',
      ...(rule.remediation ?? []).map((step, i) => `${i + 1}. ${cleanText(step)}`),
      '',
      `Law and guidance: ${(rule.citations ?? []).map((c) => cleanText(c.text)).join('; ')}`,
    ];
    testcase.ele('failure', { message, type: rule.severity }).txt(body.join('\n'));
  } else if (rule.status === 'not_applicable' || rule.status === 'manual') {
    counts.skipped += 1;
    const first = outcomes.find((o) => o.status === rule.status);
    const prefix = rule.status === 'manual' ? 'Manual check: ' : 'Not applicable: ';
    testcase.ele('skipped', { message: cleanText(prefix + (first?.message ?? rule.title)) });
  }
  if (waived.length > 0) {
    const lines = waived.map((o) => {
      const w = o.waiver;
      const until = w ? ` Waived until ${cleanText(w.expires)} by ${cleanText(w.approvedBy.name)} (${cleanText(w.approvedBy.role)}): ${cleanText(w.justification)}` : '';
      return `${outcomeLine(file, o)}${until}`;
    });
    testcase.ele('system-out').txt(lines.join('\n'));
  }
}

function suiteFor(root: XMLBuilder, result: CheckResult, index: number): Counts {
  const counts: Counts = { tests: 0, failures: 0, errors: 0, skipped: 0 };
  const file = displayFile(result.input.filename);
  const suite = root.ele('testsuite', { name: file, id: String(index) });
  const props = suite.ele('properties');
  const property = (name: string, value: string | null | undefined) => {
    if (value !== null && value !== undefined) props.ele('property', { name, value: cleanText(value) });
  };
  property('campaigncheck.version', result.tool.version);
  property('ruleset.id', result.ruleset.id);
  property('ruleset.version', result.ruleset.version);
  property('input.sha256', result.input.sha256);
  property('evaluationDate', result.evaluationDate);
  property('declarant', result.declaration?.declarant);
  property('campaign', result.declaration?.campaign);
  property('verdict', verdictOf(result).code);
  property('rating', result.valid ? result.summary.rating.overall : null);

  if (!result.valid) {
    counts.tests += 1;
    counts.failures += 1;
    const total = result.validation.totalIssues;
    const lines = result.validation.issues.map(
      (i) => `${fileLocation(file, i.line, i.column)} ${cleanText(i.code)}: ${cleanText(i.message)}${i.hint ? ` ${cleanText(i.hint)}` : ''}`,
    );
    if (total > lines.length) lines.push(`... and ${plural(total - lines.length, 'more problem')}.`);
    suite
      .ele('testcase', { classname: 'validation', name: 'The declaration can be read and is valid' })
      .ele('failure', { message: `The declaration is invalid: ${plural(total, 'problem')}. No rules were run.`, type: 'invalid' })
      .txt(lines.join('\n'));
  } else {
    for (const rule of result.rules) ruleCase(suite, result, rule, counts);
    // Engine errors that name no evaluated rule still appear, as errors.
    const known = new Set(result.rules.map((r) => r.id));
    result.errors
      .filter((e) => e.ruleId === undefined || !known.has(e.ruleId))
      .forEach((e, i) => {
        counts.tests += 1;
        counts.errors += 1;
        suite
          .ele('testcase', { classname: 'engine', name: cleanText(`${e.ruleId ?? 'engine'} error ${i + 1}`) })
          .ele('error', { message: cleanText(e.message), type: cleanText(e.code) });
      });
  }
  suite.att({ tests: String(counts.tests), failures: String(counts.failures), errors: String(counts.errors), skipped: String(counts.skipped) });
  return counts;
}

export function junit(results: readonly CheckResult[], _options: FormatOptions = {}): string {
  const doc = create({ version: '1.0', encoding: 'UTF-8', invalidCharReplacement: '\ufffd' });
  const root = doc.ele('testsuites', { name: 'campaigncheck' });
  const total: Counts = { tests: 0, failures: 0, errors: 0, skipped: 0 };
  results.forEach((result, i) => {
    const counts = suiteFor(root, result, i);
    total.tests += counts.tests;
    total.failures += counts.failures;
    total.errors += counts.errors;
    total.skipped += counts.skipped;
  });
  root.att({ tests: String(total.tests), failures: String(total.failures), errors: String(total.errors), skipped: String(total.skipped) });
  return `${doc.end({ prettyPrint: true })}\n`;
}
