/**
 * ACC-07: data protection by design and by default (UK GDPR Art. 25(1)): forms, canvassing apps and the CRM collect
 * only the fields needed (data minimisation, Art. 5(1)(c)), and access to special category fields such as voting
 * intention and support scores is limited to those who need it.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { needsInfo } from '../lib/outcomes.js';
import { at, section } from '../lib/subjects.js';
import { Checklist, processesSpecialCategoryData } from '../lib/checklist.js';

export default defineRule({
  id: 'ACC-07',
  title: 'Systems collect only the fields needed by default and restrict access to special category fields',
  area: 'accountability',
  severity: 'medium',
  tags: ['accountability', 'privacy-by-design', 'minimisation', 'special-category'],
  covers: ['UK-ACC-05'],
  citations: [cite('UK GDPR', 'Art. 25(1)'), cite('UK GDPR', 'Art. 5(1)(c)'), citeIco('Accountability')],
  rationale:
    'Data protection has to be built into the tools campaigns use. A canvassing app or web form that asks for every field "just in case", or a CRM in ' +
    'which every volunteer can see everyone\'s voting intention and support score, creates risk the campaign does not need. Collecting only what is ' +
    'needed, and letting only those who need them see the most sensitive fields, is what the law means by data protection by design and by default.',
  remediation: [
    'Review the fields on forms, canvassing scripts and apps; remove those not needed for a stated purpose, and make optional fields optional.',
    'Limit free-text notes, which tend to collect opinions about people.',
    'Restrict voting intention, support scores and other special category fields to the roles that need them; walk lists for volunteers should not show scores.',
  ],
  notes:
    'Minimal default fields are data protection by default (Art. 25(2)), which is not among the verified provisions; the rule cites Art. 25(1) with the ' +
    'minimisation principle instead. Restricting special category fields is required only where such data is held (dataCategories or activities).',
  examples: {
    passing: `# Forms collect only what is needed, and only some roles see voting intentions.
governance:
  privacyByDesign:
    minimalDefaultFields: true
    specialCategoryAccessRestricted: true
`,
    failing: `# Fails: forms and the canvassing app collect more fields than needed.
governance:
  privacyByDesign:
    minimalDefaultFields: false
    specialCategoryAccessRestricted: true
`,
  },
  messages: {
    unknown: 'It is not declared how systems are set up to protect data by default (governance.privacyByDesign).',
    shortfalls: 'Data protection by design falls short: {{items}}.',
    gaps: 'Not declared for data protection by design: {{items}}.',
    built: 'Systems collect only the fields needed by default{{restricted}}.',
  },
  evaluate(declaration) {
    const subject = section('governance');
    const design = declaration.governance?.privacyByDesign;
    if (design === undefined) return [needsInfo(subject, 'unknown', [at(subject, 'privacyByDesign')])];
    const check = new Checklist();
    check.expectTrue(design.minimalDefaultFields, at(subject, 'privacyByDesign', 'minimalDefaultFields'), {
      fail: 'forms, apps and the CRM collect more fields than needed by default',
      unknown: 'whether forms, apps and the CRM collect only the fields needed (minimalDefaultFields)',
    });
    const special = processesSpecialCategoryData(declaration);
    const pointer = at(subject, 'privacyByDesign', 'specialCategoryAccessRestricted');
    let restricted = '';
    if (design.specialCategoryAccessRestricted === true) {
      check.ok(pointer);
      restricted = ' and restrict access to special category fields';
    } else if (special === false) {
      // No special category data is held: nothing to restrict.
    } else if (design.specialCategoryAccessRestricted === undefined) {
      check.unknown(pointer, 'whether access to special category fields is restricted (specialCategoryAccessRestricted)');
    } else if (special === true) {
      check.fail(pointer, 'everyone with access can see special category fields such as voting intention and support scores');
    } else {
      check.unknown('/dataCategories', 'whether special category data is held (dataCategories), since access to it is not restricted');
    }
    return [check.outcome(subject, { fail: 'shortfalls', unknown: 'gaps', pass: 'built' }, { restricted })];
  },
});
