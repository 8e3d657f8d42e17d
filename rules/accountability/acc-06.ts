/**
 * ACC-06: written data protection policies are adopted (UK GDPR Art. 24(2): where proportionate, the controller's
 * measures include appropriate data protection policies), and the people who handle data confirm they have read them.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { fail, needsInfo } from '../lib/outcomes.js';
import { at, section } from '../lib/subjects.js';
import { Checklist } from '../lib/checklist.js';

export default defineRule({
  id: 'ACC-06',
  title: 'Written data protection policies are adopted, and staff, volunteers and candidates confirm they have read them',
  area: 'accountability',
  severity: 'medium',
  tags: ['accountability', 'policies'],
  covers: ['UK-ACC-04'],
  citations: [cite('UK GDPR', 'Art. 24(2)'), cite('UK GDPR', 'Art. 5(2)'), citeIco('Accountability')],
  rationale:
    'Written policies turn the law into instructions people can follow: who may use which data for what, how long it is kept, how it is kept safe, ' +
    'and how requests and breaches are handled. For an organisation processing political opinions about large numbers of people, adopting such ' +
    'policies is a proportionate measure the law expects. Asking staff, volunteers and candidates to confirm they have read the key policies is good ' +
    'practice the Commissioner\'s audits of parties recommended.',
  remediation: [
    'Adopt written policies covering data protection, information security, retention, individual rights and breach handling, approved by the leadership.',
    'Ask everyone who gets access to campaign data (staff, volunteers, candidates, agents) to confirm they have read the key policies, and keep the record.',
    'Review the policies before each campaign.',
  ],
  notes: 'A missing acknowledgement is a warning (good practice); no adopted policies fails. Art. 24(2) is not re-read (N in the legal sources).',
  examples: {
    passing: `# Written policies are adopted, and everyone who handles data confirms reading them.
governance:
  policies:
    adopted: true
    acknowledgedByStaffAndVolunteers: true
`,
    failing: `# Fails: no written data protection policies.
governance:
  policies:
    adopted: false
`,
  },
  messages: {
    unknown: 'It is not declared whether written data protection policies are adopted (governance.policies).',
    noPolicies: 'No written data protection policies are adopted.',
    gaps: 'Not declared for data protection policies: {{items}}.',
    concerns: 'Data protection policies are adopted, but {{items}}.',
    adopted: 'Written data protection policies are adopted and acknowledged by the people who handle data.',
  },
  evaluate(declaration) {
    const subject = section('governance');
    const policies = declaration.governance?.policies;
    if (policies === undefined) return [needsInfo(subject, 'unknown', [at(subject, 'policies')])];
    if (!policies.adopted) return [fail(subject, 'noPolicies', [at(subject, 'policies', 'adopted')])];
    const check = new Checklist().ok(at(subject, 'policies', 'adopted'));
    check.expectTrue(
      policies.acknowledgedByStaffAndVolunteers,
      at(subject, 'policies', 'acknowledgedByStaffAndVolunteers'),
      {
        fail: 'staff, volunteers and candidates are not asked to confirm they have read them',
        unknown: 'whether staff, volunteers and candidates confirm they have read them (acknowledgedByStaffAndVolunteers)',
      },
      true,
    );
    return [check.outcome(subject, { fail: 'noPolicies', unknown: 'gaps', warn: 'concerns', pass: 'adopted' })];
  },
});
