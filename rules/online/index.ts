/** The rules of the online area, registered explicitly and sorted by id. */
import type { RuleDefinition } from '../../core/rule.js';
import onl01 from './onl-01.js';
import onl02 from './onl-02.js';
import onl03 from './onl-03.js';
import onl04 from './onl-04.js';
import onl05 from './onl-05.js';
import onl06 from './onl-06.js';
import onl07 from './onl-07.js';

export const rules: readonly RuleDefinition[] = [onl01, onl02, onl03, onl04, onl05, onl06, onl07];
