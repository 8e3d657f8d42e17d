/** The rules of the rights area, registered explicitly and sorted by id. */
import type { RuleDefinition } from '../../core/rule.js';
import rts01 from './rts-01.js';
import rts02 from './rts-02.js';
import rts03 from './rts-03.js';
import rts04 from './rts-04.js';
import rts05 from './rts-05.js';
import rts06 from './rts-06.js';

export const rules: readonly RuleDefinition[] = [rts01, rts02, rts03, rts04, rts05, rts06];
