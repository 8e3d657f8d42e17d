import rule from '../../../rules/special-category/sc-03.js';
import type { ProcessingActivity } from '../../../schema/generated/declaration.js';
import { declaration, withDeclarant } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const activity = (fields: Partial<ProcessingActivity> = {}): ProcessingActivity => ({
  id: 'canvassing',
  name: 'Doorstep canvassing',
  specialCategory: { used: true, condition: 'substantial_public_interest', schedule1Condition: 'para_22_political_parties' },
  ...fields,
});
const activities = { processingActivities: [activity()] };

testRule(rule, {
  scenarios: [
    {
      name: 'a registered party passes',
      declaration: declaration(activities),
      expect: [
        {
          status: 'pass',
          messageId: 'registeredParty',
          subject: 'processingActivities/canvassing',
          evidence: ['/processingActivities/0/specialCategory/schedule1Condition', '/declarant/organisationType', '/declarant/partyRegistration/registered'],
        },
      ],
    },
    { name: 'a local unit of a registered party passes', declaration: withDeclarant({ organisationType: 'local_party_unit' }, activities), expect: [{ status: 'pass' }] },
    {
      name: 'a deregistered party fails',
      declaration: withDeclarant({ partyRegistration: { registered: false } }, activities),
      expect: [{ status: 'fail', messageId: 'notRegistered' }],
    },
    {
      name: 'a non-party campaigner fails',
      declaration: withDeclarant({ organisationType: 'non_party_campaigner', partyRegistration: undefined }, activities),
      expect: [{ status: 'fail', messageId: 'notAParty', evidence: ['/processingActivities/0/specialCategory/schedule1Condition', '/declarant/organisationType'] }],
    },
    {
      name: 'an analytics supplier fails',
      declaration: withDeclarant({ organisationType: 'vendor', partyRegistration: undefined }, activities),
      expect: [{ status: 'fail', messageId: 'notAParty' }],
    },
    {
      name: 'an independent candidate fails',
      declaration: withDeclarant({ organisationType: 'candidate', partyRegistration: undefined }, activities),
      expect: [{ status: 'fail', messageId: 'notAParty' }],
    },
    {
      name: 'a party candidate is a warning',
      declaration: withDeclarant({ organisationType: 'candidate' }, activities),
      expect: [{ status: 'warn', messageId: 'partyCandidate' }],
    },
    {
      name: 'party registration not declared',
      declaration: withDeclarant({ partyRegistration: undefined }, activities),
      expect: [{ status: 'needs_info', messageId: 'registrationUnknown', evidence: ['/declarant/partyRegistration/registered'] }],
    },
    {
      name: 'other conditions are out of scope',
      declaration: declaration({ processingActivities: [activity({ specialCategory: { used: true, condition: 'explicit_consent' } })] }),
      expect: [{ status: 'not_applicable', messageId: 'notRelied', subject: 'declaration' }],
    },
    { name: 'activities not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noActivities' }] },
  ],
});
