/**
 * SEC-01: every account with access to voter data uses multi-factor authentication. Security appropriate to the risk
 * (UK GDPR Arts. 5(1)(f), 32(1)(b)) means, for a voter file holding political opinions about thousands of people that
 * staff and volunteers reach over the internet, that a stolen password is not enough to get in.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { fail, needsInfo, pass } from '../lib/outcomes.js';
import { at, section } from '../lib/subjects.js';

export default defineRule({
  id: 'SEC-01',
  title: 'Every account with access to voter data uses multi-factor authentication',
  area: 'security',
  severity: 'high',
  tags: ['security', 'mfa', 'access-control'],
  covers: ['UK-SEC-01'],
  citations: [cite('UK GDPR', 'Art. 32(1)(b)'), cite('UK GDPR', 'Art. 5(1)(f)'), citeIco('Accountability')],
  rationale:
    'Campaign databases and canvassing apps hold political opinions and contact details for large numbers of people, and are reached by many staff and ' +
    'volunteers from their own devices. Passwords are guessed, reused and phished; a second factor stops most account takeovers. The law requires ' +
    'security appropriate to the risk and the state of the art, and for systems like these multi-factor authentication is a basic expectation.',
  remediation: [
    'Turn on multi-factor authentication for every account on the CRM, voter database, canvassing app, email and SMS tools and shared drives.',
    'Include volunteers, local party officers and supplier staff; disable accounts that cannot use it.',
    'Prefer app-based or hardware factors to text messages for administrators.',
  ],
  notes: 'Art. 32 is a standard article not re-read (N in the legal sources); the point cited is its EU numbering, unchanged in the UK text.',
  examples: {
    passing: `# Every account with access to voter data uses multi-factor authentication.
security:
  multiFactorAuthentication: true
`,
    failing: `# Fails: some accounts with access to voter data use a password alone.
security:
  multiFactorAuthentication: false
`,
  },
  messages: {
    unknown: 'It is not declared whether accounts with access to voter data use multi-factor authentication (security.multiFactorAuthentication).',
    noMfa: 'Not every account with access to voter data uses multi-factor authentication.',
    mfa: 'Every account with access to voter data uses multi-factor authentication.',
  },
  evaluate(declaration) {
    const subject = section('security');
    const pointer = at(subject, 'multiFactorAuthentication');
    const mfa = declaration.security?.multiFactorAuthentication;
    if (mfa === undefined) return [needsInfo(subject, 'unknown', [pointer])];
    return [mfa ? pass(subject, 'mfa', [pointer]) : fail(subject, 'noMfa', [pointer])];
  },
});
