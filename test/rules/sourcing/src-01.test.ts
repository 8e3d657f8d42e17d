import rule from '../../../rules/sourcing/src-01.js';
import type { DataSource, DueDiligence } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const checked: DueDiligence = { status: 'completed', sourceVerified: true, peopleToldOfPoliticalUse: true, contractualWarranties: true };
const broker = (dueDiligence?: DueDiligence): DataSource => ({ id: 'lifestyle', name: 'Lifestyle data', type: 'data_broker', ...(dueDiligence ? { dueDiligence } : {}) });

testRule(rule, {
  scenarios: [
    {
      name: 'completed diligence passes',
      declaration: declaration({ dataSources: [broker(checked)] }),
      expect: [{ status: 'pass', messageId: 'diligenceDone', subject: 'dataSources/lifestyle', evidence: ['/dataSources/0/dueDiligence/sourceVerified', '/dataSources/0/dueDiligence/peopleToldOfPoliticalUse'] }],
    },
    {
      name: 'diligence on the supplier counts',
      declaration: declaration({
        vendors: [{ id: 'acme', name: 'Acme Data', service: 'data_broker', dueDiligence: checked }],
        dataSources: [{ id: 'enrich', name: 'Enrichment', type: 'other', supplierId: 'acme' }],
      }),
      expect: [{ status: 'pass', subject: 'dataSources/enrich', evidence: ['/vendors/0/dueDiligence/sourceVerified', '/vendors/0/dueDiligence/peopleToldOfPoliticalUse'] }],
    },
    { name: 'no diligence fails', declaration: declaration({ dataSources: [broker({ status: 'not_done' })] }), expect: [{ status: 'fail', messageId: 'notDone', evidence: ['/dataSources/0/dueDiligence/status'] }] },
    {
      name: 'people not told of political use fails (Emma\'s Diary)',
      declaration: declaration({ dataSources: [broker({ ...checked, peopleToldOfPoliticalUse: false })] }),
      expect: [{ status: 'fail', messageId: 'problemsFound', evidence: ['/dataSources/0/dueDiligence/peopleToldOfPoliticalUse'] }],
    },
    {
      name: 'connected-company customers count as bought-in data',
      declaration: declaration({ dataSources: [{ id: 'insurer', name: 'Insurer customers', type: 'affiliated_company_customers', dueDiligence: { ...checked, sourceVerified: false } }] }),
      expect: [{ status: 'fail', messageId: 'problemsFound', subject: 'dataSources/insurer' }],
    },
    { name: 'partial diligence is a warning', declaration: declaration({ dataSources: [broker({ ...checked, status: 'partial' })] }), expect: [{ status: 'warn', messageId: 'partial' }] },
    { name: 'no written assurances is a warning', declaration: declaration({ dataSources: [broker({ ...checked, contractualWarranties: false })] }), expect: [{ status: 'warn', messageId: 'noWarranties' }] },
    { name: 'checks not declared', declaration: declaration({ dataSources: [broker({ status: 'completed' })] }), expect: [{ status: 'needs_info', messageId: 'checksUnknown' }] },
    { name: 'diligence not declared', declaration: declaration({ dataSources: [broker()] }), expect: [{ status: 'needs_info', messageId: 'diligenceUnknown', evidence: ['/dataSources/0/dueDiligence'] }] },
    { name: 'no bought-in data', declaration: declaration({ dataSources: [{ id: 'signups', name: 'Sign-ups', type: 'direct_collection' }] }), expect: [{ status: 'not_applicable', messageId: 'noBoughtData', subject: 'declaration' }] },
    { name: 'sources not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noSources' }] },
  ],
});
