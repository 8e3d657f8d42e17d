/**
 * The one ajv configuration, shared by the CLI and the HTTP server, so that both give the same verdict on the
 * same input. No type coercion, no removal of unknown properties, no defaults injected: the declaration is
 * judged exactly as written. allErrors is on so that people see every problem at once; that is safe because
 * the schema bounds every string (maxLength) and every list (maxItems) before any pattern runs, and the
 * number of issues reported is capped.
 */
import { Ajv, type Options } from 'ajv';
import declarationSchema from '../../schema/declaration.schema.json' with { type: 'json' };
import resultSchema from '../../schema/result.schema.json' with { type: 'json' };
import tailoringSchema from '../../schema/tailoring.schema.json' with { type: 'json' };
import waiversSchema from '../../schema/waivers.schema.json' with { type: 'json' };

export const AJV_OPTIONS: Options = {
  allErrors: true,
  strict: true,
  coerceTypes: false,
  useDefaults: false,
  removeAdditional: false,
  verbose: true,
  // Patterns are checked for ReDoS by a test; `u` flag semantics as ajv's default.
  unicodeRegExp: true,
};

export const SCHEMA_IDS = {
  declaration: declarationSchema.$id,
  result: resultSchema.$id,
  tailoring: tailoringSchema.$id,
  waivers: waiversSchema.$id,
} as const;

export const SCHEMAS = { declaration: declarationSchema, result: resultSchema, tailoring: tailoringSchema, waivers: waiversSchema };

let shared: Ajv | undefined;

/** The shared ajv instance with every project schema registered (compiled lazily, once). */
export function getAjv(): Ajv {
  if (!shared) {
    shared = new Ajv(AJV_OPTIONS);
    for (const schema of Object.values(SCHEMAS)) shared.addSchema(schema);
  }
  return shared;
}
