/** The rules of the pecr area, registered explicitly and sorted by id. */
import type { RuleDefinition } from '../../core/rule.js';
import pecr01 from './pecr-01.js';
import pecr02 from './pecr-02.js';
import pecr03 from './pecr-03.js';
import pecr04 from './pecr-04.js';
import pecr05 from './pecr-05.js';
import pecr06 from './pecr-06.js';
import pecr07 from './pecr-07.js';
import pecr08 from './pecr-08.js';
import pecr09 from './pecr-09.js';
import pecr10 from './pecr-10.js';
import pecr11 from './pecr-11.js';
import pecr12 from './pecr-12.js';
import pecr13 from './pecr-13.js';
import pecr14 from './pecr-14.js';

export const rules: readonly RuleDefinition[] = [
  pecr01,
  pecr02,
  pecr03,
  pecr04,
  pecr05,
  pecr06,
  pecr07,
  pecr08,
  pecr09,
  pecr10,
  pecr11,
  pecr12,
  pecr13,
  pecr14,
];
