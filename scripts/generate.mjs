// npm run generate: regenerate every file derived from the schemas and rule metadata.
import { writeFile } from 'node:fs/promises';
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
