/** `campaigncheck init`: a commented starter declaration that validates as written, for every type. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ORGANISATION_TYPES } from '../../cli/commands/init.js';
import { validateBytes } from '../../cli/commands/validate.js';
import schema from '../../schema/declaration.schema.json' with { type: 'json' };
import { cli, tempDir } from './helpers.js';

describe('campaigncheck init', () => {
  it('lists every organisation type of the schema', () => {
    expect([...ORGANISATION_TYPES].sort()).toEqual([...schema.definitions.declarant.properties.organisationType.enum].sort());
  });

  it.each(ORGANISATION_TYPES)('writes a starter for %s that validates and checks as written', async (type) => {
    const dir = tempDir();
    const r = await cli(['init', '--type', type], { cwd: dir });
    expect(r.code).toBe(0);
    const text = r.stdout;
    expect(text.split('\n')[0]).toBe(`# yaml-language-server: $schema=${schema.$id}`);
    expect(validateBytes({ ok: true, bytes: Buffer.from(text) }, 'starter.yaml')).toEqual([]);
    expect(parse(text)).toMatchObject({ schemaVersion: '1.0', declarant: { organisationType: type } });
    // Every top-level section is explained, commented out, for the volunteer to fill.
    for (const key of Object.keys(schema.properties).filter((k) => !['$schema', 'schemaVersion', 'declarant', 'campaign'].includes(k))) {
      expect(text, key).toContain(`\n# ${key}:`);
    }
    writeFileSync(join(dir, 'd.yaml'), text);
    const check = await cli(['check', 'd.yaml', '--no-config', '--fail-on', 'none', '--format', 'json'], { cwd: dir });
    expect(check.code).toBe(0);
    expect(JSON.parse(check.stdout).valid).toBe(true);
  });

  it('the commented skeleton becomes valid YAML when a section is uncommented', async () => {
    const r = await cli(['init', '--type', 'candidate'], { cwd: tempDir() });
    const lines = r.stdout.split('\n');
    const start = lines.indexOf('# communications:');
    const section: string[] = [];
    for (let i = start; i < lines.length && lines[i]!.startsWith('#') && !lines[i]!.startsWith('# ──'); i++) section.push(lines[i]!.replace(/^# ?/, ''));
    const parsed = parse(section.join('\n')) as { communications: Record<string, unknown>[] };
    expect(Object.keys(parsed.communications[0]!)).toEqual(expect.arrayContaining(['id', 'name', 'channel', 'consent']));
  });

  it('--output writes the file, and never overwrites without --force', async () => {
    const dir = tempDir();
    const first = await cli(['init', '-t', 'vendor', '--output', 'declaration.yaml'], { cwd: dir });
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('');
    expect(first.stderr).toContain('Wrote a starter declaration');
    const written = readFileSync(join(dir, 'declaration.yaml'), 'utf8');
    expect(written).toContain('organisationType: vendor');
    writeFileSync(join(dir, 'declaration.yaml'), 'mine');
    const again = await cli(['init', '--output', 'declaration.yaml'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists; use --force');
    expect(readFileSync(join(dir, 'declaration.yaml'), 'utf8')).toBe('mine');
    const forced = await cli(['init', '--output', 'declaration.yaml', '--force', '--quiet'], { cwd: dir });
    expect(forced).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(join(dir, 'declaration.yaml'), 'utf8')).toContain('organisationType: registered_party');
  });

  it('points the modeline at the installed schema when there is one, or at --schema-url', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'node_modules/campaigncheck/schema'), { recursive: true });
    writeFileSync(join(dir, 'node_modules/campaigncheck/schema/declaration.schema.json'), '{}');
    mkdirSync(join(dir, 'declarations'));
    await cli(['init', '-o', 'declarations/d.yaml'], { cwd: dir });
    expect(readFileSync(join(dir, 'declarations/d.yaml'), 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../node_modules/campaigncheck/schema/declaration.schema.json');
    const custom = await cli(['init', '--schema-url', 'https://example.org/s.json'], { cwd: dir });
    expect(custom.stdout.split('\n')[0]).toBe('# yaml-language-server: $schema=https://example.org/s.json');
  });

  it('an unknown type gets a did-you-mean; a write error exits 2', async () => {
    const dir = tempDir();
    const r = await cli(['init', '--type', 'candidat'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Did you mean "candidate"?');
    const w = await cli(['init', '--output', 'no/such/dir/d.yaml'], { cwd: dir });
    expect(w.code).toBe(2);
    expect(w.stderr).toContain('cannot write');
    expect(existsSync(join(dir, 'no'))).toBe(false);
  });
});

describe('campaigncheck schema', () => {
  it('prints the declaration schema, or the result, tailoring or waivers schema', async () => {
    const d = await cli(['schema'], { cwd: tempDir() });
    expect(d.code).toBe(0);
    expect(JSON.parse(d.stdout)).toEqual(schema);
    for (const [flag, id] of [
      ['--result', 'result'],
      ['--tailoring', 'tailoring'],
      ['--waivers', 'waivers'],
    ] as const) {
      const r = await cli(['schema', flag], { cwd: tempDir() });
      expect(JSON.parse(r.stdout).$id).toContain(`/${id}/`);
    }
  });

  it('one schema at a time, no arguments', async () => {
    expect((await cli(['schema', '--result', '--waivers'], { cwd: tempDir() })).code).toBe(2);
    expect((await cli(['schema', 'declaration'], { cwd: tempDir() })).code).toBe(2);
  });
});
