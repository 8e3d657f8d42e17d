/**
 * What a command may touch: the streams, the TTY flags, the environment and the working directory, passed in by
 * main.ts (or by a test). No module under cli/ other than main.ts reads `process`.
 */
import type { Readable, Writable } from 'node:stream';

export interface CliIo {
  stdout: Writable;
  stderr: Writable;
  stdin: Readable;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  stdinIsTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** Aborted on SIGINT/SIGTERM: long commands stop early, clean up temporary files and return 2. */
  signal?: AbortSignal;
  /** Terminal width, when stdout or stderr is a terminal. */
  columns?: number;
}

/** Writes and waits for the stream to drain when its buffer is full, so large outputs keep memory flat. */
export async function write(stream: Writable, chunk: string): Promise<void> {
  if (chunk.length === 0) return;
  if (stream.write(chunk)) return;
  await new Promise<void>((resolve, reject) => {
    const done = (error?: Error): void => {
      stream.off('drain', onDrain);
      stream.off('error', onError);
      stream.off('close', onDrain);
      if (error) reject(error);
      else resolve();
    };
    const onDrain = (): void => done();
    const onError = (error: Error): void => done(error);
    stream.once('drain', onDrain);
    stream.once('error', onError);
    stream.once('close', onDrain);
  });
}

/**
 * Writes bytes that will be reused afterwards: resolves once the stream has handed them on (its write callback), not
 * merely queued them, so backpressure holds too.
 */
export function writeWhole(stream: Writable, chunk: Uint8Array): Promise<void> {
  if (chunk.length === 0) return Promise.resolve();
  return new Promise<void>((resolve, reject) => {
    stream.write(chunk, (error) => (error ? reject(error) : resolve()));
  });
}

/** Colour for a stream: off with NO_COLOR (any non-empty value), --no-color, or when the stream is not a terminal; FORCE_COLOR turns it on. */
export function colorEnabled(io: CliIo, stream: 'stdout' | 'stderr', noColorFlag = false): boolean {
  if (noColorFlag) return false;
  const env = io.env;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '' && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true;
  if (env.TERM === 'dumb') return false;
  return stream === 'stdout' ? io.stdoutIsTTY : io.stderrIsTTY;
}

// C0/C1 controls except tab and newline, DEL, and bidirectional overrides: text from declarations never drives the terminal.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Text from input files made safe for a terminal line. */
export function safeText(text: string): string {
  return text.replace(CONTROL, '');
}

/** A line on stderr. */
export async function say(io: CliIo, line: string): Promise<void> {
  await write(io.stderr, `${line}\n`);
}
