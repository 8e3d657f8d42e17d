/**
 * ONL-04: a lookalike audience uses your seed list to have the platform profile its users and pick people who
 * resemble your supporters: profiling and data matching on a large scale, invisible to the people picked. That is
 * processing likely to result in a high risk, which needs a data protection impact assessment before it starts
 * (UK GDPR Art. 35(1); the Commissioner's list under Art. 35(4) names large-scale profiling, data matching and
 * invisible processing).
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { fail, needsInfo, notApplicable, pass, warn } from '../lib/outcomes.js';
import { at } from '../lib/subjects.js';
import { METHOD_LABELS, activityOf, perTargeting } from './_helpers.js';

export default defineRule({
  id: 'ONL-04',
  title: 'Lookalike audiences are used only after a data protection impact assessment of the seed list\'s activity',
  area: 'online',
  severity: 'high',
  tags: ['online', 'lookalike', 'dpia', 'profiling'],
  covers: ['UK-ONL-04'],
  citations: [
    cite('UK GDPR', 'Art. 35(1)'),
    cite('UK GDPR', 'Art. 35(4)'),
    citeIco('Political campaigning in the online world'),
    citeIco('Profiling in political campaigning'),
  ],
  rationale:
    'A lookalike audience hands the platform a list of your supporters so that it can profile its users and find people who resemble them. ' +
    'The people reached never gave you their data and cannot see why they were chosen, and the seed list can reveal political opinions. ' +
    'Processing like this (profiling and matching on a large scale, invisible to those affected) is likely to be high risk, so the law requires a data protection impact assessment before you start, to identify the risks and how you reduce them. ' +
    'DPIAs were among the ICO\'s recommendations after it audited seven parties in 2019-2020.',
  remediation: [
    'Complete a DPIA for the activity the lookalike belongs to before using it: describe the seed list, what the platform does with it, who is reached, the risks (including inferring political opinions) and the safeguards.',
    'Keep political-opinion and other special category data out of seed lists unless people gave explicit consent (see ONL-05).',
    'Review the DPIA when you change the seed list, the platform or the purpose, and consult the ICO if a high risk remains.',
  ],
  notes:
    'A DPIA marked "in progress" or "not required" is a warning: work may not begin before the assessment is done, and the ICO expects one for this kind of targeting, but the declarant may have a documented reason. ' +
    'DPIAs for other activities are judged by the accountability rules.',
  examples: {
    passing: `# A lookalike audience, after a completed DPIA of the advertising activity.
processingActivities:
  - id: lookalike-ads
    name: Lookalike advertising
    purposeType: online_targeting
    dpia:
      status: completed
      date: 2026-01-10
      outcome: risks_mitigated
onlineTargeting:
  - id: supporter-lookalike
    name: Supporter lookalike
    method: lookalike
    activityId: lookalike-ads
`,
    failing: `# Fails: a lookalike audience is built with no DPIA.
processingActivities:
  - id: lookalike-ads
    name: Lookalike advertising
    purposeType: online_targeting
    dpia:
      status: not_done
onlineTargeting:
  - id: supporter-lookalike
    name: Supporter lookalike
    method: lookalike
    activityId: lookalike-ads
`,
  },
  messages: {
    noTargeting: 'No online targeting is declared, so it is not known whether lookalike audiences are used. Use [] if you do none.',
    noneDeclared: 'No online targeting is declared.',
    notLookalike: '{{subject}} uses {{method}}, not a lookalike audience.',
    activityUnknown: '{{subject}} is a lookalike audience, but the processing activity it belongs to (activityId), and so its DPIA, is not declared.',
    dpiaUnknown: '{{subject}} is a lookalike audience, but whether the activity it belongs to has a DPIA is not declared.',
    noDpia: '{{subject}} is a lookalike audience and the activity it belongs to has no DPIA.',
    dpiaInProgress: '{{subject}} is a lookalike audience and the DPIA of its activity is still in progress; finish it before the audience is used.',
    dpiaNotRequired: '{{subject}} is a lookalike audience, but its activity is declared not to need a DPIA; the ICO expects one for this kind of targeting.',
    dpiaDone: '{{subject}}: the activity it belongs to has a completed DPIA.',
  },
  evaluate(declaration, context) {
    return perTargeting(declaration, { absent: 'noTargeting', empty: 'noneDeclared' }, (entry, subject) => {
      if (entry.method !== 'lookalike') return notApplicable(subject, 'notLookalike', [at(subject, 'method')], { method: METHOD_LABELS[entry.method] });
      const activity = activityOf(entry, context);
      if (!activity) return needsInfo(subject, 'activityUnknown', [at(subject, 'activityId')]);
      const dpia = activity.entry.dpia;
      const pointer = at(activity.pointer, 'dpia', 'status');
      if (dpia === undefined) return needsInfo(subject, 'dpiaUnknown', [at(activity.pointer, 'dpia')]);
      if (dpia.status === 'not_done') return fail(subject, 'noDpia', [at(subject, 'activityId'), pointer]);
      if (dpia.status === 'in_progress') return warn(subject, 'dpiaInProgress', [pointer]);
      if (dpia.status === 'not_required') return warn(subject, 'dpiaNotRequired', [pointer]);
      return pass(subject, 'dpiaDone', [pointer]);
    });
  },
});
