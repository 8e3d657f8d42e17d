/**
 * WVR-01: a waiver that has expired is itself a finding. A waiver records that the organisation considered a finding
 * and accepted it for a time; once that time has passed, the acceptance is no longer a decision anyone has made, and
 * the organisation can no longer show it is managing the issue (UK GDPR Arts. 5(2), 24(1)). The engine stops applying
 * an expired waiver; this rule reports it, one outcome per waiver (declaration and waiver files alike).
 */
import { cite, citeIco } from '../../core/citations.js';
import type { RuleSubject } from '../../core/rule.js';
import { defineRule } from '../../core/rule.js';
import { fail, needsInfo, notApplicable, pass } from '../lib/outcomes.js';
import { DECLARATION, at } from '../lib/subjects.js';

export default defineRule({
  id: 'WVR-01',
  title: 'Every waiver is still in force: none has passed its expiry date',
  area: 'waivers',
  severity: 'medium',
  tags: ['waivers', 'accountability', 'time-dependent'],
  covers: [],
  citations: [cite('UK GDPR', 'Art. 5(2)'), cite('UK GDPR', 'Art. 24(1)'), citeIco('Accountability')],
  rationale:
    'A waiver says that the organisation looked at a finding, accepted it for a reason, and set a date to look again. When that date passes without a ' +
    'new decision, the finding is back in force and nobody has reconsidered it. Accountability means being able to show that each known gap is ' +
    'either fixed or knowingly accepted for now; an expired waiver shows neither.',
  remediation: [
    'Look again at the finding the waiver covered: fix it, or, if it is still acceptable, have the approver renew the waiver with a new expiry date and reason.',
    'Remove waivers that are no longer needed.',
    'Set expiry dates you will actually review, and run the check with an evaluation date so that expiry is detected.',
  ],
  notes:
    'Waivers are read from the evaluation context (the declaration\'s own and those from waiver files). A waiver is in force up to and including its ' +
    'expiry date. Without an evaluation date expiry cannot be checked, so each waiver needs information. Subject keys are waivers/<ruleId>, plus ' +
    '@<subject> when the waiver names an item. File waivers have no pointer into the declaration, so their outcomes carry no evidence pointer; the ' +
    'message names the file. No obligation of the law digest is about waivers: this rule serves the engine\'s waiver mechanism.',
  examples: {
    passing: `# The waiver of SEC-01 is in force until mid-2027.
waivers:
  - ruleId: SEC-01
    justification: MFA is being rolled out to volunteers' accounts by March.
    approvedBy: { name: A. Officer, role: Data Protection Officer }
    expires: 2027-06-30
`,
    failing: `# Fails: the waiver of SEC-01 expired in June 2026 and was not renewed.
waivers:
  - ruleId: SEC-01
    justification: MFA is being rolled out to volunteers' accounts by March.
    approvedBy: { name: A. Officer, role: Data Protection Officer }
    expires: 2026-06-30
`,
  },
  messages: {
    noWaivers: 'No waivers are declared.',
    noEvaluationDate: 'The {{subject}} ({{source}}) expires on {{expires}}; without an evaluation date it cannot be told whether it is still in force.',
    expired: 'The {{subject}} ({{source}}) expired on {{expires}}; the findings of {{ruleId}} it covered are no longer waived.',
    inForce: 'The {{subject}} ({{source}}) is in force until {{expires}}.',
  },
  evaluate(declaration, context) {
    const waivers = context.waivers;
    if (waivers.length === 0) return [notApplicable(DECLARATION, 'noWaivers', ['/waivers'])];
    const today = context.evaluationDate;
    return waivers.map((waiver) => {
      const subject: RuleSubject = {
        key: `waivers/${waiver.ruleId}${waiver.subject !== undefined ? `@${waiver.subject}` : ''}`,
        label: `waiver of ${waiver.ruleId}${waiver.subject !== undefined ? ` for ${waiver.subject}` : ''}`,
        pointer: waiver.pointer ?? '',
      };
      const evidence = waiver.pointer !== undefined ? [at(waiver.pointer, 'expires')] : [];
      const data = { ruleId: waiver.ruleId, expires: waiver.expires, source: waiver.source === 'declaration' ? 'in the declaration' : `from ${waiver.source}` };
      if (today === undefined) return needsInfo(subject, 'noEvaluationDate', evidence, data);
      if (waiver.expires < today) return fail(subject, 'expired', evidence, data);
      return pass(subject, 'inForce', evidence, data);
    });
  },
});
