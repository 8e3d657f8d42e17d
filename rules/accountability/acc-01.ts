/**
 * ACC-01: a record of processing activities is kept (UK GDPR Art. 30(1)). The relief for organisations with fewer
 * than 250 employees (Art. 30(5)) does not help campaigns that process special category data (political opinions,
 * support scores), and where a DPA 2018 Schedule 1 condition is relied on the record must also name it, the lawful
 * basis and whether the retention policy was followed (Sch. 1 para. 41).
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { fail, needsInfo, pass, warn } from '../lib/outcomes.js';
import { at, section } from '../lib/subjects.js';
import { Checklist, processesSpecialCategoryData } from '../lib/checklist.js';

export default defineRule({
  id: 'ACC-01',
  title: 'A record of processing activities is kept, naming the Schedule 1 conditions relied on for special category data',
  area: 'accountability',
  severity: 'high',
  tags: ['accountability', 'records', 'special-category'],
  covers: ['UK-ACC-01'],
  citations: [
    cite('UK GDPR', 'Art. 30(1)'),
    cite('UK GDPR', 'Art. 30(5)'),
    cite('DPA 2018', 'Sch. 1 para. 41'),
    citeIco('Accountability'),
  ],
  rationale:
    'A controller must keep a written record of its processing: the purposes, the kinds of people and data, the recipients, transfers, retention ' +
    'periods and security measures. Smaller organisations are excused only if their processing is occasional, unlikely to put people at risk and ' +
    'involves no special category data; campaigns process political opinions and scores continuously, so the excuse does not apply. Where ' +
    'special category data is processed under a Schedule 1 condition (for example the political parties condition), the record must also say which ' +
    'condition, the lawful basis, and whether the data was kept and erased as the appropriate policy document says.',
  remediation: [
    'Keep a record of processing activities covering every purpose: what data, whose, from where, shared with whom, kept how long, protected how.',
    'For each use of special category data under a Schedule 1 condition, add the condition (for example Sch. 1 para. 22), the Art. 6 lawful basis, and whether retention and erasure followed your policy document.',
    'Review the record before each campaign and whenever a new system, supplier or data source is added.',
  ],
  notes:
    'Without special category data and with fewer than 250 employees the Art. 30(5) relief could apply only to occasional processing, which campaign ' +
    'processing rarely is: that case is a warning, not a failure. Para. 41 applies where an activity relies on a Schedule 1 condition ' +
    '(substantial public interest, or a named Schedule 1 paragraph).',
  examples: {
    passing: `# A record of processing is kept, and it names the Schedule 1 conditions relied on.
governance:
  recordsOfProcessing:
    maintained: true
    recordsSchedule1Conditions: true
`,
    failing: `# Fails: no record of processing, though voting intentions (special category data) are held.
governance:
  recordsOfProcessing:
    maintained: false
dataCategories:
  - id: voting-intention
    name: Voting intention
    kind: voting_intention
`,
  },
  messages: {
    unknown: 'It is not declared whether a record of processing activities is kept (governance.recordsOfProcessing).',
    noRecords: 'No record of processing activities is kept, and the relief for organisations with fewer than 250 employees does not apply: {{reason}}.',
    reliefUnknown: 'No record of processing activities is kept; whether the relief for smaller organisations could apply is unknown: {{items}}.',
    reliefDoubtful: 'No record of processing activities is kept; the relief for smaller organisations covers only occasional processing with little risk, which campaign processing rarely is.',
    noSchedule1: 'The record of processing does not name, for special category data, the Schedule 1 condition, the lawful basis and whether the retention policy was followed ({{activities}}).',
    schedule1Unknown: 'It is not declared whether the record of processing names the Schedule 1 conditions relied on by {{activities}} (recordsSchedule1Conditions).',
    activitiesUnknown: 'A record of processing is kept, but the processing activities are not declared, so it is unknown whether it must name Schedule 1 conditions.',
    kept: 'A record of processing activities is kept{{schedule1}}.',
  },
  evaluate(declaration) {
    const subject = section('governance');
    const ropa = declaration.governance?.recordsOfProcessing;
    if (ropa === undefined) return [needsInfo(subject, 'unknown', [at(subject, 'recordsOfProcessing')])];
    const maintained = at(subject, 'recordsOfProcessing', 'maintained');
    const special = processesSpecialCategoryData(declaration);
    const staff = declaration.declarant.staffCount;

    if (!ropa.maintained) {
      if (staff !== undefined && staff >= 250) {
        return [fail(subject, 'noRecords', [maintained, '/declarant/staffCount'], { reason: `the organisation has about ${staff} employees` })];
      }
      if (special === true) {
        return [fail(subject, 'noRecords', [maintained, '/dataCategories'], { reason: 'special category data (such as political opinions) is processed' })];
      }
      const check = new Checklist();
      if (special === undefined) check.unknown('/dataCategories', 'whether special category data is processed (dataCategories)');
      if (staff === undefined) check.unknown('/declarant/staffCount', 'how many employees the organisation has (staffCount)');
      if (!check.clean) return [check.outcome(subject, { fail: 'noRecords', unknown: 'reliefUnknown', pass: 'kept' })];
      return [warn(subject, 'reliefDoubtful', [maintained, '/declarant/staffCount'])];
    }

    const activities = declaration.processingActivities;
    const relying = (activities ?? [])
      .map((a, i) => ({ a, i }))
      .filter(({ a }) => a.specialCategory?.used === true && (a.specialCategory.condition === 'substantial_public_interest' || a.specialCategory.schedule1Condition !== undefined));
    const names = relying.map(({ a }) => `activity "${a.name}"`).join(', ');
    const sch1 = at(subject, 'recordsOfProcessing', 'recordsSchedule1Conditions');
    if (relying.length > 0) {
      const evidence = [sch1, ...relying.map(({ i }) => `/processingActivities/${i}/specialCategory`)];
      if (ropa.recordsSchedule1Conditions === undefined) return [needsInfo(subject, 'schedule1Unknown', evidence, { activities: names })];
      if (!ropa.recordsSchedule1Conditions) return [fail(subject, 'noSchedule1', evidence, { activities: names })];
      return [pass(subject, 'kept', [maintained, sch1], { schedule1: ', naming the Schedule 1 conditions relied on' })];
    }
    if (activities === undefined && ropa.recordsSchedule1Conditions !== true) return [needsInfo(subject, 'activitiesUnknown', ['/processingActivities'])];
    return [pass(subject, 'kept', [maintained], { schedule1: '' })];
  },
});
