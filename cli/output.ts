/**
 * Writing report files so that a crash, a full disk or a kill never leaves a truncated report that looks complete:
 * the text goes to a temporary file in the same folder, is flushed, and is then renamed over the target (rename
 * is atomic within a file system). A target that is not a regular file (/dev/null, /dev/full, a FIFO) is written
 * directly, since it cannot be renamed over; any error is reported and the command exits 2.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

export class OutputError extends Error {
  constructor(
    readonly path: string,
    readonly code: string | undefined,
    message: string,
  ) {
    super(message);
    this.name = 'OutputError';
  }
}

function describe(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOSPC':
      return 'the disk is full';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'the file system is read-only';
    case 'ENOENT':
      return 'the folder does not exist';
    case 'ENOTDIR':
      return 'part of the path is not a folder';
    case 'EISDIR':
      return 'it is a folder';
    default:
      return error.code ?? error.message;
  }
}

function writeAll(fd: number, data: Uint8Array): void {
  let offset = 0;
  while (offset < data.length) offset += writeSync(fd, data, offset, data.length - offset);
}

/** Temporary files still on disk (removed on abort). */
const pending = new Set<string>();

export function removePendingTempFiles(): void {
  for (const tmp of pending) {
    try {
      unlinkSync(tmp);
    } catch {
      // already gone
    }
  }
  pending.clear();
}

/**
 * Writes `text` to `path` atomically; throws OutputError. `mkdir`: create missing parent folders. `fsync: false`
 * skips flushing to disk before the rename (still safe against a crash of this process, not against power loss).
 */
export function writeFileAtomic(path: string, text: string | Buffer, options: { mkdir?: boolean; fsync?: boolean } = {}): void {
  const data = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  let target = path;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (!st.isFile()) {
      // A device or a pipe: write straight to it.
      const fd = openSync(path, 'w');
      try {
        writeAll(fd, data);
      } finally {
        closeSync(fd);
      }
      return;
    }
    target = realpathSync(path); // write through a symlink to the real file
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    if (e.code === 'EISDIR' || (e.code !== 'ENOENT' && e.code !== undefined)) {
      throw new OutputError(path, e.code, `cannot write ${path}: ${describe(e)}.`);
    }
    if (e.code === undefined) throw new OutputError(path, undefined, `cannot write ${path}: ${e.message}.`);
  }
  const dir = dirname(target);
  const tmp = join(dir, `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    if (options.mkdir) mkdirSync(dir, { recursive: true });
    fd = openSync(tmp, 'wx', 0o644);
    pending.add(tmp);
    writeAll(fd, data);
    if (options.fsync !== false) fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, target);
    pending.delete(tmp);
  } catch (error) {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // ignore
      }
    }
    try {
      unlinkSync(tmp);
    } catch {
      // never created
    }
    pending.delete(tmp);
    const e = error as NodeJS.ErrnoException;
    throw new OutputError(path, e.code, `cannot write ${path}: ${describe(e)}.`);
  }
}

/**
 * A report written piece by piece (for batches too large for one string): chunks go to a temporary file in the
 * target's folder, renamed over the target by `commit()`. `abort()` removes the temporary file. The first error
 * is kept (as an OutputError) and later writes are ignored, so a caller can report it once at the end.
 */
export class StreamingFileWriter {
  #fd: number | undefined;
  #tmp: string | undefined;
  #target: string;
  #error: OutputError | undefined;

  constructor(readonly path: string) {
    this.#target = path;
    try {
      let direct = false;
      try {
        const st = statSync(path);
        if (st.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
        if (st.isFile()) this.#target = realpathSync(path);
        else direct = true;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
      if (direct) {
        this.#fd = openSync(path, 'w');
      } else {
        this.#tmp = join(dirname(this.#target), `.${basename(this.#target)}.${randomBytes(6).toString('hex')}.tmp`);
        this.#fd = openSync(this.#tmp, 'wx', 0o644);
        pending.add(this.#tmp);
      }
    } catch (error) {
      this.#fail(error as NodeJS.ErrnoException);
    }
  }

  get error(): OutputError | undefined {
    return this.#error;
  }

  #fail(error: NodeJS.ErrnoException): void {
    this.#error ??= new OutputError(this.path, error.code, `cannot write ${this.path}: ${describe(error)}.`);
    this.abort();
  }

  write(chunk: string | Uint8Array): void {
    if (this.#error || this.#fd === undefined) return;
    try {
      if (typeof chunk !== 'string') return writeAll(this.#fd, chunk);
      // Encoded straight into the write: no Buffer is left behind for the GC to find (a batch writes gigabytes).
      const written = writeSync(this.#fd, chunk);
      if (written < chunk.length || written < Buffer.byteLength(chunk, 'utf8')) writeAll(this.#fd, Buffer.from(chunk, 'utf8').subarray(written));
    } catch (error) {
      this.#fail(error as NodeJS.ErrnoException);
    }
  }

  /** Flushes and renames; throws the first error met. */
  commit(): void {
    if (!this.#error && this.#fd !== undefined) {
      try {
        if (this.#tmp) fsyncSync(this.#fd);
        closeSync(this.#fd);
        this.#fd = undefined;
        if (this.#tmp) {
          renameSync(this.#tmp, this.#target);
          pending.delete(this.#tmp);
          this.#tmp = undefined;
        }
      } catch (error) {
        this.#fail(error as NodeJS.ErrnoException);
      }
    }
    if (this.#error) throw this.#error;
  }

  abort(): void {
    if (this.#fd !== undefined) {
      try {
        closeSync(this.#fd);
      } catch {
        // ignore
      }
      this.#fd = undefined;
    }
    if (this.#tmp) {
      try {
        unlinkSync(this.#tmp);
      } catch {
        // ignore
      }
      pending.delete(this.#tmp);
      this.#tmp = undefined;
    }
  }
}
