/** The rules of the direct-marketing area, registered explicitly and sorted by id. */
import type { RuleDefinition } from '../../core/rule.js';
import dmc01 from './dmc-01.js';
import dmc02 from './dmc-02.js';
import dmc03 from './dmc-03.js';

export const rules: readonly RuleDefinition[] = [dmc01, dmc02, dmc03];
