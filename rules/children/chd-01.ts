/**
 * CHD-01: children who cannot vote at the election are not targeted or profiled for campaigning. Children merit
 * specific protection: processing their data for political marketing they cannot act on is hard to square with
 * fairness (UK GDPR Art. 5(1)(a)) or with a balancing test that weighs children's interests particularly heavily
 * (Art. 6(1)(f)). Young voters (16-17 at Scottish and Welsh elections) are voters and may be campaigned to with care.
 * The minimum age of online targeting entries is judged by the online area.
 */
import { cite } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { votingAge } from '../lib/facts.js';
import { fail, needsInfo, notApplicable, pass } from '../lib/outcomes.js';
import { at, section } from '../lib/subjects.js';

export default defineRule({
  id: 'CHD-01',
  title: 'Children who cannot vote at the election are not targeted or profiled for campaigning',
  area: 'children',
  severity: 'high',
  tags: ['children', 'profiling', 'targeting', 'fairness'],
  covers: ['UK-CHD-01'],
  citations: [cite('UK GDPR', 'Art. 5(1)(a)'), cite('UK GDPR', 'Art. 6(1)(f)')],
  rationale:
    'Campaign data often includes people under 18: attainers on the electoral register, young members, sign-ups at schools and events. Children ' +
    'merit specific protection, because they may be less aware of the risks and of their rights. Scoring, profiling or targeting children who cannot ' +
    'vote at the election with campaign messages serves no electoral purpose they can act on, and is unlikely to be fair or to survive a ' +
    'balancing test that weighs their interests heavily. Where 16 and 17 year olds can vote, they may be campaigned to, with care.',
  remediation: [
    'Exclude people under the voting age of the election from profiling, scoring and targeted campaign messages (attainers only from when they can vote).',
    'Filter age data, where held, before building models and audiences; do not infer age to reach children.',
    'Where young voters can vote (for example at Scottish Parliament, Senedd and Scottish and Welsh local elections), use age-appropriate messages and privacy information.',
  ],
  notes:
    'The rule reads children.under18sTargeted (defined in the schema as targeting or profiling under-18s who cannot vote at this election) and ' +
    'children.under18sInData; the voting age shown comes from rules/lib/facts votingAge. Recital 38 is the source of "specific protection" but recitals ' +
    'are not a citable provision style. Models that score under-16s and targeting minimum ages are read by the profiling, register and online areas. ' +
    'No section of the ICO political campaigning guidance addresses children directly, so none is cited.',
  examples: {
    passing: `# Attainers are on the register, but no one who cannot vote is profiled or targeted.
children:
  under18sInData: true
  under18sTargeted: false
`,
    failing: `# Fails: under-18s who cannot vote at this election are profiled and targeted.
children:
  under18sInData: true
  under18sTargeted: true
`,
  },
  messages: {
    unknown: 'It is not declared whether you target or profile people under 18 who cannot vote at this election (children.under18sTargeted).',
    noChildren: 'Your data includes no one under 18.',
    targeted: 'People under {{age}}, who cannot vote at this election, are targeted or profiled for campaigning.',
    notTargeted: 'People who cannot vote at this election (under {{age}}) are not targeted or profiled.',
  },
  evaluate(declaration) {
    const subject = section('children');
    const children = declaration.children;
    const age = votingAge(declaration);
    const pointer = at(subject, 'under18sTargeted');
    if (children?.under18sTargeted === true) return [fail(subject, 'targeted', [pointer], { age })];
    if (children?.under18sTargeted === false) return [pass(subject, 'notTargeted', [pointer], { age })];
    if (children?.under18sInData === false) return [notApplicable(subject, 'noChildren', [at(subject, 'under18sInData')])];
    return [needsInfo(subject, 'unknown', [pointer])];
  },
});
