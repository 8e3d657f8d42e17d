/** `campaigncheck explain <rule-id>`: everything about one rule. Unknown id: did-you-mean, exit 2. */
import { areaTitle } from '../../core/areas.js';
import { canonical } from '../../core/citations.js';
import { rulesetById } from '../../core/check.js';
import { OBLIGATIONS } from '../../rules/obligations.js';
import { COMMON_OPTIONS, didYouMean, oneOf, parse, UsageError } from '../args.js';
import { ExitCode } from '../exit-codes.js';
import { colorEnabled, write, type CliIo } from '../io.js';
import { paint } from '../issues.js';
import { resolveRulesetId } from '../settings.js';
import { ruleJson } from './rules.js';

const OPTIONS = { ...COMMON_OPTIONS, format: { type: 'string', short: 'f' }, ruleset: { type: 'string' } } as const;

function indent(text: string, prefix = '    '): string {
  return text
    .replace(/\s+$/, '')
    .split('\n')
    .map((l) => (l === '' ? '' : prefix + l))
    .join('\n');
}

export async function command(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse('explain', args, OPTIONS);
  const format = oneOf('explain', '--format', values.format ?? 'text', ['text', 'json'] as const);
  if (positionals.length !== 1) throw new UsageError('give one rule id, for example: campaigncheck explain PECR-01', 'explain');
  const rulesetId = resolveRulesetId('explain', values.ruleset, {});
  const ruleset = rulesetById(rulesetId)!;
  const wanted = positionals[0]!.trim().toUpperCase();
  const rule = ruleset.rules.find((r) => r.id === wanted);
  if (!rule) {
    const ids = ruleset.rules.map((r) => r.id);
    throw new UsageError(`there is no rule "${positionals[0]}" in ${rulesetId}.${didYouMean(wanted, ids)} campaigncheck rules lists them.`, 'explain');
  }
  const covers = rule.covers.map((id) => ({ id, title: OBLIGATIONS.find((o) => o.id === id)?.title ?? '' }));
  if (format === 'json') {
    await write(io.stdout, `${JSON.stringify({ ...ruleJson(rule), covers }, null, 2)}\n`);
    return ExitCode.Ok;
  }
  const p = await paint(colorEnabled(io, 'stdout', values['no-color'] === true));
  const h = (title: string): string => `\n${p.bold(title)}`;
  const lines: string[] = [
    `${p.bold(rule.id)}  ${rule.title}`,
    '',
    `Area:      ${areaTitle(rule.area)} (${rule.area})`,
    `Severity:  ${rule.severity}`,
    ...(rule.tags?.length ? [`Tags:      ${rule.tags.join(', ')}`] : []),
    h('Why'),
    indent(rule.rationale, '  '),
    h('The law and guidance'),
    ...rule.citations.map((c) => `  - ${canonical(c)}${c.url ? `\n    ${p.cyan(c.url)}` : ''}`),
    ...(rule.guidance?.length ? [h('Further reading'), ...rule.guidance.map((g) => `  - ${g.title}\n    ${p.cyan(g.url)}`)] : []),
    h('What to do'),
    ...rule.remediation.map((step, i) => `  ${i + 1}. ${step}`),
    h('Obligations covered (law digest)'),
    ...(covers.length ? covers.map((c) => `  - ${c.id}${c.title ? `: ${c.title}` : ''}`) : ['  (none recorded)']),
    ...(rule.notes ? [h('Notes'), indent(rule.notes, '  ')] : []),
    h('Examples'),
  ];
  if (rule.examples) {
    lines.push(`  ${p.green('Passing')} (added to a minimal declaration):`, '', indent(rule.examples.passing), '');
    lines.push(`  ${p.red('Failing')}:`, '', indent(rule.examples.failing));
  } else {
    lines.push('  No passing or failing example is recorded for this rule yet.');
  }
  await write(io.stdout, `${lines.join('\n')}\n`);
  return ExitCode.Ok;
}
