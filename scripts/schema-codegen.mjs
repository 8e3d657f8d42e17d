// Generates TypeScript types from the JSON Schemas in schema/ with json-schema-to-typescript.
// Used by `npm run generate` (writes the files) and by test/meta/generated-types.test.ts (compares).
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The schemas we generate types for, and where the types go. */
export const GENERATED = [
  { schema: 'schema/declaration.schema.json', output: 'schema/generated/declaration.ts', rootName: 'Declaration' },
  { schema: 'schema/result.schema.json', output: 'schema/generated/result.ts', rootName: 'CheckResult' },
  { schema: 'schema/tailoring.schema.json', output: 'schema/generated/tailoring.ts', rootName: 'TailoringFile' },
];

const BANNER = (source) =>
  `/* eslint-disable */\n/**\n * GENERATED FILE - DO NOT EDIT.\n * Generated from ${source} by \`npm run generate\` (json-schema-to-typescript).\n * A test fails when this file is stale.\n */`;

const pascal = (key) => key.replace(/(^|[-_])([a-z])/g, (_, __, c) => c.toUpperCase()).replace(/^[a-z]/, (c) => c.toUpperCase());

/**
 * json-schema-to-typescript turns every `title` into a named type. Our schema gives every property a title
 * for people (editors and docs), so before compiling we keep titles only on the definitions, named after
 * their key, and drop them elsewhere. Descriptions stay and become doc comments.
 */
export function prepareForCodegen(schema, rootName) {
  const strip = (node, isDefinitionRoot) => {
    if (Array.isArray(node)) return node.map((n) => strip(n, false));
    if (!node || typeof node !== 'object') return node;
    const out = {};
    for (const [k, v] of Object.entries(node)) {
      if (k === 'title' && !isDefinitionRoot) continue;
      if (k === '$id' || k === '$schema') continue;
      if (k === 'definitions') {
        out.definitions = Object.fromEntries(
          Object.entries(v).map(([dk, dv]) => [dk, { ...strip(dv, true), title: pascal(dk) }]),
        );
      } else if (k === 'properties') {
        out.properties = Object.fromEntries(Object.entries(v).map(([pk, pv]) => [pk, strip(pv, false)]));
      } else {
        out[k] = strip(v, false);
      }
    }
    // A $ref with siblings would become a new alias type per use; keep the bare reference.
    if (out.$ref) return { $ref: out.$ref };
    return out;
  };
  return { ...strip(schema, false), title: rootName };
}

export async function generateTypes(entry) {
  const schema = JSON.parse(await readFile(new URL(entry.schema, `file://${root}/`), 'utf8'));
  const prepared = prepareForCodegen(schema, entry.rootName);
  return compile(prepared, entry.rootName, {
    bannerComment: BANNER(entry.schema),
    additionalProperties: false,
    unreachableDefinitions: true,
    declareExternallyReferenced: true,
    strictIndexSignatures: true,
    format: true,
    style: { singleQuote: true, printWidth: 120 },
    cwd: root,
  });
}
