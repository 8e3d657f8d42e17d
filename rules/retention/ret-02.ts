/**
 * RET-02: a review of all campaign data after polling day is planned, with a date, and a plan for securely deleting
 * what is not kept. The ICO's "After a campaign" guidance expects every party, group and candidate to review what it
 * gathered; the review is how storage limitation (UK GDPR Art. 5(1)(e)) is met and shown (Art. 5(2)) at the point
 * where most campaign data stops being needed.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { Checklist } from '../lib/checklist.js';
import { needsInfo } from '../lib/outcomes.js';
import { at, section } from '../lib/subjects.js';

export default defineRule({
  id: 'RET-02',
  title: 'A review of campaign data after polling day is planned, with a date and a plan for secure deletion',
  area: 'retention',
  severity: 'medium',
  tags: ['retention', 'after-the-campaign', 'storage-limitation'],
  covers: ['UK-RET-02'],
  citations: [cite('UK GDPR', 'Art. 5(1)(e)'), cite('UK GDPR', 'Art. 5(2)'), citeIco('After a campaign')],
  rationale:
    'Most campaign data is gathered for one election or referendum. Once polling day has passed, the campaign has to decide what it still needs, for ' +
    'future campaigns or for audit, and delete the rest securely. The Commissioner\'s guidance asks every party, campaign group and candidate to carry ' +
    'out that review; planning it in advance, with a date and a deletion plan, is what makes it happen.',
  remediation: [
    'Set a date for reviewing all campaign data after polling day, and name who will do it.',
    'Decide in advance the questions: is each dataset still necessary, within what people were told and expect, still accurate, and can it be kept securely?',
    'Write a plan for securely deleting or anonymising what is not kept, including copies held by local units, volunteers and suppliers.',
  ],
  notes:
    'Severity medium: the review is the means of meeting storage limitation, which RET-01 judges dataset by dataset; the guidance puts the review as ' +
    'something campaigns "should" do. Whether the review happened on time is RET-03.',
  examples: {
    passing: `# A review of campaign data is set for two months after polling day, with a deletion plan.
postCampaign:
  reviewPlanned: true
  reviewDate: 2029-07-03
  disposalPlan: true
`,
    failing: `# Fails: no review of campaign data after polling day is planned.
postCampaign:
  reviewPlanned: false
  disposalPlan: true
`,
  },
  messages: {
    unknown: 'It is not declared what happens to the data when the campaign ends (postCampaign).',
    shortfalls: 'The end of the campaign is not planned: {{items}}.',
    gaps: 'Not declared for the end of the campaign: {{items}}.',
    planned: 'A review of campaign data is planned for {{date}}, with a plan for securely deleting what is not kept.',
  },
  evaluate(declaration) {
    const subject = section('postCampaign');
    const post = declaration.postCampaign;
    if (post === undefined) return [needsInfo(subject, 'unknown', [subject.pointer])];
    const check = new Checklist().expectTrue(post.reviewPlanned, at(subject, 'reviewPlanned'), {
      fail: 'no review of campaign data after polling day is planned',
      unknown: 'whether a review of campaign data after polling day is planned (reviewPlanned)',
    });
    if (post.reviewPlanned === true) {
      if (post.reviewDate === undefined) check.unknown(at(subject, 'reviewDate'), 'when the review is due (reviewDate)');
      else check.ok(at(subject, 'reviewDate'));
    }
    check.expectTrue(post.disposalPlan, at(subject, 'disposalPlan'), {
      fail: 'there is no plan for securely deleting the data that is not kept',
      unknown: 'whether there is a plan for securely deleting data that is not kept (disposalPlan)',
    });
    return [check.outcome(subject, { fail: 'shortfalls', unknown: 'gaps', pass: 'planned' }, { date: post.reviewDate ?? '' })];
  },
});
