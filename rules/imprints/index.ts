/** The rules of the imprints area, registered explicitly and sorted by id. */
import type { RuleDefinition } from '../../core/rule.js';
import imp01 from './imp-01.js';
import imp02 from './imp-02.js';
import imp03 from './imp-03.js';
import imp04 from './imp-04.js';
import imp05 from './imp-05.js';
import imp06 from './imp-06.js';

export const rules: readonly RuleDefinition[] = [imp01, imp02, imp03, imp04, imp05, imp06];
