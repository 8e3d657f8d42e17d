/** The rules of the electoral-register area, registered explicitly and sorted by id. */
import type { RuleDefinition } from '../../core/rule.js';
import er01 from './er-01.js';
import er02 from './er-02.js';
import er03 from './er-03.js';
import er04 from './er-04.js';
import er05 from './er-05.js';
import er06 from './er-06.js';

export const rules: readonly RuleDefinition[] = [er01, er02, er03, er04, er05, er06];
