/**
 * LB-05: where an activity relies on consent, the consent meets the UK GDPR standard (freely given, specific,
 * informed, unambiguous, by a clear affirmative action; not bundled or made a condition; as easy to withdraw as to
 * give) and can be proved. Each failing element is named in one outcome per activity.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule, type RuleOutcome } from '../../core/rule.js';
import { fail, needsInfo, notApplicable, pass } from '../lib/outcomes.js';
import { DECLARATION, at, items } from '../lib/subjects.js';

type Message = 'noActivities' | 'notRelied' | 'mechanismUnknown' | 'detailsUnknown' | 'invalidConsent' | 'validConsent';

type Mechanism = { affirmativeAction?: boolean; preTickedBoxes?: boolean; bundledWithTerms?: boolean; withdrawalAsEasy?: boolean; recordsKept?: boolean };

/** Each element of valid consent: the field, the value that satisfies it, and what is wrong otherwise. */
const ELEMENTS: readonly { field: keyof Mechanism; good: boolean; problem: string }[] = [
  { field: 'affirmativeAction', good: true, problem: 'people do not give it by a clear positive action' },
  { field: 'preTickedBoxes', good: false, problem: 'boxes are ticked in advance' },
  { field: 'bundledWithTerms', good: false, problem: 'it is bundled with other terms or made a condition' },
  { field: 'withdrawalAsEasy', good: true, problem: 'withdrawing it is harder than giving it' },
  { field: 'recordsKept', good: true, problem: 'no records show who consented, when, how and to what' },
];

export default defineRule({
  id: 'LB-05',
  title: 'Consent, where relied on, is a clear, freely given choice that can be withdrawn easily and is recorded',
  area: 'lawful-basis',
  severity: 'high',
  tags: ['lawful-basis', 'consent'],
  covers: ['UK-LB-04'],
  citations: [
    cite('UK GDPR', 'Art. 4(11)'),
    cite('UK GDPR', 'Art. 7(1)'),
    cite('UK GDPR', 'Art. 7(2)'),
    cite('UK GDPR', 'Art. 7(3)'),
    cite('UK GDPR', 'Art. 7(4)'),
    citeIco('Lawful bases'),
  ],
  rationale:
    'Consent counts only if it is a freely given, specific, informed and unambiguous indication of a person\'s wishes, given by a clear positive action. ' +
    'Pre-ticked boxes and silence are not consent; a consent request buried in other terms, or made a condition of signing a petition or entering a competition, is not freely given; and people must be able to withdraw as easily as they agreed. ' +
    'The controller must be able to prove each consent. The ICO fined Vote Leave (2019), which had deleted its consent evidence, and the Conservative Party (2021), which could not show consent for its emails.',
  remediation: [
    'Ask for consent with an unticked box or a reply such as YES, separate from other terms, and never as a condition of signing, entering or receiving something.',
    'Offer a withdrawal route as easy as the sign-up (for example an unsubscribe link or STOP reply) and act on it.',
    'Keep records of who consented, when, how, and the wording they saw, for as long as you rely on the consent.',
  ],
  notes:
    'PECR consent for each communication is checked by the PECR rules; this rule checks the consent relied on as the Art. 6 basis of an activity. ' +
    'The Vote Leave (2019) and Conservative Party (2021) penalties were under PECR reg 22 (digest section (d), [S]); they illustrate the proof requirement. ' +
    'Art. 4(11) and Art. 7(1)-(4) are status V in docs/legal-sources.md.',
  examples: {
    passing: `# Consent by an unticked box, separate from other terms, easy to withdraw, and recorded.
processingActivities:
  - id: newsletter
    name: Supporter newsletter
    purposeType: voter_contact
    lawfulBasis: consent
    consentMechanism:
      affirmativeAction: true
      preTickedBoxes: false
      bundledWithTerms: false
      withdrawalAsEasy: true
      recordsKept: true
`,
    failing: `# Fails: the sign-up box is ticked in advance and no record is kept of who agreed.
processingActivities:
  - id: newsletter
    name: Supporter newsletter
    purposeType: voter_contact
    lawfulBasis: consent
    consentMechanism:
      affirmativeAction: true
      preTickedBoxes: true
      bundledWithTerms: false
      withdrawalAsEasy: true
      recordsKept: false
`,
  },
  messages: {
    noActivities: 'No processing activities are declared, so consent cannot be checked.',
    notRelied: 'No activity relies on consent.',
    mechanismUnknown: '{{subject}} relies on consent, but how consent is asked for and recorded (consentMechanism) is not declared.',
    detailsUnknown: '{{subject}} relies on consent, but not every element of it is declared: {{missing}}.',
    invalidConsent: '{{subject}} relies on consent that does not meet the legal standard: {{problems}}.',
    validConsent: '{{subject}} relies on consent given by a clear positive action, unbundled, easy to withdraw and recorded.',
  },
  evaluate(declaration) {
    const list = declaration.processingActivities;
    if (list === undefined) return [needsInfo(DECLARATION, 'noActivities', ['/processingActivities'])];
    const outcomes: RuleOutcome<Message>[] = [];
    for (const { entry, subject } of items(list, 'processingActivities')) {
      if (entry.lawfulBasis !== 'consent') continue;
      const mechanism: Mechanism | undefined = entry.consentMechanism;
      if (mechanism === undefined) {
        outcomes.push(needsInfo(subject, 'mechanismUnknown', [at(subject, 'consentMechanism')]));
        continue;
      }
      const bad = ELEMENTS.filter((e) => mechanism[e.field] !== undefined && mechanism[e.field] !== e.good);
      const missing = ELEMENTS.filter((e) => mechanism[e.field] === undefined);
      if (bad.length > 0) {
        outcomes.push(
          fail(subject, 'invalidConsent', bad.map((e) => at(subject, 'consentMechanism', e.field)), { problems: bad.map((e) => e.problem).join('; ') }),
        );
      } else if (missing.length > 0) {
        outcomes.push(
          needsInfo(subject, 'detailsUnknown', missing.map((e) => at(subject, 'consentMechanism', e.field)), { missing: missing.map((e) => e.field).join(', ') }),
        );
      } else {
        outcomes.push(pass(subject, 'validConsent', [at(subject, 'consentMechanism')]));
      }
    }
    if (outcomes.length === 0) return [notApplicable(DECLARATION, 'notRelied', ['/processingActivities'])];
    return outcomes;
  },
});
