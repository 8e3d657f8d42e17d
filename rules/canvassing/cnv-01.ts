/**
 * CNV-01: what people tell canvassers about how they will vote, which party they support or where they stand on
 * issues reveals political opinions, so canvass returns are special category data (UK GDPR Art. 9(1)). The
 * canvassing activity needs an Art. 9(2) condition that fits canvassing: for a registered party, the political
 * parties condition (Art. 9(2)(g) with DPA 2018 Sch. 1 para. 22); otherwise explicit consent (9(2)(a)), or the
 * not-for-profit condition (9(2)(d)) only when canvassing members and regular contacts. Telling a canvasser does not
 * make an opinion "manifestly public" (9(2)(e)). One outcome per canvassing activity.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule, type RuleContext, type RuleOutcome } from '../../core/rule.js';
import type { Declaration, ProcessingActivity } from '../../schema/generated/declaration.js';
import { PARTY_TYPES, isSpecialCategory, onPartyRegister } from '../lib/facts.js';
import { fail, needsInfo, notApplicable, pass, warn } from '../lib/outcomes.js';
import { at, items } from '../lib/subjects.js';
import { CANVASSING, canvassingDone } from './_helpers.js';

type Message =
  | 'noCanvassing'
  | 'notUsed'
  | 'noOpinions'
  | 'recordsUnknown'
  | 'noActivity'
  | 'scUnknown'
  | 'notTreatedAsSpecial'
  | 'conditionUnknown'
  | 'noCondition'
  | 'explicitConsent'
  | 'membersOnly'
  | 'notForProfitPublic'
  | 'peopleUnknown'
  | 'notMadePublic'
  | 'wrongCondition'
  | 'scheduleUnknown'
  | 'para22'
  | 'para22Candidate'
  | 'para22NotParty'
  | 'wrongSchedule1'
  | 'otherSchedule1';

const SCHEDULE_1_LABELS: ReadonlyMap<string, string> = new Map([
  ['para_23_elected_representatives', 'para. 23 (elected representatives acting for constituents)'],
  ['para_24_disclosure_to_elected_representatives', 'para. 24 (disclosure to elected representatives)'],
  ['para_8_equality', 'para. 8 (equality of opportunity)'],
]);

function judge(
  declaration: Declaration,
  activity: { entry: ProcessingActivity; pointer: string },
  subject: RuleOutcome<Message>['subject'],
): RuleOutcome<Message> {
  const sc = activity.entry.specialCategory;
  const p = (...fields: string[]) => at(activity.pointer, 'specialCategory', ...fields);
  if (sc === undefined) return needsInfo(subject, 'scUnknown', [at(activity.pointer, 'specialCategory')]);
  if (!sc.used) return fail(subject, 'notTreatedAsSpecial', [p('used'), '/canvassing/recordsVotingIntention']);
  const condition = sc.condition;
  if (condition === undefined) return needsInfo(subject, 'conditionUnknown', [p('condition')]);
  switch (condition) {
    case 'none_identified':
      return fail(subject, 'noCondition', [p('condition')]);
    case 'explicit_consent':
      return pass(subject, 'explicitConsent', [p('condition')]);
    case 'not_for_profit_body':
      if (sc.peopleCovered === 'wider_public') return fail(subject, 'notForProfitPublic', [p('condition'), p('peopleCovered')]);
      if (sc.peopleCovered === undefined) return needsInfo(subject, 'peopleUnknown', [p('peopleCovered')]);
      return pass(subject, 'membersOnly', [p('condition'), p('peopleCovered')]);
    case 'manifestly_made_public':
      return fail(subject, 'notMadePublic', [p('condition')]);
    case 'legal_claims':
      return fail(subject, 'wrongCondition', [p('condition')], { condition: 'legal claims' });
    case 'substantial_public_interest': {
      const schedule = sc.schedule1Condition;
      if (schedule === undefined) return needsInfo(subject, 'scheduleUnknown', [p('schedule1Condition')]);
      if (schedule === 'para_22_political_parties') {
        const type = declaration.declarant.organisationType;
        if (PARTY_TYPES.has(type) && onPartyRegister(declaration) !== false) return pass(subject, 'para22', [p('schedule1Condition')]);
        if (type === 'candidate') return warn(subject, 'para22Candidate', [p('schedule1Condition'), '/declarant/organisationType']);
        const evidence = [p('schedule1Condition'), PARTY_TYPES.has(type) ? '/declarant/partyRegistration/registered' : '/declarant/organisationType'];
        return fail(subject, 'para22NotParty', evidence);
      }
      const label = SCHEDULE_1_LABELS.get(schedule);
      if (label !== undefined) return fail(subject, 'wrongSchedule1', [p('schedule1Condition')], { condition: label });
      return warn(subject, 'otherSchedule1', [p('schedule1Condition')]);
    }
  }
}

export default defineRule({
  id: 'CNV-01',
  title: 'Canvass returns are treated as special category data with a condition that fits canvassing',
  area: 'canvassing',
  severity: 'high',
  tags: ['canvassing', 'special-category', 'political-opinions'],
  covers: ['UK-CNV-01'],
  citations: [
    cite('UK GDPR', 'Art. 9(1)'),
    cite('UK GDPR', 'Art. 9(2)(a)'),
    cite('UK GDPR', 'Art. 9(2)(d)'),
    cite('UK GDPR', 'Art. 9(2)(e)'),
    cite('UK GDPR', 'Art. 9(2)(g)'),
    cite('DPA 2018', 'Sch. 1 para. 22'),
    citeIco('Special category data'),
  ],
  rationale:
    'When canvassers record how someone says they will vote, which party they support or what they think about an issue, they record that person\'s political opinions. ' +
    'That is special category data, which may only be used under one of a short list of extra conditions on top of a lawful basis. ' +
    'A registered party can rely on the political parties condition for its political activities, including canvassing; other campaigners need the person\'s explicit consent, ' +
    'or, when canvassing only their own members and regular contacts, the not-for-profit condition. Telling a canvasser at the door does not make an opinion public.',
  remediation: [
    'Declare the canvassing activity as using special category data and name the condition you rely on.',
    'If you are a registered party (or one of its units), rely on the political parties condition (DPA 2018 Sch. 1 para. 22) and keep an appropriate policy document for it.',
    'If you are not on the register of parties, ask for explicit consent before recording opinions, or record no opinions; the not-for-profit condition covers only your members and regular contacts.',
    'Honour written requests to stop recording or using someone\'s political opinions (para. 22(3)).',
  ],
  notes:
    'The political parties condition requires the controller to be on the register kept under PPERA 2000 s. 23; a candidate of a registered party who processes canvass data as the party\'s controller may rely on it, an independent candidate may not, so candidates get a warning to check. ' +
    'Generic validity of special category conditions (appropriate policy document, para. 22 limits) is also judged by the special category rules; this rule applies them to canvassing.',
  examples: {
    passing: `# Doorstep voting intention is recorded under the political parties condition (Schedule 1 paragraph 22).
canvassing:
  used: true
  methods: [doorstep]
  recordsVotingIntention: true
processingActivities:
  - id: doorstep
    name: Doorstep canvassing
    purposeType: canvassing
    lawfulBasis: public_task_democratic_engagement
    specialCategory:
      used: true
      condition: substantial_public_interest
      schedule1Condition: para_22_political_parties
`,
    failing: `# Fails: canvassers record voting intention, but canvassing is declared as using no special category data.
canvassing:
  used: true
  methods: [doorstep]
  recordsVotingIntention: true
processingActivities:
  - id: doorstep
    name: Doorstep canvassing
    purposeType: canvassing
    lawfulBasis: public_task_democratic_engagement
    specialCategory:
      used: false
`,
  },
  messages: {
    noCanvassing: 'Canvassing is not declared, so it is not known whether canvass returns are recorded. Say used: false if you do not canvass.',
    notUsed: 'No doorstep or telephone canvassing is done.',
    noOpinions: 'Canvassers do not record voting intention or other political opinions.',
    recordsUnknown: 'Whether canvassers record voting intention or support (canvassing.recordsVotingIntention) is not declared.',
    noActivity: 'Canvassers record political opinions, but no processing activity with purposeType canvassing is declared to show the condition relied on.',
    scUnknown: '{{subject}}: whether it uses special category data and under which condition (specialCategory) is not declared.',
    notTreatedAsSpecial: '{{subject}} records voting intention or support but is declared as not using special category data.',
    conditionUnknown: '{{subject}}: the special category condition relied on (specialCategory.condition) is not declared.',
    noCondition: '{{subject}} records political opinions with no special category condition identified.',
    explicitConsent: '{{subject}} records political opinions with the explicit consent of the people canvassed.',
    membersOnly: '{{subject}} relies on the not-for-profit condition and canvasses only members and regular contacts.',
    notForProfitPublic: '{{subject}} relies on the not-for-profit condition but canvasses the wider public; that condition covers only members, former members and regular contacts.',
    peopleUnknown: '{{subject}} relies on the not-for-profit condition, but whether it canvasses only members and regular contacts (specialCategory.peopleCovered) is not declared.',
    notMadePublic: '{{subject}} relies on opinions being "manifestly made public", but telling a canvasser does not make an opinion public.',
    wrongCondition: '{{subject}} relies on {{condition}}, which does not cover canvassing.',
    scheduleUnknown: '{{subject}} relies on substantial public interest, but the DPA 2018 Schedule 1 condition (specialCategory.schedule1Condition) is not declared.',
    para22: '{{subject}} relies on the political parties condition, available to a registered party.',
    para22Candidate: '{{subject}} relies on the political parties condition, which covers processing by a registered party; check that the canvass data is processed as the party\'s and that you stand for a registered party.',
    para22NotParty: '{{subject}} relies on the political parties condition, but only organisations on the register of political parties can use it.',
    wrongSchedule1: '{{subject}} relies on DPA 2018 Sch. 1 {{condition}}, which does not cover canvassing.',
    otherSchedule1: '{{subject}} relies on another Schedule 1 condition; check that it really covers recording political opinions when canvassing.',
  } satisfies Record<Message, string>,
  evaluate(declaration, context: RuleContext) {
    const gate = canvassingDone<Message>(declaration, { absent: 'noCanvassing', notUsed: 'notUsed' });
    if (gate.outcome) return [gate.outcome];
    const activities = items(declaration.processingActivities, 'processingActivities').filter(({ entry }) => entry.purposeType === 'canvassing');
    const categoriesSpecial = activities.some(({ entry }) => context.index.categoriesOfActivity(entry.id).some((c) => isSpecialCategory(c.entry)));
    const records = declaration.canvassing?.recordsVotingIntention;
    if (records === false && !categoriesSpecial) return [notApplicable(CANVASSING, 'noOpinions', ['/canvassing/recordsVotingIntention'])];
    if (records === undefined && !categoriesSpecial) return [needsInfo(CANVASSING, 'recordsUnknown', ['/canvassing/recordsVotingIntention'])];
    if (activities.length === 0) return [needsInfo(CANVASSING, 'noActivity', ['/processingActivities'])];
    return activities.map(({ entry, index, subject }) => judge(declaration, { entry, pointer: `/processingActivities/${index}` }, subject));
  },
});
