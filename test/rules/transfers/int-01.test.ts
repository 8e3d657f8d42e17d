import rule from '../../../rules/transfers/int-01.js';
import type { Vendor } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const vendor = (fields: Partial<Vendor> = {}): Vendor => ({
  id: 'analytics',
  name: 'Northern Analytics',
  service: 'analytics_or_modelling',
  country: 'CA',
  dataLocations: ['CA'],
  transferMechanism: 'uk_adequacy',
  ...fields,
});
const one = (fields: Partial<Vendor> = {}) => declaration({ vendors: [vendor(fields)] });

testRule(rule, {
  scenarios: [
    {
      name: 'Canada under UK transfer regulations passes',
      declaration: one(),
      expect: [{ status: 'pass', messageId: 'approved', subject: 'vendors/analytics', evidence: ['/vendors/0/dataLocations', '/vendors/0/transferMechanism'] }],
    },
    { name: 'an IDTA for India passes', declaration: one({ country: 'IN', dataLocations: ['GB', 'IN'], transferMechanism: 'idta' }), expect: [{ status: 'pass', messageId: 'safeguarded' }] },
    { name: 'no mechanism fails', declaration: one({ transferMechanism: 'none' }), expect: [{ status: 'fail', messageId: 'noMechanism' }] },
    {
      name: 'data in the US while declaring no transfer fails',
      declaration: one({ country: 'GB', dataLocations: ['GB', 'US'], transferMechanism: 'not_applicable' }),
      expect: [{ status: 'fail', messageId: 'contradiction' }],
    },
    { name: 'adequacy claimed for the US is a warning (certified organisations only)', declaration: one({ country: 'US', dataLocations: ['US'] }), expect: [{ status: 'warn', messageId: 'adequacyDoubtful' }] },
    { name: 'a derogation for regular supply is a warning', declaration: one({ transferMechanism: 'derogation' }), expect: [{ status: 'warn', messageId: 'derogation' }] },
    {
      name: 'a supplier established abroad with no locations declared is taken to transfer',
      declaration: one({ country: 'US', dataLocations: undefined, transferMechanism: undefined }),
      expect: [{ status: 'needs_info', messageId: 'mechanismUnknown', evidence: ['/vendors/0/transferMechanism'] }],
    },
    {
      name: 'a UK supplier with no locations declared',
      declaration: one({ country: 'GB', dataLocations: undefined, transferMechanism: undefined }),
      expect: [{ status: 'needs_info', messageId: 'locationsUnknown', evidence: ['/vendors/0/dataLocations'] }],
    },
    { name: 'a UK supplier declaring no transfer', declaration: one({ country: 'GB', dataLocations: undefined, transferMechanism: 'not_applicable' }), expect: [{ status: 'not_applicable', messageId: 'noTransfer' }] },
    { name: 'data only in the UK', declaration: one({ country: 'GB', dataLocations: ['GB'], transferMechanism: undefined }), expect: [{ status: 'not_applicable', messageId: 'ukOnly' }] },
    { name: 'suppliers not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noSuppliers', subject: 'declaration' }] },
    { name: 'no suppliers', declaration: declaration({ vendors: [] }), expect: [{ status: 'not_applicable', messageId: 'noneDeclared' }] },
  ],
});
