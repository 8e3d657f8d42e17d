/**
 * The Handlebars environment and the templates: isolated, strict, known helpers only, compiled once, never
 * triple-stash, and no data ever compiled as a template. Templates must load from the repository and from a
 * bundle, whatever the working directory.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import Handlebars from 'handlebars';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { HELPER_NAMES, PARTIALS, render, templateFiles, templatesDir } from '../../formatters/handlebars.js';
import { findPackageRoot } from '../../formatters/_package-root.js';
import { toViewModel } from '../../formatters/view-model.js';
import { fixture } from './helpers.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const source = (file: string) => readFileSync(join(templatesDir(), file), 'utf8');

describe('templates', () => {
  it('are all registered (every file under templates/ is a template or a partial)', () => {
    const registered = new Set(templateFiles());
    const onDisk = execFileSync('find', ['.', '-name', '*.hbs'], { cwd: templatesDir(), encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map((f) => f.replace(/^\.\//, ''));
    expect(onDisk.sort()).toEqual([...registered].sort());
  });

  it.for(templateFiles())('%s never uses triple-stash or raw blocks', (file) => {
    const text = source(file);
    expect(text).not.toMatch(/\{\{\{/);
    expect(text).not.toMatch(/\{\{\{\{/);
    expect(text).not.toMatch(/\{\{&/);
  });

  it.for(templateFiles())('%s only prints, loops and calls registered helpers', (file) => {
    const allowedBlocks = new Set(['if', 'unless', 'each', 'with']);
    for (const [, tag] of source(file).matchAll(/\{\{~?([^}]*)~?\}\}/g)) {
      const body = tag!.trim();
      if (body.startsWith('!') || body.startsWith('>') || body === 'else' || body.startsWith('/')) continue;
      if (body.startsWith('#')) {
        expect(allowedBlocks.has(body.slice(1).split(/\s/)[0]!), `${file}: {{${body}}}`).toBe(true);
        continue;
      }
      const [head, ...rest] = body.split(/\s+/);
      if (rest.length > 0) expect(HELPER_NAMES, `${file}: {{${body}}}`).toContain(head);
    }
  });

  it.for(templateFiles().filter((f) => !f.includes('.html.')))('%s prints data only through an escaping helper', (file) => {
    for (const [, tag] of source(file).matchAll(/\{\{~?([^}]*)~?\}\}/g)) {
      const body = tag!.trim();
      if (/^[!>#/]/.test(body) || body === 'else') continue;
      expect(['md', 'mdHtml', 'mdUrl', 't', 'paint'], `${file}: {{${body}}}`).toContain(body.split(/\s+/)[0]);
    }
  });

  it('HTML templates print URLs in href only through safeUrl or as in-page anchors', () => {
    for (const file of templateFiles().filter((f) => f.includes('.html.'))) {
      for (const [, value] of source(file).matchAll(/href="([^"]*)"/g)) {
        expect(value!.startsWith('#') || value!.startsWith('{{safeUrl '), `${file}: href="${value}"`).toBe(true);
      }
    }
  });
});

describe('the environment', () => {
  it('is isolated: the global Handlebars instance has none of our helpers or partials', () => {
    render('report.txt', { files: [], summary: '', summaryStyle: 'plain' });
    for (const name of HELPER_NAMES) expect(Object.hasOwn(Handlebars.helpers, name), name).toBe(false);
    for (const name of Object.keys(PARTIALS)) expect(Object.hasOwn(Handlebars.partials, name), name).toBe(false);
  });

  it('is strict: a missing field throws instead of printing nothing', () => {
    const view = toViewModel([fixture('clean')]) as unknown as Record<string, unknown>;
    delete view.title;
    expect(() => render('report.html', view)).toThrow(/"title" not defined/);
  });

  it('compiles each template once per process and compiles nothing but template files', async () => {
    vi.resetModules();
    const compiled: string[] = [];
    const create = Handlebars.create.bind(Handlebars);
    const spy = vi.spyOn(Handlebars, 'create').mockImplementation(() => {
      const env = create();
      const compile = env.compile.bind(env);
      env.compile = ((input: string, options?: CompileOptions) => {
        compiled.push(input);
        return compile(input, options);
      }) as typeof env.compile;
      return env;
    });
    try {
      const fresh = await import('../../formatters/handlebars.js');
      const { html } = await import('../../formatters/html.js');
      const { markdown } = await import('../../formatters/markdown.js');
      const { text } = await import('../../formatters/text.js');
      for (let i = 0; i < 3; i++) {
        for (const name of ['hostile', 'mixed'] as const) {
          html([fixture(name)]);
          markdown([fixture(name)], { maxBytes: 4000 });
          text([fixture(name)], { color: true });
        }
      }
      const files = fresh.templateFiles();
      expect(spy).toHaveBeenCalledTimes(1);
      expect(compiled).toHaveLength(files.length);
      expect(compiled.sort()).toEqual(files.map(source).sort());
    } finally {
      spy.mockRestore();
      vi.resetModules();
    }
  });
});

type CompileOptions = Parameters<typeof Handlebars.compile>[1];

describe('finding the templates', () => {
  const bundleDir = join(ROOT, 'test/formatters/.bundle-tmp');
  afterAll(() => rmSync(bundleDir, { recursive: true, force: true }));

  it('finds the package root from the source tree', () => {
    expect(findPackageRoot(new URL('../../formatters/handlebars.ts', import.meta.url))).toBe(ROOT.replace(/\/$/, ''));
  });

  it('works from a bundle in a sub-folder, run from another working directory', async () => {
    rmSync(bundleDir, { recursive: true, force: true });
    mkdirSync(bundleDir, { recursive: true });
    const entry = join(bundleDir, 'entry.ts');
    writeFileSync(
      entry,
      [
        "import { readFileSync } from 'node:fs';",
        "import { formatters } from '../../../formatters/index.js';",
        'const result = JSON.parse(readFileSync(process.argv[2], "utf8"));',
        'process.stdout.write(formatters.html.format([result], {}));',
      ].join('\n'),
    );
    await build({
      entryPoints: [entry],
      outdir: join(bundleDir, 'dist'),
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      packages: 'external',
      logLevel: 'silent',
      chunkNames: 'chunks/[name]-[hash]',
    });
    const out = execFileSync(process.execPath, [join(bundleDir, 'dist/entry.js'), fileURLToPath(new URL('../fixtures/results/clean.json', import.meta.url))], {
      cwd: tmpdir(),
      encoding: 'utf8',
    });
    expect(out).toMatch(/^<!DOCTYPE html>/);
    expect(out).toContain('Harbour ward by-election');
  });
});
