/** The dispatcher: help, version, did-you-mean for commands and flags, and --help on every command. */
import { describe, expect, it } from 'vitest';
import { HELP } from '../../cli/help.js';
import { COMMAND_NAMES } from '../../cli/run.js';
import { TOOL_VERSION } from '../../core/version.js';
import { cli, tempDir } from './helpers.js';

describe('campaigncheck (no command)', () => {
  it('--version prints the version on stdout and exits 0', async () => {
    for (const flag of ['--version', '-v']) {
      const r = await cli([flag], { cwd: tempDir() });
      expect(r).toEqual({ code: 0, stdout: `${TOOL_VERSION}\n`, stderr: '' });
    }
  });

  it('--help prints the overview with every command, the exit codes and examples, and exits 0', async () => {
    const r = await cli(['--help'], { cwd: tempDir() });
    expect(r.code).toBe(0);
    for (const name of COMMAND_NAMES) expect(r.stdout).toContain(`  ${name} `);
    expect(r.stdout).toContain('Exit codes:');
    expect(r.stdout).toContain('Examples:');
    expect(r.stderr).toBe('');
  });

  it('no arguments: help on stderr, exit 2', async () => {
    const r = await cli([], { cwd: tempDir() });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Usage:');
  });

  it('a mistyped command gets a did-you-mean and exit 2', async () => {
    const r = await cli(['chek', 'x.yaml'], { cwd: tempDir() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown command "chek". Did you mean "check"?');
    expect(r.stdout).toBe('');
  });

  it('an option before the command is a usage error', async () => {
    const r = await cli(['--versoin'], { cwd: tempDir() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Did you mean "--version"?');
  });

  it('help <command> prints that command\'s help; help <unknown> is a usage error', async () => {
    expect((await cli(['help', 'check'], { cwd: tempDir() })).stdout).toBe(`${HELP.check}\n`);
    const r = await cli(['help', 'scren'], { cwd: tempDir() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Did you mean "screen"?');
  });
});

describe.each(COMMAND_NAMES)('campaigncheck %s', (name) => {
  it('--help and -h print usage and examples on stdout and exit 0, even beside other arguments', async () => {
    for (const args of [[name, '--help'], [name, '-h'], [name, 'whatever', '--bogus', '--help']]) {
      const r = await cli(args, { cwd: tempDir() });
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(`${HELP[name]}\n`);
      expect(r.stdout).toContain('Usage:');
      expect(r.stdout).toContain('Examples:');
      expect(r.stdout).toContain('Exit codes:');
    }
  });

  it('a mistyped flag gets a did-you-mean and exit 2', async () => {
    const r = await cli([name, '--quite'], { cwd: tempDir() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown option --quite');
    expect(r.stderr).toContain('Did you mean "--quiet"?');
    expect(r.stderr).toContain(`campaigncheck ${name} --help`);
  });

  it('documents every option it accepts in its help', async () => {
    const source = await import(`../../cli/commands/${name}.ts`);
    expect(source.command).toBeTypeOf('function');
    const text = HELP[name]!;
    const { readFileSync } = await import('node:fs');
    const file = readFileSync(new URL(`../../cli/commands/${name}.ts`, import.meta.url), 'utf8');
    const own = [...file.matchAll(/^\s{2}'?([a-z][a-z-]*)'?: \{ type: '(?:string|boolean)'/gm)].map((m) => m[1]!);
    const shared = file.includes('...EVAL_OPTIONS') ? ['ruleset', 'tailoring', 'waivers', 'rule', 'area', 'severity', 'tag', 'date', 'config', 'no-config'] : [];
    for (const option of [...own, ...shared, 'help', 'no-color', 'quiet']) expect(text, `--${option}`).toContain(`--${option}`);
  });
});

describe('layout', () => {
  it('only cli/main.ts touches process', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const dir = new URL('../../cli/', import.meta.url);
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && f !== 'main.ts');
    for (const file of files) {
      const code = readFileSync(new URL(file, dir), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(code, file).not.toMatch(/\bprocess\.(?!env\b)|\bprocess\.env\b/);
    }
  });
});

describe('formats', () => {
  it('the CLI knows the same format names as the formatters registry', async () => {
    const { FORMAT_NAMES } = await import('../../cli/formats.js');
    const { testFormatters } = await import('./helpers.js');
    expect(Object.keys(await testFormatters()).sort()).toEqual([...FORMAT_NAMES].sort());
    for (const name of FORMAT_NAMES) expect(HELP.check).toContain(name);
  });
});
