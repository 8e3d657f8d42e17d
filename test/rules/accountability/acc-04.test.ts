import rule from '../../../rules/accountability/acc-04.js';
import type { Governance, ProcessingActivity } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const voterFile: ProcessingActivity = { id: 'voter-file', name: 'National voter file', largeScale: true, specialCategory: { used: true } };
const branch: ProcessingActivity = { id: 'branch', name: 'Branch canvassing', largeScale: false, specialCategory: { used: true } };
const modelling: ProcessingActivity = { id: 'model', name: 'Turnout model', purposeType: 'voter_modelling', largeScale: true };
const reason = 'Small branch; no large-scale processing';

const dpo = (value: Governance['dpo'], activities?: ProcessingActivity[]) =>
  declaration({ governance: { dpo: value }, ...(activities ? { processingActivities: activities } : {}) });

testRule(rule, {
  scenarios: [
    { name: 'an appointed DPO passes', declaration: dpo({ status: 'appointed', name: 'Head of Compliance' }), expect: [{ status: 'pass', messageId: 'appointed', subject: 'governance' }] },
    {
      name: 'not required, with a reason, for small-scale processing passes',
      declaration: dpo({ status: 'not_required', notRequiredReason: reason }, [branch]),
      expect: [{ status: 'pass', messageId: 'notRequired', evidence: ['/governance/dpo/notRequiredReason'] }],
    },
    {
      name: 'a national voter file with voting intentions needs a DPO (Art. 37(1)(c))',
      declaration: dpo({ status: 'not_required', notRequiredReason: reason }, [voterFile]),
      expect: [{ status: 'fail', messageId: 'shortfalls', evidence: ['/processingActivities/0/largeScale'] }],
    },
    {
      name: 'large-scale voter modelling is monitoring (Art. 37(1)(b))',
      declaration: dpo({ status: 'not_required', notRequiredReason: reason }, [branch, modelling]),
      expect: [{ status: 'fail', messageId: 'shortfalls', evidence: ['/processingActivities/1/largeScale'] }],
    },
    {
      name: 'no reason recorded fails',
      declaration: dpo({ status: 'not_required' }, [branch]),
      expect: [{ status: 'fail', messageId: 'shortfalls', evidence: ['/governance/dpo/notRequiredReason'] }],
    },
    {
      name: 'scale not declared for special category processing',
      declaration: dpo({ status: 'not_required', notRequiredReason: reason }, [{ ...branch, largeScale: undefined }]),
      expect: [{ status: 'needs_info', messageId: 'gaps', evidence: ['/processingActivities/0/largeScale'] }],
    },
    { name: 'activities not declared', declaration: dpo({ status: 'not_required', notRequiredReason: reason }), expect: [{ status: 'needs_info', messageId: 'gaps' }] },
    { name: 'DPO not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'unknown', evidence: ['/governance/dpo'] }] },
  ],
});
