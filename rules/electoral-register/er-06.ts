/**
 * ER-06: young people on the register (attainers, and in Scotland 14 and 15 year olds whose registration data
 * is restricted) are not scored or profiled when they cannot vote. No one under 16 can vote at any UK election
 * today, so a model that scores under-16s processes data the campaign does not need (Art. 5(1)(c)) about
 * people the law singles out for protection, which is unfair (Art. 5(1)(a)). Reported as a warning: the
 * declaration cannot show whether the under-16s are scored deliberately or by accident of the data.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { needsInfo, notApplicable, pass, warn } from '../lib/outcomes.js';
import { at, items, section } from '../lib/subjects.js';

export default defineRule({
  id: 'ER-06',
  title: 'People under 16 on the register are not scored or profiled',
  area: 'electoral-register',
  severity: 'high',
  tags: ['electoral-register', 'children', 'profiling', 'minimisation'],
  covers: ['UK-ER-05'],
  citations: [
    cite('UK GDPR', 'Art. 5(1)(a)'),
    cite('UK GDPR', 'Art. 5(1)(c)'),
    citeIco('Use of the electoral register'),
    citeIco('Profiling in political campaigning'),
  ],
  rationale:
    'The register includes young people who cannot yet vote: attainers who will turn 18 (or 16 in Scotland and Wales), and in Scotland 14 and 15 year olds, whose registration details are specially restricted. ' +
    'Children merit specific protection in data protection law, and a campaign has no electoral need to predict the views or turnout of people who cannot vote at any UK election. ' +
    'Scoring them adds risk without purpose; models should exclude them until they are about to become voters.',
  remediation: [
    'Exclude people under 16 from every model, score and segment (filter on date of birth or attainer date before scoring).',
    'For 16 and 17 year olds, score them only where they can vote at the election concerned (for example Scottish Parliament, Senedd and Scottish and Welsh local elections).',
    'Record includesUnder16s: false for each model once the exclusion is in place.',
  ],
  notes:
    'The law behind the special restriction on 14 and 15 year olds\' registration data in Scotland (Scottish electoral legislation) is not a canonical instrument here and is not verified; the Representation of the People Bill 2026 (votes at 16 UK-wide, limits on disclosing 14-15 year olds\' data) is pending. The duty cited is therefore UK GDPR Art. 5(1)(a) and (c); UK GDPR Recital 38 (children merit specific protection) is in the rationale. ' +
    'Targeting and profiling of under-18s who cannot vote in general (UK-CHD-01) is the children area; this rule looks only at models that score under-16s.',
  examples: {
    passing: `# The support score model leaves out people under 16 (attainers on the register).
profiling:
  used: true
  models:
    - id: support-score
      name: Support score
      includesUnder16s: false
`,
    failing: `# Warning: the support score model also scores people under 16.
profiling:
  used: true
  models:
    - id: support-score
      name: Support score
      includesUnder16s: true
`,
  },
  messages: {
    profilingUnknown: 'Whether you profile or model voters (profiling.used) is not declared.',
    noProfiling: 'You do not profile or model voters.',
    modelsUnknown: 'You profile voters, but your models (profiling.models) are not declared.',
    unknown: '{{subject}}: whether the model scores people under 16 (includesUnder16s) is not declared.',
    scoresUnder16s: '{{subject}} scores people under 16, who cannot vote at any UK election; exclude them.',
    excludesUnder16s: '{{subject}} does not score people under 16.',
  },
  evaluate(declaration) {
    const profiling = declaration.profiling;
    if (profiling === undefined) return [needsInfo(section('profiling'), 'profilingUnknown', ['/profiling'])];
    if (!profiling.used) return [notApplicable(section('profiling'), 'noProfiling', ['/profiling/used'])];
    if (profiling.models === undefined || profiling.models.length === 0) return [needsInfo(section('profiling'), 'modelsUnknown', ['/profiling/models'])];
    return items(profiling.models, 'models', '/profiling').map(({ entry, subject }) => {
      const field = [at(subject, 'includesUnder16s')];
      if (entry.includesUnder16s === undefined) return needsInfo(subject, 'unknown', field);
      if (entry.includesUnder16s) return warn(subject, 'scoresUnder16s', field);
      return pass(subject, 'excludesUnder16s', field);
    });
  },
});
