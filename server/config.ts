/**
 * The server's options: their types, their defaults, and how they are read from the environment. buildApp takes
 * `AppOptions` (everything optional, defaults below); startServer adds where to listen. Environment variables
 * (CAMPAIGNCHECK_*) are read only by `optionsFromEnv`, which main.ts calls; explicit options win over them.
 * docs/api.md lists the same variables and defaults.
 */
import { readFileSync } from 'node:fs';
import type { LogLevel } from 'fastify';
import { DEFAULT_PARSE_LIMITS } from '../core/parse/index.js';

export interface RateLimitOptions {
  /** Requests per client per window. Default 120. */
  max?: number;
  /** The window, in milliseconds. Default 60,000. */
  timeWindowMs?: number;
}

export interface UnderPressureOptions {
  /** 503 when the mean event-loop delay over the last sample exceeds this (ms). Default 1,000; 0 turns it off. */
  maxEventLoopDelayMs?: number;
  /** 503 when heap used exceeds this many bytes. Default 0 (off): set it to about 75 % of the memory limit. */
  maxHeapUsedBytes?: number;
  /** 503 when the resident set exceeds this many bytes. Default 0 (off). */
  maxRssBytes?: number;
  /** 503 when event-loop utilisation (0..1) exceeds this. Default 0 (off). */
  maxEventLoopUtilization?: number;
  /** How often the figures are sampled (ms). Default 1,000. */
  sampleIntervalMs?: number;
  /** The Retry-After of a 503 (seconds). Default 10. */
  retryAfterSeconds?: number;
}

export interface TimeoutOptions {
  /** The whole request, headers and body, must arrive within this (ms). Default 30,000. */
  requestMs?: number;
  /** An idle socket is closed after this (ms). Default 60,000. */
  connectionMs?: number;
  /** A handler that has not replied within this gets a 503 (ms). Default 10,000. */
  handlerMs?: number;
  /** Keep-alive idle timeout (ms). Default: Fastify's, 72,000. */
  keepAliveMs?: number;
}

export interface BodyLimits {
  /** Largest JSON body, in bytes. Default 1 MiB (the core's limit for JSON). */
  jsonBytes?: number;
  /** Largest YAML body, in bytes. Default 256 KiB (the core's limit for YAML). */
  yamlBytes?: number;
}

/** The worker threads that parse, check and format declarations (server/pool.ts). */
export interface WorkerPoolOptions {
  /** Worker threads. Default: one fewer than the CPUs available, at least 1. 0 runs the work on the event loop. */
  threads?: number;
  /** Tasks that may wait for a thread (at least 1); beyond that, 503 OVERLOADED with Retry-After. Default 128. */
  maxQueue?: number;
  /** A task that has run this long is stopped (its worker terminated) and answered 422 (ms). Default 8,000: below the handler timeout (10 s), so that the 422 can be seen. */
  taskTimeoutMs?: number;
  /** The worker module. Default: dist/server-worker.js beside the server bundle; none from the TypeScript sources (the work then runs in-process). */
  workerFile?: string;
}

export type TrustProxy = boolean | string | string[];

/** What buildApp accepts. Everything is optional; the defaults are safe for a public service. */
export interface AppOptions {
  /** pino level. Default 'silent' for buildApp (tests); startServer uses CAMPAIGNCHECK_LOG_LEVEL or 'info'. */
  logLevel?: LogLevel;
  /** Where log lines go (default standard output). */
  logStream?: { write(line: string): void };
  /** API keys. Empty or undefined: authentication is off (local use). */
  apiKeys?: readonly string[];
  /** Fastify's trustProxy: false (the default), or the proxy's addresses or CIDR ranges. */
  trustProxy?: TrustProxy;
  bodyLimits?: BodyLimits;
  /** Per-client rate limit, or false to turn it off. */
  rateLimit?: RateLimitOptions | false;
  /** Load shedding, or false to turn it off. */
  underPressure?: UnderPressureOptions | false;
  timeouts?: TimeoutOptions;
  /** Serve the Swagger UI at /docs. Default true. (/openapi.json is always served.) */
  docs?: boolean;
  /** The worker pool for POST /v1/check and /v1/validate. */
  workers?: WorkerPoolOptions;
  /** The clock used for the default evaluation date (today in UTC). Tests pass a fixed one. */
  now?: () => Date;
}

export const DEFAULTS = {
  logLevel: 'silent' as LogLevel,
  serverLogLevel: 'info' as LogLevel,
  jsonBodyBytes: DEFAULT_PARSE_LIMITS.maxJsonBytes,
  yamlBodyBytes: DEFAULT_PARSE_LIMITS.maxYamlBytes,
  rateLimitMax: 120,
  rateLimitWindowMs: 60_000,
  maxEventLoopDelayMs: 1_000,
  sampleIntervalMs: 1_000,
  retryAfterSeconds: 10,
  requestTimeoutMs: 30_000,
  connectionTimeoutMs: 60_000,
  handlerTimeoutMs: 10_000,
  workerQueue: 128,
  taskTimeoutMs: 8_000,
  host: '127.0.0.1',
  port: 3000,
  shutdownTimeoutMs: 10_000,
  minApiKeyLength: 16,
} as const;

/** A configuration mistake (a bad environment variable, an unreadable key file): main.ts prints it and exits 2. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

const LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export type Env = Readonly<Record<string, string | undefined>>;

function wholeNumber(env: Env, name: string, { min = 0, max = Number.MAX_SAFE_INTEGER } = {}): number | undefined {
  const text = env[name]?.trim();
  if (text === undefined || text === '') return undefined;
  const n = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(n) || n < min || n > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}; got "${text}".`);
  }
  return n;
}

function fraction(env: Env, name: string): number | undefined {
  const text = env[name]?.trim();
  if (text === undefined || text === '') return undefined;
  const n = Number(text);
  if (!/^(0|1|0?\.\d+)$/.test(text) || n < 0 || n > 1) throw new ConfigError(`${name} must be a number from 0 to 1; got "${text}".`);
  return n;
}

function flag(env: Env, name: string): boolean | undefined {
  const text = env[name]?.trim().toLowerCase();
  if (text === undefined || text === '') return undefined;
  if (['1', 'true', 'yes', 'on'].includes(text)) return true;
  if (['0', 'false', 'no', 'off'].includes(text)) return false;
  throw new ConfigError(`${name} must be true or false; got "${env[name]}".`);
}

/** Keys from a comma-separated list or a file (one per line; blank lines and lines starting with # ignored). */
export function parseApiKeys(text: string, separator: RegExp): string[] {
  return text
    .split(separator)
    .map((k) => k.trim())
    .filter((k) => k !== '' && !k.startsWith('#'));
}

export function checkApiKeys(keys: readonly string[], source: string): void {
  for (const key of keys) {
    if (key.length < DEFAULTS.minApiKeyLength) {
      throw new ConfigError(`${source}: every API key must be at least ${DEFAULTS.minApiKeyLength} characters long (one is ${key.length}).`);
    }
    if (!/^[\x21-\x7e]+$/.test(key)) throw new ConfigError(`${source}: API keys must be printable ASCII without spaces.`);
  }
}

function apiKeysFromEnv(env: Env, readFile: (path: string) => string): string[] | undefined {
  const keys: string[] = [];
  const list = env.CAMPAIGNCHECK_API_KEYS;
  if (list !== undefined && list.trim() !== '') {
    const fromList = parseApiKeys(list, /,/);
    checkApiKeys(fromList, 'CAMPAIGNCHECK_API_KEYS');
    keys.push(...fromList);
  }
  const file = env.CAMPAIGNCHECK_API_KEYS_FILE;
  if (file !== undefined && file.trim() !== '') {
    let text: string;
    try {
      text = readFile(file.trim());
    } catch (error) {
      throw new ConfigError(`CAMPAIGNCHECK_API_KEYS_FILE: cannot read ${file.trim()} (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
    }
    const fromFile = parseApiKeys(text, /\r?\n/);
    if (fromFile.length === 0) throw new ConfigError(`CAMPAIGNCHECK_API_KEYS_FILE: ${file.trim()} holds no key.`);
    checkApiKeys(fromFile, 'CAMPAIGNCHECK_API_KEYS_FILE');
    keys.push(...fromFile);
  }
  return keys.length > 0 ? keys : undefined;
}

function trustProxyFromEnv(env: Env): TrustProxy | undefined {
  const text = env.CAMPAIGNCHECK_TRUST_PROXY?.trim();
  if (text === undefined || text === '' || text.toLowerCase() === 'false') return undefined;
  if (text.toLowerCase() === 'true') {
    throw new ConfigError('CAMPAIGNCHECK_TRUST_PROXY=true would trust X-Forwarded-For from anyone: give the proxy addresses instead (e.g. 127.0.0.1 or 10.0.0.0/8).');
  }
  const entries = text.split(',').map((e) => e.trim()).filter((e) => e !== '');
  for (const entry of entries) {
    if (!/^[0-9A-Fa-f:.\/]+$/.test(entry) && !['loopback', 'linklocal', 'uniquelocal'].includes(entry)) {
      throw new ConfigError(`CAMPAIGNCHECK_TRUST_PROXY: "${entry}" is not an IP address, a CIDR range, loopback, linklocal or uniquelocal.`);
    }
  }
  return entries;
}

export interface ListenOptions {
  host?: string;
  port?: number;
}

/**
 * Options from CAMPAIGNCHECK_* environment variables (only those that are set). Throws ConfigError on a bad value.
 * `readFile` is for tests.
 */
export function optionsFromEnv(env: Env, readFile: (path: string) => string = (p) => readFileSync(p, 'utf8')): AppOptions & ListenOptions {
  const options: AppOptions & ListenOptions = {};
  const host = env.CAMPAIGNCHECK_HOST?.trim();
  if (host) options.host = host;
  const port = wholeNumber(env, 'CAMPAIGNCHECK_PORT', { max: 65535 });
  if (port !== undefined) options.port = port;

  const level = env.CAMPAIGNCHECK_LOG_LEVEL?.trim().toLowerCase();
  if (level) {
    if (!(LEVELS as readonly string[]).includes(level)) throw new ConfigError(`CAMPAIGNCHECK_LOG_LEVEL must be one of ${LEVELS.join(', ')}; got "${level}".`);
    options.logLevel = level as LogLevel;
  }
  const apiKeys = apiKeysFromEnv(env, readFile);
  if (apiKeys) options.apiKeys = apiKeys;
  const trustProxy = trustProxyFromEnv(env);
  if (trustProxy !== undefined) options.trustProxy = trustProxy;

  const jsonBytes = wholeNumber(env, 'CAMPAIGNCHECK_MAX_JSON_BYTES', { min: 1, max: DEFAULTS.jsonBodyBytes * 16 });
  const yamlBytes = wholeNumber(env, 'CAMPAIGNCHECK_MAX_YAML_BYTES', { min: 1, max: DEFAULTS.yamlBodyBytes * 16 });
  if (jsonBytes !== undefined || yamlBytes !== undefined) {
    options.bodyLimits = { ...(jsonBytes !== undefined ? { jsonBytes } : {}), ...(yamlBytes !== undefined ? { yamlBytes } : {}) };
  }

  const rateMax = wholeNumber(env, 'CAMPAIGNCHECK_RATE_LIMIT_MAX');
  const rateWindow = wholeNumber(env, 'CAMPAIGNCHECK_RATE_LIMIT_WINDOW_MS', { min: 1 });
  if (rateMax === 0) options.rateLimit = false;
  else if (rateMax !== undefined || rateWindow !== undefined) {
    options.rateLimit = { ...(rateMax !== undefined ? { max: rateMax } : {}), ...(rateWindow !== undefined ? { timeWindowMs: rateWindow } : {}) };
  }

  const pressure: UnderPressureOptions = {};
  const delay = wholeNumber(env, 'CAMPAIGNCHECK_MAX_EVENT_LOOP_DELAY_MS');
  if (delay !== undefined) pressure.maxEventLoopDelayMs = delay;
  const heap = wholeNumber(env, 'CAMPAIGNCHECK_MAX_HEAP_USED_BYTES');
  if (heap !== undefined) pressure.maxHeapUsedBytes = heap;
  const rss = wholeNumber(env, 'CAMPAIGNCHECK_MAX_RSS_BYTES');
  if (rss !== undefined) pressure.maxRssBytes = rss;
  const elu = fraction(env, 'CAMPAIGNCHECK_MAX_EVENT_LOOP_UTILIZATION');
  if (elu !== undefined) pressure.maxEventLoopUtilization = elu;
  if (Object.keys(pressure).length > 0) options.underPressure = pressure;

  const timeouts: TimeoutOptions = {};
  const requestMs = wholeNumber(env, 'CAMPAIGNCHECK_REQUEST_TIMEOUT_MS', { min: 1 });
  if (requestMs !== undefined) timeouts.requestMs = requestMs;
  const handlerMs = wholeNumber(env, 'CAMPAIGNCHECK_HANDLER_TIMEOUT_MS', { min: 1 });
  if (handlerMs !== undefined) timeouts.handlerMs = handlerMs;
  if (Object.keys(timeouts).length > 0) options.timeouts = timeouts;

  const workers: WorkerPoolOptions = {};
  const threads = wholeNumber(env, 'CAMPAIGNCHECK_WORKERS', { max: 256 });
  if (threads !== undefined) workers.threads = threads;
  const maxQueue = wholeNumber(env, 'CAMPAIGNCHECK_WORKER_QUEUE', { min: 1, max: 100_000 });
  if (maxQueue !== undefined) workers.maxQueue = maxQueue;
  const taskTimeoutMs = wholeNumber(env, 'CAMPAIGNCHECK_TASK_TIMEOUT_MS', { min: 1 });
  if (taskTimeoutMs !== undefined) workers.taskTimeoutMs = taskTimeoutMs;
  if (Object.keys(workers).length > 0) options.workers = workers;

  const docs = flag(env, 'CAMPAIGNCHECK_DOCS');
  if (docs !== undefined) options.docs = docs;
  return options;
}

/** Resolved limits, used by the content-type parsers and passed to the core. */
export function bodyLimits(options: AppOptions): { json: number; yaml: number } {
  return {
    json: options.bodyLimits?.jsonBytes ?? DEFAULTS.jsonBodyBytes,
    yaml: options.bodyLimits?.yamlBytes ?? DEFAULTS.yamlBodyBytes,
  };
}
