/**
 * LB-01: every purpose for which the campaign uses personal data has an Art. 6 lawful basis. An activity declared
 * with 'none_identified' has no lawful footing at all (critical); a basis left out of the declaration is asked for.
 * Whether the chosen basis fits is judged by LB-03 (public task), LB-04 (legitimate interests), LB-05 (consent) and
 * LB-08 (recognised legitimate interests).
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { fail, needsInfo, notApplicable, pass } from '../lib/outcomes.js';
import { DECLARATION, at, items } from '../lib/subjects.js';
import { BASIS_LABELS } from './_helpers.js';

export default defineRule({
  id: 'LB-01',
  title: 'Every processing activity has a lawful basis',
  area: 'lawful-basis',
  severity: 'critical',
  tags: ['lawful-basis', 'article-6'],
  covers: ['UK-LB-01'],
  citations: [cite('UK GDPR', 'Art. 6(1)'), cite('UK GDPR', 'Art. 5(1)(a)'), citeIco('Lawful bases')],
  rationale:
    'Personal data may be used only if one of the lawful bases in Article 6 applies to the purpose: for campaigns usually public task (democratic engagement), consent or legitimate interests. ' +
    'A purpose with no lawful basis is unlawful processing, whatever else is done well. ' +
    'The ICO expects campaigns to decide the basis for each purpose before they start, and to record it.',
  remediation: [
    'For each activity, decide which lawful basis applies to that purpose and record it (lawfulBasis).',
    'If no basis fits, stop the activity until one does.',
    'Reflect each purpose and its basis in your privacy information.',
  ],
  notes:
    'The digest also flags "one blanket basis for all purposes" as a weak sign; that is a judgement about the record, not a fact the declaration shows, so it is not encoded. ' +
    'Art. 6(1) (the list of bases) is not among the provisions whose numbering was changed, apart from the insertion of point (ea) (docs/legal-sources.md).',
  examples: {
    passing: `# Each purpose names its lawful basis.
processingActivities:
  - id: canvassing
    name: Doorstep canvassing
    purposeType: canvassing
    lawfulBasis: public_task_democratic_engagement
`,
    failing: `# Fails: no lawful basis has been identified for voter modelling.
processingActivities:
  - id: modelling
    name: Voter modelling
    purposeType: voter_modelling
    lawfulBasis: none_identified
`,
  },
  messages: {
    noActivities: 'No processing activities are declared, so it is not known whether each purpose has a lawful basis.',
    noneDeclared: 'No processing activities are declared.',
    basisUnknown: '{{subject}}: the lawful basis (lawfulBasis) is not declared.',
    noBasis: '{{subject}} has no lawful basis identified; the processing is unlawful until one applies.',
    basisDeclared: '{{subject}} relies on {{basis}}.',
  },
  evaluate(declaration) {
    const list = declaration.processingActivities;
    if (list === undefined) return [needsInfo(DECLARATION, 'noActivities', ['/processingActivities'])];
    if (list.length === 0) return [notApplicable(DECLARATION, 'noneDeclared', ['/processingActivities'])];
    return items(list, 'processingActivities').map(({ entry, subject }) => {
      const basis = entry.lawfulBasis;
      const evidence = [at(subject, 'lawfulBasis')];
      if (basis === undefined) return needsInfo(subject, 'basisUnknown', evidence);
      if (basis === 'none_identified') return fail(subject, 'noBasis', evidence);
      return pass(subject, 'basisDeclared', evidence, { basis: BASIS_LABELS[basis] });
    });
  },
});
