/**
 * `campaigncheck init`: a commented starter declaration (YAML) for one kind of organisation. Only the four facts
 * the schema requires are filled in; every other section is written out commented, with its title and
 * description taken from the declaration schema (the single source of truth, so the starter never drifts from
 * it), for a volunteer to uncomment and answer. It validates as written (a test checks every type).
 */
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { COMMON_OPTIONS, oneOf, parse, UsageError } from '../args.js';
import { ExitCode } from '../exit-codes.js';
import { say, write, type CliIo } from '../io.js';
import { OutputError, writeFileAtomic } from '../output.js';

const OPTIONS = {
  ...COMMON_OPTIONS,
  type: { type: 'string', short: 't' },
  output: { type: 'string', short: 'o' },
  force: { type: 'boolean' },
  'schema-url': { type: 'string' },
} as const;

export const ORGANISATION_TYPES = [
  'registered_party',
  'local_party_unit',
  'candidate',
  'elected_representative',
  'referendum_campaigner',
  'non_party_campaigner',
  'recall_petition_campaigner',
  'vendor',
  'data_broker',
  'platform',
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

interface TypeGuide {
  label: string;
  intro: string;
  /** Sections that matter most for this kind of organisation, flagged in their headings. */
  focus: string[];
  /** Suggested values shown in comments. */
  electionType?: string;
}

const GUIDES: Record<OrganisationType, TypeGuide> = {
  registered_party: {
    label: 'a registered political party',
    intro: 'For a national party on the Electoral Commission register. Answer for the central party; local units can send their own declarations.',
    focus: ['actors', 'dataSources', 'processingActivities', 'communications', 'onlineTargeting', 'canvassing', 'vendors', 'retention'],
    electionType: 'uk_parliamentary',
  },
  local_party_unit: {
    label: 'a local party unit (constituency party or branch)',
    intro: 'For a constituency party, association or branch of a registered party. Say in "actors" how you share data with the national party (often as joint controllers).',
    focus: ['actors', 'dataSources', 'communications', 'canvassing', 'retention'],
    electionType: 'local_government',
  },
  candidate: {
    label: 'a candidate',
    intro: 'For a candidate at an election, standing for a party or as an independent. Candidates are controllers in their own right for the data they use.',
    focus: ['actors', 'dataSources', 'communications', 'canvassing', 'electronicMaterial', 'postCampaign'],
    electionType: 'uk_parliamentary',
  },
  elected_representative: {
    label: 'an elected representative (MP, MS, MSP, MLA, councillor, mayor or PCC)',
    intro: 'For an elected representative. Keep casework (helping constituents) apart from campaigning: the "casework" section is about that.',
    focus: ['casework', 'communications', 'dataSources', 'retention'],
    electionType: 'party_activity',
  },
  referendum_campaigner: {
    label: 'a referendum campaigner',
    intro: 'For a permitted participant or other campaigner at a referendum. Give your Electoral Commission registration in the declarant section.',
    focus: ['dataSources', 'communications', 'onlineTargeting', 'electronicMaterial'],
    electionType: 'referendum',
  },
  non_party_campaigner: {
    label: 'a non-party campaigner (third party)',
    intro: 'For a campaigning organisation that is not a party (a recognised third party or other non-party campaigner). Give your Electoral Commission registration, if any, in the declarant section.',
    focus: ['dataSources', 'communications', 'onlineTargeting', 'electronicMaterial'],
    electionType: 'uk_parliamentary',
  },
  recall_petition_campaigner: {
    label: 'a recall petition campaigner',
    intro: 'For a campaigner at a recall petition.',
    focus: ['dataSources', 'communications', 'canvassing', 'electronicMaterial'],
    electionType: 'recall_petition',
  },
  vendor: {
    label: 'a vendor (a supplier or processor to campaigns)',
    intro: 'For a supplier to campaigns, such as a CRM, canvassing app, analytics or ad-tech firm. Say for which campaigns you act as a processor and what you do with their data.',
    focus: ['actors', 'processingActivities', 'disclosures', 'security', 'vendors'],
  },
  data_broker: {
    label: 'a data broker',
    intro: 'For a business that sells or licenses personal data that campaigns use. Say where your data comes from and what people were told.',
    focus: ['dataSources', 'disclosures', 'privacyNotice', 'profiling'],
  },
  platform: {
    label: 'a platform (social media or advertising)',
    intro: 'For a social media or advertising platform that campaigns use for targeting.',
    focus: ['onlineTargeting', 'profiling', 'actors', 'privacyNotice'],
  },
};

interface SchemaNode {
  $ref?: string;
  type?: string | string[];
  title?: string;
  description?: string;
  enum?: unknown[];
  items?: SchemaNode;
  properties?: Record<string, SchemaNode>;
  required?: string[];
}

interface DeclarationSchema extends SchemaNode {
  $id: string;
  definitions: Record<string, SchemaNode>;
}

const WIDTH = 100;

function wrap(text: string, prefix: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.replace(/\s+/g, ' ').trim().split(' ')) {
    if (line !== '' && prefix.length + line.length + 1 + word.length > WIDTH) {
      lines.push(prefix + line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(prefix + line);
  return lines;
}

class Writer {
  readonly lines: string[] = [];
  constructor(private readonly schema: DeclarationSchema) {}

  deref(node: SchemaNode): SchemaNode & { refName?: string } {
    let current: SchemaNode & { refName?: string } = node;
    let refName: string | undefined;
    for (let i = 0; i < 10 && current.$ref; i++) {
      refName = current.$ref.split('/').pop()!;
      const { $ref: _ref, ...rest } = current;
      current = { ...this.schema.definitions[refName]!, ...rest };
    }
    return refName ? { ...current, refName } : current;
  }

  hint(node: SchemaNode & { refName?: string }, key: string): string {
    if (node.refName === 'calendarDate') return 'a date, YYYY-MM-DD';
    if (node.refName === 'idList') return 'a list of ids of entries in this file, e.g. [spring-sms]';
    if (node.refName === 'id') return key === 'id' ? "an id you choose, e.g. 'spring-sms'" : 'the id of an entry in this file';
    if (node.refName === 'url') return 'a web address, https://...';
    if (node.refName === 'countryCode') return 'a two-letter country code, e.g. GB';
    if (node.enum) return `one of: ${node.enum.join(', ')}`;
    if (node.type === 'boolean') return 'true or false';
    if (node.type === 'integer') return 'a whole number';
    if (node.type === 'array') {
      const items = this.deref(node.items ?? {});
      if (items.enum) return `a list of: ${items.enum.join(', ')}`;
      return 'a list';
    }
    return 'text';
  }

  /** A commented skeleton of one property (recursing into objects and lists of objects). */
  property(key: string, node0: SchemaNode, indent: string, required: boolean, depth: number, listItem = false): void {
    const node = this.deref(node0);
    const lead = listItem ? `${indent}- ` : indent;
    const inner = listItem ? `${indent}  ` : indent;
    const label = `${required ? '(required) ' : ''}${node.title ?? key}`;
    if (node.type === 'object' && node.properties && depth < 3) {
      this.lines.push(`#${lead}${key}:${' '.repeat(Math.max(1, 30 - lead.length - key.length))}# ${label}`);
      this.object(node, `${inner}  `, depth + 1);
      return;
    }
    if (node.type === 'array' && depth < 3) {
      const items = this.deref(node.items ?? {});
      if (items.type === 'object' && items.properties) {
        this.lines.push(`#${lead}${key}:${' '.repeat(Math.max(1, 30 - lead.length - key.length))}# ${label}: a list`);
        this.object(items, `${inner}  `, depth + 1, true);
        return;
      }
    }
    const text = `#${lead}${key}:`;
    const comment = `# ${label}: ${this.hint(node, key)}`;
    this.lines.push(`${text}${' '.repeat(Math.max(1, 32 - text.length))}${comment}`);
  }

  object(node: SchemaNode, indent: string, depth: number, listItem = false): void {
    const required = new Set(node.required ?? []);
    const keys = Object.keys(node.properties ?? {}).filter((k) => k !== '$schema');
    keys.sort((a, b) => Number(required.has(b)) - Number(required.has(a)));
    keys.forEach((key, i) => this.property(key, node.properties![key]!, listItem && i > 0 ? `${indent}  ` : indent, required.has(key), depth, listItem && i === 0));
  }

  section(key: string, node0: SchemaNode, focus: boolean): void {
    const node = this.deref(node0);
    const rule = `# ── ${node.title ?? key} (${key})${focus ? ' ★ important for you' : ''} `;
    this.lines.push('', rule + '─'.repeat(Math.max(3, WIDTH - rule.length)));
    this.lines.push(...wrap(node.description ?? '', '# '));
    this.lines.push('#');
    if (node.type === 'array') {
      const items = this.deref(node.items ?? {});
      this.lines.push(`# ${key}:`);
      if (items.type === 'object' && items.properties) this.object(items, '   ', 1, true);
    } else if (node.type === 'object' && node.properties) {
      this.lines.push(`# ${key}:`);
      this.object(node, '   ', 1);
    }
  }
}

function yamlString(text: string): string {
  return JSON.stringify(text);
}

/** The starter declaration for a type. */
export function starterDeclaration(schema: DeclarationSchema, type: OrganisationType, schemaUrl: string): string {
  const guide = GUIDES[type];
  const w = new Writer(schema);
  const props = schema.properties!;
  w.lines.push(
    `# yaml-language-server: $schema=${schemaUrl}`,
    '#',
    `# campaigncheck declaration: starter for ${guide.label}.`,
    ...wrap(guide.intro, '# '),
    '#',
    '# This file tells campaigncheck how your campaign uses personal data, so that it can be checked against',
    "# the ICO's guidance on political campaigning and the law behind it (UK GDPR, DPA 2018, PECR, electoral law).",
    '#',
    '# How to fill it in:',
    '#  - Lines starting with # are comments; campaigncheck ignores them.',
    '#  - Each commented section below is a set of facts to give. To answer one, remove the "# " at the',
    '#    start of its lines (keep the indentation) and write your answer after each colon. Delete the lines',
    '#    you do not need. The comment after each line says what to write.',
    '#  - Leaving a fact out is never taken to mean "fine": the rules that need it report "needs info".',
    '#  - Ids (like spring-sms) are short names you choose, so that entries can refer to each other.',
    '#  - Check your file as you go:   campaigncheck validate <this file>   then   campaigncheck check <this file>',
    '#  - To learn what a rule needs:   campaigncheck explain <RULE-ID>      Full schema: campaigncheck schema',
    '',
    `# ${props.schemaVersion?.description ?? 'The version of the declaration format.'}`,
    'schemaVersion: "1.0"',
  );
  // declarant and campaign: the required facts filled in, the rest commented.
  for (const key of ['declarant', 'campaign'] as const) {
    const node = w.deref(props[key]!);
    const rule = `# ── ${node.title ?? key} (${key}) `;
    w.lines.push('', rule + '─'.repeat(Math.max(3, WIDTH - rule.length)), ...wrap(node.description ?? '', '# '), `${key}:`);
    const filled: Record<string, string> =
      key === 'declarant'
        ? { name: yamlString('TO FILL: the legal name of your organisation (or your name)'), organisationType: type }
        : { name: yamlString('TO FILL: the name of the campaign, e.g. General election 2029') };
    for (const [prop, value] of Object.entries(filled)) {
      const p = w.deref(node.properties![prop]!);
      w.lines.push(...wrap(`${p.title ?? prop}: ${p.description ?? ''}`, '  # '), `  ${prop}: ${value}`);
    }
    const rest = { ...node, properties: Object.fromEntries(Object.entries(node.properties ?? {}).filter(([k]) => !(k in filled))) };
    w.lines.push('  # More facts (uncomment and answer):');
    if (key === 'campaign' && guide.electionType) w.lines.push(`  # (for ${guide.label}, electionType is often ${guide.electionType})`);
    w.object(rest, '   ', 1);
  }
  for (const [key, node] of Object.entries(props)) {
    if (key === '$schema' || key === 'schemaVersion' || key === 'declarant' || key === 'campaign') continue;
    w.section(key, node, guide.focus.includes(key));
  }
  w.lines.push('');
  return w.lines.join('\n');
}

/** The schema address for the editor modeline: a local copy when campaigncheck is installed in the project. */
function defaultSchemaUrl(cwd: string, outputDir: string, id: string): string {
  const local = join(cwd, 'node_modules', 'campaigncheck', 'schema', 'declaration.schema.json');
  if (existsSync(local)) {
    const rel = relative(outputDir, local).split('\\').join('/');
    return rel.startsWith('.') ? rel : `./${rel}`;
  }
  return id;
}

export async function command(args: string[], io: CliIo): Promise<number> {
  const { values } = parse('init', args, OPTIONS, false);
  const type = oneOf('init', '--type', values.type ?? 'registered_party', ORGANISATION_TYPES);
  const output = values.output !== undefined && values.output !== '-' ? resolve(io.cwd, values.output) : undefined;
  if (output && existsSync(output) && values.force !== true) {
    throw new UsageError(`${values.output} already exists; use --force to overwrite it.`, 'init');
  }
  const schema = (await import('../../schema/declaration.schema.json', { with: { type: 'json' } })).default as unknown as DeclarationSchema;
  const url = values['schema-url'] ?? defaultSchemaUrl(io.cwd, output ? resolve(output, '..') : io.cwd, schema.$id);
  const text = starterDeclaration(schema, type, url);
  if (!output) {
    await write(io.stdout, text);
    return ExitCode.Ok;
  }
  try {
    writeFileAtomic(output, text);
  } catch (error) {
    if (!(error instanceof OutputError)) throw error;
    await say(io, `campaigncheck init: error: ${error.message}`);
    return ExitCode.Error;
  }
  if (values.quiet !== true) await say(io, `Wrote a starter declaration for ${GUIDES[type].label} to ${values.output}. Next: fill it in, then run campaigncheck check ${values.output}`);
  return ExitCode.Ok;
}
