/** The rules of the transfers area, registered explicitly and sorted by id. */
import type { RuleDefinition } from '../../core/rule.js';

export const rules: readonly RuleDefinition[] = [];
