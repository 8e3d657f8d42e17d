import rule from '../../../rules/representatives/rep-02.js';
import type { ProcessingActivity } from '../../../schema/generated/declaration.js';
import { declaration, withDeclarant } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const para23 = (fields: Partial<ProcessingActivity> = {}): ProcessingActivity => ({
  id: 'casework',
  name: 'Constituent casework',
  purposeType: 'casework',
  specialCategory: { used: true, condition: 'substantial_public_interest', schedule1Condition: 'para_23_elected_representatives' },
  ...fields,
});
const mp = (...activities: ProcessingActivity[]) =>
  withDeclarant({ organisationType: 'elected_representative', partyRegistration: undefined }, { processingActivities: activities });

testRule(rule, {
  scenarios: [
    {
      name: 'an MP relying on para 23 for casework passes',
      declaration: mp(para23()),
      expect: [
        {
          status: 'pass',
          messageId: 'casework',
          subject: 'processingActivities/casework',
          evidence: ['/processingActivities/0/specialCategory/schedule1Condition', '/processingActivities/0/purposeType'],
        },
      ],
    },
    {
      name: 'a party relying on para 23 fails',
      declaration: declaration({ processingActivities: [para23()] }),
      expect: [{ status: 'fail', messageId: 'notRepresentative', evidence: ['/processingActivities/0/specialCategory/schedule1Condition', '/declarant/organisationType'] }],
    },
    { name: 'an MP relying on para 23 for canvassing fails', declaration: mp(para23({ purposeType: 'canvassing' })), expect: [{ status: 'fail', messageId: 'notCasework' }] },
    {
      name: 'para 24 for a disclosure passes',
      declaration: declaration({
        processingActivities: [para23({ id: 'disclose', name: 'Answering MPs', purposeType: 'data_supply', specialCategory: { used: true, schedule1Condition: 'para_24_disclosure_to_elected_representatives' } })],
      }),
      expect: [{ status: 'pass', messageId: 'casework' }],
    },
    {
      name: 'para 24 for voter contact fails',
      declaration: declaration({
        processingActivities: [para23({ purposeType: 'voter_contact', specialCategory: { used: true, schedule1Condition: 'para_24_disclosure_to_elected_representatives' } })],
      }),
      expect: [{ status: 'fail', messageId: 'notCasework' }],
    },
    { name: 'purpose not declared', declaration: mp(para23({ purposeType: undefined })), expect: [{ status: 'needs_info', messageId: 'purposeUnknown' }] },
    {
      name: 'other conditions are not this rule\'s concern',
      declaration: declaration({ processingActivities: [para23({ specialCategory: { used: true, schedule1Condition: 'para_22_political_parties' } })] }),
      expect: [{ status: 'not_applicable', messageId: 'otherCondition' }],
    },
    { name: 'activities not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noActivities', subject: 'declaration' }] },
    { name: 'no activities', declaration: declaration({ processingActivities: [] }), expect: [{ status: 'not_applicable', messageId: 'noneDeclared' }] },
  ],
});
