/**
 * docs/declaration.md is generated from schema/declaration.schema.json by scripts/declaration-docs.mjs.
 * Regenerate it in memory and compare, so that the reference people read never drifts from the schema the
 * validator enforces.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface DocsModule {
  renderDeclarationDocs(schema: unknown): string;
}

// A computed specifier: the script is plain JavaScript, typed by the interface above.
const scriptUrl = new URL('../../scripts/declaration-docs.mjs', import.meta.url).href;
const { renderDeclarationDocs } = (await import(scriptUrl)) as DocsModule;

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const schema = JSON.parse(read('schema/declaration.schema.json')) as {
  properties: Record<string, unknown>;
  definitions: Record<string, { properties?: Record<string, unknown> }>;
};

describe('docs/declaration.md', () => {
  const expected = renderDeclarationDocs(schema);

  it('is up to date with the schema', () => {
    const actual = read('docs/declaration.md');
    // Compare a boolean first so a stale file gives one clear message rather than a 100 KB diff.
    expect(actual === expected, 'docs/declaration.md is stale: run `npm run generate`').toBe(true);
  });

  it('documents every definition and every top-level field, with an anchor', () => {
    for (const name of Object.keys(schema.definitions)) {
      expect(expected, `definition ${name}`).toContain(`<a id="${name.toLowerCase()}"></a>`);
    }
    for (const key of Object.keys(schema.properties)) expect(expected, `top-level field ${key}`).toContain(`| \`${key}\` |`);
  });

  it('every link points at an anchor on the page', () => {
    const anchors = new Set([...expected.matchAll(/<a id="([^"]+)"><\/a>/g)].map((m) => m[1]));
    const broken = [...expected.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]).filter((target) => !anchors.has(target));
    expect(broken).toEqual([]);
  });

  it('is deterministic', () => {
    expect(renderDeclarationDocs(schema)).toBe(expected);
  });
});
