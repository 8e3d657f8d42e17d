/** The rules of the special-category area, registered explicitly and sorted by id. */
import type { RuleDefinition } from '../../core/rule.js';
import sc01 from './sc-01.js';
import sc02 from './sc-02.js';
import sc03 from './sc-03.js';
import sc04 from './sc-04.js';
import sc05 from './sc-05.js';
import sc06 from './sc-06.js';
import sc07 from './sc-07.js';
import sc08 from './sc-08.js';
import sc09 from './sc-09.js';
import sc10 from './sc-10.js';

export const rules: readonly RuleDefinition[] = [sc01, sc02, sc03, sc04, sc05, sc06, sc07, sc08, sc09, sc10];
