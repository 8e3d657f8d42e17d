import rule from '../../../rules/special-category/sc-08.js';
import type { ProcessingActivity } from '../../../schema/generated/declaration.js';
import { declaration, withDeclarant } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

type Sc = NonNullable<ProcessingActivity['specialCategory']>;
const activity = (sc: Partial<Sc> = {}): ProcessingActivity => ({
  id: 'members',
  name: 'Membership administration',
  specialCategory: { used: true, condition: 'not_for_profit_body', peopleCovered: 'members_and_regular_contacts', disclosedOutsideBody: false, ...sc },
});
const nonParty = { organisationType: 'non_party_campaigner' as const, partyRegistration: undefined };

testRule(rule, {
  scenarios: [
    {
      name: 'members only, not disclosed, passes',
      declaration: withDeclarant(nonParty, { processingActivities: [activity()] }),
      expect: [
        {
          status: 'pass',
          messageId: 'withinLimits',
          subject: 'processingActivities/members',
          evidence: ['/processingActivities/0/specialCategory/condition', '/processingActivities/0/specialCategory/peopleCovered', '/processingActivities/0/specialCategory/disclosedOutsideBody'],
        },
      ],
    },
    {
      name: 'the wider public is not covered',
      declaration: declaration({ processingActivities: [activity({ peopleCovered: 'wider_public' })] }),
      expect: [{ status: 'fail', messageId: 'wholePublic' }],
    },
    {
      name: 'disclosure outside without consent loses the condition',
      declaration: declaration({ processingActivities: [activity({ disclosedOutsideBody: true })] }),
      expect: [{ status: 'fail', messageId: 'disclosed', evidence: ['/processingActivities/0/specialCategory/condition', '/processingActivities/0/specialCategory/disclosedOutsideBody'] }],
    },
    {
      name: 'a commercial supplier is not a not-for-profit body',
      declaration: withDeclarant({ organisationType: 'vendor', partyRegistration: undefined }, { processingActivities: [activity()] }),
      expect: [{ status: 'fail', messageId: 'commercial' }],
    },
    {
      name: 'a candidate is warned',
      declaration: withDeclarant({ organisationType: 'candidate', partyRegistration: undefined }, { processingActivities: [activity()] }),
      expect: [{ status: 'warn', messageId: 'notABody' }],
    },
    {
      name: 'people covered not declared',
      declaration: declaration({ processingActivities: [activity({ peopleCovered: undefined })] }),
      expect: [{ status: 'needs_info', messageId: 'peopleUnknown' }],
    },
    {
      name: 'disclosure not declared',
      declaration: declaration({ processingActivities: [activity({ disclosedOutsideBody: undefined })] }),
      expect: [{ status: 'needs_info', messageId: 'disclosureUnknown', evidence: ['/processingActivities/0/specialCategory/disclosedOutsideBody'] }],
    },
    {
      name: 'other conditions are out of scope',
      declaration: declaration({ processingActivities: [activity({ condition: 'explicit_consent' })] }),
      expect: [{ status: 'not_applicable', messageId: 'notRelied', subject: 'declaration' }],
    },
    { name: 'activities not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noActivities' }] },
  ],
});
