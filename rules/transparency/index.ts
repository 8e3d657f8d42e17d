/** The rules of the transparency area, registered explicitly and sorted by id. */
import type { RuleDefinition } from '../../core/rule.js';
import tr01 from './tr-01.js';
import tr02 from './tr-02.js';
import tr03 from './tr-03.js';
import tr04 from './tr-04.js';
import tr05 from './tr-05.js';
import tr06 from './tr-06.js';
import tr07 from './tr-07.js';
import tr08 from './tr-08.js';
import tr09 from './tr-09.js';
import tr10 from './tr-10.js';
import tr11 from './tr-11.js';

export const rules: readonly RuleDefinition[] = [tr01, tr02, tr03, tr04, tr05, tr06, tr07, tr08, tr09, tr10, tr11];
