/**
 * REP-02: the Schedule 1 conditions for elected representatives are relied on only by them, and only for casework. Para.
 * 23 covers processing by an elected representative (or someone acting with their authority) in response to a
 * request to take action for an individual; para. 24 covers disclosures to a representative in response to their
 * communication. Neither extends to campaigning; a party or candidate cannot use para. 23 for its own processing.
 */
import { cite } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { fail, needsInfo, notApplicable, pass } from '../lib/outcomes.js';
import { DECLARATION, at, items } from '../lib/subjects.js';
import { ICO_POLITICAL_PAGE } from './_helpers.js';

export default defineRule({
  id: 'REP-02',
  title: 'The elected-representative conditions of Schedule 1 are relied on only by representatives, and only for casework',
  area: 'representatives',
  severity: 'high',
  tags: ['representatives', 'casework', 'special-category', 'schedule-1'],
  covers: ['UK-REP-01'],
  citations: [cite('DPA 2018', 'Sch. 1 para. 23'), cite('DPA 2018', 'Sch. 1 para. 24'), cite('UK GDPR', 'Art. 9(2)(g)')],
  guidance: [ICO_POLITICAL_PAGE],
  rationale:
    'Special category data (health, ethnicity, political opinions) may be processed only under a condition in the law. The Data Protection Act gives ' +
    'elected representatives one for casework (acting on a constituent\'s request) and gives organisations one for answering a representative\'s ' +
    'enquiry. They exist so that representatives can help constituents. A party, candidate or campaign that names them for its own processing, or a ' +
    'representative who names them for campaigning, has no valid condition, and the processing of special category data is unlawful.',
  remediation: [
    'Rely on the elected-representative condition (Sch. 1 para. 23) only for your own casework as a representative, in response to a request to act.',
    'Rely on the disclosure condition (Sch. 1 para. 24) only when answering a representative\'s communication about a constituent.',
    'For campaigning, identify the condition that actually applies (for a registered party, Sch. 1 para. 22; otherwise usually explicit consent).',
  ],
  notes:
    'Para. 23(3) lists who is an elected representative; the declarant must be of type elected_representative. Casework is read from purposeType ' +
    'casework; para. 24 also accepts data_supply (a disclosure). The choice among other conditions (para. 22 and others) is the special category ' +
    'area\'s concern. No section of the ICO political campaigning guidance is specific to these conditions; the ICO page for elected representatives ' +
    'is given as further reading.',
  examples: {
    passing: `# An MP relies on the casework condition (Sch. 1 para. 23) for casework only.
declarant:
  name: Jo Bloggs MP
  organisationType: elected_representative
processingActivities:
  - id: casework
    name: Constituent casework
    purposeType: casework
    specialCategory:
      used: true
      schedule1Condition: para_23_elected_representatives
`,
    failing: `# Fails: a party cannot rely on the elected representatives' casework condition.
processingActivities:
  - id: canvassing
    name: Doorstep canvassing
    purposeType: canvassing
    specialCategory:
      used: true
      schedule1Condition: para_23_elected_representatives
`,
  },
  messages: {
    noActivities: 'No processing activities are declared, so it is not known whether any relies on the elected-representative conditions.',
    noneDeclared: 'No processing activities are declared.',
    otherCondition: '{{subject}} does not rely on the elected-representative conditions (Sch. 1 paras. 23-24).',
    notRepresentative: '{{subject}} relies on the elected-representative casework condition (Sch. 1 para. 23), but the declarant is a {{type}}, not an elected representative.',
    purposeUnknown: '{{subject}} relies on Sch. 1 para. {{para}}; its purpose is not declared (purposeType), so it is not known whether it is casework.',
    notCasework: '{{subject}} relies on Sch. 1 para. {{para}} for {{purpose}}; that condition covers only casework, not campaigning.',
    casework: '{{subject}} relies on Sch. 1 para. {{para}} for {{purpose}}, as the condition allows.',
  },
  evaluate(declaration) {
    const list = declaration.processingActivities;
    if (list === undefined) return [needsInfo(DECLARATION, 'noActivities', ['/processingActivities'])];
    if (list.length === 0) return [notApplicable(DECLARATION, 'noneDeclared', ['/processingActivities'])];
    const type = declaration.declarant.organisationType;
    return items(list, 'processingActivities').map(({ entry, subject }) => {
      const condition = entry.specialCategory?.schedule1Condition;
      const conditionPointer = at(subject, 'specialCategory', 'schedule1Condition');
      if (condition !== 'para_23_elected_representatives' && condition !== 'para_24_disclosure_to_elected_representatives') {
        return notApplicable(subject, 'otherCondition', [entry.specialCategory ? conditionPointer : subject.pointer]);
      }
      const para = condition === 'para_23_elected_representatives' ? '23' : '24';
      if (para === '23' && type !== 'elected_representative') {
        return fail(subject, 'notRepresentative', [conditionPointer, '/declarant/organisationType'], { type: type.replace(/_/g, ' ') });
      }
      const purpose = entry.purposeType;
      const purposePointer = at(subject, 'purposeType');
      if (purpose === undefined) return needsInfo(subject, 'purposeUnknown', [purposePointer], { para });
      const allowed = purpose === 'casework' || (para === '24' && purpose === 'data_supply');
      const data = { para, purpose: purpose.replace(/_/g, ' ') };
      return allowed ? pass(subject, 'casework', [conditionPointer, purposePointer], data) : fail(subject, 'notCasework', [conditionPointer, purposePointer], data);
    });
  },
});
