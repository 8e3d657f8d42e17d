/** `campaigncheck rules`: the rule catalogue, filtered, as a table, JSON or Markdown. */
import { areaTitle } from '../../core/areas.js';
import { canonical } from '../../core/citations.js';
import type { RuleDefinition } from '../../core/rule.js';
import { compareRuleIds, selectRules } from '../../core/engine/evaluate.js';
import { rulesetById } from '../../core/check.js';
import { COMMON_OPTIONS, oneOf, parse } from '../args.js';
import { ExitCode } from '../exit-codes.js';
import { colorEnabled, write, type CliIo } from '../io.js';
import { paint } from '../issues.js';
import { buildSelection, resolveRulesetId } from '../settings.js';

const OPTIONS = {
  ...COMMON_OPTIONS,
  format: { type: 'string', short: 'f' },
  area: { type: 'string', multiple: true },
  severity: { type: 'string', multiple: true },
  tag: { type: 'string', multiple: true },
  ruleset: { type: 'string' },
} as const;

export function ruleJson(rule: RuleDefinition) {
  return {
    id: rule.id,
    title: rule.title,
    area: rule.area,
    areaTitle: areaTitle(rule.area),
    severity: rule.severity,
    tags: [...(rule.tags ?? [])],
    covers: [...rule.covers],
    citations: rule.citations.map((c) => ({ instrument: c.instrument, provision: c.provision, text: canonical(c), ...(c.url ? { url: c.url } : {}) })),
    rationale: rule.rationale,
    remediation: [...rule.remediation],
    guidance: (rule.guidance ?? []).map((g) => ({ ...g })),
    ...(rule.notes ? { notes: rule.notes } : {}),
    ...(rule.examples ? { examples: { ...rule.examples } } : {}),
  };
}

function mdCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
}

export async function command(args: string[], io: CliIo): Promise<number> {
  const { values } = parse('rules', args, OPTIONS, false);
  const format = oneOf('rules', '--format', values.format ?? 'table', ['table', 'json', 'markdown'] as const);
  const rulesetId = resolveRulesetId('rules', values.ruleset, {});
  const ruleset = rulesetById(rulesetId)!;
  const selection = buildSelection('rules', { area: values.area, severity: values.severity, tag: values.tag }, rulesetId);
  const rules = selectRules(ruleset, selection, undefined).selected.map((s) => s.rule).sort((a, b) => compareRuleIds(a.id, b.id));

  if (format === 'json') {
    await write(io.stdout, `${JSON.stringify({ ruleset: { id: ruleset.id, version: ruleset.version, effectiveDate: ruleset.effectiveDate, title: ruleset.title }, rules: rules.map(ruleJson) }, null, 2)}\n`);
    return ExitCode.Ok;
  }
  if (format === 'markdown') {
    const lines = [
      `# ${mdCell(ruleset.title)}`,
      '',
      `Ruleset \`${ruleset.id}\` version ${ruleset.version} (law and guidance as of ${ruleset.effectiveDate}): ${rules.length} ${rules.length === 1 ? 'rule' : 'rules'}.`,
      '',
      '| Rule | Severity | Area | Requirement | Citations |',
      '| --- | --- | --- | --- | --- |',
      ...rules.map((r) => `| ${r.id} | ${r.severity} | ${mdCell(areaTitle(r.area))} | ${mdCell(r.title)} | ${mdCell(r.citations.map(canonical).join('; '))} |`),
      '',
    ];
    await write(io.stdout, lines.join('\n'));
    return ExitCode.Ok;
  }
  const p = await paint(colorEnabled(io, 'stdout', values['no-color'] === true));
  if (rules.length === 0) {
    await write(io.stdout, 'No rules match.\n');
    return ExitCode.Ok;
  }
  const idWidth = Math.max(4, ...rules.map((r) => r.id.length));
  const areaWidth = Math.max(4, ...rules.map((r) => r.area.length));
  const sevColor = (s: string): string => (s === 'critical' || s === 'high' ? p.red(s.padEnd(8)) : s === 'medium' ? p.yellow(s.padEnd(8)) : s.padEnd(8));
  const lines = [
    p.bold(`${'RULE'.padEnd(idWidth)}  ${'SEVERITY'}  ${'AREA'.padEnd(areaWidth)}  REQUIREMENT`),
    ...rules.map((r) => `${r.id.padEnd(idWidth)}  ${sevColor(r.severity)}  ${r.area.padEnd(areaWidth)}  ${r.title}`),
    '',
    p.dim(`${rules.length} ${rules.length === 1 ? 'rule' : 'rules'} (${ruleset.id} ${ruleset.version}). campaigncheck explain <rule> tells more.`),
  ];
  await write(io.stdout, `${lines.join('\n')}\n`);
  return ExitCode.Ok;
}
