/** `campaigncheck validate`: schema only (parse and validate, no rules). 0 valid, 1 invalid, 2 unreadable. */
import { locatorFor, parseIssueToValidationIssue } from '../../core/check.js';
import { parseDeclaration } from '../../core/parse/index.js';
import { validateDeclaration } from '../../core/validate/index.js';
import { UK_RULESET } from '../../rules/index.js';
import type { ValidationIssue } from '../../schema/generated/result.js';
import { COMMON_OPTIONS, parse, UsageError } from '../args.js';
import { ExitCode, UNREADABLE_CODES, worst } from '../exit-codes.js';
import { HELP } from '../help.js';
import { expandInputs, readInputFile, readStdin, sizeLimitFor, type ReadOutcome } from '../inputs.js';
import { colorEnabled, say, write, type CliIo } from '../io.js';
import { issueLines, paint } from '../issues.js';

const OPTIONS = { ...COMMON_OPTIONS, 'stdin-filename': { type: 'string' } } as const;

/** The issues of one declaration (empty when valid). */
export function validateBytes(read: ReadOutcome, filename: string): ValidationIssue[] {
  if (!read.ok) return [{ code: read.issue.code, message: read.issue.message, ...(read.issue.hint ? { hint: read.issue.hint } : {}), pointer: '', source: 'parse' }];
  const parsed = parseDeclaration(read.bytes, { filename });
  if (!parsed.ok) return parsed.issues.map(parseIssueToValidationIssue);
  const knownRuleIds = new Set(UK_RULESET.rules.map((r) => r.id));
  const validation = validateDeclaration(parsed.document.value, { locator: locatorFor(parsed.document), knownRuleIds });
  return validation.ok ? [] : validation.issues;
}

export async function command(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse('validate', args, OPTIONS);
  if (positionals.length === 0) throw new UsageError('give the declarations to validate: files, folders, globs, or - for standard input.', 'validate');
  if (positionals.includes('-') && io.stdinIsTTY) {
    await write(io.stderr, `campaigncheck validate: - reads standard input, but standard input is a terminal.\n\n${HELP.validate}\n`);
    return ExitCode.Error;
  }
  const p = await paint(colorEnabled(io, 'stdout', values['no-color'] === true));
  const stdinFilename = values['stdin-filename'] ?? '<stdin>';
  const { inputs, problems } = await expandInputs(positionals, io.cwd);
  let code: ExitCode = ExitCode.Ok;
  for (const problem of problems) {
    await say(io, `campaigncheck validate: error: ${problem}`);
    code = ExitCode.Error;
  }
  let valid = 0;
  let invalid = 0;
  let unreadable = 0;
  for (const input of inputs) {
    if (io.signal?.aborted) return ExitCode.Error;
    const filename = input.kind === 'stdin' ? stdinFilename : input.display;
    const read = input.kind === 'stdin' ? await readStdin(io.stdin, sizeLimitFor(stdinFilename)) : readInputFile(input.path);
    const issues = validateBytes(read, filename);
    if (issues.length === 0) {
      valid += 1;
      continue;
    }
    if (issues.some((i) => UNREADABLE_CODES.has(i.code))) {
      unreadable += 1;
      code = worst(code, ExitCode.Error);
    } else {
      invalid += 1;
      code = worst(code, ExitCode.Findings);
    }
    await write(io.stdout, `${issueLines(filename, issues, p).join('\n')}\n`);
  }
  if (values.quiet !== true) {
    const parts = [`${inputs.length} ${inputs.length === 1 ? 'declaration' : 'declarations'}: ${valid} valid`];
    if (invalid) parts.push(`${invalid} invalid`);
    if (unreadable) parts.push(`${unreadable} unreadable`);
    await say(io, `${parts.join(', ')}.`);
  }
  return code;
}
