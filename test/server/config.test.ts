/** Options from CAMPAIGNCHECK_* environment variables. */
import { describe, expect, it } from 'vitest';
import { ConfigError, optionsFromEnv } from '../../server/config.js';

const KEY = 'key-0123456789abcdef';

describe('optionsFromEnv', () => {
  it('nothing set: no options (the defaults apply)', () => {
    expect(optionsFromEnv({})).toEqual({});
  });

  it('reads every variable', () => {
    const options = optionsFromEnv({
      CAMPAIGNCHECK_HOST: '0.0.0.0',
      CAMPAIGNCHECK_PORT: '8080',
      CAMPAIGNCHECK_LOG_LEVEL: 'WARN',
      CAMPAIGNCHECK_API_KEYS: ` ${KEY} , other-${KEY} `,
      CAMPAIGNCHECK_TRUST_PROXY: '127.0.0.1, 10.0.0.0/8',
      CAMPAIGNCHECK_MAX_JSON_BYTES: '500000',
      CAMPAIGNCHECK_MAX_YAML_BYTES: '100000',
      CAMPAIGNCHECK_RATE_LIMIT_MAX: '60',
      CAMPAIGNCHECK_RATE_LIMIT_WINDOW_MS: '30000',
      CAMPAIGNCHECK_MAX_EVENT_LOOP_DELAY_MS: '500',
      CAMPAIGNCHECK_MAX_HEAP_USED_BYTES: '1000000000',
      CAMPAIGNCHECK_MAX_RSS_BYTES: '2000000000',
      CAMPAIGNCHECK_MAX_EVENT_LOOP_UTILIZATION: '0.98',
      CAMPAIGNCHECK_REQUEST_TIMEOUT_MS: '20000',
      CAMPAIGNCHECK_HANDLER_TIMEOUT_MS: '5000',
      CAMPAIGNCHECK_DOCS: 'false',
      CAMPAIGNCHECK_WORKERS: '3',
      CAMPAIGNCHECK_WORKER_QUEUE: '64',
      CAMPAIGNCHECK_TASK_TIMEOUT_MS: '2500',
    });
    expect(options).toEqual({
      host: '0.0.0.0',
      port: 8080,
      logLevel: 'warn',
      apiKeys: [KEY, `other-${KEY}`],
      trustProxy: ['127.0.0.1', '10.0.0.0/8'],
      bodyLimits: { jsonBytes: 500000, yamlBytes: 100000 },
      rateLimit: { max: 60, timeWindowMs: 30000 },
      underPressure: { maxEventLoopDelayMs: 500, maxHeapUsedBytes: 1000000000, maxRssBytes: 2000000000, maxEventLoopUtilization: 0.98 },
      timeouts: { requestMs: 20000, handlerMs: 5000 },
      docs: false,
      workers: { threads: 3, maxQueue: 64, taskTimeoutMs: 2500 },
    });
  });

  it('CAMPAIGNCHECK_WORKERS=0 runs the checks on the event loop', () => {
    expect(optionsFromEnv({ CAMPAIGNCHECK_WORKERS: '0' }).workers).toEqual({ threads: 0 });
  });

  it('CAMPAIGNCHECK_RATE_LIMIT_MAX=0 turns rate limiting off', () => {
    expect(optionsFromEnv({ CAMPAIGNCHECK_RATE_LIMIT_MAX: '0' }).rateLimit).toBe(false);
  });

  it('keys from a file: one per line, comments and blank lines ignored, added to those in the list', () => {
    const files: Record<string, string> = { '/keys': `# production\n${KEY}\r\n\nsecond-${KEY}\n` };
    const options = optionsFromEnv({ CAMPAIGNCHECK_API_KEYS: `list-${KEY}`, CAMPAIGNCHECK_API_KEYS_FILE: '/keys' }, (p) => files[p]!);
    expect(options.apiKeys).toEqual([`list-${KEY}`, KEY, `second-${KEY}`]);
  });

  it.each([
    [{ CAMPAIGNCHECK_PORT: 'http' }, 'CAMPAIGNCHECK_PORT'],
    [{ CAMPAIGNCHECK_PORT: '70000' }, 'CAMPAIGNCHECK_PORT'],
    [{ CAMPAIGNCHECK_LOG_LEVEL: 'loud' }, 'CAMPAIGNCHECK_LOG_LEVEL'],
    [{ CAMPAIGNCHECK_API_KEYS: 'short' }, 'at least 16 characters'],
    [{ CAMPAIGNCHECK_API_KEYS: 'has a space in the key' }, 'printable ASCII'],
    [{ CAMPAIGNCHECK_API_KEYS_FILE: '/missing' }, 'cannot read /missing'],
    [{ CAMPAIGNCHECK_API_KEYS_FILE: '/empty' }, 'holds no key'],
    [{ CAMPAIGNCHECK_TRUST_PROXY: 'true' }, 'trust X-Forwarded-For from anyone'],
    [{ CAMPAIGNCHECK_TRUST_PROXY: 'proxy.example.com' }, 'not an IP address'],
    [{ CAMPAIGNCHECK_RATE_LIMIT_MAX: '-1' }, 'CAMPAIGNCHECK_RATE_LIMIT_MAX'],
    [{ CAMPAIGNCHECK_MAX_EVENT_LOOP_UTILIZATION: '2' }, 'from 0 to 1'],
    [{ CAMPAIGNCHECK_DOCS: 'maybe' }, 'true or false'],
    [{ CAMPAIGNCHECK_WORKERS: 'many' }, 'CAMPAIGNCHECK_WORKERS'],
    [{ CAMPAIGNCHECK_WORKER_QUEUE: '0' }, 'CAMPAIGNCHECK_WORKER_QUEUE must be a whole number from 1'],
    [{ CAMPAIGNCHECK_TASK_TIMEOUT_MS: '0' }, 'CAMPAIGNCHECK_TASK_TIMEOUT_MS'],
  ])('%j is a ConfigError (%s)', (env, message) => {
    const read = (path: string): string => {
      if (path === '/empty') return '# nothing\n\n';
      throw Object.assign(new Error('nope'), { code: 'ENOENT' });
    };
    expect(() => optionsFromEnv(env, read)).toThrow(ConfigError);
    expect(() => optionsFromEnv(env, read)).toThrow(message);
  });

  it('a key file error never shows the file content', () => {
    expect(() => optionsFromEnv({ CAMPAIGNCHECK_API_KEYS_FILE: '/k' }, () => 'short-secret')).toThrow(/one is 12\)/);
    try {
      optionsFromEnv({ CAMPAIGNCHECK_API_KEYS_FILE: '/k' }, () => 'short-secret');
    } catch (error) {
      expect((error as Error).message).not.toContain('short-secret');
    }
  });
});
