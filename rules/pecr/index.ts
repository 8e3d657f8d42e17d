/** The rules of the pecr area, registered explicitly and sorted by id. */
import type { RuleDefinition } from '../../core/rule.js';
import pecr01 from './pecr-01.js';

export const rules: readonly RuleDefinition[] = [pecr01];
