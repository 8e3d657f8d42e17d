/** `campaigncheck schema`: prints the declaration JSON Schema, or the result, tailoring or waivers schema. */
import { COMMON_OPTIONS, parse, UsageError } from '../args.js';
import { ExitCode } from '../exit-codes.js';
import { write, type CliIo } from '../io.js';

const OPTIONS = {
  ...COMMON_OPTIONS,
  result: { type: 'boolean' },
  tailoring: { type: 'boolean' },
  waivers: { type: 'boolean' },
} as const;

export async function command(args: string[], io: CliIo): Promise<number> {
  const { values } = parse('schema', args, OPTIONS, false);
  const chosen = (['result', 'tailoring', 'waivers'] as const).filter((k) => values[k] === true);
  if (chosen.length > 1) throw new UsageError(`choose one of --result, --tailoring and --waivers.`, 'schema');
  const which = chosen[0] ?? 'declaration';
  const schema =
    which === 'result'
      ? (await import('../../schema/result.schema.json', { with: { type: 'json' } })).default
      : which === 'tailoring'
        ? (await import('../../schema/tailoring.schema.json', { with: { type: 'json' } })).default
        : which === 'waivers'
          ? (await import('../../schema/waivers.schema.json', { with: { type: 'json' } })).default
          : (await import('../../schema/declaration.schema.json', { with: { type: 'json' } })).default;
  await write(io.stdout, `${JSON.stringify(schema, null, 2)}\n`);
  return ExitCode.Ok;
}
