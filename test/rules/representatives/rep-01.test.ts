import rule from '../../../rules/representatives/rep-01.js';
import type { Casework, DataSource, Declaration } from '../../../schema/generated/declaration.js';
import { declaration, withDeclarant } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const mp = (casework: Casework | undefined, overrides: Partial<Declaration> = {}) =>
  withDeclarant({ organisationType: 'elected_representative', partyRegistration: undefined }, { ...(casework ? { casework } : {}), ...overrides });
const separate: Casework = { handled: true, keptSeparate: true, usedForCampaigning: false };
const caseSource = (compatibility?: DataSource['compatibility']): DataSource => ({
  id: 'cases',
  name: 'Constituency casework',
  type: 'casework',
  usedForActivityIds: ['gotv'],
  ...(compatibility ? { compatibility } : {}),
});
const gotv = { id: 'gotv', name: 'Get out the vote', purposeType: 'get_out_the_vote' as const };

testRule(rule, {
  scenarios: [
    {
      name: 'casework kept apart and not used for campaigning passes',
      declaration: mp(separate),
      expect: [{ status: 'pass', messageId: 'separate', subject: 'casework', evidence: ['/casework/keptSeparate', '/casework/usedForCampaigning'] }],
    },
    {
      name: 'casework used for campaigning without consent fails',
      declaration: mp({ ...separate, usedForCampaigning: true, consentForCampaigning: false }),
      expect: [{ status: 'fail', messageId: 'shortfalls', evidence: ['/casework/consentForCampaigning'] }],
    },
    { name: 'campaign use with consent passes', declaration: mp({ ...separate, usedForCampaigning: true, consentForCampaigning: true }), expect: [{ status: 'pass' }] },
    { name: 'casework mixed with campaign data fails', declaration: mp({ ...separate, keptSeparate: false }), expect: [{ status: 'fail', messageId: 'shortfalls' }] },
    {
      name: 'a casework source feeding get-out-the-vote without consent fails',
      declaration: mp(separate, { dataSources: [caseSource({ status: 'not_assessed' })], processingActivities: [gotv] }),
      expect: [{ status: 'fail', messageId: 'shortfalls', evidence: ['/dataSources/0/compatibility'] }],
    },
    {
      name: 'the same source with a compatibility assessment is a warning',
      declaration: mp(separate, { dataSources: [caseSource({ status: 'assessed_compatible' })], processingActivities: [gotv] }),
      expect: [{ status: 'warn', messageId: 'concerns' }],
    },
    {
      name: 'the same source with consent passes',
      declaration: mp(separate, { dataSources: [caseSource({ status: 'consent_obtained' })], processingActivities: [gotv] }),
      expect: [{ status: 'pass', messageId: 'separate' }],
    },
    { name: 'campaign use not declared', declaration: mp({ handled: true, keptSeparate: true }), expect: [{ status: 'needs_info', messageId: 'gaps', evidence: ['/casework/usedForCampaigning'] }] },
    { name: 'an MP who declares nothing about casework', declaration: mp(undefined), expect: [{ status: 'needs_info', messageId: 'unknown', evidence: ['/casework'] }] },
    {
      name: 'a party with a casework source must say how casework is handled',
      declaration: declaration({ dataSources: [{ ...caseSource(), usedForActivityIds: [] }] }),
      expect: [{ status: 'needs_info', messageId: 'unknown' }],
    },
    { name: 'a party with no casework', declaration: declaration(), expect: [{ status: 'not_applicable', messageId: 'noCasework' }] },
    { name: 'an MP who handles no casework', declaration: mp({ handled: false }), expect: [{ status: 'not_applicable', messageId: 'noCasework' }] },
  ],
});
