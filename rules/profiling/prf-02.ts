/**
 * PRF-02: a significant decision about a person taken solely by automated means on the basis of special category
 * data (which includes predicted political opinions) is allowed only with the person's explicit consent, or where
 * required or authorised by law with an Art. 9(2)(g) condition (UK GDPR Art. 22B(1)-(3), inserted by DUAA 2025
 * s. 80, in force 5 Feb 2026). For a campaign, the second route is hard to see: no law requires campaigns to
 * make such decisions.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { fail, needsInfo, notApplicable, pass, warn } from '../lib/outcomes.js';
import { at, items, section } from '../lib/subjects.js';

export default defineRule({
  id: 'PRF-02',
  title: 'Solely automated significant decisions based on special category data are made only with explicit consent',
  area: 'profiling',
  severity: 'high',
  tags: ['profiling', 'automated-decisions', 'special-category', 'duaa'],
  covers: ['UK-PRF-02'],
  citations: [
    cite('UK GDPR', 'Art. 22B(1)'),
    cite('UK GDPR', 'Art. 22B(2)'),
    cite('UK GDPR', 'Art. 22B(3)'),
    cite('UK GDPR', 'Art. 22A(1)'),
    cite('DUAA 2025', 's. 80'),
    citeIco('Profiling in political campaigning'),
  ],
  rationale:
    'Software that decides, with no meaningful human involvement, something with a legal or similarly significant effect on a person (for example excluding them from information about how to vote, or choosing them for messages meant to discourage turnout) is a solely automated significant decision. ' +
    'Since 5 February 2026 such a decision may rest on special category data, including predicted political opinions, only if the person gave explicit consent, or if the decision is required or authorised by law and a substantial public interest condition applies. ' +
    'Campaigns rarely have either; the safer course is to keep a person meaningfully involved or not to use such data for the decision.',
  remediation: [
    'Put a person meaningfully in the loop for the decision (someone who reviews and can change the outcome, not a rubber stamp), so that it is not solely automated.',
    'Otherwise, stop using special category data (including support scores and predicted political views) for the decision, or obtain each person\'s explicit consent.',
    'Record the decision, its effect, the data used and the basis in automatedDecisions.decisions.',
  ],
  notes:
    'Art. 22 (old) is not cited: it was replaced by Arts. 22A-22D (DUAA 2025 s. 80; docs/legal-sources.md section 4). Whether micro-targeting has a "similarly significant" effect is a judgement the declarant records in significantEffect; EDPB Statement 2/2019 suggests it can, but its point numbers are not verified. ' +
    'A basis of "authorised by law" or "contract" is a warning: Art. 22B(3) allows it only with an Art. 9(2)(g) condition, which the declaration does not record. The bar on relying on recognised legitimate interests (Art. 22B(4)) needs a link from the decision to its processing activity, which the schema lacks.',
  examples: {
    passing: `# No decision about people is made by software alone: a person reviews every contact list.
automatedDecisions:
  used: false
`,
    failing: `# Fails: software alone excludes people from polling information using their predicted voting intention.
automatedDecisions:
  used: true
  decisions:
    - id: exclude-low-support
      name: Exclude low-support voters from polling information
      significantEffect: true
      usesSpecialCategory: true
      basis: other
`,
  },
  messages: {
    decisionsUnknown: 'Whether you make decisions about people solely by automated means (automatedDecisions.used) is not declared.',
    noDecisions: 'You make no decisions about people solely by automated means.',
    listUnknown: 'You make solely automated decisions, but they are not listed (automatedDecisions.decisions).',
    effectUnknown: '{{subject}}: whether the decision has a legal or similarly significant effect on people (significantEffect) is not declared.',
    notSignificant: '{{subject}} has no legal or similarly significant effect.',
    specialUnknown: '{{subject}}: whether the decision uses special category data (usesSpecialCategory) is not declared.',
    noSpecial: '{{subject}} uses no special category data.',
    basisUnknown: '{{subject}}: the basis for the decision (basis) is not declared.',
    noValidBasis: '{{subject}} is a significant decision based on special category data without explicit consent.',
    lawOrContract: '{{subject}} relies on {{basis}}; for special category data that needs a law requiring or authorising it and a substantial public interest condition. Check both exist.',
    consented: '{{subject}} is made only with explicit consent.',
  },
  evaluate(declaration) {
    const ad = declaration.automatedDecisions;
    if (ad === undefined) return [needsInfo(section('automatedDecisions'), 'decisionsUnknown', ['/automatedDecisions'])];
    if (!ad.used) return [notApplicable(section('automatedDecisions'), 'noDecisions', ['/automatedDecisions/used'])];
    if (ad.decisions === undefined || ad.decisions.length === 0) return [needsInfo(section('automatedDecisions'), 'listUnknown', ['/automatedDecisions/decisions'])];
    return items(ad.decisions, 'decisions', '/automatedDecisions').map(({ entry, subject }) => {
      if (entry.significantEffect === undefined) return needsInfo(subject, 'effectUnknown', [at(subject, 'significantEffect')]);
      if (!entry.significantEffect) return notApplicable(subject, 'notSignificant', [at(subject, 'significantEffect')]);
      if (entry.usesSpecialCategory === undefined) return needsInfo(subject, 'specialUnknown', [at(subject, 'usesSpecialCategory')]);
      if (!entry.usesSpecialCategory) return notApplicable(subject, 'noSpecial', [at(subject, 'usesSpecialCategory')]);
      const basis = [at(subject, 'basis')];
      switch (entry.basis) {
        case undefined:
          return needsInfo(subject, 'basisUnknown', basis);
        case 'explicit_consent':
          return pass(subject, 'consented', basis);
        case 'authorised_by_law':
        case 'contract':
          return warn(subject, 'lawOrContract', basis, { basis: entry.basis === 'contract' ? 'a contract' : 'authorisation by law' });
        case 'other':
          return fail(subject, 'noValidBasis', [...basis, at(subject, 'usesSpecialCategory')]);
      }
    });
  },
});
