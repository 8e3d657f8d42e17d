/**
 * SEC-05: personal data breaches are handled under a written procedure: every breach is logged, notifiable breaches
 * are reported to the Commissioner within 72 hours (UK GDPR Art. 33(1)), and people are told when a breach is likely
 * to put them at high risk (Art. 34(1)).
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { Checklist } from '../lib/checklist.js';
import { fail, needsInfo } from '../lib/outcomes.js';
import { at, section } from '../lib/subjects.js';

export default defineRule({
  id: 'SEC-05',
  title: 'Breaches are logged, reported to the Commissioner within 72 hours where required, and people at high risk are told',
  area: 'security',
  severity: 'high',
  tags: ['security', 'breaches'],
  covers: ['UK-SEC-02'],
  citations: [cite('UK GDPR', 'Art. 33(1)'), cite('UK GDPR', 'Art. 34(1)'), cite('UK GDPR', 'Art. 5(2)'), citeIco('Accountability')],
  rationale:
    'Lost canvass sheets, a volunteer\'s stolen phone, an email to the wrong list, a hacked account: breaches happen in every campaign. Unless a breach ' +
    'is unlikely to put people at risk, the Commissioner must be told within 72 hours of the campaign becoming aware of it, and people must be told ' +
    'without undue delay when it is likely to put them at high risk (exposure of political opinions can be). Every breach, reported or not, should ' +
    'be recorded, so that the decision can be shown. That only works if volunteers know to report a breach at once and someone knows what to do.',
  remediation: [
    'Write a breach procedure: how staff and volunteers report a breach at once, who assesses it, and who decides on reporting.',
    'Record every breach, its effects and the action taken, including breaches you decide not to report.',
    'Report notifiable breaches to the Commissioner within 72 hours of becoming aware of them, and tell the people affected when the risk to them is high.',
  ],
  notes:
    'Arts. 33(1) and 34(1) are cited by number (their wording was read only in paraphrase). The duty to document every breach is Art. 33(5), which is not ' +
    'among the verified provisions; the breach log is judged under the accountability principle (Art. 5(2)) instead.',
  examples: {
    passing: `# Breaches are logged, reported within 72 hours where required, and people at high risk told.
security:
  breachProcedure:
    documented: true
    breachLog: true
    reportWithin72Hours: true
    informIndividuals: true
`,
    failing: `# Fails: the breach procedure does not report notifiable breaches within 72 hours.
security:
  breachProcedure:
    documented: true
    breachLog: true
    reportWithin72Hours: false
    informIndividuals: true
`,
  },
  messages: {
    unknown: 'It is not declared how personal data breaches are handled (security.breachProcedure).',
    noProcedure: 'There is no written procedure for handling personal data breaches.',
    shortfalls: 'The breach procedure falls short: {{items}}.',
    gaps: 'Not declared for the breach procedure: {{items}}.',
    ready: 'A written breach procedure logs every breach, reports notifiable ones within 72 hours and tells people at high risk.',
  },
  evaluate(declaration) {
    const subject = section('security');
    const procedure = declaration.security?.breachProcedure;
    if (procedure === undefined) return [needsInfo(subject, 'unknown', [at(subject, 'breachProcedure')])];
    if (!procedure.documented) return [fail(subject, 'noProcedure', [at(subject, 'breachProcedure', 'documented')])];
    const check = new Checklist()
      .expectTrue(procedure.breachLog, at(subject, 'breachProcedure', 'breachLog'), {
        fail: 'breaches that are not reported are not recorded',
        unknown: 'whether every breach is recorded (breachLog)',
      })
      .expectTrue(procedure.reportWithin72Hours, at(subject, 'breachProcedure', 'reportWithin72Hours'), {
        fail: 'notifiable breaches are not reported to the Commissioner within 72 hours',
        unknown: 'whether notifiable breaches are reported within 72 hours (reportWithin72Hours)',
      })
      .expectTrue(procedure.informIndividuals, at(subject, 'breachProcedure', 'informIndividuals'), {
        fail: 'people are not told when a breach puts them at high risk',
        unknown: 'whether people at high risk are told (informIndividuals)',
      });
    return [check.outcome(subject, { fail: 'shortfalls', unknown: 'gaps', pass: 'ready' })];
  },
});
