import rule from '../../../rules/security/sec-01.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  scenarios: [
    {
      name: 'MFA on every account passes',
      declaration: declaration({ security: { multiFactorAuthentication: true } }),
      expect: [{ status: 'pass', messageId: 'mfa', subject: 'security', evidence: ['/security/multiFactorAuthentication'] }],
    },
    { name: 'no MFA fails', declaration: declaration({ security: { multiFactorAuthentication: false } }), expect: [{ status: 'fail', messageId: 'noMfa' }] },
    { name: 'MFA not declared', declaration: declaration({ security: {} }), expect: [{ status: 'needs_info', messageId: 'unknown', evidence: ['/security/multiFactorAuthentication'] }] },
    { name: 'security not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'unknown' }] },
  ],
});
