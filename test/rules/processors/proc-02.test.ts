import rule from '../../../rules/processors/proc-02.js';
import type { Vendor } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const vendor = (fields: Partial<Vendor> = {}): Vendor => ({
  id: 'analytics',
  name: 'Insight Analytics',
  service: 'analytics_or_modelling',
  role: 'processor',
  usesDataForOwnPurposes: false,
  ...fields,
});

testRule(rule, {
  scenarios: [
    {
      name: 'a processor using data only for the campaign passes',
      declaration: declaration({ vendors: [vendor()] }),
      expect: [{ status: 'pass', messageId: 'processor', subject: 'vendors/analytics', evidence: ['/vendors/0/role', '/vendors/0/usesDataForOwnPurposes'] }],
    },
    {
      name: 'a "processor" that trains its own models on the data fails',
      declaration: declaration({ vendors: [vendor({ usesDataForOwnPurposes: true })] }),
      expect: [{ status: 'fail', messageId: 'ownPurposes', evidence: ['/vendors/0/role', '/vendors/0/usesDataForOwnPurposes'] }],
    },
    { name: 'a data broker called a processor is a warning', declaration: declaration({ vendors: [vendor({ service: 'data_broker' })] }), expect: [{ status: 'warn', messageId: 'checkRole' }] },
    { name: 'own use not declared', declaration: declaration({ vendors: [vendor({ usesDataForOwnPurposes: undefined })] }), expect: [{ status: 'needs_info', messageId: 'ownUseUnknown' }] },
    { name: 'a declared controller is not presented as a processor', declaration: declaration({ vendors: [vendor({ role: 'controller', usesDataForOwnPurposes: true })] }), expect: [{ status: 'not_applicable', messageId: 'notProcessor' }] },
    { name: 'role not declared', declaration: declaration({ vendors: [vendor({ role: undefined })] }), expect: [{ status: 'needs_info', messageId: 'roleUnknown' }] },
    { name: 'suppliers not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noSuppliers' }] },
    { name: 'no suppliers', declaration: declaration({ vendors: [] }), expect: [{ status: 'not_applicable', messageId: 'noneDeclared' }] },
  ],
});
