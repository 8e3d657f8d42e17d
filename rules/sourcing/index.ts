/** The rules of the sourcing area, registered explicitly and sorted by id. */
import type { RuleDefinition } from '../../core/rule.js';
import src01 from './src-01.js';
import src02 from './src-02.js';
import src03 from './src-03.js';
import src04 from './src-04.js';
import src05 from './src-05.js';

export const rules: readonly RuleDefinition[] = [src01, src02, src03, src04, src05];
