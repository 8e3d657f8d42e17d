/** The rules of the children area, registered explicitly and sorted by id. */
import type { RuleDefinition } from '../../core/rule.js';
import chd01 from './chd-01.js';
import chd02 from './chd-02.js';

export const rules: readonly RuleDefinition[] = [chd01, chd02];
