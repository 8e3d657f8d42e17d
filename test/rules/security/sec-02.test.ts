import rule from '../../../rules/security/sec-02.js';
import type { Security } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const security = (fields: Partial<Security> = {}) => declaration({ security: { encryptionAtRest: true, deviceEncryption: true, exportsControlled: true, ...fields } });

testRule(rule, {
  scenarios: [
    {
      name: 'encrypted storage, devices and exports pass',
      declaration: security(),
      expect: [{ status: 'pass', messageId: 'encrypted', subject: 'security', evidence: ['/security/encryptionAtRest', '/security/deviceEncryption', '/security/exportsControlled'] }],
    },
    { name: 'unencrypted volunteer phones fail', declaration: security({ deviceEncryption: false }), expect: [{ status: 'fail', messageId: 'shortfalls', evidence: ['/security/deviceEncryption'] }] },
    {
      name: 'uncontrolled exports fail, and the missing fact is not reported over a failure',
      declaration: security({ exportsControlled: false, encryptionAtRest: undefined }),
      expect: [{ status: 'fail', messageId: 'shortfalls', evidence: ['/security/exportsControlled'] }],
    },
    { name: 'encryption at rest not declared', declaration: security({ encryptionAtRest: undefined }), expect: [{ status: 'needs_info', messageId: 'gaps', evidence: ['/security/encryptionAtRest'] }] },
    { name: 'security not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'gaps' }] },
  ],
});
