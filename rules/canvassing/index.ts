/** The rules of the canvassing area, registered explicitly and sorted by id. */
import type { RuleDefinition } from '../../core/rule.js';
import cnv01 from './cnv-01.js';
import cnv02 from './cnv-02.js';
import cnv03 from './cnv-03.js';
import cnv04 from './cnv-04.js';
import cnv05 from './cnv-05.js';

export const rules: readonly RuleDefinition[] = [cnv01, cnv02, cnv03, cnv04, cnv05];
