/**
 * ACC-02: a data protection impact assessment (DPIA) is done before high-risk processing (UK GDPR Art. 35(1)).
 * Mandatory where special category data is processed on a large scale (Art. 35(3)(b)), and, under the list the
 * Commissioner publishes (Art. 35(4)) and the two-criteria approach, where an activity combines two or more signs of
 * high risk: large scale, special category data, matching or combining datasets, profiling or scoring voters,
 * online targeting, invisible processing. One sign alone makes a DPIA advisable (a warning when none was done).
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { isSpecialCategory } from '../lib/facts.js';
import { fail, needsInfo, notApplicable, pass, warn } from '../lib/outcomes.js';
import { DECLARATION, at, items } from '../lib/subjects.js';
import { joinAnd } from '../lib/checklist.js';

interface Sign {
  text: string;
  pointer: string;
}

export default defineRule({
  id: 'ACC-02',
  title: 'A data protection impact assessment is completed before any high-risk processing activity starts',
  area: 'accountability',
  severity: 'high',
  tags: ['accountability', 'dpia', 'profiling', 'special-category'],
  covers: ['UK-ACC-02'],
  citations: [
    cite('UK GDPR', 'Art. 35(1)'),
    cite('UK GDPR', 'Art. 35(3)(b)'),
    cite('UK GDPR', 'Art. 35(4)'),
    citeIco('Accountability'),
  ],
  rationale:
    'Before processing that is likely to put people\'s rights at high risk, a controller must assess the risks and how to reduce them. The law makes ' +
    'this mandatory for large-scale processing of special category data such as political opinions, and the Commissioner\'s list adds large-scale ' +
    'profiling, matching datasets from different sources, invisible processing and online tracking or targeting. Voter files, support scores and ' +
    'micro-targeting usually combine several of these. The 2020 audits of seven UK parties found DPIAs missing or done after the processing had begun.',
  remediation: [
    'Carry out a DPIA for each activity that combines two or more of: large scale, special category data, matched or combined datasets, profiling or scoring, online targeting, invisible processing.',
    'Finish it before the processing starts; describe the processing, assess necessity and proportionality, identify the risks to people and the measures that reduce them.',
    'Where only one sign of risk is present, record a short screening that explains why a full DPIA is not needed.',
    'If high risk remains after mitigation, consult the Commissioner before starting (see ACC-03).',
  ],
  notes:
    'The two-or-more-signs test follows the Commissioner\'s list under Art. 35(4) and the criteria behind it; the list\'s exact wording was not re-read ' +
    '(the digest marks it [M]), so only Art. 35(3)(b) cases are mandatory on the face of the Act; others rest on Art. 35(1) as read with that list. ' +
    'Art. 35(3)(a) is not cited: it needs decisions with legal or similarly significant effects, which campaign profiling usually lacks (see the profiling area). ' +
    'Profiling is taken from purposeType voter_modelling or a model linked to the activity; online targeting from purposeType online_targeting or a targeting ' +
    'entry linked to it; invisible processing from a source used by the activity that claims an Art. 14 exemption. A DPIA in progress is a warning: it ' +
    'is a breach only if the processing has started, which the declaration does not say.',
  examples: {
    passing: `# Large-scale voter modelling had a DPIA before it started.
processingActivities:
  - id: modelling
    name: Voter modelling
    purposeType: voter_modelling
    largeScale: true
    dpia:
      status: completed
      outcome: risks_mitigated
`,
    failing: `# Fails: large-scale voter modelling with no DPIA.
processingActivities:
  - id: modelling
    name: Voter modelling
    purposeType: voter_modelling
    largeScale: true
    dpia:
      status: not_done
`,
  },
  messages: {
    noActivities: 'No processing activities are declared, so it is not known whether any needs a DPIA.',
    noneDeclared: 'No processing activities are declared.',
    dpiaDone: '{{subject}} has a completed DPIA.',
    noDpia: '{{subject}} involves {{signs}}, which makes a DPIA mandatory, but none was done.',
    wronglyNotRequired: '{{subject}} involves {{signs}}, which makes a DPIA mandatory, but the DPIA is recorded as not required.',
    dpiaUnknown: '{{subject}} involves {{signs}}; whether a DPIA was done is not declared (dpia).',
    dpiaInProgress: '{{subject}} involves {{signs}}; its DPIA is still in progress and must be finished before the processing starts.',
    screeningUnknown: '{{subject}}: not declared: {{items}}, which decide whether a DPIA is needed.',
    dpiaAdvisable: '{{subject}} involves {{signs}}; a DPIA is advisable and none was done or screened.',
    screenedOut: '{{subject}} involves {{signs}} only; a DPIA was screened and recorded as not required.',
    lowRisk: '{{subject}} shows none of the signs of high-risk processing.',
  },
  evaluate(declaration, context) {
    const list = declaration.processingActivities;
    if (list === undefined) return [needsInfo(DECLARATION, 'noActivities', ['/processingActivities'])];
    if (list.length === 0) return [notApplicable(DECLARATION, 'noneDeclared', ['/processingActivities'])];
    const models = declaration.profiling?.models ?? [];
    const targeting = declaration.onlineTargeting ?? [];

    return items(list, 'processingActivities').map(({ entry: a, subject }) => {
      const dpia = a.dpia;
      if (dpia?.status === 'completed') return pass(subject, 'dpiaDone', [at(subject, 'dpia', 'status')]);

      const byCategory = context.index.categoriesOfActivity(a.id).some((c) => isSpecialCategory(c.entry));
      const special = a.specialCategory?.used === true || byCategory ? true : a.specialCategory === undefined && a.dataCategoryIds === undefined ? undefined : false;
      const specialPointer = a.specialCategory?.used === true || !byCategory ? at(subject, 'specialCategory') : at(subject, 'dataCategoryIds');

      const signs: Sign[] = [];
      const unknown: Sign[] = [];
      const consider = (value: boolean | undefined, text: string, pointer: string, what: string) => {
        if (value === true) signs.push({ text, pointer });
        else if (value === undefined) unknown.push({ text: what, pointer });
      };
      consider(a.largeScale, 'processing on a large scale', at(subject, 'largeScale'), 'whether it is large scale (largeScale)');
      consider(special, 'special category data', specialPointer, 'whether it uses special category data (specialCategory)');
      consider(a.combinesDatasets, 'data matched or combined from several sources', at(subject, 'combinesDatasets'), 'whether it combines datasets (combinesDatasets)');
      const modelIndex = models.findIndex((m) => m.activityId === a.id);
      if (a.purposeType === 'voter_modelling') signs.push({ text: 'profiling or scoring voters', pointer: at(subject, 'purposeType') });
      else if (modelIndex >= 0) signs.push({ text: 'profiling or scoring voters', pointer: `/profiling/models/${modelIndex}/activityId` });
      const targetingIndex = targeting.findIndex((t) => t.activityId === a.id);
      if (a.purposeType === 'online_targeting') signs.push({ text: 'online targeting', pointer: at(subject, 'purposeType') });
      else if (targetingIndex >= 0) signs.push({ text: 'online targeting', pointer: `/onlineTargeting/${targetingIndex}/activityId` });
      const invisible = context.index.sourcesOfActivity(a.id).find((s) => s.entry.art14Exemption?.claimed === true);
      if (invisible) signs.push({ text: 'data people are not told about (an Art. 14 exemption)', pointer: `${invisible.pointer}/art14Exemption/claimed` });

      const mandatory = (worst: boolean) => {
        const large = a.largeScale ?? (worst ? true : false);
        const sc = special ?? (worst ? true : false);
        const count = signs.length + (worst ? unknown.length : 0);
        return (large && sc) || count >= 2;
      };
      const data = { signs: joinAnd(signs.map((s) => s.text)) };
      const signPointers = signs.map((s) => s.pointer);
      const statusPointer = at(subject, 'dpia', 'status');

      if (mandatory(false)) {
        if (dpia === undefined) return needsInfo(subject, 'dpiaUnknown', [at(subject, 'dpia')], data);
        if (dpia.status === 'in_progress') return warn(subject, 'dpiaInProgress', [statusPointer], data);
        return fail(subject, dpia.status === 'not_required' ? 'wronglyNotRequired' : 'noDpia', [statusPointer, ...signPointers], data);
      }
      if (mandatory(true) || (signs.length === 0 && unknown.length > 0)) {
        return needsInfo(subject, 'screeningUnknown', unknown.map((u) => u.pointer), { ...data, items: unknown.map((u) => u.text).join('; ') });
      }
      if (signs.length === 0) return notApplicable(subject, 'lowRisk', [subject.pointer]);
      if (dpia === undefined) return needsInfo(subject, 'dpiaUnknown', [at(subject, 'dpia')], data);
      if (dpia.status === 'not_required') return pass(subject, 'screenedOut', [statusPointer], data);
      if (dpia.status === 'in_progress') return warn(subject, 'dpiaInProgress', [statusPointer], data);
      return warn(subject, 'dpiaAdvisable', [statusPointer, ...signPointers], data);
    });
  },
});
