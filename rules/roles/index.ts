/** The rules of the roles area, registered explicitly and sorted by id. */
import type { RuleDefinition } from '../../core/rule.js';
import role01 from './role-01.js';
import role02 from './role-02.js';
import role03 from './role-03.js';
import role04 from './role-04.js';
import role05 from './role-05.js';

export const rules: readonly RuleDefinition[] = [role01, role02, role03, role04, role05];
