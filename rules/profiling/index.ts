/** The rules of the profiling area, registered explicitly and sorted by id. */
import type { RuleDefinition } from '../../core/rule.js';
import prf01 from './prf-01.js';
import prf02 from './prf-02.js';
import prf03 from './prf-03.js';

export const rules: readonly RuleDefinition[] = [prf01, prf02, prf03];
