/** The rules of the retention area, registered explicitly and sorted by id. */
import type { RuleDefinition } from '../../core/rule.js';
import ret01 from './ret-01.js';
import ret02 from './ret-02.js';
import ret03 from './ret-03.js';
import ret04 from './ret-04.js';
import ret05 from './ret-05.js';
import ret06 from './ret-06.js';

export const rules: readonly RuleDefinition[] = [ret01, ret02, ret03, ret04, ret05, ret06];
