/** `campaigncheck serve`: argument handling (the server itself is tested in test/server). */
import { describe, expect, it } from 'vitest';
import { serveOptions } from '../../cli/commands/serve.js';
import { cli, fakeIo, tempDir } from './helpers.js';

describe('campaigncheck serve', () => {
  const io = (env: Record<string, string> = {}) => fakeIo({ cwd: tempDir(), env });

  it('defaults to 127.0.0.1:3000', () => {
    expect(serveOptions([], io())).toEqual({ host: '127.0.0.1', port: 3000 });
  });

  it('takes CAMPAIGNCHECK_HOST / CAMPAIGNCHECK_PORT, and flags over them', () => {
    const env = { CAMPAIGNCHECK_HOST: '0.0.0.0', CAMPAIGNCHECK_PORT: '8080' };
    expect(serveOptions([], io(env))).toEqual({ host: '0.0.0.0', port: 8080 });
    expect(serveOptions(['--host', '::1', '--port', '9000'], io(env))).toEqual({ host: '::1', port: 9000 });
    expect(serveOptions(['-p', '0'], io())).toEqual({ host: '127.0.0.1', port: 0 });
  });

  it.each([['--port', 'http'], ['--port', '70000'], ['--port', '-1'], ['--host', '']])('%s %j is a usage error', async (flag, value) => {
    const r = await cli(['serve', `${flag}=${value}`], { cwd: tempDir() });
    expect(r.code).toBe(2);
  });

  it('a bad CAMPAIGNCHECK_PORT names the variable', async () => {
    const r = await cli(['serve'], { cwd: tempDir(), env: { CAMPAIGNCHECK_PORT: 'x' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('CAMPAIGNCHECK_PORT must be a whole number');
  });

  it('starts the service and stops it when aborted (exit 0)', async () => {
    const controller = new AbortController();
    const io = fakeIo({ cwd: tempDir(), signal: controller.signal, env: {} });
    const { run } = await import('../../cli/run.js');
    const running = run(['serve', '--port', '0'], io);
    let url: string | undefined;
    for (let i = 0; i < 200 && !url; i++) {
      await new Promise((r) => setTimeout(r, 50));
      url = /listening on (\S+)/.exec(io.stderr.text)?.[1];
    }
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(200);
    controller.abort();
    expect(await running).toBe(0);
  }, 60_000);
});
