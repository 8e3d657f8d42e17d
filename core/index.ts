/**
 * campaigncheck's core: the one entry point the CLI and the HTTP server share.
 */
export { checkDeclaration, invalidResult, loadTailoring, loadWaivers, rulesetById, type CheckOptions } from './check.js';
export { parseDeclaration, DEFAULT_PARSE_LIMITS } from './parse/index.js';
export { validateDeclaration, validateResult } from './validate/index.js';
export { TOOL_VERSION } from './version.js';
export type { CheckResult } from '../schema/generated/result.js';
export type { Declaration } from '../schema/generated/declaration.js';
