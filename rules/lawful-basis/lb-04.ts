/**
 * LB-04: an activity that relies on legitimate interests (Art. 6(1)(f)) has a completed legitimate interests
 * assessment: the interest, why the processing is necessary for it, and the balance against people's interests and
 * reasonable expectations. Direct marketing may be a legitimate interest (Art. 6(11)(a), DUAA 2025 s. 70), but the
 * balancing test still applies, and PECR consent still governs electronic messages (PECR-01).
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule, type RuleOutcome } from '../../core/rule.js';
import { fail, needsInfo, notApplicable, pass } from '../lib/outcomes.js';
import { DECLARATION, at, items } from '../lib/subjects.js';

type Message = 'noActivities' | 'notRelied' | 'assessmentUnknown' | 'notCompleted' | 'completed';

export default defineRule({
  id: 'LB-04',
  title: 'Legitimate interests are relied on only with a completed legitimate interests assessment',
  area: 'lawful-basis',
  severity: 'medium',
  tags: ['lawful-basis', 'legitimate-interests', 'assessment'],
  covers: ['UK-LB-03'],
  citations: [cite('UK GDPR', 'Art. 6(1)(f)'), cite('UK GDPR', 'Art. 5(2)'), citeIco('Lawful bases')],
  rationale:
    'Legitimate interests is the most flexible lawful basis, and so the one that most needs to be shown. ' +
    'It applies only if you have a genuine interest, the processing is necessary for it, and people\'s interests, rights and reasonable expectations do not override it. ' +
    'Since the Data (Use and Access) Act 2025 the law names direct marketing as an example of a possible legitimate interest, but that does not remove the balancing test. ' +
    'The way to show you did the test is a written legitimate interests assessment, completed before the processing starts.',
  remediation: [
    'Complete a legitimate interests assessment for each activity on this basis: purpose, necessity and balancing, including what people would reasonably expect.',
    'If the balance does not come out in your favour, stop or choose another basis (for example consent).',
    'Remember that legitimate interests never replaces PECR consent for emails, texts and recorded calls.',
  ],
  notes:
    'The digest rates this medium, high when combined with profiling; the rule uses medium and leaves profiling to the profiling rules (DPIA). ' +
    '"not_required" is treated as a failure: the three-part test is always needed for this basis. ' +
    'Art. 6(1)(f) is status N in docs/legal-sources.md. Art. 6(11)(a) (direct marketing as an example of a legitimate interest; V, DUAA 2025 s. 70, in force 5 Feb 2026) is explained in the rationale but not cited: the rule enforces the assessment, not that provision.',
  examples: {
    passing: `# Letters sent on legitimate interests, with a completed legitimate interests assessment.
processingActivities:
  - id: post
    name: Addressed letters to supporters
    purposeType: voter_contact
    lawfulBasis: legitimate_interests
    legitimateInterestsAssessment:
      status: completed
      reference: LIA-3
      date: 2026-03-01
`,
    failing: `# Fails: legitimate interests relied on, but no assessment was done.
processingActivities:
  - id: post
    name: Addressed letters to supporters
    purposeType: voter_contact
    lawfulBasis: legitimate_interests
    legitimateInterestsAssessment:
      status: not_done
`,
  },
  messages: {
    noActivities: 'No processing activities are declared, so reliance on legitimate interests cannot be checked.',
    notRelied: 'No activity relies on legitimate interests.',
    assessmentUnknown: '{{subject}} relies on legitimate interests, but its legitimate interests assessment is not declared.',
    notCompleted: '{{subject}} relies on legitimate interests, but the legitimate interests assessment is {{status}}.',
    completed: '{{subject}} relies on legitimate interests with a completed assessment.',
  },
  evaluate(declaration) {
    const list = declaration.processingActivities;
    if (list === undefined) return [needsInfo(DECLARATION, 'noActivities', ['/processingActivities'])];
    const outcomes: RuleOutcome<Message>[] = [];
    for (const { entry, subject } of items(list, 'processingActivities')) {
      if (entry.lawfulBasis !== 'legitimate_interests') continue;
      const status = entry.legitimateInterestsAssessment?.status;
      if (status === undefined) outcomes.push(needsInfo(subject, 'assessmentUnknown', [at(subject, 'legitimateInterestsAssessment')]));
      else if (status === 'completed') outcomes.push(pass(subject, 'completed', [at(subject, 'legitimateInterestsAssessment', 'status')]));
      else {
        const words = { in_progress: 'still in progress', not_done: 'not done', not_required: 'declared as not required' }[status];
        outcomes.push(fail(subject, 'notCompleted', [at(subject, 'lawfulBasis'), at(subject, 'legitimateInterestsAssessment', 'status')], { status: words }));
      }
    }
    if (outcomes.length === 0) return [notApplicable(DECLARATION, 'notRelied', ['/processingActivities'])];
    return outcomes;
  },
});
