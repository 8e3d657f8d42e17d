/**
 * The one ajv configuration, shared by the CLI and the HTTP server, so that both give the same verdict on the
 * same input. No type coercion, no removal of unknown properties, no defaults injected: the declaration is
 * judged exactly as written. allErrors is on so that people see every problem at once; that is safe because
 * the schema bounds every string (maxLength) and every list (maxItems) before any pattern runs, and the
 * number of issues reported is capped. The declaration validators are precompiled from this configuration
 * (schema/generated/validators.js) so that nothing is compiled at start-up.
 */
import type { Options } from 'ajv';
import declarationSchema from '../../schema/declaration.schema.json' with { type: 'json' };
import resultSchema from '../../schema/result.schema.json' with { type: 'json' };
import ajvOptions from './ajv-options.json' with { type: 'json' };
import tailoringSchema from '../../schema/tailoring.schema.json' with { type: 'json' };
import waiversSchema from '../../schema/waivers.schema.json' with { type: 'json' };

/** The options, kept in a JSON file so that the validator generator (scripts/generate-validators.mjs) uses the very same. */
export const AJV_OPTIONS: Options = { ...ajvOptions };

export const SCHEMA_IDS = {
  declaration: declarationSchema.$id,
  result: resultSchema.$id,
  tailoring: tailoringSchema.$id,
  waivers: waiversSchema.$id,
} as const;

export const SCHEMAS = { declaration: declarationSchema, result: resultSchema, tailoring: tailoringSchema, waivers: waiversSchema };
