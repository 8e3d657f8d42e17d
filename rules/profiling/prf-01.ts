/**
 * PRF-01: each model uses only the inputs it needs (data minimisation, UK GDPR Art. 5(1)(c)) and its scores are
 * kept reasonably accurate: tested, corrected and refreshed (accuracy, Art. 5(1)(d)). Scores about people are
 * personal data in their own right; wrong or stale scores decide whom a campaign contacts, ignores or
 * discourages.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { fail, needsInfo, notApplicable, pass } from '../lib/outcomes.js';
import { at, items, section } from '../lib/subjects.js';

export default defineRule({
  id: 'PRF-01',
  title: 'Voter models use only the data they need and their accuracy is reviewed',
  area: 'profiling',
  severity: 'high',
  tags: ['profiling', 'minimisation', 'accuracy'],
  covers: ['UK-PRF-01'],
  citations: [cite('UK GDPR', 'Art. 5(1)(c)'), cite('UK GDPR', 'Art. 5(1)(d)'), cite('UK GDPR', 'Art. 5(2)'), citeIco('Profiling in political campaigning')],
  rationale:
    'A model may use only the personal data that is necessary for its purpose: every extra input (lifestyle data, inferred characteristics, social media activity) adds intrusion and risk. ' +
    'The scores it produces are personal data about each person and must be reasonably accurate: a wrong support or turnout score decides whom the campaign contacts, ignores or tries to discourage. ' +
    'You must be able to show that you checked both.',
  remediation: [
    'For each model, list its inputs and record why each is necessary for the purpose; drop those you cannot justify.',
    'Test the model\'s accuracy against known outcomes (for example canvass returns), record the results, and refresh or correct scores on a schedule.',
    'Record featuresJustified and accuracyReviewed for each model once done.',
  ],
  notes:
    'Inputs that are special category data, or inferred from names (ethnicity, religion, origin), are judged by the special category rules (UK-SC-05); this rule asks only whether each input was checked as necessary. ' +
    'The other parts of UK-PRF-01 are judged elsewhere: the DPIA for profiling by ACC-02 (which counts voter modelling as a sign of high risk), and telling people about profiling by TR-06. ' +
    'That an objection to direct marketing also stops profiling (UK-PRF-03) is judged by RTS-02, which fails when profiling is used and rights.objection.appliesTo lacks "profiling".',
  examples: {
    passing: `# The turnout model uses only inputs checked as necessary, and its accuracy is tested and scores refreshed.
profiling:
  used: true
  models:
    - id: turnout
      name: Turnout score
      featuresJustified: true
      accuracyReviewed: true
`,
    failing: `# Fails: the model's scores are never tested or refreshed.
profiling:
  used: true
  models:
    - id: turnout
      name: Turnout score
      featuresJustified: true
      accuracyReviewed: false
`,
  },
  messages: {
    profilingUnknown: 'Whether you profile or model voters (profiling.used) is not declared.',
    noProfiling: 'You do not profile or model voters.',
    modelsUnknown: 'You profile voters, but your models (profiling.models) are not declared.',
    failing: '{{subject}}: {{problems}}.',
    unknown: '{{subject}}: {{facts}} not declared.',
    sound: '{{subject}}: its inputs are justified and its accuracy is reviewed.',
  },
  evaluate(declaration) {
    const profiling = declaration.profiling;
    if (profiling === undefined) return [needsInfo(section('profiling'), 'profilingUnknown', ['/profiling'])];
    if (!profiling.used) return [notApplicable(section('profiling'), 'noProfiling', ['/profiling/used'])];
    if (profiling.models === undefined || profiling.models.length === 0) return [needsInfo(section('profiling'), 'modelsUnknown', ['/profiling/models'])];
    return items(profiling.models, 'models', '/profiling').map(({ entry, subject }) => {
      const features = at(subject, 'featuresJustified');
      const accuracy = at(subject, 'accuracyReviewed');
      const problems: string[] = [];
      const problemPointers: string[] = [];
      if (entry.featuresJustified === false) {
        problems.push('its inputs have not been checked as necessary for its purpose');
        problemPointers.push(features);
      }
      if (entry.accuracyReviewed === false) {
        problems.push('its accuracy is not tested and its scores are not corrected or refreshed');
        problemPointers.push(accuracy);
      }
      if (problems.length > 0) return fail(subject, 'failing', problemPointers, { problems: problems.join('; and ') });
      const unknown: string[] = [];
      const unknownPointers: string[] = [];
      if (entry.featuresJustified === undefined) {
        unknown.push('whether its inputs are limited to what is necessary (featuresJustified)');
        unknownPointers.push(features);
      }
      if (entry.accuracyReviewed === undefined) {
        unknown.push('whether its accuracy is reviewed (accuracyReviewed)');
        unknownPointers.push(accuracy);
      }
      if (unknown.length > 0) return needsInfo(subject, 'unknown', unknownPointers, { facts: `${unknown.join(' and ')} ${unknown.length > 1 ? 'are' : 'is'}` });
      return pass(subject, 'sound', [features, accuracy]);
    });
  },
});
