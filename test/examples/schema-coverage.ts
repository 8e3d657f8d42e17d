/**
 * Schema coverage: which properties (and enum values) of the declaration schema a set of documents uses.
 *
 * Places in the schema are named after the definition they belong to, so that a property of a definition used
 * in several places (for example `assessment.status`, used by `dpia` and `legitimateInterestsAssessment`) counts
 * once: `declaration.campaign` for a property of the root, `dataSource.compatibility.status` for a property of
 * an object nested inside a definition, and `[]` for the items of a list (`suppression.systemChanges[].name`).
 *
 * The walk understands the keywords the declaration schema uses: `$ref` to `#/definitions/...`, `properties`,
 * `items` and `enum`. A schema that starts using others (allOf, oneOf, if/then) makes `unsupportedKeywords`
 * non-empty, and the coverage test says so instead of silently under-counting.
 */

export interface SchemaNode {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  enum?: unknown[];
  definitions?: Record<string, SchemaNode>;
  [keyword: string]: unknown;
}

const ROOT = 'declaration';
const UNSUPPORTED = ['allOf', 'anyOf', 'oneOf', 'not', 'if', 'then', 'else', 'patternProperties', 'dependencies'];

function definitionName(ref: string): string {
  const prefix = '#/definitions/';
  if (!ref.startsWith(prefix)) throw new Error(`Unsupported $ref ${ref}: only #/definitions/... is understood.`);
  return ref.slice(prefix.length);
}

function resolve(root: SchemaNode, node: SchemaNode, place: string): { node: SchemaNode; place: string } {
  if (!node.$ref) return { node, place };
  const name = definitionName(node.$ref);
  const target = root.definitions?.[name];
  if (!target) throw new Error(`Unresolvable $ref ${node.$ref}`);
  return resolve(root, target, name);
}

/** Every property of every object in the schema (root and definitions), by place. */
export function schemaPropertyPlaces(root: SchemaNode): string[] {
  const places: string[] = [];
  const visit = (node: SchemaNode, place: string) => {
    if (node.$ref) return; // the definition is listed on its own
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      places.push(`${place}.${key}`);
      visit(child, `${place}.${key}`);
    }
    if (node.items) visit(node.items, `${place}[]`);
  };
  visit(root, ROOT);
  for (const [name, definition] of Object.entries(root.definitions ?? {})) visit(definition, name);
  return places;
}

/** Every enum in the schema, by place, with its values. */
export function schemaEnums(root: SchemaNode): Map<string, unknown[]> {
  const enums = new Map<string, unknown[]>();
  const visit = (node: SchemaNode, place: string) => {
    if (node.$ref) return;
    if (node.enum) enums.set(place, node.enum);
    for (const [key, child] of Object.entries(node.properties ?? {})) visit(child, `${place}.${key}`);
    if (node.items) visit(node.items, `${place}[]`);
  };
  visit(root, ROOT);
  for (const [name, definition] of Object.entries(root.definitions ?? {})) visit(definition, name);
  return enums;
}

/** Keywords in the schema the walk does not understand, by JSON pointer. */
export function unsupportedKeywords(root: SchemaNode): string[] {
  const found: string[] = [];
  const visit = (node: unknown, pointer: string) => {
    if (!node || typeof node !== 'object') return;
    for (const [key, child] of Object.entries(node)) {
      if (UNSUPPORTED.includes(key) && !pointer.endsWith('/properties')) found.push(`${pointer}/${key}`);
      visit(child, `${pointer}/${key}`);
    }
  };
  visit(root, '');
  return found;
}

export interface Usage {
  /** Places of the properties present in the documents. */
  properties: Set<string>;
  /** Enum values used, by place. */
  enumValues: Map<string, Set<unknown>>;
}

export function emptyUsage(): Usage {
  return { properties: new Set(), enumValues: new Map() };
}

/** Records which properties and enum values one (valid) document uses. */
export function recordUsage(root: SchemaNode, value: unknown, usage: Usage): Usage {
  const visit = (schemaNode: SchemaNode, place: string, v: unknown) => {
    const { node, place: at } = resolve(root, schemaNode, place);
    if (node.enum) {
      let seen = usage.enumValues.get(at);
      if (!seen) usage.enumValues.set(at, (seen = new Set()));
      seen.add(v);
    }
    if (Array.isArray(v)) {
      if (node.items) for (const item of v) visit(node.items, `${at}[]`, item);
      return;
    }
    if (v && typeof v === 'object' && node.properties) {
      for (const [key, child] of Object.entries(v as Record<string, unknown>)) {
        const propertySchema = node.properties[key];
        if (!propertySchema) continue; // the schema rejects it; validation reports that
        usage.properties.add(`${at}.${key}`);
        visit(propertySchema, `${at}.${key}`, child);
      }
    }
  };
  visit(root, ROOT, value);
  return usage;
}
