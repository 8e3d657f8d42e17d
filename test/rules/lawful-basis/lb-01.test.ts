import rule from '../../../rules/lawful-basis/lb-01.js';
import type { ProcessingActivity } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const activity = (fields: Partial<ProcessingActivity> = {}): ProcessingActivity => ({
  id: 'canvassing',
  name: 'Doorstep canvassing',
  purposeType: 'canvassing',
  lawfulBasis: 'public_task_democratic_engagement',
  ...fields,
});

testRule(rule, {
  scenarios: [
    {
      name: 'a declared basis passes',
      declaration: declaration({ processingActivities: [activity()] }),
      expect: [{ status: 'pass', messageId: 'basisDeclared', subject: 'processingActivities/canvassing', evidence: ['/processingActivities/0/lawfulBasis'] }],
    },
    {
      name: 'no basis identified fails',
      declaration: declaration({ processingActivities: [activity({ lawfulBasis: 'none_identified' })] }),
      expect: [{ status: 'fail', messageId: 'noBasis', evidence: ['/processingActivities/0/lawfulBasis'] }],
    },
    {
      name: 'a basis left out needs information',
      declaration: declaration({ processingActivities: [activity({ lawfulBasis: undefined })] }),
      expect: [{ status: 'needs_info', messageId: 'basisUnknown' }],
    },
    {
      name: 'one outcome per activity, in order',
      declaration: declaration({ processingActivities: [activity(), activity({ id: 'modelling', name: 'Voter modelling', lawfulBasis: 'none_identified' })] }),
      expect: [
        { status: 'pass', subject: 'processingActivities/canvassing' },
        { status: 'fail', subject: 'processingActivities/modelling' },
      ],
    },
    { name: 'activities not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noActivities', subject: 'declaration' }] },
    { name: 'no activities', declaration: declaration({ processingActivities: [] }), expect: [{ status: 'not_applicable', messageId: 'noneDeclared' }] },
  ],
});
