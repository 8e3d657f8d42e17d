/**
 * The UK ruleset: every rule, registered explicitly (no folder scanning), area by area in report order.
 * Each area folder holds one file per rule (named after its id) and an index listing them.
 * A meta test checks that every rule file is registered and every registered rule has a test.
 */
import type { RuleDefinition } from '../core/rule.js';
import type { Ruleset } from '../core/ruleset.js';
import { rules as roles } from './roles/index.js';
import { rules as directMarketing } from './direct-marketing/index.js';
import { rules as lawfulBasis } from './lawful-basis/index.js';
import { rules as specialCategory } from './special-category/index.js';
import { rules as transparency } from './transparency/index.js';
import { rules as sourcing } from './sourcing/index.js';
import { rules as electoralRegister } from './electoral-register/index.js';
import { rules as profiling } from './profiling/index.js';
import { rules as online } from './online/index.js';
import { rules as pecr } from './pecr/index.js';
import { rules as canvassing } from './canvassing/index.js';
import { rules as rights } from './rights/index.js';
import { rules as accountability } from './accountability/index.js';
import { rules as processors } from './processors/index.js';
import { rules as security } from './security/index.js';
import { rules as retention } from './retention/index.js';
import { rules as transfers } from './transfers/index.js';
import { rules as children } from './children/index.js';
import { rules as representatives } from './representatives/index.js';
import { rules as imprints } from './imprints/index.js';
import { rules as waivers } from './waivers/index.js';

export const RULES: readonly RuleDefinition[] = [
  ...roles,
  ...directMarketing,
  ...lawfulBasis,
  ...specialCategory,
  ...transparency,
  ...sourcing,
  ...electoralRegister,
  ...profiling,
  ...online,
  ...pecr,
  ...canvassing,
  ...rights,
  ...accountability,
  ...processors,
  ...security,
  ...retention,
  ...transfers,
  ...children,
  ...representatives,
  ...imprints,
  ...waivers,
];

/** The UK code-of-practice ruleset. Bump the version whenever a rule, its severity or its citations change. */
export const UK_RULESET: Ruleset = {
  id: 'uk-political-campaigning',
  version: '2026.11.0',
  effectiveDate: '2026-11-30',
  title: 'UK: personal data in political campaigning (ICO guidance, UK GDPR, DPA 2018, PECR, electoral law)',
  rules: RULES,
};

/** Rulesets by id (the EU ruleset under Regulation (EU) 2024/900 will join this list). */
export const RULESETS: Readonly<Record<string, Ruleset>> = { [UK_RULESET.id]: UK_RULESET };

export const DEFAULT_RULESET_ID = UK_RULESET.id;

export function findRule(id: string): RuleDefinition | undefined {
  return RULES.find((r) => r.id === id);
}
