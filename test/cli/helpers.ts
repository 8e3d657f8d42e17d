import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
/**
 * Helpers for the CLI tests: run() in-process with fake streams, temporary folders, and declarations on disk.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { stringify } from 'yaml';
import { afterEach } from 'vitest';
import type { CliIo } from '../../cli/io.js';
import type { FormatterRegistry } from '../../cli/formats.js';
import { run } from '../../cli/run.js';
import type { CheckResult } from '../../schema/generated/result.js';
import type { Declaration } from '../../schema/generated/declaration.js';
import { minimalDeclaration } from '../helpers/declarations.js';

export class Collector extends Writable {
  chunks: string[] = [];
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.chunks.push(chunk.toString());
    callback();
  }
  get text(): string {
    return this.chunks.join('');
  }
}

/** The formatters registry (formatters/index.ts), as the CLI loads it. */
export async function testFormatters(): Promise<FormatterRegistry> {
  const { loadRegistry } = await import('../../cli/formats.js');
  return loadRegistry();
}

export interface FakeOptions {
  cwd: string;
  stdin?: string | Buffer;
  stdinIsTTY?: boolean;
  stdoutIsTTY?: boolean;
  stderrIsTTY?: boolean;
  env?: Record<string, string | undefined>;
  signal?: AbortSignal;
}

export function fakeIo(options: FakeOptions): CliIo & { stdout: Collector; stderr: Collector } {
  return {
    stdout: new Collector(),
    stderr: new Collector(),
    stdin: Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]),
    stdoutIsTTY: options.stdoutIsTTY ?? false,
    stderrIsTTY: options.stderrIsTTY ?? false,
    stdinIsTTY: options.stdinIsTTY ?? false,
    env: options.env ?? {},
    cwd: options.cwd,
    ...(options.signal ? { signal: options.signal } : {}),
  };
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process. */
export async function cli(args: string[], options: FakeOptions): Promise<CliRun> {
  const io = fakeIo(options);
  const code = await run(args, io);
  return { code, stdout: io.stdout.text, stderr: io.stderr.text };
}

/** A temporary folder, removed after the test. */
const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'campaigncheck-cli-'));
  made.push(dir);
  return dir;
}

/** Writes files (creating folders); objects are written as JSON or YAML by extension. */
export function writeFiles(root: string, files: Record<string, string | Buffer | object>): void {
  for (const [name, content] of Object.entries(files)) {
    const path = join(root, name);
    mkdirSync(dirname(path), { recursive: true });
    const text =
      typeof content === 'string' || Buffer.isBuffer(content)
        ? content
        : /\.ya?ml$/.test(name)
          ? stringify(content)
          : JSON.stringify(content, null, 2);
    writeFileSync(path, text);
  }
}

/** PECR-01 passes: email sent with consent. */
export function passing(): Declaration {
  return {
    ...minimalDeclaration(),
    communications: [{ id: 'spring-email', name: 'Spring email', channel: 'email', purpose: 'persuasion', marketingBasis: 'consent', consent: { obtained: true } }],
  } as Declaration;
}

/** PECR-01 fails (critical): email sent on legitimate interests. */
export function failing(): Declaration {
  return {
    ...minimalDeclaration(),
    communications: [{ id: 'spring-email', name: 'Spring email', channel: 'email', purpose: 'persuasion', marketingBasis: 'legitimate_interests' }],
  } as Declaration;
}

/** PECR-01 needs info (critical): no communications section. */
export function needsInfo(): Declaration {
  return minimalDeclaration();
}

/** Invalid against the schema. */
export function invalid(): object {
  return { ...minimalDeclaration(), declarant: { name: 'X', organisationType: 'registered_partyy' } };
}

/** The results printed by --format json (one object, or an array). */
export function jsonResults(stdout: string): CheckResult[] {
  const value = JSON.parse(stdout) as CheckResult | CheckResult[];
  return Array.isArray(value) ? value : [value];
}

/** Options that make findings depend on PECR-01 only, on a fixed date. */
export const ONE_RULE = ['--rule', 'PECR-01', '--date', '2029-04-01', '--no-config'];

/**
 * Runs the real binary without the privileges that let root ignore file permissions (CI runs as root), so that
 * permission errors (a file nobody may read, a folder nobody may write) happen as they would for a user. Root keeps
 * its user id but loses every capability (setpriv with an empty bounding set), so the checkout stays reachable
 * wherever it is, whatever the permissions of the folders above it.
 */
export function cliAsUser(args: string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  const bin = fileURLToPath(new URL('../../bin/campaigncheck.js', import.meta.url));
  const asRoot = process.getuid?.() === 0;
  const command = asRoot ? 'setpriv' : process.execPath;
  const argv = asRoot ? ['--bounding-set=-all', '--inh-caps=-all', process.execPath, bin, ...args] : [bin, ...args];
  const r = spawnSync(command, argv, { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' }, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A temporary folder for cliAsUser tests. */
export function sharedTempDir(): string {
  return tempDir();
}
