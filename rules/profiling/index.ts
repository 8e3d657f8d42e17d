/** The rules of the profiling area, registered explicitly and sorted by id. */
import type { RuleDefinition } from '../../core/rule.js';

export const rules: readonly RuleDefinition[] = [];
