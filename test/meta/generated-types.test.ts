/** The generated TypeScript types must match a fresh json-schema-to-typescript run on the schemas. */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { GENERATED, generateTypes } from '../../scripts/schema-codegen.mjs';

describe('generated types', () => {
  for (const entry of GENERATED) {
    it(`${entry.output} is current with ${entry.schema}`, async () => {
      const committed = await readFile(new URL(`../../${entry.output}`, import.meta.url), 'utf8');
      const fresh = await generateTypes(entry);
      expect(committed, `${entry.output} is stale: run \`npm run generate\``).toBe(fresh);
    });
  }
});
