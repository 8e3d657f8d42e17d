/**
 * SEC-03: people see only the data their role needs, and lose access when they leave. Least privilege and prompt
 * removal are part of appropriate security (UK GDPR Arts. 5(1)(f), 32(1)(b)) and of making sure people acting under the
 * controller's authority process data only on its instructions (Art. 32(4)).
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { Checklist } from '../lib/checklist.js';
import { at, section } from '../lib/subjects.js';

export default defineRule({
  id: 'SEC-03',
  title: 'Access to campaign data is limited to what each role needs and removed promptly when people leave',
  area: 'security',
  severity: 'high',
  tags: ['security', 'access-control', 'volunteers'],
  covers: ['UK-SEC-01'],
  citations: [cite('UK GDPR', 'Art. 32(1)(b)'), cite('UK GDPR', 'Art. 32(4)'), cite('UK GDPR', 'Art. 5(1)(f)'), citeIco('Accountability')],
  rationale:
    'Campaigns give access to many people for short periods: volunteers for a weekend of canvassing, staff for an election, local officers for years. ' +
    'A volunteer needs a walk list, not the constituency\'s voting intentions; a former candidate should not keep the membership list. Limiting access ' +
    'to what each role needs and removing it when people leave or the campaign ends keeps data from leaking through accounts nobody remembers.',
  remediation: [
    'Define roles in the CRM and canvassing app; give each the least data it needs (volunteers: their walk list; organisers: their area).',
    'Remove access on the day someone leaves, and review all accounts after polling day.',
    'Keep a list of who has access to what, including local units and suppliers.',
  ],
  notes: 'Art. 32 is a standard article not re-read (N in the legal sources); the points cited are its EU numbering, unchanged in the UK text.',
  examples: {
    passing: `# Volunteers see only their walk lists, and leavers lose access at once.
security:
  roleBasedAccess: true
  accessRemovedPromptly: true
`,
    failing: `# Fails: everyone with a login can see the whole voter file.
security:
  roleBasedAccess: false
  accessRemovedPromptly: true
`,
  },
  messages: {
    shortfalls: 'Access to campaign data is not controlled: {{items}}.',
    gaps: 'Not declared for access control: {{items}}.',
    controlled: 'People see only the data their role needs, and access is removed promptly.',
  },
  evaluate(declaration) {
    const subject = section('security');
    const s = declaration.security;
    const check = new Checklist()
      .expectTrue(s?.roleBasedAccess, at(subject, 'roleBasedAccess'), {
        fail: 'people can see more data than their role needs',
        unknown: 'whether people see only the data their role needs (roleBasedAccess)',
      })
      .expectTrue(s?.accessRemovedPromptly, at(subject, 'accessRemovedPromptly'), {
        fail: 'access is not removed promptly when volunteers and staff leave or the campaign ends',
        unknown: 'whether access is removed when people leave or the campaign ends (accessRemovedPromptly)',
      });
    return [check.outcome(subject, { fail: 'shortfalls', unknown: 'gaps', pass: 'controlled' })];
  },
});
