/**
 * A seeded generator of campaign declarations, for the benchmarks and the property tests.
 *
 * The same seed and options always give the same document, byte for byte: all randomness comes from an
 * `Entropy` (a seeded sfc32 PRNG here, fast-check's `gen()` in the property tests), never from Math.random,
 * the clock or the environment. The generator walks schema/declaration.schema.json, so every property the
 * schema knows can appear, and adds what the schema cannot say: ids unique within their list, references
 * that point at declared items, waivers that name real rules and items.
 *
 *   generateDocument({ seed: 1, size: 'typical', format: 'yaml' })            -> a valid ~20 KB YAML text
 *   generateDocument({ seed: 1, size: 'typical', format: 'json', invalid: true }) -> the same kind of text with
 *       one to three realistic mistakes (unknown field, wrong enum value, wrong type, dangling reference,
 *       duplicate key in the text), listed in `mistakes`.
 *
 * Command line (bundled on the fly by bench/run.mjs):
 *   node bench/run.mjs bench/generate.ts [--seed N] [--size small|typical|large] [--format json|yaml] [--invalid]
 * writes one document to stdout and a one-line summary to stderr.
 */
import { parseArgs } from 'node:util';
import { stringify as toYaml } from 'yaml';

import schemaJson from '../schema/declaration.schema.json' with { type: 'json' };
import type { Declaration } from '../schema/generated/declaration.js';
import { RULES } from '../rules/index.js';

// ---------------------------------------------------------------------------------------------------------
// Randomness

/** The only source of randomness: a whole number in [min, max] (inclusive). Draws of min are the "simplest". */
export interface Entropy {
  int(min: number, max: number): number;
}

/** sfc32, seeded through splitmix32: small, fast and good enough for test data. */
export function seededEntropy(seed: number): Entropy {
  let s = seed >>> 0;
  const splitmix = (): number => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = splitmix();
  let b = splitmix();
  let c = splitmix();
  let d = splitmix();
  const next = (): number => {
    let t = (a + b) >>> 0;
    a = (b ^ (b >>> 9)) >>> 0;
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    d = (d + 1) >>> 0;
    t = (t + d) >>> 0;
    c = (c + t) >>> 0;
    return t;
  };
  for (let i = 0; i < 12; i++) next();
  return {
    int(min: number, max: number): number {
      if (max <= min) return min;
      const span = max - min + 1;
      // 53 bits from two draws, so ranges up to 2^53 are uniform enough.
      const x = (next() * 2 ** 21 + (next() >>> 11)) / 2 ** 53;
      return min + Math.floor(x * span);
    },
  };
}

/** Helpers over an Entropy. Every helper maps the draw `min` to the simplest choice (absent, first, fewest). */
export class Draw {
  constructor(readonly entropy: Entropy) {}

  int(min: number, max: number): number {
    return this.entropy.int(min, max);
  }

  /** True with probability p; the simplest draw is false. */
  chance(p: number): boolean {
    if (p <= 0) return false;
    if (p >= 1) return true;
    return this.entropy.int(0, 9_999) >= Math.round((1 - p) * 10_000);
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[this.entropy.int(0, items.length - 1)]!;
  }

  /** Distinct items, in a random order, between min and max of them. */
  subset<T>(items: readonly T[], min: number, max: number): T[] {
    const count = this.int(Math.min(min, items.length), Math.min(max, items.length));
    const pool = [...items];
    const out: T[] = [];
    for (let i = 0; i < count; i++) {
      const k = this.int(0, pool.length - 1);
      out.push(pool[k]!);
      pool.splice(k, 1);
    }
    return out;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Vocabulary

const WORDS = (
  'voter contact canvass doorstep returns supporters members survey petition email text message leaflet ' +
  'register local party ward constituency branch volunteer agent candidate council mayor referendum ' +
  'campaign fundraising donation event signup newsletter appeal polling district street postal vote ' +
  'turnout model score segment audience lookalike platform advert imprint website app cookie pixel ' +
  'analytics supplier processor printer mailing house call centre broker data record list file export ' +
  'consent notice privacy retention review deletion security access training policy breach assessment ' +
  'north south east west central riverside hill park green valley market new old high upper lower'
).split(' ');

const SLUGS: Record<string, readonly string[]> = {
  actors: ['local-party', 'candidate', 'agent', 'hq', 'partner', 'mp-office', 'councillor', 'youth-wing'],
  dataCategories: ['contact', 'register-entry', 'age-band', 'support-score', 'canvass-response', 'donations', 'email', 'phone', 'issue-view'],
  dataSources: ['web-signups', 'full-register', 'canvass', 'petition', 'survey', 'member-records', 'broker-list', 'event-signups'],
  processingActivities: ['doorstep-canvassing', 'fundraising-emails', 'gotv', 'voter-modelling', 'membership-admin', 'volunteer-rota', 'online-ads', 'casework'],
  collectionPoints: ['signup-form', 'petition-page', 'doorstep-app', 'event-desk', 'survey-form', 'phone-bank'],
  communications: ['spring-sms', 'weekly-email', 'gotv-calls', 'welcome-post', 'appeal-email', 'survey-calls', 'whatsapp-update'],
  onlineTargeting: ['custom-audience', 'lookalike', 'geo-target', 'retarget', 'interest-segment'],
  socialMediaAccounts: ['facebook-page', 'x-account', 'instagram', 'tiktok', 'youtube'],
  webProperties: ['main-site', 'donate-site', 'petition-site', 'volunteer-app'],
  electronicMaterial: ['facebook-ads', 'video-series', 'website-banner', 'email-graphics', 'organic-posts'],
  vendors: ['crm', 'email-service', 'sms-gateway', 'printer', 'call-centre', 'analytics-firm', 'cloud-host', 'canvass-app'],
  disclosures: ['customer-list', 'enriched-file', 'model-scores', 'audience-file'],
  retention: ['voter-file', 'member-list', 'consent-records', 'suppression-list', 'register-copy', 'canvass-returns'],
  models: ['support-model', 'turnout-model', 'persuadability', 'issue-model'],
  decisions: ['auto-exclusion', 'auto-scoring', 'auto-allocation'],
};

/** Strings that have broken parsers, templates, terminals and reports before. Used when `exotic` > 0. */
export const EXOTIC_TEXT: readonly string[] = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '{{constructor.constructor}}',
  '{{{raw}}}',
  'javascript:alert(1)',
  '\u001b[31mred\u001b[0m',
  'line one\nline two',
  'tab\there',
  'carriage\r\nreturn',
  'nul \u0000 byte',
  'quote " and backslash \\ and apostrophe \'',
  'emoji 🗳️ and accents: Llanfair­pwll, Ça va, Żółć',
  'right-to-left \u202e text',
  'NO',
  'yes',
  'off',
  'null',
  '~',
  '- dash first',
  '# not a comment',
  'key: value',
  '&anchor',
  '*alias',
  '!tag',
  '%percent',
  '@at',
  '`backtick`',
  '0777',
  '1e3',
  '0x1F',
  '2024-01-01',
  '<<',
  '  leading and trailing spaces  ',
  '\u00a0non-breaking',
  'trailing newline\n',
  'lone surrogate \ud800',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  '𝕌𝕟𝕚𝕔𝕠𝕕𝕖',
];

/** Ids that are valid but collide with JavaScript or YAML names. */
const EXOTIC_IDS: readonly string[] = ['constructor', 'prototype', 'tostring', 'hasownproperty', 'valueof', '0', '1e3', 'null', 'true', 'no', 'yes', 'nan', 'inf'];

const COUNTRIES = ['GB', 'IE', 'US', 'DE', 'FR', 'NL', 'IN', 'CA', 'AU', 'ZA'];

// ---------------------------------------------------------------------------------------------------------
// The schema

interface SchemaNode {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minimum?: number;
  maximum?: number;
}

const SCHEMA = schemaJson as unknown as SchemaNode & { definitions: Record<string, SchemaNode> };

function refName(node: SchemaNode): string | undefined {
  return node.$ref?.replace('#/definitions/', '');
}

/** The node with its $ref chain followed (the referring node's own keywords win, as draft-07 ignores them anyway). */
export function resolveSchema(node: SchemaNode): SchemaNode {
  let current = node;
  for (let i = 0; current.$ref && i < 10; i++) current = SCHEMA.definitions[refName(current)!]!;
  return current;
}

/** The schema that applies at a path of the value (keys and indexes), or undefined outside the schema. */
export function schemaAt(path: readonly (string | number)[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = resolveSchema(SCHEMA);
  for (const token of path) {
    if (!node) return undefined;
    if (typeof token === 'number') node = node.items ? resolveSchema(node.items) : undefined;
    else node = node.properties && Object.hasOwn(node.properties, token) ? resolveSchema(node.properties[token]!) : undefined;
  }
  return node;
}

// ---------------------------------------------------------------------------------------------------------
// Collections, ids and references

/** The lists whose items have an id, by the name waivers use for them (as core/validate/references.ts). */
export const COLLECTIONS = [
  'actors',
  'dataCategories',
  'dataSources',
  'processingActivities',
  'collectionPoints',
  'communications',
  'onlineTargeting',
  'socialMediaAccounts',
  'webProperties',
  'electronicMaterial',
  'vendors',
  'disclosures',
  'retention',
  'models',
  'decisions',
] as const;
export type Collection = (typeof COLLECTIONS)[number];

/** Schema path (array items as *) of each id list. */
const COLLECTION_PATHS: Record<string, Collection> = {
  '/actors': 'actors',
  '/dataCategories': 'dataCategories',
  '/dataSources': 'dataSources',
  '/processingActivities': 'processingActivities',
  '/collectionPoints': 'collectionPoints',
  '/communications': 'communications',
  '/onlineTargeting': 'onlineTargeting',
  '/socialMediaAccounts': 'socialMediaAccounts',
  '/webProperties': 'webProperties',
  '/electronicMaterial': 'electronicMaterial',
  '/vendors': 'vendors',
  '/disclosures': 'disclosures',
  '/retention': 'retention',
  '/profiling/models': 'models',
  '/automatedDecisions/decisions': 'decisions',
};

type Pool = Collection | 'parties';

/** Where references live (schema paths) and what they point at; mirrors core/validate/references.ts. */
export const REFERENCES: Readonly<Record<string, Pool>> = {
  '/dataCategories/*/sourceIds': 'dataSources',
  '/dataSources/*/supplierId': 'parties',
  '/dataSources/*/usedForActivityIds': 'processingActivities',
  '/dataSources/*/sharedWith/*/recipientId': 'parties',
  '/processingActivities/*/dataCategoryIds': 'dataCategories',
  '/processingActivities/*/dataSourceIds': 'dataSources',
  '/profiling/models/*/activityId': 'processingActivities',
  '/profiling/models/*/inputCategoryIds': 'dataCategories',
  '/profiling/models/*/outputCategoryIds': 'dataCategories',
  '/profiling/models/*/supplierId': 'vendors',
  '/collectionPoints/*/dataSourceId': 'dataSources',
  '/communications/*/activityId': 'processingActivities',
  '/communications/*/audienceSourceIds': 'dataSources',
  '/onlineTargeting/*/activityId': 'processingActivities',
  '/onlineTargeting/*/sourceIds': 'dataSources',
  '/canvassing/appVendorId': 'vendors',
  '/disclosures/*/dataCategoryIds': 'dataCategories',
  '/retention/*/dataSourceIds': 'dataSources',
};

/** The schema path of a value path: array indexes become *. */
export function schemaPath(path: readonly (string | number)[]): string {
  return path.map((t) => (typeof t === 'number' ? '/*' : `/${t}`)).join('');
}

// ---------------------------------------------------------------------------------------------------------
// Shapes

export interface Shape {
  /** How many items each id list gets (0: the list is left out or written as []). */
  counts: Partial<Record<Collection, number>>;
  /** Number of waivers. */
  waivers: number;
  /** Probability that an optional property of a section or list item is present. */
  optional: number;
  /** Factor on `optional` for objects nested deeper than that (consent, due diligence, ...). */
  nested: number;
  /** Probability that each optional top-level section (privacyNotice, rights, security, ...) is present. */
  sections: number;
  /** Probability that a free-text string is taken from EXOTIC_TEXT instead of plain words. */
  exotic: number;
  /** Probability that an id is taken from a list of ids that collide with JavaScript or YAML names. */
  exoticIds: number;
  /** Probability that a number is at an edge of its range (minimum or maximum). */
  edges: number;
  /** Longest list of references or enum values drawn (the schema allows far more). */
  maxListItems: number;
}

export type SizeName = 'small' | 'typical' | 'large';

/** Relative list lengths of a campaign declaration: activities, sources, categories and messages dominate. */
const WEIGHTS: Record<Collection, number> = {
  processingActivities: 10,
  dataSources: 8,
  dataCategories: 8,
  communications: 8,
  vendors: 6,
  actors: 3,
  collectionPoints: 4,
  onlineTargeting: 3,
  socialMediaAccounts: 2,
  webProperties: 2,
  electronicMaterial: 3,
  disclosures: 2,
  retention: 4,
  models: 2,
  decisions: 1,
};

/** Target sizes of the pretty-printed JSON text (2-space indent), in bytes. */
export const SIZE_BYTES: Record<SizeName, number> = { small: 5_000, typical: 20_000, large: 200_000 };

/** A shape with `scale` times the base weights of items (at least one item in the core lists). */
export function scaledShape(scale: number, base: Partial<Shape> = {}): Shape {
  const counts: Partial<Record<Collection, number>> = {};
  for (const name of COLLECTIONS) {
    const core = name === 'processingActivities' || name === 'dataSources' || name === 'dataCategories' || name === 'vendors';
    counts[name] = Math.max(core ? 1 : 0, Math.round(WEIGHTS[name] * scale));
  }
  return {
    counts,
    waivers: Math.max(1, Math.round(scale)),
    optional: 0.5,
    nested: 0.6,
    sections: 0.85,
    exotic: 0,
    exoticIds: 0,
    edges: 0.05,
    maxListItems: 4,
    ...base,
  };
}

// ---------------------------------------------------------------------------------------------------------
// The walker

const OMIT: unique symbol = Symbol('omit');
type Generated = unknown | typeof OMIT;

interface Context {
  draw: Draw;
  shape: Shape;
  ids: Record<Collection, string[]>;
  /** Ids of the items actually written so far (a nested list such as profiling.models may be left out). */
  emitted: Record<Collection, string[]>;
  /** The id of the list item being generated, by the list's schema path. */
  itemIds: Map<string, string>;
  ruleIds: readonly string[];
}

function words(draw: Draw, min: number, max: number): string {
  const n = draw.int(min, max);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(draw.pick(WORDS));
  const text = out.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function fit(text: string, minLength = 0, maxLength = 4000): string {
  let out = text.length > maxLength ? text.slice(0, maxLength).trimEnd() : text;
  while (out.length < minLength) out += 'x';
  if (out.length > maxLength) out = out.slice(0, maxLength);
  return out;
}

function freeText(ctx: Context, kind: 'name' | 'text' | 'reference' | 'plain', node: SchemaNode): string {
  const { draw } = ctx;
  let text: string;
  if (ctx.shape.exotic > 0 && draw.chance(ctx.shape.exotic)) text = draw.pick(EXOTIC_TEXT);
  else if (kind === 'name') text = words(draw, 2, 5);
  else if (kind === 'text') text = `${words(draw, 4, 14)}.`;
  else if (kind === 'reference') text = `${draw.pick(['DP', 'DPIA', 'LIA', 'APD', 'CON', 'POL'])}-${draw.int(1, 999)} ${words(draw, 1, 4)}`;
  else text = words(draw, 1, 4);
  return fit(text, node.minLength ?? 0, node.maxLength ?? 4000);
}

function calendarDate(draw: Draw): string {
  const y = draw.int(2020, 2031);
  const m = draw.int(1, 12);
  const d = draw.int(1, 28);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function integer(ctx: Context, node: SchemaNode): number {
  const min = node.minimum ?? 0;
  const max = node.maximum ?? 1_000_000;
  const { draw } = ctx;
  if (draw.chance(ctx.shape.edges)) return draw.chance(0.5) ? max : min;
  // Mostly small, realistic numbers; sometimes anywhere in the range.
  if (draw.chance(0.8)) return draw.int(min, Math.min(max, min + 120));
  return draw.int(min, max);
}

function referenceTargets(ctx: Context, pool: Pool): string[] {
  return pool === 'parties' ? [...ctx.ids.vendors, ...ctx.ids.actors] : ctx.ids[pool];
}

/** A subject for a waiver: an item written earlier (waivers are the last section of the schema). */
function waiverSubject(ctx: Context): Generated {
  const { draw } = ctx;
  const nonEmpty = COLLECTIONS.filter((c) => ctx.emitted[c].length > 0);
  if (nonEmpty.length === 0) return OMIT;
  const collection = draw.pick(nonEmpty);
  return `${collection}/${draw.pick(ctx.emitted[collection])}`;
}

function generate(node: SchemaNode, path: readonly (string | number)[], ctx: Context): Generated {
  const { draw } = ctx;
  const at = schemaPath(path);
  const ref = refName(node);

  // Semantics the schema cannot express.
  if (Object.hasOwn(REFERENCES, at)) {
    const targets = referenceTargets(ctx, REFERENCES[at]!);
    if (ref === 'idList') return draw.subset(targets, 0, Math.min(ctx.shape.maxListItems, 200));
    return targets.length > 0 ? draw.pick(targets) : OMIT;
  }
  if (ref === 'id') {
    const listPath = at.replace(/\/\*\/id$/, '');
    const id = ctx.itemIds.get(listPath);
    if (id === undefined) throw new Error(`no id for ${at}`);
    return id;
  }
  switch (at) {
    case '/$schema':
      return OMIT;
    case '/declarant/partyRegistration/registerEntry':
      return `PP${draw.int(1, 9999)}`;
    case '/declarant/icoRegistration/reference':
      return `Z${draw.pick(['A', 'B', 'X'])}${String(draw.int(0, 999_999)).padStart(6, '0')}`;
    case '/waivers/*/ruleId':
      return draw.pick(ctx.ruleIds);
    case '/waivers/*/subject':
      return waiverSubject(ctx);
    case '/socialMediaAccounts/*/handle':
      return `@${draw.pick(WORDS)}${draw.pick(WORDS)}`;
    default:
      break;
  }

  switch (ref) {
    case 'calendarDate':
      return calendarDate(draw);
    case 'url':
      return `https://www.${draw.pick(WORDS)}-${draw.pick(WORDS)}.org.uk/${draw.pick(WORDS)}`;
    case 'countryCode':
      return draw.pick(COUNTRIES);
    case 'name':
      return freeText(ctx, 'name', resolveSchema(node));
    case 'text':
      return freeText(ctx, 'text', resolveSchema(node));
    case 'reference':
      return freeText(ctx, 'reference', resolveSchema(node));
    default:
      break;
  }

  const schema = resolveSchema(node);
  if (schema.enum) return draw.pick(schema.enum);
  switch (schema.type) {
    case 'object':
      return generateObject(schema, path, ctx);
    case 'array':
      return generateArray(schema, path, ctx);
    case 'string':
      if (schema.pattern) throw new Error(`no generator for the pattern at ${at}`);
      return freeText(ctx, 'plain', schema);
    case 'integer':
      return integer(ctx, schema);
    case 'boolean':
      return draw.chance(0.5);
    default:
      throw new Error(`no generator for ${at} (${JSON.stringify(schema).slice(0, 80)})`);
  }
}

function generateObject(schema: SchemaNode, path: readonly (string | number)[], ctx: Context): Generated {
  const out: Record<string, unknown> = {};
  const required = new Set(schema.required ?? []);
  const top = path.length === 0;
  for (const [key, child] of Object.entries(schema.properties ?? {})) {
    const childPath = [...path, key];
    if (!required.has(key)) {
      const listName = COLLECTION_PATHS[schemaPath(childPath)];
      if (listName) {
        // Lists of items: present whenever the shape asks for items; otherwise [] or absent.
        if ((ctx.shape.counts[listName] ?? 0) === 0 && !ctx.draw.chance(0.3)) continue;
      } else if (key === 'waivers' && top) {
        if (ctx.shape.waivers === 0) continue;
      } else if (!ctx.draw.chance(top ? ctx.shape.sections : path.length <= 2 ? ctx.shape.optional : ctx.shape.optional * ctx.shape.nested)) continue;
    }
    const value = generate(child, childPath, ctx);
    if (value === OMIT) {
      if (required.has(key)) return OMIT;
      continue;
    }
    out[key] = value;
  }
  return out;
}

function generateArray(schema: SchemaNode, path: readonly (string | number)[], ctx: Context): Generated {
  const { draw } = ctx;
  const at = schemaPath(path);
  const items = schema.items!;
  const itemSchema = resolveSchema(items);
  const minItems = schema.minItems ?? 0;
  const maxItems = schema.maxItems ?? 10;

  // Enum and country lists: distinct values.
  const values = itemSchema.enum ?? (refName(items) === 'countryCode' ? COUNTRIES : undefined);
  if (values) return draw.subset(values, minItems, Math.min(maxItems, ctx.shape.maxListItems));

  let count: number;
  const listName = COLLECTION_PATHS[at];
  if (listName) count = Math.min(ctx.ids[listName].length, maxItems);
  else if (at === '/waivers') count = Math.min(ctx.shape.waivers, maxItems);
  else count = draw.int(minItems, Math.min(maxItems, Math.max(minItems, 3)));

  const out: unknown[] = [];
  const emitted: string[] = [];
  for (let i = 0; i < count; i++) {
    if (listName) ctx.itemIds.set(at, ctx.ids[listName][i]!);
    const value = generate(items, [...path, i], ctx);
    if (value === OMIT) continue;
    out.push(value);
    if (listName) emitted.push(ctx.ids[listName][i]!);
  }
  if (listName) ctx.itemIds.delete(at);
  if (out.length < minItems) return OMIT;
  if (listName) ctx.emitted[listName].push(...emitted);
  return out;
}

function makeIds(draw: Draw, shape: Shape): Record<Collection, string[]> {
  const ids = {} as Record<Collection, string[]>;
  for (const name of COLLECTIONS) {
    const count = shape.counts[name] ?? 0;
    const seen = new Set<string>();
    const list: string[] = [];
    for (let i = 0; i < count; i++) {
      let id = `${draw.pick(SLUGS[name]!)}-${i + 1}`;
      if (shape.exoticIds > 0 && draw.chance(shape.exoticIds)) {
        const candidate = draw.pick(EXOTIC_IDS);
        if (!seen.has(candidate)) id = candidate;
      }
      seen.add(id);
      list.push(id);
    }
    ids[name] = list;
  }
  return ids;
}

const DEFAULT_RULE_IDS: readonly string[] = RULES.map((r) => r.id);

/** A schema-valid declaration (references resolve, ids are unique, waivers name real rules and items). */
export function buildDeclaration(entropy: Entropy, shape: Shape, ruleIds: readonly string[] = DEFAULT_RULE_IDS): Declaration {
  const draw = new Draw(entropy);
  const ids = makeIds(draw, shape);
  const emitted = Object.fromEntries(COLLECTIONS.map((c) => [c, [] as string[]])) as unknown as Record<Collection, string[]>;
  const ctx: Context = { draw, shape, ids, emitted, itemIds: new Map(), ruleIds };
  const value = generate(SCHEMA, [], ctx);
  if (value === OMIT) throw new Error('the generator could not build a declaration');
  return value as Declaration;
}

// ---------------------------------------------------------------------------------------------------------
// Text

export type Format = 'json' | 'yaml';

export function toText(value: unknown, format: Format): string {
  return format === 'json' ? `${JSON.stringify(value, null, 2)}\n` : toYaml(value);
}

// ---------------------------------------------------------------------------------------------------------
// Mistakes

export const MISTAKE_KINDS = ['unknown_field', 'wrong_enum', 'wrong_type', 'dangling_reference', 'duplicate_key'] as const;
export type MistakeKind = (typeof MISTAKE_KINDS)[number];

export interface Mistake {
  kind: MistakeKind;
  /** JSON pointer of the changed value (for duplicate_key: of the duplicated property). */
  pointer: string;
  /** The issue code the checker should report for it (when no other mistake hides it). */
  expectedCode: string;
}

function pointerOf(path: readonly (string | number)[]): string {
  return path.map((t) => `/${String(t).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** Every path in the value whose node satisfies `test`, in document order. */
function collect(value: unknown, test: (v: unknown, path: (string | number)[]) => boolean): (string | number)[][] {
  const out: (string | number)[][] = [];
  const walk = (v: unknown, path: (string | number)[]) => {
    if (test(v, path)) out.push(path);
    if (Array.isArray(v)) v.forEach((item, i) => walk(item, [...path, i]));
    else if (v !== null && typeof v === 'object') for (const [k, item] of Object.entries(v)) walk(item, [...path, k]);
  };
  walk(value, []);
  return out;
}

function getAt(value: unknown, path: readonly (string | number)[]): unknown {
  let v = value;
  for (const t of path) v = (v as Record<string | number, unknown>)[t];
  return v;
}

function setAt(value: unknown, path: readonly (string | number)[], next: unknown): void {
  const parent = getAt(value, path.slice(0, -1)) as Record<string | number, unknown>;
  parent[path[path.length - 1]!] = next;
}

/** A plausible misspelling of a property name. */
function misspell(draw: Draw, name: string): string {
  const k = draw.int(1, Math.max(1, name.length - 2));
  switch (draw.int(0, 3)) {
    case 0:
      return name.slice(0, k) + name.charAt(k) + name.slice(k); // doubled letter
    case 1:
      return name.slice(0, k) + name.slice(k + 1); // dropped letter
    case 2:
      return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`); // snake_case
    default:
      return name.toLowerCase() === name ? `${name}s` : name.toLowerCase();
  }
}

function applyUnknownField(draw: Draw, value: unknown): Mistake | undefined {
  const objects = collect(value, (v, path) => v !== null && typeof v === 'object' && !Array.isArray(v) && schemaAt(path)?.properties !== undefined);
  if (objects.length === 0) return undefined;
  const path = draw.pick(objects);
  const schema = schemaAt(path)!;
  const names = Object.keys(schema.properties!);
  const object = getAt(value, path) as Record<string, unknown>;
  for (let attempt = 0; attempt < 10; attempt++) {
    const original = draw.pick(names);
    const typo = misspell(draw, original);
    if (typo === original || Object.hasOwn(schema.properties!, typo) || Object.hasOwn(object, typo)) continue;
    // A copy: a shared object would be written as a YAML anchor and alias.
    object[typo] = Object.hasOwn(object, original) ? structuredClone(object[original]) : true;
    return { kind: 'unknown_field', pointer: pointerOf([...path, typo]), expectedCode: 'UNKNOWN_FIELD' };
  }
  return undefined;
}

function applyWrongEnum(draw: Draw, value: unknown): Mistake | undefined {
  const paths = collect(value, (v, path) => typeof v === 'string' && path.length > 0 && schemaAt(path)?.enum !== undefined);
  if (paths.length === 0) return undefined;
  const path = draw.pick(paths);
  const allowed = schemaAt(path)!.enum!;
  const current = getAt(value, path) as string;
  const variants = [current.replace(/_/g, ' '), current.replace(/_/g, '-'), current.toUpperCase(), `${current}s`, current.replace(/s$/, ''), `${current.charAt(0).toUpperCase()}${current.slice(1)}`];
  const wrong = variants.find((v) => v !== current && !allowed.includes(v)) ?? `${current}x`;
  setAt(value, path, wrong);
  return { kind: 'wrong_enum', pointer: pointerOf(path), expectedCode: 'INVALID_VALUE' };
}

function applyWrongType(draw: Draw, value: unknown): Mistake | undefined {
  const paths = collect(value, (v, path) => (typeof v === 'boolean' || typeof v === 'number') && path.length > 0);
  if (paths.length === 0) return undefined;
  const path = draw.pick(paths);
  const current = getAt(value, path);
  let wrong: unknown;
  if (typeof current === 'boolean') wrong = draw.pick(current ? ['true', 'yes', 'Yes'] : ['false', 'no', 'No']);
  else wrong = draw.chance(0.5) ? String(current) : (current as number).toLocaleString('en-GB');
  setAt(value, path, wrong);
  return { kind: 'wrong_type', pointer: pointerOf(path), expectedCode: 'WRONG_TYPE' };
}

function applyDanglingReference(draw: Draw, value: unknown): Mistake | undefined {
  const paths = collect(value, (v, path) => typeof v === 'string' && (Object.hasOwn(REFERENCES, schemaPath(path)) || Object.hasOwn(REFERENCES, schemaPath(path.slice(0, -1)))));
  if (paths.length === 0) return undefined;
  const path = draw.pick(paths);
  const current = getAt(value, path) as string;
  const all = new Set(collect(value, (_v, p) => p[p.length - 1] === 'id').map((p) => getAt(value, p) as string));
  let wrong = draw.pick([`${current}s`, current.replace(/-(\d+)$/, '_$1'), `${current}-old`, `old-${current}`]);
  while (wrong === current || all.has(wrong)) wrong = `${wrong}x`;
  setAt(value, path, wrong);
  return { kind: 'dangling_reference', pointer: pointerOf(path), expectedCode: 'UNKNOWN_REFERENCE' };
}

/** Duplicates one `key: scalar` property in the text, in place, with a different value. */
function applyDuplicateKey(draw: Draw, text: string, format: Format): { text: string; mistake: Mistake } | undefined {
  const lines = text.split('\n');
  const candidates: number[] = [];
  const pattern = format === 'json' ? /^(\s+)"([A-Za-z]+)": ("[^"\\]*"|true|false|-?\d+),?$/ : /^(\s*)([A-Za-z]+): ([^\s|>'"&*!{[#][^#]*)$/;
  lines.forEach((line, i) => {
    if (!pattern.test(line)) return;
    // YAML: skip a key whose value continues on the next, more indented line.
    if (format === 'yaml') {
      const indent = /^\s*/.exec(line)![0].length;
      const next = lines[i + 1] ?? '';
      if (/\S/.test(next) && /^\s*/.exec(next)![0].length > indent && !next.trimStart().startsWith('- ')) return;
    }
    candidates.push(i);
  });
  if (candidates.length === 0) return undefined;
  const i = draw.pick(candidates);
  const match = pattern.exec(lines[i]!)!;
  const indent = match[1]!;
  const key = match[2]!;
  const copy = format === 'json' ? `${indent}"${key}": "duplicate",` : `${indent}${key}: duplicate`;
  // JSON: the copy goes before the original (it needs a comma after it); YAML: after it.
  lines.splice(format === 'json' ? i : i + 1, 0, copy);
  return { text: lines.join('\n'), mistake: { kind: 'duplicate_key', pointer: `(line ${i + 1}) ${key}`, expectedCode: 'DUPLICATE_KEY' } };
}

// ---------------------------------------------------------------------------------------------------------
// Documents

export interface DocumentOptions {
  seed: number;
  size?: SizeName;
  /** Overrides the size preset: the target size of the pretty JSON text in bytes. */
  targetBytes?: number;
  format?: Format;
  /** Add one to three mistakes (or exactly the kinds listed). */
  invalid?: boolean | readonly MistakeKind[];
  /** Shape overrides (exotic text, optional-property probability, ...). */
  shape?: Partial<Omit<Shape, 'counts'>>;
}

export interface GeneratedDocument {
  seed: number;
  format: Format;
  text: string;
  /** The declaration as generated (after value-level mistakes; the duplicate key exists only in the text). */
  value: Declaration;
  valid: boolean;
  mistakes: Mistake[];
  counts: Partial<Record<Collection, number>>;
}

/**
 * Finds the list lengths that give the target size: scales the item counts by target/actual a few times; when
 * the fixed sections make that too coarse (small documents), also tries a few derived seeds. Deterministic.
 */
function shapeFor(seed: number, targetBytes: number, overrides: Partial<Omit<Shape, 'counts'>>): { shape: Shape; value: Declaration } {
  let best: { shape: Shape; value: Declaration; error: number } | undefined;
  for (let variant = 0; variant < 6; variant++) {
    const variantSeed = variant === 0 ? seed : (seed ^ Math.imul(variant, 0x9e3779b9)) >>> 0;
    let scale = Math.max(0.05, targetBytes / 1000 / 13);
    for (let round = 0; round < 5; round++) {
      const shape = scaledShape(scale, overrides);
      const value = buildDeclaration(seededEntropy(variantSeed), shape);
      const bytes = Buffer.byteLength(JSON.stringify(value, null, 2));
      const error = Math.abs(bytes - targetBytes) / targetBytes;
      if (!best || error < best.error) best = { shape, value, error };
      if (error < 0.04) break;
      scale *= targetBytes / bytes;
    }
    if (best!.error < 0.08) break;
  }
  return best!;
}

export function generateDocument(options: DocumentOptions): GeneratedDocument {
  const format = options.format ?? 'json';
  const targetBytes = options.targetBytes ?? SIZE_BYTES[options.size ?? 'typical'];
  const { shape, value } = shapeFor(options.seed, targetBytes, options.shape ?? {});
  const mistakes: Mistake[] = [];
  let text: string;
  if (!options.invalid) {
    text = toText(value, format);
  } else {
    // A separate stream for the mistakes, so the valid and invalid documents of a seed share their content.
    const draw = new Draw(seededEntropy(options.seed ^ 0x5bd1e995));
    const kinds: MistakeKind[] = Array.isArray(options.invalid)
      ? [...(options.invalid as readonly MistakeKind[])]
      : Array.from({ length: draw.int(1, 3) }, () => draw.pick(MISTAKE_KINDS));
    const apply: Record<Exclude<MistakeKind, 'duplicate_key'>, (d: Draw, v: unknown) => Mistake | undefined> = {
      unknown_field: applyUnknownField,
      wrong_enum: applyWrongEnum,
      wrong_type: applyWrongType,
      dangling_reference: applyDanglingReference,
    };
    for (const kind of kinds) {
      if (kind === 'duplicate_key') continue;
      const mistake = apply[kind](draw, value) ?? applyUnknownField(draw, value);
      if (mistake) mistakes.push(mistake);
    }
    text = toText(value, format);
    if (kinds.includes('duplicate_key')) {
      const duplicated = applyDuplicateKey(draw, text, format);
      if (duplicated) {
        text = duplicated.text;
        mistakes.push(duplicated.mistake);
      }
    }
    if (mistakes.length === 0) throw new Error('no mistake could be applied');
  }
  return { seed: options.seed, format, text, value, valid: mistakes.length === 0, mistakes, counts: shape.counts };
}

// ---------------------------------------------------------------------------------------------------------
// Command line

function main(argv: string[]): void {
  const { values } = parseArgs({
    args: argv,
    options: {
      seed: { type: 'string', default: '1' },
      size: { type: 'string', default: 'typical' },
      bytes: { type: 'string' },
      format: { type: 'string', default: 'json' },
      invalid: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write('usage: node bench/run.mjs bench/generate.ts [--seed N] [--size small|typical|large] [--bytes N] [--format json|yaml] [--invalid]\n');
    return;
  }
  const size = values.size as SizeName;
  if (!Object.hasOwn(SIZE_BYTES, size)) throw new Error(`--size must be small, typical or large, not ${values.size}`);
  if (values.format !== 'json' && values.format !== 'yaml') throw new Error('--format must be json or yaml');
  const doc = generateDocument({
    seed: Number(values.seed),
    size,
    ...(values.bytes ? { targetBytes: Number(values.bytes) } : {}),
    format: values.format,
    invalid: values.invalid,
  });
  process.stdout.write(doc.text);
  const items = Object.entries(doc.counts).filter(([, n]) => n).map(([k, n]) => `${k} ${n}`).join(', ');
  process.stderr.write(
    `seed ${doc.seed}, ${doc.format}, ${Buffer.byteLength(doc.text)} bytes, ${doc.valid ? 'valid' : `invalid: ${doc.mistakes.map((m) => `${m.kind} at ${m.pointer}`).join('; ')}`}; ${items}\n`,
  );
}

/** True when the program being run is the named bench script (bench/run.mjs runs bench/.build/<name>.mjs). */
export function isScript(name: string): boolean {
  return new RegExp(`[\\\\/]${name}\\.(?:mjs|js|ts)$`).test(process.argv[1] ?? '');
}

if (isScript('generate')) main(process.argv.slice(2));
