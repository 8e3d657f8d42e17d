/**
 * The example declarations in examples/: each one parses and validates (schema and references) exactly as the
 * CLI would read it, and together they use every property of the declaration schema, so that they keep
 * teaching the whole format as the schema grows.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDeclaration } from '../../core/parse/index.js';
import { validateDeclaration } from '../../core/validate/index.js';
import { RULES } from '../../rules/index.js';
import {
  emptyUsage,
  recordUsage,
  schemaEnums,
  schemaPropertyPlaces,
  unsupportedKeywords,
  type SchemaNode,
} from './schema-coverage.js';

const examplesDir = new URL('../../examples/', import.meta.url);
const schema = JSON.parse(readFileSync(new URL('../../schema/declaration.schema.json', import.meta.url), 'utf8')) as SchemaNode;
const knownRuleIds: ReadonlySet<string> = new Set(RULES.map((rule) => rule.id));

const files = readdirSync(examplesDir)
  .filter((name) => /\.(ya?ml|json)$/.test(name))
  .sort();

/** The examples the team agreed on; more may be added. */
const REQUIRED = [
  'national-party-general-election.yaml',
  'local-council-candidate.yaml',
  'referendum-campaign.yaml',
  'non-party-campaigner.json',
  'campaign-data-vendor.yaml',
  'elected-representative.yaml',
];

/**
 * Enums whose every value some example should show, because they are what volunteers most often need to get
 * right (and what the rules branch on). Other enums are covered where it makes sense.
 */
const FULLY_COVERED_ENUMS = [
  'communication.channel',
  'communication.purpose',
  'communication.sentBy',
  'communication.marketingBasis',
  'processingActivity.purposeType',
  'processingActivity.lawfulBasis',
  'processingActivity.specialCategory.condition',
  'processingActivity.specialCategory.schedule1Condition',
  'dataSource.type',
  'dataSource.registerEntitlement',
  'dataSource.peopleInformed.method',
  'dataSource.compatibility.status',
  'collectionPoint.type',
  'onlineTargeting.method',
  'vendor.service',
  'vendor.role',
  'vendor.transferMechanism',
  'retentionEntry.datasetType',
  'retentionEntry.startsFrom',
  'postCampaign.reuse',
  'electronicMaterial.medium',
  'assessment.status',
  'dueDiligence.status',
  'actor.type',
  'actor.role',
];

function read(name: string): unknown {
  const bytes = readFileSync(new URL(name, examplesDir));
  const parsed = parseDeclaration(bytes, { filename: `examples/${name}` });
  if (!parsed.ok) {
    const lines = parsed.issues.map((i) => `  line ${i.line ?? '?'}: ${i.code} at ${i.pointer || '/'}: ${i.message}`);
    throw new Error(`examples/${name} does not parse:\n${lines.join('\n')}`);
  }
  const result = validateDeclaration(parsed.document.value, { knownRuleIds, locator: parsed.document });
  if (!result.ok) {
    const lines = result.issues.map((i) => `  line ${i.line ?? '?'}: ${i.code} at ${i.pointer}: ${i.message}`);
    throw new Error(`examples/${name} is not a valid declaration (${result.totalIssues} issues):\n${lines.join('\n')}`);
  }
  return result.value;
}

describe('examples/', () => {
  it('holds the agreed examples', () => {
    expect(files).toEqual(expect.arrayContaining(REQUIRED));
  });

  describe.each(files)('%s', (name) => {
    it('parses and validates, references included', () => {
      expect(() => read(name)).not.toThrow();
    });

    it('points editors at the schema', () => {
      const text = readFileSync(new URL(name, examplesDir), 'utf8');
      if (name.endsWith('.json')) {
        expect((JSON.parse(text) as { $schema?: string }).$schema).toBe('../schema/declaration.schema.json');
      } else {
        expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/declaration.schema.json');
      }
    });
  });
});

describe('schema coverage of the examples', () => {
  // Invalid examples fail above; coverage counts the valid ones.
  const usage = emptyUsage();
  for (const name of files) {
    let value: unknown;
    try {
      value = read(name);
    } catch {
      continue;
    }
    recordUsage(schema, value, usage);
  }

  it('the coverage walk understands every keyword of the schema', () => {
    expect(unsupportedKeywords(schema), 'teach test/examples/schema-coverage.ts these keywords').toEqual([]);
  });

  it('every property of every definition is used by at least one example', () => {
    const unused = schemaPropertyPlaces(schema).filter((place) => !usage.properties.has(place));
    expect(unused, `properties no example uses; add them to an example in examples/:\n  ${unused.join('\n  ')}\n`).toEqual([]);
  });

  it('every value of the main enums is shown by at least one example', () => {
    const enums = schemaEnums(schema);
    const missing: string[] = [];
    for (const place of FULLY_COVERED_ENUMS) {
      const values = enums.get(place);
      expect(values, `${place} is not an enum of the schema (renamed?)`).toBeDefined();
      const used = usage.enumValues.get(place) ?? new Set();
      for (const value of values ?? []) if (!used.has(value)) missing.push(`${place}: ${String(value)}`);
    }
    expect(missing, `enum values no example uses:\n  ${missing.join('\n  ')}\n`).toEqual([]);
  });
});
