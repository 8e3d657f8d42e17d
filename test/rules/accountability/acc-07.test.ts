import rule from '../../../rules/accountability/acc-07.js';
import type { DataCategory, Governance } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const vi: DataCategory = { id: 'vi', name: 'Voting intention', kind: 'voting_intention' };
const contact: DataCategory = { id: 'contact', name: 'Contact details', kind: 'contact_details' };
const design = (value: NonNullable<Governance['privacyByDesign']>, categories?: DataCategory[]) =>
  declaration({ governance: { privacyByDesign: value }, ...(categories ? { dataCategories: categories } : {}) });

testRule(rule, {
  scenarios: [
    {
      name: 'minimal fields and restricted special category fields pass',
      declaration: design({ minimalDefaultFields: true, specialCategoryAccessRestricted: true }, [vi]),
      expect: [{ status: 'pass', messageId: 'built', subject: 'governance', evidence: ['/governance/privacyByDesign/minimalDefaultFields', '/governance/privacyByDesign/specialCategoryAccessRestricted'] }],
    },
    {
      name: 'everyone sees voting intentions: fail',
      declaration: design({ minimalDefaultFields: true, specialCategoryAccessRestricted: false }, [vi]),
      expect: [{ status: 'fail', messageId: 'shortfalls', evidence: ['/governance/privacyByDesign/specialCategoryAccessRestricted'] }],
    },
    { name: 'collecting more fields than needed fails', declaration: design({ minimalDefaultFields: false, specialCategoryAccessRestricted: true }, [vi]), expect: [{ status: 'fail', messageId: 'shortfalls' }] },
    {
      name: 'no special category data: nothing to restrict',
      declaration: design({ minimalDefaultFields: true, specialCategoryAccessRestricted: false }, [contact]),
      expect: [{ status: 'pass', messageId: 'built' }],
    },
    {
      name: 'unrestricted, and whether special category data is held is unknown',
      declaration: design({ minimalDefaultFields: true, specialCategoryAccessRestricted: false }),
      expect: [{ status: 'needs_info', messageId: 'gaps', evidence: ['/dataCategories'] }],
    },
    { name: 'minimal fields not declared', declaration: design({ specialCategoryAccessRestricted: true }, [vi]), expect: [{ status: 'needs_info', messageId: 'gaps' }] },
    { name: 'privacy by design not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'unknown' }] },
  ],
});
