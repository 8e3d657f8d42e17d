/**
 * RTS-05 (good practice): campaigns plan for the surge of access requests and objections around polling day, so that
 * the one-month period of Art. 12A can still be met. Not a separate statutory duty: a shortfall is a warning.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { CAMPAIGNER_TYPES } from '../lib/facts.js';
import { needsInfo, notApplicable, pass, warn } from '../lib/outcomes.js';
import { at, section } from '../lib/subjects.js';

export default defineRule({
  id: 'RTS-05',
  title: 'The campaign has planned for the surge of subject access requests around polling day',
  area: 'rights',
  severity: 'low',
  tags: ['rights', 'subject-access', 'good-practice', 'elections'],
  covers: ['UK-RTS-01'],
  citations: [cite('UK GDPR', 'Art. 12A(1)'), cite('UK GDPR', 'Art. 24(1)'), citeIco('Accountability')],
  rationale:
    'Good practice rather than a separate legal duty: requests from voters cluster around elections, sometimes in bulk through online tools, ' +
    'exactly when staff and volunteers are busiest, and the one-month deadline does not stop for polling day. In June 2024 about 1,700 access ' +
    'requests and objections sent to one party through a campaign group\'s tool went unanswered for months; the resulting claim is before the High Court. ' +
    'A plan made in advance (who handles requests, how bulk requests are logged, what extra help is available) keeps the campaign within the law.',
  remediation: [
    'Before the campaign, name who will handle requests during the election period and how they are reached.',
    'Prepare for bulk requests sent through online tools: a way to log them in one place, check identity only where needed, and answer in batches.',
    'Set up standard searches of the voter file, canvassing app and email tools so that an answer can be assembled quickly.',
  ],
  notes:
    'Applies to campaigners only (not to suppliers, brokers or platforms declaring for themselves). When there is no subject access process at all, ' +
    'RTS-01 reports it and this rule is not applicable. The Good Law Project v Reform UK claim is pending; it is mentioned as an illustration, not as a ruling.',
  examples: {
    passing: `# The subject access process includes a plan for the surge around polling day.
rights:
  subjectAccess:
    inPlace: true
    surgePlan: true
`,
    failing: `# Warning: no plan for the surge of requests around polling day (good practice).
rights:
  subjectAccess:
    inPlace: true
    surgePlan: false
`,
  },
  messages: {
    notCampaigner: 'The declarant is not a campaigner, so planning for an election-time surge of requests does not apply.',
    unknown: 'It is not declared whether there is a process for subject access requests (rights.subjectAccess).',
    noProcess: 'There is no subject access process to plan a surge for (RTS-01 reports this).',
    planUnknown: 'It is not declared whether you have planned for a surge of requests around polling day (surgePlan).',
    noPlan: 'There is no plan for the surge of subject access requests around polling day.',
    planned: 'The campaign has planned for the surge of subject access requests around polling day.',
  },
  evaluate(declaration) {
    const subject = section('rights');
    if (!CAMPAIGNER_TYPES.has(declaration.declarant.organisationType)) {
      return [notApplicable(subject, 'notCampaigner', ['/declarant/organisationType'])];
    }
    const sar = declaration.rights?.subjectAccess;
    if (sar === undefined) return [needsInfo(subject, 'unknown', [at(subject, 'subjectAccess')])];
    if (!sar.inPlace) return [notApplicable(subject, 'noProcess', [at(subject, 'subjectAccess', 'inPlace')])];
    const pointer = at(subject, 'subjectAccess', 'surgePlan');
    if (sar.surgePlan === undefined) return [needsInfo(subject, 'planUnknown', [pointer])];
    if (!sar.surgePlan) return [warn(subject, 'noPlan', [pointer])];
    return [pass(subject, 'planned', [pointer])];
  },
});
