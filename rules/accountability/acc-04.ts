/**
 * ACC-04: a data protection officer is appointed where the core activities involve large-scale regular and
 * systematic monitoring (UK GDPR Art. 37(1)(b)) or large-scale processing of special category data (Art. 37(1)(c)),
 * which is typical of a party keeping voter-intention models; otherwise the reason none is needed is recorded.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { isSpecialCategory } from '../lib/facts.js';
import { needsInfo, pass } from '../lib/outcomes.js';
import { at, section } from '../lib/subjects.js';
import { Checklist } from '../lib/checklist.js';

export default defineRule({
  id: 'ACC-04',
  title: 'A data protection officer is appointed where the law requires one, or the reason none is needed is recorded',
  area: 'accountability',
  severity: 'medium',
  tags: ['accountability', 'dpo'],
  covers: ['UK-ACC-03'],
  citations: [cite('UK GDPR', 'Art. 37(1)(b)'), cite('UK GDPR', 'Art. 37(1)(c)'), cite('UK GDPR', 'Art. 5(2)'), citeIco('Accountability')],
  rationale:
    'An organisation whose core activities involve processing special category data on a large scale, or regularly and systematically monitoring ' +
    'people on a large scale, must appoint a data protection officer. A party or campaign that keeps a constituency-wide or national voter file with ' +
    'voting intentions or support scores usually meets that test. Organisations that decide they do not need one should record why, so that they can ' +
    'show the decision was made properly.',
  remediation: [
    'If any core campaigning activity processes political opinions, scores or other special category data on a large scale, or profiles voters at scale, appoint a DPO.',
    'Give the DPO independence, resources and access to senior decision-makers; publish the contact details and give them to the Commissioner.',
    'If you decide no DPO is needed, record the reasons (scale, kind of data, whether processing is core) and revisit them before each campaign.',
  ],
  notes:
    'Large scale is read from each activity\'s largeScale; monitoring from profiling or online targeting at scale (purposeType voter_modelling or ' +
    'online_targeting, or a linked model). The severity is medium as in the digest; for national parties it is more serious. Publishing the DPO\'s ' +
    'contact details (Art. 37(7)) is not checked: that paragraph is not among the verified provisions; the privacy notice rules check the contact is given.',
  examples: {
    passing: `# A data protection officer is appointed.
governance:
  dpo:
    status: appointed
    name: Head of Compliance
`,
    failing: `# Fails: a national voter file with voting intentions needs a DPO.
governance:
  dpo:
    status: not_required
    notRequiredReason: We are run by volunteers
processingActivities:
  - id: voter-file
    name: National voter file
    largeScale: true
    specialCategory:
      used: true
`,
  },
  messages: {
    unknown: 'It is not declared whether a data protection officer is appointed or why none is needed (governance.dpo).',
    shortfalls: 'No data protection officer is appointed, but {{items}}.',
    gaps: 'No data protection officer is appointed; not declared: {{items}}.',
    appointed: 'A data protection officer is appointed.',
    notRequired: 'No data protection officer is appointed, and the reason is recorded; no activity shows large-scale special category data or monitoring.',
  },
  evaluate(declaration, context) {
    const subject = section('governance');
    const dpo = declaration.governance?.dpo;
    if (dpo === undefined) return [needsInfo(subject, 'unknown', [at(subject, 'dpo')])];
    if (dpo.status === 'appointed') return [pass(subject, 'appointed', [at(subject, 'dpo', 'status')])];

    const check = new Checklist();
    const activities = declaration.processingActivities;
    if (activities === undefined) check.unknown('/processingActivities', 'the processing activities, which show whether a DPO is required (processingActivities)');
    const models = declaration.profiling?.models ?? [];
    (activities ?? []).forEach((a, i) => {
      const special = a.specialCategory?.used === true || context.index.categoriesOfActivity(a.id).some((c) => isSpecialCategory(c.entry));
      const monitoring = a.purposeType === 'voter_modelling' || a.purposeType === 'online_targeting' || models.some((m) => m.activityId === a.id);
      if (!special && !monitoring) return;
      const pointer = `/processingActivities/${i}/largeScale`;
      if (a.largeScale === undefined) check.unknown(pointer, `whether activity "${a.name}" is large scale (largeScale)`);
      else if (a.largeScale) check.fail(pointer, `activity "${a.name}" ${special ? 'processes special category data' : 'monitors or profiles people'} on a large scale`);
    });
    if (!dpo.notRequiredReason?.trim()) check.fail(at(subject, 'dpo', 'notRequiredReason'), 'the reason no DPO is needed is not recorded');
    else check.ok(at(subject, 'dpo', 'notRequiredReason'));
    return [check.outcome(subject, { fail: 'shortfalls', unknown: 'gaps', pass: 'notRequired' })];
  },
});
