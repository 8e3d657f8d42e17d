/**
 * RTS-01: there is a documented way of handling subject access requests, and the usual answer arrives within one
 * month. Art. 12A (inserted by DUAA 2025 s. 76, in force 5 Feb 2026) sets the period: one month from the latest of
 * the request, any identity information asked for, or any fee, extendable by two months for complex or numerous
 * requests by notice within the first month. What answers must contain is judged by RTS-06; planning for the
 * election-time surge by RTS-05.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { fail, needsInfo, pass, warn } from '../lib/outcomes.js';
import { at, section } from '../lib/subjects.js';
import { monthlyDeadline } from './_helpers.js';

export default defineRule({
  id: 'RTS-01',
  title: 'Subject access requests are handled under a documented process and answered within one month',
  area: 'rights',
  severity: 'high',
  tags: ['rights', 'subject-access', 'deadlines'],
  covers: ['UK-RTS-01'],
  citations: [
    cite('UK GDPR', 'Art. 15(1)'),
    cite('UK GDPR', 'Art. 12A(1)'),
    cite('DUAA 2025', 's. 76'),
    citeIco('Accountability'),
  ],
  rationale:
    'Everyone has the right to a copy of the personal data a campaign holds about them. The answer is due within one month of the request ' +
    '(or of the identity check or fee, if one was needed); only complex or numerous requests allow two more months, and then the person must ' +
    'be told within the first month. Campaigns that have no process miss the deadline: SCL Elections (Cambridge Analytica) was served an ' +
    'enforcement notice and later prosecuted for failing to answer a voter\'s access request in full.',
  remediation: [
    'Write down how a subject access request is recognised (in any form, to anyone in the organisation, including volunteers and local units), logged and passed to the person who answers it.',
    'Answer within one calendar month. To be safe in every month, plan for 28 days; use the two-month extension only for complex or numerous requests and tell the person within the first month.',
    'Record each request, its date and the date of the answer, so that you can show the deadline was met.',
  ],
  notes:
    'One month is a calendar month (the same date in the next month, or the last day of a shorter month), so a usual response time of 29-31 days ' +
    'can overrun in some months: that is a warning, and more than 31 days a failure. The declaration gives the usual time, not the worst case. ' +
    'DPA 2018 s. 173 (offence of altering or erasing data to prevent disclosure) is verified but not cited: the declaration has no fact about it.',
  examples: {
    passing: `# A documented process answers subject access requests in about three weeks.
rights:
  subjectAccess:
    inPlace: true
    responseDays: 21
`,
    failing: `# Fails: answers usually take 45 days, more than the one-month limit.
rights:
  subjectAccess:
    inPlace: true
    responseDays: 45
`,
  },
  messages: {
    unknown: 'It is not declared whether there is a process for subject access requests (rights.subjectAccess).',
    noProcess: 'There is no documented process for subject access requests.',
    daysUnknown: 'The subject access process is declared, but not how long an answer usually takes (responseDays).',
    tooSlow: 'Subject access requests usually take {{days}} days to answer, more than the one-month limit.',
    mayOverrun: 'Subject access requests usually take {{days}} days to answer; a calendar month can be as short as 28 days, so some answers will be late.',
    onTime: 'Subject access requests are handled under a documented process and usually answered in {{days}} days.',
  },
  evaluate(declaration) {
    const subject = section('rights');
    const sar = declaration.rights?.subjectAccess;
    if (sar === undefined) return [needsInfo(subject, 'unknown', [at(subject, 'subjectAccess')])];
    if (!sar.inPlace) return [fail(subject, 'noProcess', [at(subject, 'subjectAccess', 'inPlace')])];
    const days = sar.responseDays;
    const pointer = at(subject, 'subjectAccess', 'responseDays');
    if (days === undefined) return [needsInfo(subject, 'daysUnknown', [pointer])];
    const deadline = monthlyDeadline(days);
    if (deadline === 'late') return [fail(subject, 'tooSlow', [pointer], { days })];
    if (deadline === 'may_overrun') return [warn(subject, 'mayOverrun', [pointer], { days })];
    return [pass(subject, 'onTime', [at(subject, 'subjectAccess', 'inPlace'), pointer], { days })];
  },
});
