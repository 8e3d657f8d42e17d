import rule from '../../../rules/processors/proc-03.js';
import type { DueDiligence, Vendor } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const vendor = (dueDiligence: DueDiligence | undefined, fields: Partial<Vendor> = {}): Vendor => ({
  id: 'sms',
  name: 'TextBlast',
  service: 'sms_gateway',
  role: 'processor',
  ...(dueDiligence ? { dueDiligence } : {}),
  ...fields,
});

testRule(rule, {
  scenarios: [
    {
      name: 'security checked before use passes',
      declaration: declaration({ vendors: [vendor({ status: 'completed', securityAssessed: true })] }),
      expect: [{ status: 'pass', messageId: 'checked', subject: 'vendors/sms', evidence: ['/vendors/0/dueDiligence/status', '/vendors/0/dueDiligence/securityAssessed'] }],
    },
    { name: 'a partial check that covered security passes', declaration: declaration({ vendors: [vendor({ status: 'partial', securityAssessed: true })] }), expect: [{ status: 'pass' }] },
    { name: 'no checks fail', declaration: declaration({ vendors: [vendor({ status: 'not_done' })] }), expect: [{ status: 'fail', messageId: 'notChecked', evidence: ['/vendors/0/dueDiligence/status'] }] },
    { name: 'checks that left out security fail', declaration: declaration({ vendors: [vendor({ status: 'completed', securityAssessed: false })] }), expect: [{ status: 'fail', messageId: 'notChecked' }] },
    { name: 'security check not declared', declaration: declaration({ vendors: [vendor({ status: 'completed' })] }), expect: [{ status: 'needs_info', messageId: 'securityUnknown' }] },
    { name: 'due diligence not declared', declaration: declaration({ vendors: [vendor(undefined)] }), expect: [{ status: 'needs_info', messageId: 'checksUnknown', evidence: ['/vendors/0/dueDiligence'] }] },
    { name: 'role not declared', declaration: declaration({ vendors: [vendor(undefined, { role: undefined })] }), expect: [{ status: 'needs_info', messageId: 'roleUnknown' }] },
    { name: 'a controller is not judged', declaration: declaration({ vendors: [vendor(undefined, { role: 'controller' })] }), expect: [{ status: 'not_applicable', messageId: 'notProcessor' }] },
    { name: 'suppliers not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noSuppliers' }] },
    { name: 'no suppliers', declaration: declaration({ vendors: [] }), expect: [{ status: 'not_applicable', messageId: 'noneDeclared' }] },
  ],
});
