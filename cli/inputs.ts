/**
 * Inputs: turning the command line's files, folders, globs and `-` into a list of inputs, and reading one file
 * safely. Each problem with one file (missing, a directory, a FIFO, permission denied, a dangling symlink, a
 * symlink loop, over the size limit, deleted mid-run) becomes a coded issue for that file alone, so the batch
 * goes on and every input still gets its record.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, statSync, type Dirent } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { DEFAULT_PARSE_LIMITS, type ParseLimits } from '../core/parse/index.js';
import { formatBytes } from '../core/parse/limits.js';

export const DECLARATION_EXTENSIONS: ReadonlySet<string> = new Set(['.json', '.yaml', '.yml']);
const GLOB_CHARS = /[*?[\]{}!]/;
/** Folders never searched when a folder is given: dependencies, VCS metadata and hidden folders. */
const SKIPPED_DIRS: ReadonlySet<string> = new Set(['node_modules']);

export type Input = { kind: 'stdin' } | { kind: 'file'; path: string; display: string };

export interface FileIssue {
  code: string;
  message: string;
  hint?: string;
}

export type ReadOutcome = { ok: true; bytes: Buffer } | { ok: false; issue: FileIssue };

/** How a file is named in reports: relative to the working directory when inside it. */
export function displayName(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel !== '' && !rel.startsWith('..') && !rel.startsWith('/') ? rel : path;
}

/**
 * Walks a folder depth first, in name order, and hands over its declaration files as runs of names: the files of
 * one folder between two of its subfolders.
 */
function walk(dir: string, onRun: (dir: string, names: string[]) => void, stack: Set<string>): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return; // an unreadable subfolder: nothing to list (the folder itself was checked by the caller)
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  let run: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (SKIPPED_DIRS.has(entry.name) || stack.has(path)) continue;
      if (run.length > 0) onRun(dir, run);
      run = [];
      stack.add(path);
      walk(path, onRun, stack);
      stack.delete(path);
    } else if (DECLARATION_EXTENSIONS.has(extname(entry.name).toLowerCase())) {
      // Regular files and symlinks to files; a dangling or looping link is kept so that it gets its own record.
      // Symlinks to folders are not followed (no loops).
      if (entry.isSymbolicLink()) {
        try {
          if (statSync(path).isDirectory()) continue;
        } catch {
          // dangling or looping: keep it, reading it reports the problem
        }
      }
      run.push(entry.name);
    }
  }
  if (run.length > 0) onRun(dir, run);
}

/** Every declaration file under a folder, recursively, sorted; hidden entries and node_modules are skipped. */
export function listFolder(dir: string): string[] {
  const out: string[] = [];
  walk(dir, (folder, names) => names.forEach((name) => out.push(join(folder, name))), new Set([dir]));
  return out;
}

/** Files of one folder, in order, kept as one string of names: about 20 bytes a file instead of about 250. */
interface Run {
  dir: string;
  names: string;
  /** End of each name in `names`. */
  ends: Uint32Array;
}

/**
 * The inputs of a command, in order, kept compactly: a batch can be 100,000 files, and a list of objects with two
 * path strings each was about 25 MB of heap for the whole run. Entries are made when asked for (`at`, iteration).
 */
export class InputList implements Iterable<Input> {
  readonly #parts: (Input | Run)[] = [];
  /** Index of the first input of each part. */
  readonly #starts: number[] = [];
  #length = 0;
  #stdinIndex = -1;

  constructor(private readonly cwd: string) {}

  get length(): number {
    return this.#length;
  }

  /** Where `-` is, or -1. */
  get stdinIndex(): number {
    return this.#stdinIndex;
  }

  push(input: Input): void {
    if (input.kind === 'stdin') this.#stdinIndex = this.#length;
    this.#parts.push(input);
    this.#starts.push(this.#length);
    this.#length += 1;
  }

  pushRun(dir: string, names: readonly string[]): void {
    if (names.length === 0) return;
    const ends = new Uint32Array(names.length);
    let at = 0;
    names.forEach((name, i) => {
      at += name.length;
      ends[i] = at;
    });
    this.#parts.push({ dir, names: names.join(''), ends });
    this.#starts.push(this.#length);
    this.#length += names.length;
  }

  at(index: number): Input | undefined {
    if (!Number.isInteger(index) || index < 0 || index >= this.#length) return undefined;
    let lo = 0;
    let hi = this.#starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.#starts[mid]! <= index) lo = mid;
      else hi = mid - 1;
    }
    const part = this.#parts[lo]!;
    if (!('ends' in part)) return part;
    const i = index - this.#starts[lo]!;
    const path = join(part.dir, part.names.slice(i === 0 ? 0 : part.ends[i - 1], part.ends[i]));
    return { kind: 'file', path, display: displayName(path, this.cwd) };
  }

  *[Symbol.iterator](): Iterator<Input> {
    for (let i = 0; i < this.#length; i++) yield this.at(i)!;
  }
}

export interface Expansion {
  inputs: InputList;
  /** Arguments that matched nothing (a glob with no match, an empty folder): exit 2, but the rest goes on. */
  problems: string[];
}

/** Expands arguments in order: `-`, folders, globs and files. Duplicates are dropped. */
export async function expandInputs(args: readonly string[], cwd: string): Promise<Expansion> {
  const inputs = new InputList(cwd);
  const problems: string[] = [];
  const seen = new Set<string>();
  const add = (path: string): void => {
    if (seen.has(path)) return;
    seen.add(path);
    inputs.push({ kind: 'file', path, display: displayName(path, cwd) });
  };
  let stdin = false;
  for (const arg of args) {
    if (arg === '-') {
      if (!stdin) inputs.push({ kind: 'stdin' });
      stdin = true;
      continue;
    }
    const path = resolve(cwd, arg);
    let isDir = false;
    let exists = true;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      exists = lstatExists(path);
    }
    if (isDir) {
      let found = 0;
      walk(
        path,
        (dir, names) => {
          found += names.length;
          inputs.pushRun(
            dir,
            names.filter((name) => {
              const file = join(dir, name);
              if (seen.has(file)) return false;
              seen.add(file);
              return true;
            }),
          );
        },
        new Set([path]),
      );
      if (found === 0) problems.push(`${arg}: no .json, .yaml or .yml files in this folder.`);
    } else if (!exists && GLOB_CHARS.test(arg)) {
      const { glob } = await import('tinyglobby');
      const files = (await glob(arg, { cwd, absolute: true, onlyFiles: true, dot: false, followSymbolicLinks: false, ignore: ['**/node_modules/**'] })).sort();
      if (files.length === 0) problems.push(`${arg}: no files match this pattern.`);
      files.map((f) => resolve(f)).forEach(add);
    } else {
      add(path); // a file, or a missing path: reading it gives the per-file error
    }
  }
  return { inputs, problems };
}

function lstatExists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/** The largest size worth reading for a file name: the parse limit of its format (the larger one when unknown). */
export function sizeLimitFor(path: string, limits: ParseLimits = DEFAULT_PARSE_LIMITS): number {
  const ext = extname(path).toLowerCase();
  if (ext === '.yaml' || ext === '.yml') return limits.maxYamlBytes;
  if (ext === '.json') return limits.maxJsonBytes;
  return Math.max(limits.maxJsonBytes, limits.maxYamlBytes);
}

function fsIssue(error: NodeJS.ErrnoException, path: string): FileIssue {
  switch (error.code) {
    case 'ENOENT':
    case 'ENOTDIR':
      if (isSymlink(path)) {
        return { code: 'DANGLING_SYMLINK', message: 'This is a symbolic link to a file that does not exist.', hint: 'Point the link at the declaration, or give the file itself.' };
      }
      return { code: 'FILE_NOT_FOUND', message: 'There is no such file (or it was deleted while campaigncheck ran).', hint: 'Check the path and the spelling.' };
    case 'EACCES':
    case 'EPERM':
      return { code: 'PERMISSION_DENIED', message: 'campaigncheck is not allowed to read this file.', hint: 'Check the file permissions.' };
    case 'ELOOP':
      return { code: 'SYMLINK_LOOP', message: 'This symbolic link points, through other links, back to itself.', hint: 'Fix the link so that it ends at a file.' };
    case 'EISDIR':
      return { code: 'IS_A_DIRECTORY', message: 'This is a folder, not a file.', hint: 'Give the folder itself as an argument to check every declaration in it.' };
    default:
      return { code: 'READ_ERROR', message: `The file could not be read (${error.code ?? 'unknown error'}).` };
  }
}

function isSymlink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

function tooLarge(size: number, limit: number, atLeast = false): FileIssue {
  return {
    code: 'TOO_LARGE',
    message: `The file is ${atLeast ? 'more than ' : ''}${formatBytes(atLeast ? limit : size)}, over the limit of ${formatBytes(limit)} for this format.`,
    hint: 'Declarations are usually well under 200 KB. Check that this is the right file, or split it.',
  };
}

/**
 * Reads a file synchronously (the fast path for small files, used inside workers too). The size is checked
 * with stat before anything is read, and again on the open descriptor; no more than limit + 1 bytes are ever read.
 */
export function readInputFile(path: string, limit: number = sizeLimitFor(path)): ReadOutcome {
  let fd: number | undefined;
  try {
    const st = statSync(path);
    if (st.isDirectory()) return { ok: false, issue: fsIssue(Object.assign(new Error(), { code: 'EISDIR' }), path) };
    if (!st.isFile()) {
      return { ok: false, issue: { code: 'NOT_A_REGULAR_FILE', message: 'This is not a regular file (a device, a pipe or a socket).', hint: 'To read from a pipe, give - and pipe the declaration to standard input.' } };
    }
    if (st.size > limit) return { ok: false, issue: tooLarge(st.size, limit) };
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const fst = fstatSync(fd);
    if (!fst.isFile()) return { ok: false, issue: { code: 'NOT_A_REGULAR_FILE', message: 'This is not a regular file.' } };
    if (fst.size > limit) return { ok: false, issue: tooLarge(fst.size, limit) };
    // Read to the end (a file can grow between stat and read), but never past limit + 1 bytes.
    const buffer = Buffer.allocUnsafe(Math.min(limit + 1, Math.max(fst.size, 0) + 1));
    let length = 0;
    let chunk = buffer;
    for (;;) {
      if (length === chunk.length) {
        if (chunk.length > limit) break;
        const bigger = Buffer.allocUnsafe(Math.min(limit + 1, chunk.length * 2 + 4096));
        chunk.copy(bigger, 0, 0, length);
        chunk = bigger;
      }
      const n = readSync(fd, chunk, length, chunk.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > limit) return { ok: false, issue: tooLarge(length, limit, true) };
    return { ok: true, bytes: chunk.subarray(0, length) };
  } catch (error) {
    return { ok: false, issue: fsIssue(error as NodeJS.ErrnoException, path) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Reads standard input up to a limit; over it, stops reading and reports TOO_LARGE. */
export async function readStdin(stdin: NodeJS.ReadableStream, limit: number): Promise<ReadOutcome> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stdin as AsyncIterable<Buffer | string>) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    total += buf.length;
    if (total > limit) {
      (stdin as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
      return { ok: false, issue: tooLarge(total, limit, true) };
    }
    chunks.push(buf);
  }
  return { ok: true, bytes: Buffer.concat(chunks, total) };
}
