/**
 * RTS-04: people can complain to the controller about its use of their data, and complaints are acknowledged within
 * 30 days (DPA 2018 s. 164A, inserted by DUAA 2025 s. 103). The section's text is verified; its commencement on
 * 19 June 2026 is known only from secondary sources (docs/legal-sources.md 2i). Before that date (when the
 * evaluation date says so) the same shortfalls are reported as warnings: good practice under the accountability
 * principle, not yet a statutory duty.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { Checklist } from '../lib/checklist.js';
import { fail, needsInfo, warn } from '../lib/outcomes.js';
import { at, section } from '../lib/subjects.js';

/** The commencement date of DUAA 2025 s. 103 reported by secondary sources (legal-sources 2i). */
export const COMPLAINTS_DUTY_FROM = '2026-06-19';

export default defineRule({
  id: 'RTS-04',
  title: 'People can complain to the campaign about its use of their data, and complaints are acknowledged within 30 days',
  area: 'rights',
  severity: 'medium',
  tags: ['rights', 'complaints', 'duaa'],
  covers: ['UK-RTS-04'],
  citations: [
    cite('DPA 2018', 's. 164A(2)'),
    cite('DPA 2018', 's. 164A(3)'),
    cite('DUAA 2025', 's. 103'),
    cite('UK GDPR', 'Art. 5(2)'),
    citeIco('Accountability'),
  ],
  rationale:
    'Since the Data (Use and Access) Act 2025, anyone who thinks a controller has broken data protection law in handling their data can complain to the ' +
    'controller itself. The controller must make complaining easy (for example with a complaint form that can be filled in online and by other means), ' +
    'acknowledge each complaint within 30 days, look into it and tell the person the outcome without undue delay. People who are unhappy with a ' +
    'campaign\'s messages or canvassing will normally complain to the campaign first, and the Commissioner will expect them to have done so.',
  remediation: [
    'Publish how to complain about your use of personal data: an online form or email address, and a postal route for people who are not online.',
    'Acknowledge every complaint within 30 days of receiving it, then investigate, keep the person informed and tell them the outcome without undue delay.',
    'Log complaints and outcomes; mention the right to complain to you in your privacy notice.',
  ],
  notes:
    'DPA 2018 s. 164A is cited as in force from 19 June 2026, a date reported by law-firm commentary on the DUAA commencement regulations but not read in ' +
    'the regulations themselves. When the evaluation date is before then, shortfalls are warnings (good practice under the accountability principle, ' +
    'Art. 5(2)); with no evaluation date the rule applies the law as at the ruleset\'s effective date, when the duty is in force. Severity stays medium ' +
    '(documentation and process). The duty to investigate and report the outcome (s. 164A(4)-(5)) cannot be evidenced by the declaration. A missing ' +
    'electronic route is a warning only: s. 164A(2) gives the electronic form as an example of facilitating complaints, not as a requirement.',
  examples: {
    passing: `# People can complain online or by post, and complaints are acknowledged within 5 days.
rights:
  complaints:
    inPlace: true
    channels: [online_form, post]
    acknowledgeDays: 5
`,
    failing: `# Fails: complaints are acknowledged only after 45 days; the limit is 30.
rights:
  complaints:
    inPlace: true
    channels: [online_form, post]
    acknowledgeDays: 45
`,
  },
  messages: {
    unknown: 'It is not declared whether people can complain to you about your use of their data (rights.complaints).',
    noProcess: 'There is no process for people to complain to you about your use of their data.',
    noProcessBeforeDuty: 'There is no process for people to complain to you about your use of their data; this becomes a legal duty on {{from}}.',
    shortfalls: 'The complaints process falls short: {{items}}.',
    shortfallsBeforeDuty: 'The complaints process falls short of the duty that starts on {{from}}: {{items}}.',
    gaps: 'Not declared for the complaints process: {{items}}.',
    concerns: 'The complaints process may be hard to use: {{items}}.',
    inPlace: 'People can complain to you by {{channels}}, and complaints are acknowledged within {{days}} days.',
  },
  evaluate(declaration, context) {
    const subject = section('rights');
    const from = COMPLAINTS_DUTY_FROM;
    const beforeDuty = context.evaluationDate !== undefined && context.evaluationDate < from;
    const complaints = declaration.rights?.complaints;
    if (complaints === undefined) return [needsInfo(subject, 'unknown', [at(subject, 'complaints')])];
    if (!complaints.inPlace) {
      const pointer = [at(subject, 'complaints', 'inPlace')];
      return [beforeDuty ? warn(subject, 'noProcessBeforeDuty', pointer, { from }) : fail(subject, 'noProcess', pointer)];
    }
    const check = new Checklist();
    const channelsPointer = at(subject, 'complaints', 'channels');
    const channels = complaints.channels;
    if (channels === undefined) check.unknown(channelsPointer, 'how people can complain (channels)');
    else if (channels.length === 0) check.fail(channelsPointer, 'no way of making a complaint is offered');
    else if (!channels.some((c) => c === 'online_form' || c === 'email')) check.warn(channelsPointer, 'there is no electronic way to complain (an online form or email)');
    else check.ok(channelsPointer);
    const daysPointer = at(subject, 'complaints', 'acknowledgeDays');
    const days = complaints.acknowledgeDays;
    if (days === undefined) check.unknown(daysPointer, 'how many days you take to acknowledge a complaint (acknowledgeDays)');
    else if (days > 30) check.fail(daysPointer, `complaints are acknowledged after ${days} days, later than the 30 days allowed`);
    else check.ok(daysPointer);

    const data = { from, channels: (channels ?? []).map((c) => c.replace(/_/g, ' ')).join(', '), days: days ?? 0 };
    if (beforeDuty && check.failures.length > 0) {
      // Before commencement a shortfall is good practice missed, not a breach: report it as a warning.
      check.concerns.unshift(...check.failures.splice(0));
      return [check.outcome(subject, { fail: 'shortfalls', unknown: 'gaps', warn: 'shortfallsBeforeDuty', pass: 'inPlace' }, data)];
    }
    return [check.outcome(subject, { fail: 'shortfalls', unknown: 'gaps', warn: 'concerns', pass: 'inPlace' }, data)];
  },
});
