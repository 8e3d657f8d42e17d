import rule from '../../../rules/accountability/acc-05.js';
import type { Governance } from '../../../schema/generated/declaration.js';
import { declaration, withDeclarant } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const full: NonNullable<Governance['training']> = { provided: true, mandatory: true, coversVolunteers: true, coversCandidatesAndAgents: true };
const training = (fields: Partial<NonNullable<Governance['training']>> = {}, volunteerCount: number | 'unknown' = 40) =>
  withDeclarant(volunteerCount === 'unknown' ? {} : { volunteerCount }, { governance: { training: { ...full, ...fields } } });

testRule(rule, {
  scenarios: [
    {
      name: 'mandatory training for everyone passes',
      declaration: training(),
      expect: [{ status: 'pass', messageId: 'trained', subject: 'governance', evidence: ['/governance/training/coversVolunteers', '/governance/training/mandatory', '/governance/training/coversCandidatesAndAgents'] }],
    },
    { name: 'no training fails', declaration: training({ provided: false }), expect: [{ status: 'fail', messageId: 'noTraining', evidence: ['/governance/training/provided'] }] },
    {
      name: 'volunteers handling data untrained fails',
      declaration: training({ coversVolunteers: false }),
      expect: [{ status: 'fail', messageId: 'shortfalls', evidence: ['/governance/training/coversVolunteers'] }],
    },
    { name: 'no volunteers: volunteer training not needed', declaration: training({ coversVolunteers: false }, 0), expect: [{ status: 'pass', messageId: 'trained' }] },
    {
      name: 'volunteers untrained and their number unknown',
      declaration: training({ coversVolunteers: false }, 'unknown'),
      expect: [{ status: 'needs_info', messageId: 'gaps', evidence: ['/declarant/volunteerCount'] }],
    },
    { name: 'optional training is a warning (2020 audits)', declaration: training({ mandatory: false }), expect: [{ status: 'warn', messageId: 'concerns' }] },
    { name: 'candidates and agents not trained is a warning for a party', declaration: training({ coversCandidatesAndAgents: false }), expect: [{ status: 'warn', messageId: 'concerns' }] },
    {
      name: 'candidates and agents are not asked about for a non-party campaigner',
      declaration: withDeclarant(
        { organisationType: 'non_party_campaigner', partyRegistration: undefined, volunteerCount: 5 },
        { governance: { training: { provided: true, mandatory: true, coversVolunteers: true } } },
      ),
      expect: [{ status: 'pass', messageId: 'trained' }],
    },
    { name: 'whether training is mandatory not declared', declaration: training({ mandatory: undefined }), expect: [{ status: 'needs_info', messageId: 'gaps' }] },
    { name: 'training not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'unknown' }] },
  ],
});
