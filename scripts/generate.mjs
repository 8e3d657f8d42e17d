// npm run generate: regenerate every file derived from the schemas and rule metadata.
import { readFile, writeFile } from 'node:fs/promises';
import { renderDeclarationDocs } from './declaration-docs.mjs';
import { GENERATED, generateTypes } from './schema-codegen.mjs';

for (const entry of GENERATED) {
  try {
    const ts = await generateTypes(entry);
    await writeFile(new URL(`../${entry.output}`, import.meta.url), ts);
    console.log(`wrote ${entry.output}`);
  } catch (error) {
    if (error.code === 'ENOENT') { console.log(`skipped ${entry.schema} (not found)`); continue; }
    throw error;
  }
}

// docs/declaration.md: the field reference for people who write declarations (test/meta/declaration-docs.test.ts).
const declarationSchema = JSON.parse(await readFile(new URL('../schema/declaration.schema.json', import.meta.url), 'utf8'));
await writeFile(new URL('../docs/declaration.md', import.meta.url), renderDeclarationDocs(declarationSchema));
console.log('wrote docs/declaration.md');

// Precompiled validators (ajv standalone).
{
  const { generateValidators, OUTPUT } = await import('./generate-validators.mjs');
  await writeFile(new URL(`../${OUTPUT}`, import.meta.url), await generateValidators());
  console.log(`wrote ${OUTPUT}`);
}
