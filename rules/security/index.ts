/** The rules of the security area, registered explicitly and sorted by id. */
import type { RuleDefinition } from '../../core/rule.js';
import sec01 from './sec-01.js';
import sec02 from './sec-02.js';
import sec03 from './sec-03.js';
import sec04 from './sec-04.js';
import sec05 from './sec-05.js';
import sec06 from './sec-06.js';

export const rules: readonly RuleDefinition[] = [sec01, sec02, sec03, sec04, sec05, sec06];
