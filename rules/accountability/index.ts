/** The rules of the accountability area, registered explicitly and sorted by id. */
import type { RuleDefinition } from '../../core/rule.js';
import acc01 from './acc-01.js';
import acc02 from './acc-02.js';
import acc03 from './acc-03.js';
import acc04 from './acc-04.js';
import acc05 from './acc-05.js';
import acc06 from './acc-06.js';
import acc07 from './acc-07.js';
import acc08 from './acc-08.js';

export const rules: readonly RuleDefinition[] = [acc01, acc02, acc03, acc04, acc05, acc06, acc07, acc08];
