/** The precompiled validators must match a fresh ajv standalone run on the schemas and the one ajv configuration. */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { OUTPUT, generateValidators } from '../../scripts/generate-validators.mjs';
import ajvOptions from '../../core/validate/ajv-options.json' with { type: 'json' };

describe('precompiled validators', () => {
  it(`${OUTPUT} is current`, async () => {
    const committed = await readFile(new URL(`../../${OUTPUT}`, import.meta.url), 'utf8');
    expect(committed === (await generateValidators()), `${OUTPUT} is stale: run \`npm run generate\``).toBe(true);
  });

  it('come from the safe configuration: no coercion, no defaults, no stripping, every error', () => {
    expect(ajvOptions).toMatchObject({ allErrors: true, strict: true, coerceTypes: false, useDefaults: false, removeAdditional: false });
  });
});
