import rule from '../../../rules/canvassing/cnv-01.js';
import type { Canvassing, DataCategory, ProcessingActivity } from '../../../schema/generated/declaration.js';
import { declaration, withDeclarant } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const canvassing: Canvassing = { used: true, methods: ['doorstep'], recordsVotingIntention: true };

type SpecialCategory = NonNullable<ProcessingActivity['specialCategory']>;

const activity = (specialCategory: SpecialCategory | undefined, fields: Partial<ProcessingActivity> = {}): ProcessingActivity => ({
  id: 'doorstep',
  name: 'Doorstep canvassing',
  purposeType: 'canvassing',
  lawfulBasis: 'public_task_democratic_engagement',
  ...(specialCategory ? { specialCategory } : {}),
  ...fields,
});

const para22: SpecialCategory = { used: true, condition: 'substantial_public_interest', schedule1Condition: 'para_22_political_parties' };

const with_ = (act: ProcessingActivity, canv: Canvassing = canvassing) => declaration({ canvassing: canv, processingActivities: [act] });

testRule(rule, {
  scenarios: [
    {
      name: 'a registered party relying on para. 22 passes',
      declaration: with_(activity(para22)),
      expect: [{ status: 'pass', messageId: 'para22', subject: 'processingActivities/doorstep', evidence: ['/processingActivities/0/specialCategory/schedule1Condition'] }],
    },
    {
      name: 'a non-party campaigner relying on para. 22 fails',
      declaration: withDeclarant({ organisationType: 'non_party_campaigner', partyRegistration: undefined }, { canvassing, processingActivities: [activity(para22)] }),
      expect: [{ status: 'fail', messageId: 'para22NotParty', evidence: ['/processingActivities/0/specialCategory/schedule1Condition', '/declarant/organisationType'] }],
    },
    {
      name: 'a party that is not on the register fails',
      declaration: withDeclarant({ partyRegistration: { registered: false } }, { canvassing, processingActivities: [activity(para22)] }),
      expect: [{ status: 'fail', messageId: 'para22NotParty', evidence: ['/processingActivities/0/specialCategory/schedule1Condition', '/declarant/partyRegistration/registered'] }],
    },
    {
      name: 'a candidate relying on para. 22 gets a warning',
      declaration: withDeclarant({ organisationType: 'candidate', partyRegistration: undefined }, { canvassing, processingActivities: [activity(para22)] }),
      expect: [{ status: 'warn', messageId: 'para22Candidate' }],
    },
    { name: 'explicit consent passes', declaration: with_(activity({ used: true, condition: 'explicit_consent' })), expect: [{ status: 'pass', messageId: 'explicitConsent' }] },
    {
      name: 'not-for-profit condition for the wider public fails',
      declaration: with_(activity({ used: true, condition: 'not_for_profit_body', peopleCovered: 'wider_public' })),
      expect: [{ status: 'fail', messageId: 'notForProfitPublic' }],
    },
    {
      name: 'not-for-profit condition for members passes',
      declaration: with_(activity({ used: true, condition: 'not_for_profit_body', peopleCovered: 'members_and_regular_contacts' })),
      expect: [{ status: 'pass', messageId: 'membersOnly' }],
    },
    {
      name: 'not-for-profit condition without saying who is canvassed',
      declaration: with_(activity({ used: true, condition: 'not_for_profit_body' })),
      expect: [{ status: 'needs_info', messageId: 'peopleUnknown' }],
    },
    { name: 'manifestly made public fails', declaration: with_(activity({ used: true, condition: 'manifestly_made_public' })), expect: [{ status: 'fail', messageId: 'notMadePublic' }] },
    { name: 'legal claims fails', declaration: with_(activity({ used: true, condition: 'legal_claims' })), expect: [{ status: 'fail', messageId: 'wrongCondition' }] },
    { name: 'no condition fails', declaration: with_(activity({ used: true, condition: 'none_identified' })), expect: [{ status: 'fail', messageId: 'noCondition' }] },
    {
      name: 'the elected representatives condition does not cover canvassing',
      declaration: with_(activity({ used: true, condition: 'substantial_public_interest', schedule1Condition: 'para_23_elected_representatives' })),
      expect: [{ status: 'fail', messageId: 'wrongSchedule1' }],
    },
    {
      name: 'another Schedule 1 condition is a warning',
      declaration: with_(activity({ used: true, condition: 'substantial_public_interest', schedule1Condition: 'other' })),
      expect: [{ status: 'warn', messageId: 'otherSchedule1' }],
    },
    {
      name: 'Schedule 1 condition not declared',
      declaration: with_(activity({ used: true, condition: 'substantial_public_interest' })),
      expect: [{ status: 'needs_info', messageId: 'scheduleUnknown' }],
    },
    {
      name: 'recording voting intention while declaring no special category data fails',
      declaration: with_(activity({ used: false })),
      expect: [{ status: 'fail', messageId: 'notTreatedAsSpecial', evidence: ['/processingActivities/0/specialCategory/used', '/canvassing/recordsVotingIntention'] }],
    },
    { name: 'condition not declared', declaration: with_(activity({ used: true })), expect: [{ status: 'needs_info', messageId: 'conditionUnknown' }] },
    { name: 'special category not declared', declaration: with_(activity(undefined)), expect: [{ status: 'needs_info', messageId: 'scUnknown', evidence: ['/processingActivities/0/specialCategory'] }] },
    {
      name: 'no canvassing activity declared',
      declaration: declaration({ canvassing, processingActivities: [activity(para22, { purposeType: 'voter_contact' })] }),
      expect: [{ status: 'needs_info', messageId: 'noActivity', subject: 'canvassing' }],
    },
    {
      name: 'no voting intention recorded',
      declaration: with_(activity(undefined), { ...canvassing, recordsVotingIntention: false }),
      expect: [{ status: 'not_applicable', messageId: 'noOpinions', subject: 'canvassing' }],
    },
    {
      name: 'issue opinions in the activity\'s data still count',
      declaration: declaration({
        canvassing: { ...canvassing, recordsVotingIntention: false },
        dataCategories: [{ id: 'issues', name: 'Issue views', kind: 'issue_opinion' } satisfies DataCategory],
        processingActivities: [activity({ used: true, condition: 'none_identified' }, { dataCategoryIds: ['issues'] })],
      }),
      expect: [{ status: 'fail', messageId: 'noCondition' }],
    },
    {
      name: 'whether voting intention is recorded is not declared',
      declaration: with_(activity(para22), { used: true }),
      expect: [{ status: 'needs_info', messageId: 'recordsUnknown' }],
    },
    { name: 'no canvassing', declaration: declaration({ canvassing: { used: false } }), expect: [{ status: 'not_applicable', messageId: 'notUsed' }] },
    { name: 'canvassing not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noCanvassing', subject: 'canvassing' }] },
  ],
});
