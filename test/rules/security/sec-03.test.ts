import rule from '../../../rules/security/sec-03.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  scenarios: [
    {
      name: 'role-based access removed promptly passes',
      declaration: declaration({ security: { roleBasedAccess: true, accessRemovedPromptly: true } }),
      expect: [{ status: 'pass', messageId: 'controlled', subject: 'security', evidence: ['/security/roleBasedAccess', '/security/accessRemovedPromptly'] }],
    },
    {
      name: 'everyone sees everything: fail',
      declaration: declaration({ security: { roleBasedAccess: false, accessRemovedPromptly: true } }),
      expect: [{ status: 'fail', messageId: 'shortfalls', evidence: ['/security/roleBasedAccess'] }],
    },
    { name: 'leavers keep access: fail', declaration: declaration({ security: { roleBasedAccess: true, accessRemovedPromptly: false } }), expect: [{ status: 'fail', messageId: 'shortfalls' }] },
    { name: 'removal not declared', declaration: declaration({ security: { roleBasedAccess: true } }), expect: [{ status: 'needs_info', messageId: 'gaps', evidence: ['/security/accessRemovedPromptly'] }] },
  ],
});
