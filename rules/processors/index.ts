/** The rules of the processors area, registered explicitly and sorted by id. */
import type { RuleDefinition } from '../../core/rule.js';
import proc01 from './proc-01.js';
import proc02 from './proc-02.js';
import proc03 from './proc-03.js';

export const rules: readonly RuleDefinition[] = [proc01, proc02, proc03];
