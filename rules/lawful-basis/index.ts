/** The rules of the lawful-basis area, registered explicitly and sorted by id. */
import type { RuleDefinition } from '../../core/rule.js';
import lb01 from './lb-01.js';
import lb02 from './lb-02.js';
import lb03 from './lb-03.js';
import lb04 from './lb-04.js';
import lb05 from './lb-05.js';
import lb06 from './lb-06.js';
import lb07 from './lb-07.js';
import lb08 from './lb-08.js';

export const rules: readonly RuleDefinition[] = [lb01, lb02, lb03, lb04, lb05, lb06, lb07, lb08];
