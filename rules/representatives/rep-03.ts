/**
 * REP-03: casework during a dissolution. A member of the House of Commons, the Senedd, the Scottish Parliament or the
 * Northern Ireland Assembly immediately before dissolution is treated as still a member for Sch. 1 para. 23 until
 * the end of the 30 days beginning with the day after the election (para. 23(4), as amended by DUAA 2025 s. 73 from
 * 5 Feb 2026; formerly the fourth day). After that, a former member who was not re-elected can no longer rely on it.
 * Time-dependent: it compares the evaluation date with polling day plus 30 days.
 */
import { cite } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { addPeriod } from '../lib/facts.js';
import { needsInfo, notApplicable, pass, warn } from '../lib/outcomes.js';
import { at, section } from '../lib/subjects.js';
import { ICO_POLITICAL_PAGE } from './_helpers.js';

/** Elections to the legislatures named in para. 23(4), which are preceded by a dissolution. */
const DISSOLVED = new Set(['uk_parliamentary', 'senedd', 'scottish_parliament', 'ni_assembly']);

export default defineRule({
  id: 'REP-03',
  title: 'Casework continued through a dissolution relies on the elected-representative condition only until 30 days after polling day',
  area: 'representatives',
  severity: 'medium',
  tags: ['representatives', 'casework', 'dissolution', 'duaa', 'time-dependent'],
  covers: ['UK-REP-02'],
  citations: [cite('DPA 2018', 'Sch. 1 para. 23(4)'), cite('DUAA 2025', 's. 73')],
  guidance: [ICO_POLITICAL_PAGE],
  rationale:
    'When Parliament or a devolved legislature is dissolved, its members stop being members but still have constituents\' cases open. The law treats ' +
    'them as elected representatives for casework until 30 days after polling day (since February 2026; it used to be four days), so cases can be ' +
    'finished or handed over. A member who is not re-elected cannot rely on the casework condition after that, and during the dissolution casework ' +
    'files must not be drawn on for the member\'s own campaign.',
  remediation: [
    'During the dissolution, keep handling casework separately from your campaign (see REP-01).',
    'If you are not re-elected, close open cases or, with the constituent\'s agreement, hand them to the new member within 30 days of polling day.',
    'After that, delete or return casework data you no longer have a basis to hold, and record what was done.',
  ],
  notes:
    'The window ends 30 days after polling day (the 30-day period beginning with the day after the election). Whether the member was re-elected is not ' +
    'in the declaration, so continuing casework after the window is a warning to check, not a failure (a re-elected member is an elected representative ' +
    'in their own right). City of London Common Council members keep the four-day rule in ' +
    'para. 23(5), which is not encoded. Without an evaluation date, or a polling date, the rule cannot place the window.',
  examples: {
    passing: `# Casework is paused while Parliament is dissolved, so it cannot run past the 30-day window.
declarant:
  name: Jo Bloggs MP
  organisationType: elected_representative
campaign:
  name: General election
  electionType: uk_parliamentary
  pollingDate: 2026-11-20
casework:
  handled: true
  usedDuringDissolution: false
`,
    failing: `# Warning: casework still continues more than 30 days after polling day.
declarant:
  name: Jo Bloggs MP
  organisationType: elected_representative
campaign:
  name: General election
  electionType: uk_parliamentary
  pollingDate: 2026-10-01
casework:
  handled: true
  usedDuringDissolution: true
`,
  },
  messages: {
    notRepresentative: 'The declarant is not an elected representative, so the dissolution rule for casework does not apply.',
    unknown: 'It is not declared how constituents\' casework is handled (casework).',
    noCasework: 'No constituent casework is handled.',
    dissolutionUnknown: 'It is not declared whether casework continues during a dissolution (casework.usedDuringDissolution).',
    notDuringDissolution: 'Casework does not continue during a dissolution.',
    electionUnknown: 'The kind of election is not declared (campaign.electionType), so it is not known whether a dissolution applies.',
    noDissolution: 'This election does not follow a dissolution of the House of Commons or a devolved legislature.',
    pollingUnknown: 'Polling day is not declared (campaign.pollingDate), so the end of the 30-day window cannot be worked out.',
    noEvaluationDate: 'Casework continues through the dissolution; the condition covers it until {{end}}, but without an evaluation date it cannot be told where that falls.',
    withinWindow: 'Casework continues through the dissolution; the elected-representative condition covers it until {{end}} even if you are not re-elected.',
    windowEnded: 'The 30-day window after polling day ended on {{end}}: check that, if you were not re-elected, open cases were closed or handed over and casework data is no longer used.',
  },
  evaluate(declaration, context) {
    const subject = section('casework');
    if (declaration.declarant.organisationType !== 'elected_representative') {
      return [notApplicable(subject, 'notRepresentative', ['/declarant/organisationType'])];
    }
    const casework = declaration.casework;
    if (casework === undefined) return [needsInfo(subject, 'unknown', [subject.pointer])];
    if (!casework.handled) return [notApplicable(subject, 'noCasework', [at(subject, 'handled')])];
    const pointer = at(subject, 'usedDuringDissolution');
    if (casework.usedDuringDissolution === undefined) return [needsInfo(subject, 'dissolutionUnknown', [pointer])];
    if (!casework.usedDuringDissolution) return [notApplicable(subject, 'notDuringDissolution', [pointer])];
    const election = declaration.campaign.electionType;
    if (election === undefined) return [needsInfo(subject, 'electionUnknown', ['/campaign/electionType'])];
    if (!DISSOLVED.has(election)) return [notApplicable(subject, 'noDissolution', ['/campaign/electionType'])];
    const polling = declaration.campaign.pollingDate;
    if (polling === undefined) return [needsInfo(subject, 'pollingUnknown', ['/campaign/pollingDate'])];
    const end = addPeriod(polling, 30, 'days');
    const evidence = [pointer, '/campaign/pollingDate'];
    if (context.evaluationDate === undefined) return [needsInfo(subject, 'noEvaluationDate', evidence, { end })];
    if (context.evaluationDate <= end) return [pass(subject, 'withinWindow', evidence, { end })];
    return [warn(subject, 'windowEnded', evidence, { end })];
  },
});
