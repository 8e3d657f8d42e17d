// Renders docs/declaration.md, the reference for people who write declarations, from the declaration schema.
// Used by `npm run generate` (writes the file) and by test/meta/declaration-docs.test.ts (compares).
// Pure: schema in, Markdown out, no I/O. Everything it says about fields comes from the schema's own titles
// and descriptions, so the reference cannot drift from what the validator accepts.

const DEFINITIONS = '#/definitions/';

const INTRO = `# The campaign declaration: field reference

<!-- GENERATED FILE - DO NOT EDIT. Generated from schema/declaration.schema.json by \`npm run generate\`
     (scripts/declaration-docs.mjs). A test fails when this file is stale. -->

A **declaration** describes how a party, candidate, elected representative, campaign or campaign supplier uses
personal data. campaigncheck reads it and checks it against the ICO guidance for the use of personal data in
political campaigning and the law behind it (UK GDPR, the Data Protection Act 2018, PECR, the electoral register
rules and the digital imprint rules of the Elections Act 2022).

This page lists every field a declaration can contain. It is written for the person who fills the declaration in,
typically a party's or campaign's data protection lead. Worked examples, from a near-compliant national party to a
campaign that repeats the mistakes the ICO has fined, are in [\`examples/\`](../examples/).

## How to write a declaration

Write the declaration in **YAML** (easier to read and to comment) or **JSON**. Three fields are required:
\`schemaVersion\` (always \`"1.0"\`), [\`declarant\`](#declarant) (who you are) and [\`campaign\`](#campaign) (what
the declaration covers). Everything else is optional, and that is deliberate: describe what you know, and the
report tells you what is still missing.

Every fact can be in one of **three states**, and campaigncheck treats them differently:

| You write | It means | campaigncheck reports |
| --- | --- | --- |
| a value (\`true\`, \`consent\`, a list of items ...) | this is what you do | pass or fail, judged on the value |
| \`false\`, an empty list \`[]\`, or \`used: false\` | you do not do this, or it does not apply to you | usually "not applicable" |
| nothing (the field is left out) | you do not know, or have not checked | **needs information**, never a pass |

For example:

\`\`\`yaml
communications: []        # we send no emails, texts or letters: the direct marketing rules do not apply
profiling:
  used: false             # we do not score or model voters
# privacyNotice is left out: we have not checked it yet, so the report asks about it
\`\`\`

A missing fact is a question to answer, not a silent pass: a declaration that leaves everything out does not
come back "compliant".

**Identifiers and references.** Items in lists (data sources, activities, communications, suppliers ...) each
have an \`id\` you choose, such as \`spring-sms\` (see [Identifier](#id)). Other items refer to them by that id,
for example a communication's \`audienceSourceIds: [web-signups]\`. Ids must be unique within their list, and every
reference must point at an item that exists; campaigncheck checks both before it checks anything else. Reports and
waivers name items the same way, as \`collection/id\` (for example \`communications/spring-sms\`).

**Waivers.** A finding your organisation has considered and accepted can be waived in the [\`waivers\`](#waiver)
list, with a justification, who approved it and an expiry date. Waived findings stay visible in the report.

## Completion and checking in your editor

Editors that understand JSON Schema complete field names, show these descriptions as you type, and underline
mistakes before you run campaigncheck.

- **YAML**: put this line at the top of the file (VS Code with the Red Hat YAML extension, and other editors
  that use the YAML language server, read it). Adjust the path to where the schema is, or use its address:

  \`\`\`yaml
  # yaml-language-server: $schema=../schema/declaration.schema.json
  \`\`\`

- **JSON**: add a \`$schema\` property at the top of the document (the schema allows it):

  \`\`\`json
  { "$schema": "../schema/declaration.schema.json", "schemaVersion": "1.0" }
  \`\`\`

## Why JSON Schema draft-07

The declaration format is defined once, in \`schema/declaration.schema.json\`, and everything else is derived from
it: the validation in the command line tool and the web service, the TypeScript types the rules are written
against, and this page. The schema uses **JSON Schema draft-07** because it is the default draft of ajv (the
validator campaigncheck uses) and of Fastify (the web service), and because json-schema-to-typescript, which
generates the types, supports it fully. It is also the draft editors and the YAML language server understand best.
Newer drafts (2019-09, 2020-12) add features such as \`$defs\`, \`unevaluatedProperties\` and dynamic references
that this schema does not need: it uses only objects, lists, enumerations and simple constraints.`;

/** Lower-case anchor for a place, e.g. "dataSource.sharedWith[]" -> "datasource-sharedwith". */
function anchorOf(place) {
  return place
    .replace(/\[\]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
}

function definitionName(ref) {
  if (!ref.startsWith(DEFINITIONS)) throw new Error(`Unsupported $ref ${ref}`);
  return ref.slice(DEFINITIONS.length);
}

/** Escapes text for a Markdown table cell. */
function cell(text) {
  return String(text).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** Inline code. Pipes are escaped by `cell` when the code ends up in a table. */
function code(value) {
  return `\`${value}\``;
}

function isObjectNode(node) {
  return node.type === 'object' || node.properties !== undefined;
}

function sentence(text) {
  if (!text) return '';
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

function range(min, max, unit) {
  if (min !== undefined && min === max) return `exactly ${min}${unit}`;
  if (min !== undefined && max !== undefined) return `${min} to ${max}${unit}`;
  if (min !== undefined) return `at least ${min}${unit}`;
  if (max !== undefined) return `at most ${max}${unit}`;
  return '';
}

/**
 * Builds the reference. The walk understands the keywords the declaration schema uses ($ref to definitions,
 * type, properties, items, enum, required and simple constraints); anything else is reported, not ignored.
 */
export function renderDeclarationDocs(schema) {
  const definitions = schema.definitions ?? {};
  const usedIn = new Map(); // definition name -> [{ label, anchor }]

  const linkTo = (name) => {
    const target = definitions[name];
    if (!target) throw new Error(`Unresolvable $ref to ${name}`);
    return `[${target.title ?? name}](#${anchorOf(name)})`;
  };

  /** The "type and allowed values" text for a schema node. `place` names it for nested objects. */
  const describeType = (node, place) => {
    if (node.$ref) return linkTo(definitionName(node.$ref));
    if (node.enum) return `one of ${node.enum.map(code).join(', ')}`;
    switch (node.type) {
      case 'string': {
        const parts = ['text'];
        const length = range(node.minLength, node.maxLength, ' characters');
        if (length) parts.push(`(${length})`);
        if (node.pattern) parts.push(`matching ${code(node.pattern)}`);
        return parts.join(' ');
      }
      case 'integer':
      case 'number': {
        const bounds = range(node.minimum, node.maximum, '');
        return `${node.type === 'integer' ? 'whole number' : 'number'}${bounds ? `, ${bounds}` : ''}`;
      }
      case 'boolean':
        return '`true` or `false`';
      case 'array': {
        const items = !node.items
          ? 'anything'
          : node.items.enum
            ? `values, each one of ${node.items.enum.map(code).join(', ')}`
            : describeType(node.items, `${place}[]`);
        const notes = [];
        const count = range(node.minItems, node.maxItems, ' items');
        if (count) notes.push(count);
        if (node.uniqueItems) notes.push('no repeats');
        return `list of ${items}${notes.length ? ` (${notes.join(', ')})` : ''}`;
      }
      case 'object':
        return `group of fields, see [${code(place)}](#${anchorOf(place)})`;
      default:
        throw new Error(`${place}: cannot describe a node of type ${JSON.stringify(node.type)}`);
    }
  };

  /** Title and description of a property: its own, or those of the definition it refers to. */
  const meaning = (node) => {
    const target = node.$ref ? definitions[definitionName(node.$ref)] : undefined;
    const title = node.title ?? target?.title;
    const description = node.description ?? target?.description;
    return [title ? `**${sentence(title)}**` : '', sentence(description)].filter(Boolean).join(' ');
  };

  // Record where every definition is used, for the "Used in" lines.
  const recordUses = (node, place, ownerAnchor) => {
    if (!node || typeof node !== 'object') return;
    if (node.$ref) {
      const name = definitionName(node.$ref);
      const list = usedIn.get(name) ?? [];
      list.push({ label: place, anchor: ownerAnchor });
      usedIn.set(name, list);
      return;
    }
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      const childPlace = `${place}.${key}`;
      recordUses(child, childPlace, isObjectNode(child) && !child.$ref ? anchorOf(childPlace) : ownerAnchor);
      if (child.type === 'array' && child.items && isObjectNode(child.items) && !child.items.$ref) {
        recordUses(child.items, `${childPlace}[]`, anchorOf(`${childPlace}[]`));
      }
    }
    if (node.items && !(isObjectNode(node.items) && !node.items.$ref)) recordUses(node.items, `${place}[]`, ownerAnchor);
  };
  recordUses(schema, 'declaration', 'top-level');
  for (const [name, definition] of Object.entries(definitions)) recordUses(definition, name, anchorOf(name));

  const fieldTable = (node, place) => {
    const required = new Set(node.required ?? []);
    const rows = ['| Field | Type and allowed values | Required | Meaning |', '| --- | --- | --- | --- |'];
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      rows.push(
        `| ${code(key)} | ${cell(describeType(child, `${place}.${key}`))} | ${required.has(key) ? 'required' : ''} | ${cell(meaning(child))} |`,
      );
    }
    return rows.join('\n');
  };

  /** Sub-sections for the objects nested inside `node` (not definitions of their own), depth first. */
  const nestedSections = (node, place, level) => {
    const out = [];
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      const childPlace = `${place}.${key}`;
      let inner;
      let innerPlace;
      if (!child.$ref && isObjectNode(child)) [inner, innerPlace] = [child, childPlace];
      else if (child.type === 'array' && child.items && !child.items.$ref && isObjectNode(child.items)) {
        [inner, innerPlace] = [child.items, `${childPlace}[]`];
      }
      if (!inner) continue;
      const title = inner.title ?? child.title ?? key;
      out.push(
        `<a id="${anchorOf(innerPlace)}"></a>`,
        '',
        `${'#'.repeat(level)} ${title} (${code(innerPlace)})`,
        '',
        ...(inner.description || child.description ? [sentence(inner.description ?? child.description), ''] : []),
        fieldTable(inner, innerPlace),
        '',
        ...nestedSections(inner, innerPlace, level + 1),
      );
    }
    return out;
  };

  const usedInLine = (name) => {
    const uses = usedIn.get(name) ?? [];
    if (uses.length === 0) return [];
    const seen = new Set();
    const links = [];
    for (const use of uses) {
      if (seen.has(use.label)) continue;
      seen.add(use.label);
      links.push(`[${code(use.label)}](#${use.anchor})`);
    }
    return [`Used in: ${links.join(', ')}.`, ''];
  };

  const scalarDefinitions = Object.entries(definitions).filter(([, d]) => !isObjectNode(d));
  const objectDefinitions = Object.entries(definitions).filter(([, d]) => isObjectNode(d));

  const out = [INTRO, ''];

  out.push('## Contents', '');
  out.push('- [The declaration (top level)](#top-level)');
  out.push('- Sections and items:');
  for (const [name, d] of objectDefinitions) out.push(`  - [${d.title ?? name}](#${anchorOf(name)}) (${code(name)})`);
  out.push('- Value types:');
  for (const [name, d] of scalarDefinitions) out.push(`  - [${d.title ?? name}](#${anchorOf(name)}) (${code(name)})`);
  out.push('');

  out.push('<a id="top-level"></a>', '', '## The declaration (top level)', '');
  if (schema.description) out.push(sentence(schema.description), '');
  out.push(fieldTable(schema, 'declaration'), '');
  out.push(...nestedSections(schema, 'declaration', 3));

  out.push('## Sections and items', '');
  out.push(
    'Each section of the declaration, and each kind of item in its lists, in the order of the schema. Nested groups',
    'of fields follow the table they belong to.',
    '',
  );
  for (const [name, definition] of objectDefinitions) {
    out.push(`<a id="${anchorOf(name)}"></a>`, '', `### ${definition.title ?? name} (${code(name)})`, '');
    if (definition.description) out.push(sentence(definition.description), '');
    out.push(...usedInLine(name));
    out.push(fieldTable(definition, name), '');
    out.push(...nestedSections(definition, name, 4));
  }

  out.push('## Value types', '');
  out.push('The kinds of value that many fields share, with the rules a value must follow.', '');
  for (const [name, definition] of scalarDefinitions) {
    out.push(`<a id="${anchorOf(name)}"></a>`, '', `### ${definition.title ?? name} (${code(name)})`, '');
    if (definition.description) out.push(sentence(definition.description), '');
    out.push(`Type: ${describeType(definition, name)}.`, '');
    out.push(...usedInLine(name));
  }

  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
