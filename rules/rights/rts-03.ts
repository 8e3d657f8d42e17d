/**
 * RTS-03: requests to correct, delete or restrict data are handled under a documented process and answered within
 * one month (UK GDPR Arts. 16-18, with the Art. 12A period). Accurate voter files are also a principle in their own
 * right (Art. 5(1)(d)): canvass returns and scores go stale, and people ask for them to be put right.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { Checklist } from '../lib/checklist.js';
import { at, section } from '../lib/subjects.js';
import { monthlyDeadline } from './_helpers.js';

const PROCESSES = [
  { field: 'rectification', noun: 'correct' },
  { field: 'erasure', noun: 'delete' },
  { field: 'restriction', noun: 'restrict the use of' },
] as const;

export default defineRule({
  id: 'RTS-03',
  title: 'Requests to correct, delete or restrict data are handled under documented processes within one month',
  area: 'rights',
  severity: 'medium',
  tags: ['rights', 'rectification', 'erasure', 'restriction', 'accuracy'],
  covers: ['UK-RTS-03'],
  citations: [
    cite('UK GDPR', 'Arts. 16-18'),
    cite('UK GDPR', 'Art. 5(1)(d)'),
    cite('UK GDPR', 'Art. 12A(1)'),
    citeIco('Accountability'),
  ],
  rationale:
    'People can ask a campaign to correct wrong data about them, to delete it where there is no longer a good reason to keep it, and to restrict ' +
    'its use while a dispute is settled. Voter files mix register entries, canvass answers and predictions that go out of date, so these requests ' +
    'are common around elections. Each needs a known route and an answer within one month, and a correction or deletion must reach every copy, ' +
    'including those held by local parties and suppliers.',
  remediation: [
    'Write down how requests to correct, delete or restrict data are recognised, logged, decided and answered, and who does it.',
    'Answer within one calendar month (plan for 28 days); extend only for complex or numerous requests, telling the person within the first month.',
    'Make corrections and deletions reach every copy: the voter file, canvassing apps, local parties, suppliers and uploaded audiences.',
  ],
  notes:
    'Arts. 16-18 are cited as a range (standard articles, not re-read). A usual response time of 29-31 days is a warning (some calendar months are ' +
    'shorter); more than 31 days fails. Portability (Art. 20) is left out: campaign data rarely rests on consent or contract processed by automated means.',
  examples: {
    passing: `# Requests to correct, delete or restrict data each have a process, answered within 20 days.
rights:
  rectification: { inPlace: true, responseDays: 20 }
  erasure: { inPlace: true, responseDays: 20 }
  restriction: { inPlace: true, responseDays: 20 }
`,
    failing: `# Fails: there is no process for requests to delete data.
rights:
  rectification: { inPlace: true, responseDays: 20 }
  erasure: { inPlace: false }
  restriction: { inPlace: true, responseDays: 20 }
`,
  },
  messages: {
    shortfalls: 'Requests to correct, delete or restrict data fall short: {{items}}.',
    gaps: 'Not declared for requests to correct, delete or restrict data: {{items}}.',
    mayOverrun: 'Requests to correct, delete or restrict data may be answered late: {{items}}.',
    handled: 'Requests to correct, delete and restrict data are handled under documented processes within one month.',
  },
  evaluate(declaration) {
    const subject = section('rights');
    const check = new Checklist();
    for (const { field, noun } of PROCESSES) {
      const process = declaration.rights?.[field];
      if (process === undefined) {
        check.unknown(at(subject, field), `whether there is a process for requests to ${noun} data (rights.${field})`);
        continue;
      }
      if (!process.inPlace) {
        check.fail(at(subject, field, 'inPlace'), `there is no documented process for requests to ${noun} data`);
        continue;
      }
      const pointer = at(subject, field, 'responseDays');
      const days = process.responseDays;
      if (days === undefined) check.unknown(pointer, `how long requests to ${noun} data usually take (rights.${field}.responseDays)`);
      else if (monthlyDeadline(days) === 'late') check.fail(pointer, `requests to ${noun} data usually take ${days} days, more than one month`);
      else if (monthlyDeadline(days) === 'may_overrun') check.warn(pointer, `requests to ${noun} data usually take ${days} days, longer than the shortest calendar month`);
      else check.ok(pointer);
    }
    return [check.outcome(subject, { fail: 'shortfalls', unknown: 'gaps', warn: 'mayOverrun', pass: 'handled' })];
  },
});
