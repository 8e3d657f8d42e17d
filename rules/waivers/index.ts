/** The rules of the waivers area, registered explicitly and sorted by id. */
import type { RuleDefinition } from '../../core/rule.js';
import wvr01 from './wvr-01.js';

export const rules: readonly RuleDefinition[] = [wvr01];
