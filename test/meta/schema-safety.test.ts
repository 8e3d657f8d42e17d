/**
 * The schemas are the contract and the first line of defence against hostile input (HOSTILE-INPUTS.md):
 * every string is bounded before any pattern runs, every list is bounded, every object is closed, every
 * pattern is free of catastrophic backtracking, and every property is documented for the people who write
 * declarations.
 */
import { readdirSync, readFileSync } from 'node:fs';
import safeRegex from 'safe-regex2';
import { describe, expect, it } from 'vitest';

type Node = Record<string, unknown>;
const schemaDir = new URL('../../schema/', import.meta.url);
const schemaFiles = readdirSync(schemaDir).filter((f) => f.endsWith('.schema.json'));

function walk(node: unknown, path: string, visit: (node: Node, path: string) => void): void {
  if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${path}/${i}`, visit));
  if (!node || typeof node !== 'object') return;
  visit(node as Node, path);
  for (const [k, v] of Object.entries(node as Node)) if (typeof v === 'object') walk(v, `${path}/${k}`, visit);
}

function isSchemaNode(node: Node): boolean {
  return 'type' in node || '$ref' in node || 'enum' in node;
}

describe.each(schemaFiles)('%s', (file) => {
  const schema = JSON.parse(readFileSync(new URL(file, schemaDir), 'utf8')) as Node;

  it('has a stable $id and uses draft-07', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(String(schema.$id)).toMatch(/^https:\/\/campaigncheck\.dev\/schema\/[a-z]+\/1\.0\/[a-z]+\.schema\.json$/);
  });

  it('uses only safe regular expressions', () => {
    const unsafe: string[] = [];
    walk(schema, '', (node, path) => {
      for (const key of ['pattern']) {
        if (typeof node[key] === 'string' && !safeRegex(node[key] as string)) unsafe.push(`${path}: ${node[key]}`);
      }
    });
    expect(unsafe).toEqual([]);
  });

  if (file === 'result.schema.json') return; // output contract, not untrusted input

  it('bounds every string and list, and closes every object', () => {
    const problems: string[] = [];
    walk(schema, '', (node, path) => {
      if (!isSchemaNode(node) || path.includes('/enum')) return;
      const types = ([] as unknown[]).concat(node.type ?? []);
      if (types.includes('string') && !('enum' in node) && !('maxLength' in node)) problems.push(`${path}: string without maxLength`);
      if (types.includes('string') && 'pattern' in node && !('maxLength' in node)) problems.push(`${path}: pattern without maxLength`);
      if (types.includes('array') && !('maxItems' in node)) problems.push(`${path}: array without maxItems`);
      if (types.includes('object') && node.additionalProperties !== false && typeof node.additionalProperties !== 'object') {
        problems.push(`${path}: object not closed`);
      }
      if (types.includes('object') && typeof node.additionalProperties === 'object' && !('maxProperties' in node)) {
        problems.push(`${path}: open map without maxProperties`);
      }
    });
    expect(problems).toEqual([]);
  });

  it('gives every property a title and a description', () => {
    const missing: string[] = [];
    walk(schema, '', (node, path) => {
      const properties = node.properties as Record<string, Node> | undefined;
      if (!properties || path.includes('/properties/properties')) return;
      for (const [name, property] of Object.entries(properties)) {
        if (typeof property.title !== 'string' && !('$ref' in property)) missing.push(`${path}/properties/${name}: title`);
        if (typeof property.description !== 'string' && !('$ref' in property)) missing.push(`${path}/properties/${name}: description`);
      }
    });
    expect(missing).toEqual([]);
  });
});
