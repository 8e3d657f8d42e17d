/**
 * LB-02: for each purpose, the reasoning behind the chosen lawful basis is recorded. The ICO asks campaigns to keep
 * a record of the basis for each purpose and a justification for why it applies; without it the controller cannot
 * demonstrate compliance (Art. 5(2)). A justification left out of the declaration may exist elsewhere, so it is
 * asked for (needs_info), never assumed.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule, type RuleOutcome } from '../../core/rule.js';
import { needsInfo, notApplicable, pass } from '../lib/outcomes.js';
import { DECLARATION, at, items } from '../lib/subjects.js';
import { BASIS_LABELS, hasText } from './_helpers.js';

type Message = 'noActivities' | 'noBases' | 'justificationMissing' | 'justified';

export default defineRule({
  id: 'LB-02',
  title: 'The reasons for each lawful basis are recorded',
  area: 'lawful-basis',
  severity: 'medium',
  tags: ['lawful-basis', 'accountability', 'documentation'],
  covers: ['UK-LB-01'],
  citations: [cite('UK GDPR', 'Art. 5(2)'), cite('UK GDPR', 'Art. 6(1)'), citeIco('Lawful bases')],
  rationale:
    'Choosing a lawful basis is not enough: you must be able to show why it applies. ' +
    'The ICO asks campaigns to keep, for each purpose, a record of the basis relied on and a justification, in enough detail to demonstrate that the basis applies. ' +
    'The record also feeds your privacy information and your answers to the Commissioner.',
  remediation: [
    'For each activity, write down why the chosen basis applies (basisJustification): for public task, why the processing is necessary for democratic engagement; for legitimate interests, a summary of the assessment; for consent, how it is obtained.',
    'Keep the record with your record of processing activities and review it when the purpose changes.',
  ],
  notes:
    'Activities with no basis, or none identified, are reported by LB-01 and skipped here. ' +
    'The rule cannot judge the quality of the justification, only whether one is recorded.',
  examples: {
    passing: `# The reason for relying on consent is written down.
processingActivities:
  - id: fundraising
    name: Fundraising emails
    purposeType: fundraising
    lawfulBasis: consent
    basisJustification: Supporters opt in on the donation form with an unticked box.
`,
    failing: `# Needs information: the basis is named but the reason for it is not recorded.
processingActivities:
  - id: fundraising
    name: Fundraising emails
    purposeType: fundraising
    lawfulBasis: consent
`,
  },
  messages: {
    noActivities: 'No processing activities are declared, so the reasons for their lawful bases cannot be checked.',
    noBases: 'No processing activity declares a lawful basis yet (see LB-01).',
    justificationMissing: '{{subject}} relies on {{basis}}, but the reasons why it applies (basisJustification) are not recorded in the declaration.',
    justified: '{{subject}}: the reasons for relying on {{basis}} are recorded.',
  },
  evaluate(declaration) {
    const list = declaration.processingActivities;
    if (list === undefined) return [needsInfo(DECLARATION, 'noActivities', ['/processingActivities'])];
    const outcomes: RuleOutcome<Message>[] = [];
    for (const { entry, subject } of items(list, 'processingActivities')) {
      const basis = entry.lawfulBasis;
      if (basis === undefined || basis === 'none_identified') continue;
      const data = { basis: BASIS_LABELS[basis] };
      if (hasText(entry.basisJustification)) outcomes.push(pass(subject, 'justified', [at(subject, 'basisJustification')], data));
      else outcomes.push(needsInfo(subject, 'justificationMissing', [at(subject, 'basisJustification')], data));
    }
    if (outcomes.length === 0) return [notApplicable(DECLARATION, 'noBases', ['/processingActivities'])];
    return outcomes;
  },
});
