/**
 * SEC-04: there is a policy for volunteers who use their own phones and computers. Volunteers act under the
 * controller's authority (UK GDPR Art. 32(4)), and their devices are part of the campaign's security estate.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { fail, needsInfo, notApplicable, pass } from '../lib/outcomes.js';
import { at, section } from '../lib/subjects.js';

export default defineRule({
  id: 'SEC-04',
  title: 'Volunteers who use their own phones and computers follow a written device policy',
  area: 'security',
  severity: 'medium',
  tags: ['security', 'volunteers', 'byod', 'devices'],
  covers: ['UK-SEC-01'],
  citations: [cite('UK GDPR', 'Art. 32(4)'), cite('UK GDPR', 'Art. 5(1)(f)'), citeIco('Accountability')],
  rationale:
    'Volunteers run canvassing apps, phone banks and group chats on their own phones and laptops, which the campaign does not manage. A short written ' +
    'policy (screen lock and encryption, the official app only, no screenshots or downloads of lists, no personal messaging groups for voter data, ' +
    'delete at the end) is how a campaign makes sure people acting for it keep data safe.',
  remediation: [
    'Write a one-page policy for volunteers\' own devices: screen lock and encryption, official apps only, no copies, screenshots or forwarding of voter data, and deletion at the end of the campaign.',
    'Make volunteers agree to it before they get access, and include it in their training.',
  ],
  notes:
    'Applies when volunteers handle data (volunteerCount above zero, or not declared). Art. 32 is a standard article not re-read (N in the legal sources). ' +
    'Severity medium: one measure among several (encryption is SEC-02).',
  examples: {
    passing: `# Volunteers using their own phones follow a written device policy.
security:
  volunteerDevicePolicy: true
`,
    failing: `# Fails: volunteers use their own phones with no device policy.
security:
  volunteerDevicePolicy: false
`,
  },
  messages: {
    noVolunteers: 'No volunteers handle personal data, so no policy for their devices is needed.',
    unknown: 'It is not declared whether there is a policy for volunteers using their own devices (security.volunteerDevicePolicy).',
    noPolicy: 'There is no policy for volunteers using their own phones and computers for campaign data.',
    policy: 'There is a policy for volunteers using their own phones and computers.',
  },
  evaluate(declaration) {
    const subject = section('security');
    if (declaration.declarant.volunteerCount === 0) return [notApplicable(subject, 'noVolunteers', ['/declarant/volunteerCount'])];
    const pointer = at(subject, 'volunteerDevicePolicy');
    const policy = declaration.security?.volunteerDevicePolicy;
    if (policy === undefined) return [needsInfo(subject, 'unknown', [pointer])];
    return [policy ? pass(subject, 'policy', [pointer]) : fail(subject, 'noPolicy', [pointer])];
  },
});
