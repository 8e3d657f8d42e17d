/**
 * RET-01: every dataset has a retention period, with what starts the clock, a reason the period is necessary and a way
 * of disposing of the data at the end. Personal data may be kept no longer than necessary for its purposes (UK GDPR
 * Art. 5(1)(e)), and the controller must be able to show why (Art. 5(2)). "Indefinitely" is not a period.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { Checklist } from '../lib/checklist.js';
import { fail, needsInfo, notApplicable } from '../lib/outcomes.js';
import { DECLARATION, at, items } from '../lib/subjects.js';
import { describePeriod, describeStart } from './_helpers.js';

export default defineRule({
  id: 'RET-01',
  title: 'Every dataset has a justified retention period and a disposal method, and none is kept indefinitely',
  area: 'retention',
  severity: 'high',
  tags: ['retention', 'storage-limitation'],
  covers: ['UK-RET-01'],
  citations: [
    cite('UK GDPR', 'Art. 5(1)(e)'),
    cite('UK GDPR', 'Art. 5(2)'),
    citeIco('Purpose limitation, data minimisation and storage limitation'),
  ],
  rationale:
    'Campaign data goes stale and becomes riskier the longer it is kept: canvass answers from three elections ago, old register copies, lists of ' +
    'people who signed one petition. The law allows personal data to be kept only as long as it is needed for the purpose, so each dataset needs a ' +
    'period, an event that starts it (polling day, the end of membership, the last contact), a reason the period is necessary, and a way of deleting ' +
    'or anonymising the data when it ends.',
  remediation: [
    'List every dataset (voter file, membership, supporters, consent records, suppression list, register copies, canvass returns, casework, donations, audiences, volunteers).',
    'Give each a period and the event that starts it, and write down why that period is necessary for the purpose.',
    'Say how each is disposed of at the end (secure deletion, anonymisation, return to the controller), and diarise it.',
    'Replace "indefinitely" with a period or a review point; even a suppression list is kept only while you market to people.',
  ],
  notes:
    'An empty retention list fails when the declaration shows data sources or categories (data is held but no dataset has a period); otherwise it is ' +
    'not applicable. A suppression list kept with no end date is a warning, not a failure: it must be kept as long as marketing continues, but that ' +
    'should be stated as the period. A disposal method "not defined" is a warning.',
  examples: {
    passing: `# The voter file is kept six months after polling day, for a stated reason, then deleted.
retention:
  - id: voter-file
    dataset: Voter file
    period: { amount: 6, unit: months }
    startsFrom: polling_day
    justification: Needed for recounts, petitions and by-elections.
    disposal: secure_deletion
`,
    failing: `# Fails: canvass returns are kept with no end date.
retention:
  - id: canvass
    dataset: Canvass returns
    indefinite: true
    justification: Might be useful later.
    disposal: not_defined
`,
  },
  messages: {
    noSchedule: 'No retention schedule is declared (retention), so it is not known how long any data is kept.',
    emptySchedule: 'The declaration shows personal data held, but the retention schedule lists no dataset.',
    noneDeclared: 'No datasets are declared.',
    shortfalls: '{{subject}} has no proper retention period: {{items}}.',
    gaps: '{{subject}}: not declared: {{items}}.',
    concerns: '{{subject}}: {{items}}.',
    scheduled: '{{subject}} is kept for {{period}} from {{start}}, for a stated reason, and then disposed of.',
  },
  evaluate(declaration) {
    const list = declaration.retention;
    if (list === undefined) return [needsInfo(DECLARATION, 'noSchedule', ['/retention'])];
    if (list.length === 0) {
      const held = [
        ...((declaration.dataSources?.length ?? 0) > 0 ? ['/dataSources'] : []),
        ...((declaration.dataCategories?.length ?? 0) > 0 ? ['/dataCategories'] : []),
      ];
      return held.length > 0 ? [fail(DECLARATION, 'emptySchedule', ['/retention', ...held])] : [notApplicable(DECLARATION, 'noneDeclared', ['/retention'])];
    }
    return items(list, 'retention').map(({ entry, subject }) => {
      const check = new Checklist();
      if (entry.indefinite === true) {
        if (entry.datasetType === 'suppression_list') {
          check.warn(at(subject, 'indefinite'), 'it is kept with no end date; state the period as "as long as we send direct marketing" and review it');
        } else {
          check.fail(at(subject, 'indefinite'), 'it is kept with no end date');
        }
      } else {
        if (entry.period === undefined) check.unknown(at(subject, 'period'), 'how long it is kept (period)');
        else check.ok(at(subject, 'period'));
        if (entry.startsFrom === undefined) check.unknown(at(subject, 'startsFrom'), 'what starts the retention period (startsFrom)');
        else check.ok(at(subject, 'startsFrom'));
      }
      if (!entry.justification?.trim()) check.unknown(at(subject, 'justification'), 'why the period is necessary (justification)');
      else check.ok(at(subject, 'justification'));
      if (entry.disposal === undefined) check.unknown(at(subject, 'disposal'), 'how it is disposed of at the end (disposal)');
      else if (entry.disposal === 'not_defined') check.warn(at(subject, 'disposal'), 'no way of disposing of it at the end is defined');
      else check.ok(at(subject, 'disposal'));
      const data = {
        period: entry.period ? describePeriod(entry.period) : 'an open period',
        start: entry.startsFrom ? describeStart(entry.startsFrom) : 'an unstated event',
      };
      return check.outcome(subject, { fail: 'shortfalls', unknown: 'gaps', warn: 'concerns', pass: 'scheduled' }, data);
    });
  },
});
