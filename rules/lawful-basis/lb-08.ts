/**
 * LB-08: the recognised legitimate interests basis (UK GDPR Art. 6(1)(ea), inserted by DUAA 2025 s. 70, in force
 * 5 Feb 2026) applies only where a condition in Annex 1 is met (Art. 6(5)): a request from someone who needs the
 * data for a public task, national security or defence, emergencies, crime, or safeguarding a vulnerable person.
 * The "democratic engagement" case proposed in the earlier DPDI Bill was dropped: it is not in Annex 1.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule, type RuleOutcome } from '../../core/rule.js';
import { fail, needsInfo, notApplicable, pass, warn } from '../lib/outcomes.js';
import { DECLARATION, at, items } from '../lib/subjects.js';

type Message = 'noActivities' | 'notRelied' | 'conditionUnknown' | 'democraticEngagement' | 'notForCampaigning' | 'annexCondition';

/** Purposes that are campaigning, which no Annex 1 condition covers. */
const CAMPAIGNING_PURPOSE_TYPES: ReadonlySet<string> = new Set([
  'voter_contact',
  'get_out_the_vote',
  'fundraising',
  'membership',
  'volunteer_management',
  'canvassing',
  'voter_modelling',
  'online_targeting',
  'opinion_research',
  'data_enrichment',
]);

const CONDITION_LABELS: Readonly<Record<string, string>> = {
  public_task_request: 'a request from someone who needs the data for a public task',
  national_security_defence: 'national security, public security or defence',
  emergency: 'responding to an emergency',
  crime: 'detecting, investigating or preventing crime',
  safeguarding: 'safeguarding a vulnerable individual',
};

export default defineRule({
  id: 'LB-08',
  title: 'Recognised legitimate interests are relied on only for an Annex 1 condition, never for democratic engagement',
  area: 'lawful-basis',
  severity: 'high',
  tags: ['lawful-basis', 'recognised-legitimate-interests', 'duaa'],
  covers: ['UK-DUAA-01'],
  citations: [cite('UK GDPR', 'Art. 6(1)(ea)'), cite('UK GDPR', 'Art. 6(5)'), cite('UK GDPR', 'Annex 1'), cite('DUAA 2025', 's. 70'), citeIco('Lawful bases')],
  rationale:
    'The Data (Use and Access) Act 2025 added a new lawful basis, recognised legitimate interests, which needs no balancing test but applies only to the cases listed in Annex 1 to the UK GDPR: ' +
    'disclosure to someone who needs the data for a public task, national security or defence, emergencies, crime, and safeguarding vulnerable people. ' +
    'An earlier Bill would have added democratic engagement to that list; Parliament dropped it, so campaigning cannot rely on this basis. ' +
    'Democratic engagement remains a matter for public task (with the necessity test), legitimate interests (with an assessment) or consent.',
  remediation: [
    'Do not rely on recognised legitimate interests for campaigning; choose public task (democratic engagement), legitimate interests with an assessment, or consent, and record why.',
    'Rely on it only for one of the Annex 1 cases (for example answering a police request about a crime), and record which one.',
  ],
  notes:
    'Annex 1 content is digest [V] (Sch. 4 read on legislation.gov.uk); Art. 6(1)(ea) and 6(5) are V (DUAA 2025 s. 70). ' +
    'Campaigning purposes with an Annex 1 condition give a warning, not a failure: a specific disclosure within an activity (for example to the police) could genuinely fit, but the activity as a whole cannot. ' +
    'The basis exists only from 5 Feb 2026; the rule does not check the evaluation date, since the ruleset applies from later.',
  examples: {
    passing: `# A recognised legitimate interest (crime) for answering police requests, not for campaigning.
processingActivities:
  - id: police-requests
    name: Answering police requests
    purposeType: other
    lawfulBasis: recognised_legitimate_interest
    recognisedLegitimateInterest: crime
`,
    failing: `# Fails: democratic engagement is not one of the recognised legitimate interests.
processingActivities:
  - id: gotv
    name: Polling day turnout reminders
    purposeType: get_out_the_vote
    lawfulBasis: recognised_legitimate_interest
    recognisedLegitimateInterest: democratic_engagement
`,
  },
  messages: {
    noActivities: 'No processing activities are declared, so reliance on recognised legitimate interests cannot be checked.',
    notRelied: 'No activity relies on recognised legitimate interests.',
    conditionUnknown: '{{subject}} relies on a recognised legitimate interest, but which Annex 1 condition applies (recognisedLegitimateInterest) is not declared.',
    democraticEngagement: '{{subject}} relies on a recognised legitimate interest for democratic engagement, which is not an Annex 1 condition; this basis is not available for it.',
    notForCampaigning: '{{subject}} is {{purpose}} relying on a recognised legitimate interest ({{condition}}); that condition does not cover campaigning.',
    annexCondition: '{{subject}} relies on a recognised legitimate interest for {{condition}}, an Annex 1 condition.',
  },
  evaluate(declaration) {
    const list = declaration.processingActivities;
    if (list === undefined) return [needsInfo(DECLARATION, 'noActivities', ['/processingActivities'])];
    const outcomes: RuleOutcome<Message>[] = [];
    for (const { entry, subject } of items(list, 'processingActivities')) {
      if (entry.lawfulBasis !== 'recognised_legitimate_interest') continue;
      const condition = entry.recognisedLegitimateInterest;
      const evidence = [at(subject, 'lawfulBasis'), at(subject, 'recognisedLegitimateInterest')];
      if (condition === undefined) {
        outcomes.push(needsInfo(subject, 'conditionUnknown', [at(subject, 'recognisedLegitimateInterest')]));
      } else if (condition === 'democratic_engagement') {
        outcomes.push(fail(subject, 'democraticEngagement', evidence));
      } else if (entry.purposeType !== undefined && CAMPAIGNING_PURPOSE_TYPES.has(entry.purposeType)) {
        outcomes.push(
          warn(subject, 'notForCampaigning', [...evidence, at(subject, 'purposeType')], {
            purpose: entry.purposeType.replace(/_/g, ' '),
            condition: CONDITION_LABELS[condition] ?? condition,
          }),
        );
      } else {
        outcomes.push(pass(subject, 'annexCondition', evidence, { condition: CONDITION_LABELS[condition] ?? condition }));
      }
    }
    if (outcomes.length === 0) return [notApplicable(DECLARATION, 'notRelied', ['/processingActivities'])];
    return outcomes;
  },
});
