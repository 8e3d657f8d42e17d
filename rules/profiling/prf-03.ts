/**
 * PRF-03: every solely automated significant decision comes with the safeguards of UK GDPR Art. 22C: people are
 * told about such decisions, can make representations, can obtain human intervention, and can contest the
 * decision (Art. 22C(2), inserted by DUAA 2025 s. 80, in force 5 Feb 2026). Unlike PRF-02, this applies whatever
 * data the decision uses.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import type { AutomatedDecisions } from '../../schema/generated/declaration.js';
import { fail, needsInfo, notApplicable, pass } from '../lib/outcomes.js';
import { at, items, section } from '../lib/subjects.js';

type Safeguard = NonNullable<NonNullable<AutomatedDecisions['decisions']>[number]['safeguards']>[number];

const SAFEGUARDS: readonly [Safeguard, string][] = [
  ['information', 'telling people about the decision'],
  ['representations', 'letting them make representations'],
  ['human_intervention', 'letting them obtain human intervention'],
  ['contest', 'letting them contest the decision'],
];

export default defineRule({
  id: 'PRF-03',
  title: 'Solely automated significant decisions have the Article 22C safeguards',
  area: 'profiling',
  severity: 'high',
  tags: ['profiling', 'automated-decisions', 'duaa'],
  covers: ['UK-PRF-02'],
  citations: [cite('UK GDPR', 'Art. 22C(1)'), cite('UK GDPR', 'Art. 22C(2)'), cite('DUAA 2025', 's. 80'), citeIco('Profiling in political campaigning')],
  rationale:
    'Where software alone decides something that significantly affects a person, the law requires safeguards so that the person is not simply subject to the machine: they must be told that such decisions are made about them, be able to make representations, be able to have a person intervene, and be able to contest the decision. ' +
    'All four are needed for every such decision since 5 February 2026, whatever data it uses.',
  remediation: [
    'Tell people, in your privacy notice and when the decision affects them, that the decision is automated and how it works in outline.',
    'Provide a simple way to make representations, ask for a person to review the decision, and contest it, and make sure someone with authority to change the outcome handles these.',
    'Record the safeguards for each decision in automatedDecisions.decisions[].safeguards.',
  ],
  notes:
    'Art. 22 (old) and DPA 2018 s. 14 are not cited: both were replaced (DUAA 2025 s. 80; docs/legal-sources.md section 4). The Secretary of State may add to or vary the safeguards by regulations (Art. 22D); none are reflected here.',
  examples: {
    passing: `# People are told about the automated decision and can make representations, ask for a person to review it, and contest it.
automatedDecisions:
  used: true
  decisions:
    - id: auto-exclude
      name: Automatic exclusion from contact
      significantEffect: true
      safeguards: [information, representations, human_intervention, contest]
`,
    failing: `# Fails: people are told about the decision but cannot ask for a person to review or contest it.
automatedDecisions:
  used: true
  decisions:
    - id: auto-exclude
      name: Automatic exclusion from contact
      significantEffect: true
      safeguards: [information]
`,
  },
  messages: {
    decisionsUnknown: 'Whether you make decisions about people solely by automated means (automatedDecisions.used) is not declared.',
    noDecisions: 'You make no decisions about people solely by automated means.',
    listUnknown: 'You make solely automated decisions, but they are not listed (automatedDecisions.decisions).',
    effectUnknown: '{{subject}}: whether the decision has a legal or similarly significant effect on people (significantEffect) is not declared.',
    notSignificant: '{{subject}} has no legal or similarly significant effect.',
    safeguardsUnknown: '{{subject}}: the safeguards for this significant automated decision (safeguards) are not declared.',
    missing: '{{subject}} is a significant automated decision without {{missing}}.',
    complete: '{{subject}} has all the Article 22C safeguards.',
  },
  evaluate(declaration) {
    const ad = declaration.automatedDecisions;
    if (ad === undefined) return [needsInfo(section('automatedDecisions'), 'decisionsUnknown', ['/automatedDecisions'])];
    if (!ad.used) return [notApplicable(section('automatedDecisions'), 'noDecisions', ['/automatedDecisions/used'])];
    if (ad.decisions === undefined || ad.decisions.length === 0) return [needsInfo(section('automatedDecisions'), 'listUnknown', ['/automatedDecisions/decisions'])];
    return items(ad.decisions, 'decisions', '/automatedDecisions').map(({ entry, subject }) => {
      if (entry.significantEffect === undefined) return needsInfo(subject, 'effectUnknown', [at(subject, 'significantEffect')]);
      if (!entry.significantEffect) return notApplicable(subject, 'notSignificant', [at(subject, 'significantEffect')]);
      const field = [at(subject, 'safeguards')];
      if (entry.safeguards === undefined) return needsInfo(subject, 'safeguardsUnknown', field);
      const have = new Set(entry.safeguards);
      const missing = SAFEGUARDS.filter(([key]) => !have.has(key)).map(([, label]) => label);
      if (missing.length > 0) {
        const text = missing.length === 1 ? missing[0]! : `${missing.slice(0, -1).join(', ')} or ${missing[missing.length - 1]}`;
        return fail(subject, 'missing', field, { missing: text });
      }
      return pass(subject, 'complete', field);
    });
  },
});
