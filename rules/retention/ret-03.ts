/**
 * RET-03: the post-campaign review is done by its due date. Time-dependent: it compares postCampaign.reviewDate with
 * the evaluation date, and without an evaluation date it cannot tell whether the review is overdue.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { fail, needsInfo, notApplicable, pass } from '../lib/outcomes.js';
import { at, section } from '../lib/subjects.js';

export default defineRule({
  id: 'RET-03',
  title: 'The post-campaign review of data is carried out by its due date',
  area: 'retention',
  severity: 'medium',
  tags: ['retention', 'after-the-campaign', 'time-dependent'],
  covers: ['UK-RET-02'],
  citations: [cite('UK GDPR', 'Art. 5(1)(e)'), cite('UK GDPR', 'Art. 5(2)'), citeIco('After a campaign')],
  rationale:
    'A planned review protects no one until it is done. Every week after its due date, data that is no longer needed (canvass answers, bought-in ' +
    'lists, volunteers\' copies) stays on systems and devices, which is what the storage limitation principle forbids and what makes later breaches ' +
    'larger. An overdue review is a sign that the end-of-campaign plan has been forgotten.',
  remediation: [
    'Carry out the overdue review now: decide, dataset by dataset, what is still needed and why.',
    'Delete or anonymise the rest securely, including copies held by local units, volunteers and suppliers, and record what was done.',
    'If the review cannot be done yet, set a new date and record the reason.',
  ],
  notes: 'A review whose due date is after the evaluation date is not yet due (not applicable). Without an evaluation date the rule asks for one.',
  examples: {
    passing: `# The post-campaign review has been done.
postCampaign:
  reviewPlanned: true
  reviewDate: 2026-07-01
  reviewCompleted: true
`,
    failing: `# Fails: the review was due in July and has not been done.
postCampaign:
  reviewPlanned: true
  reviewDate: 2026-07-01
  reviewCompleted: false
`,
  },
  messages: {
    unknown: 'It is not declared what happens to the data when the campaign ends (postCampaign).',
    done: 'The post-campaign review of data has been carried out.',
    noReview: 'No post-campaign review is planned, so none can be overdue (RET-02 reports the missing plan).',
    dateUnknown: 'A post-campaign review is planned, but its due date is not declared (reviewDate).',
    noEvaluationDate: 'The post-campaign review is due on {{date}}; without an evaluation date it cannot be told whether it is overdue.',
    notYetDue: 'The post-campaign review is not due until {{date}}.',
    completionUnknown: 'The post-campaign review was due on {{date}}; whether it has been done is not declared (reviewCompleted).',
    overdue: 'The post-campaign review was due on {{date}} and has not been done.',
  },
  evaluate(declaration, context) {
    const subject = section('postCampaign');
    const post = declaration.postCampaign;
    if (post === undefined) return [needsInfo(subject, 'unknown', [subject.pointer])];
    if (post.reviewCompleted === true) return [pass(subject, 'done', [at(subject, 'reviewCompleted')])];
    const date = post.reviewDate;
    if (date === undefined) {
      if (post.reviewPlanned === false) return [notApplicable(subject, 'noReview', [at(subject, 'reviewPlanned')])];
      return [needsInfo(subject, 'dateUnknown', [at(subject, 'reviewDate')])];
    }
    const today = context.evaluationDate;
    if (today === undefined) return [needsInfo(subject, 'noEvaluationDate', [at(subject, 'reviewDate')], { date })];
    if (date >= today) return [notApplicable(subject, 'notYetDue', [at(subject, 'reviewDate')], { date })];
    if (post.reviewCompleted === undefined) return [needsInfo(subject, 'completionUnknown', [at(subject, 'reviewCompleted')], { date })];
    return [fail(subject, 'overdue', [at(subject, 'reviewDate'), at(subject, 'reviewCompleted')], { date })];
  },
});
