import rule from '../../../rules/security/sec-06.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  scenarios: [
    { name: 'secure disposal passes', declaration: declaration({ security: { secureDisposal: true } }), expect: [{ status: 'pass', messageId: 'secure', subject: 'security', evidence: ['/security/secureDisposal'] }] },
    { name: 'canvass sheets in the recycling fail', declaration: declaration({ security: { secureDisposal: false } }), expect: [{ status: 'fail', messageId: 'insecure' }] },
    { name: 'disposal not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'unknown', evidence: ['/security/secureDisposal'] }] },
  ],
});
