/** The rules of the transfers area, registered explicitly and sorted by id. */
import type { RuleDefinition } from '../../core/rule.js';
import int01 from './int-01.js';
import int02 from './int-02.js';

export const rules: readonly RuleDefinition[] = [int01, int02];
