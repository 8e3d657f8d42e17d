/** The rules of the representatives area, registered explicitly and sorted by id. */
import type { RuleDefinition } from '../../core/rule.js';
import rep01 from './rep-01.js';
import rep02 from './rep-02.js';
import rep03 from './rep-03.js';

export const rules: readonly RuleDefinition[] = [rep01, rep02, rep03];
