import rule from '../../../rules/lawful-basis/lb-02.js';
import type { ProcessingActivity } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const activity = (fields: Partial<ProcessingActivity> = {}): ProcessingActivity => ({
  id: 'fundraising',
  name: 'Fundraising emails',
  lawfulBasis: 'consent',
  basisJustification: 'Supporters opt in on the donation form with an unticked box.',
  ...fields,
});

testRule(rule, {
  noFailure: 'A justification left out of the declaration may be recorded elsewhere, so the rule asks for it (needs_info) rather than failing.',
  scenarios: [
    {
      name: 'a recorded justification passes',
      declaration: declaration({ processingActivities: [activity()] }),
      expect: [{ status: 'pass', messageId: 'justified', subject: 'processingActivities/fundraising', evidence: ['/processingActivities/0/basisJustification'] }],
    },
    {
      name: 'a missing justification is asked for',
      declaration: declaration({ processingActivities: [activity({ basisJustification: undefined })] }),
      expect: [{ status: 'needs_info', messageId: 'justificationMissing', evidence: ['/processingActivities/0/basisJustification'] }],
    },
    {
      name: 'a blank justification counts as missing',
      declaration: declaration({ processingActivities: [activity({ basisJustification: '   ' })] }),
      expect: [{ status: 'needs_info', messageId: 'justificationMissing' }],
    },
    {
      name: 'activities without a basis are left to LB-01',
      declaration: declaration({ processingActivities: [activity({ lawfulBasis: undefined }), activity({ id: 'x', lawfulBasis: 'none_identified' })] }),
      expect: [{ status: 'not_applicable', messageId: 'noBases', subject: 'declaration' }],
    },
    { name: 'activities not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noActivities' }] },
  ],
});
