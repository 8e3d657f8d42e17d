import rule from '../../../rules/lawful-basis/lb-03.js';
import type { ProcessingActivity } from '../../../schema/generated/declaration.js';
import { declaration, withDeclarant } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const activity = (fields: Partial<ProcessingActivity> = {}): ProcessingActivity => ({
  id: 'canvassing',
  name: 'Doorstep canvassing',
  purposeType: 'canvassing',
  lawfulBasis: 'public_task_democratic_engagement',
  necessityNote: 'Canvassing electors is how the party communicates with them; only register data and canvass answers are used.',
  ...fields,
});

testRule(rule, {
  scenarios: [
    {
      name: 'a party with a necessity note passes',
      declaration: declaration({ processingActivities: [activity()] }),
      expect: [
        {
          status: 'pass',
          messageId: 'necessityRecorded',
          subject: 'processingActivities/canvassing',
          evidence: ['/processingActivities/0/lawfulBasis', '/processingActivities/0/necessityNote'],
        },
      ],
    },
    {
      name: 'a data broker cannot rely on it',
      declaration: withDeclarant({ organisationType: 'data_broker', partyRegistration: undefined }, { processingActivities: [activity({ purposeType: 'data_supply' })] }),
      expect: [{ status: 'fail', messageId: 'commercial', evidence: ['/processingActivities/0/lawfulBasis', '/declarant/organisationType'] }],
    },
    {
      name: 'buying data on public task is doubtful',
      declaration: declaration({ processingActivities: [activity({ purposeType: 'data_enrichment' })] }),
      expect: [{ status: 'warn', messageId: 'doubtfulPurpose', evidence: ['/processingActivities/0/lawfulBasis', '/processingActivities/0/purposeType'] }],
    },
    {
      name: 'no necessity note',
      declaration: declaration({ processingActivities: [activity({ necessityNote: undefined })] }),
      expect: [{ status: 'needs_info', messageId: 'necessityMissing', evidence: ['/processingActivities/0/necessityNote'] }],
    },
    {
      name: 'a non-party campaigner is warned (open question)',
      declaration: withDeclarant({ organisationType: 'non_party_campaigner', partyRegistration: undefined }, { processingActivities: [activity()] }),
      expect: [{ status: 'warn', messageId: 'nonParty' }],
    },
    {
      name: 'a candidate with a necessity note passes',
      declaration: withDeclarant({ organisationType: 'candidate' }, { processingActivities: [activity()] }),
      expect: [{ status: 'pass' }],
    },
    {
      name: 'other bases are out of scope',
      declaration: declaration({ processingActivities: [activity({ lawfulBasis: 'consent' })] }),
      expect: [{ status: 'not_applicable', messageId: 'notRelied', subject: 'declaration' }],
    },
    { name: 'activities not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noActivities' }] },
  ],
});
