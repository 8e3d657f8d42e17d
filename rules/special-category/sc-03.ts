/**
 * SC-03: the political parties condition (DPA 2018 Sch. 1 para. 22) can be relied on only for processing carried
 * out by a person or organisation on the register of political parties kept under PPERA 2000 s. 23. Independent
 * candidates, non-party campaigners, referendum campaigners, elected representatives, suppliers and brokers are not
 * on that register and cannot use it.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule, type RuleOutcome } from '../../core/rule.js';
import { PARTY_TYPES, onPartyRegister } from '../lib/facts.js';
import { fail, needsInfo, notApplicable, pass, warn } from '../lib/outcomes.js';
import { DECLARATION, at, items } from '../lib/subjects.js';
import { reliesOnPara22 } from './_helpers.js';

type Message = 'noActivities' | 'notRelied' | 'registrationUnknown' | 'notRegistered' | 'partyCandidate' | 'notAParty' | 'registeredParty';

const TYPE = '/declarant/organisationType';
const REGISTERED = '/declarant/partyRegistration/registered';

export default defineRule({
  id: 'SC-03',
  title: 'The political parties condition (Schedule 1 paragraph 22) is relied on only by a party on the register of political parties',
  area: 'special-category',
  severity: 'critical',
  tags: ['special-category', 'political-parties', 'para-22'],
  covers: ['UK-SC-03'],
  citations: [
    cite('DPA 2018', 'Sch. 1 para. 22(1)(b)'),
    cite('PPERA 2000', 's. 23'),
    cite('UK GDPR', 'Art. 9(2)(g)'),
    citeIco('Special category data'),
  ],
  rationale:
    'Schedule 1 paragraph 22 lets an organisation process data revealing political opinions for its political activities without consent, but only if the organisation is included in the register of political parties kept by the Electoral Commission. ' +
    'Anyone else relying on it (an independent candidate, a non-party or referendum campaigner, an elected representative acting alone, a data broker or analytics firm) has no valid condition, so its use of voting intention, support scores or canvass returns is prohibited.',
  remediation: [
    'If you are not a registered party, stop relying on paragraph 22: obtain explicit consent, or, for members and regular contacts of a not-for-profit campaigning body, consider the not-for-profit condition.',
    'If you are a supplier acting purely on a registered party\'s instructions, the party\'s condition covers the processing; record the work as the party\'s, not your own.',
    'If you are a registered party or one of its local units, record the registration (partyRegistration.registered and the register entry).',
  ],
  notes:
    'Local party units of a registered party are treated as part of it. ' +
    'A candidate standing for a registered party gets a warning, not a pass: processing done for the party may be covered, but a candidate processing as a separate controller is not on the register. The ICO position on candidates was not confirmed; check the "Special category data" page. ' +
    'Minor parties are on the s. 23 register and can rely on para. 22. ' +
    'Sub-paragraph lettering of para. 22(1) read in the DPA 2018 text (legalize-uk copy, Sch. 1 Part 2).',
  examples: {
    passing: `# A party on the register of political parties (the minimal declaration's declarant) relies on paragraph 22.
processingActivities:
  - id: canvassing
    name: Doorstep canvassing
    specialCategory:
      used: true
      condition: substantial_public_interest
      schedule1Condition: para_22_political_parties
`,
    failing: `# Fails: a non-party campaigner cannot rely on the political parties condition.
declarant:
  name: Save Our Green Belt
  organisationType: non_party_campaigner
  jurisdictions: [england]
processingActivities:
  - id: canvassing
    name: Doorstep canvassing
    specialCategory:
      used: true
      condition: substantial_public_interest
      schedule1Condition: para_22_political_parties
`,
  },
  messages: {
    noActivities: 'No processing activities are declared, so reliance on the political parties condition cannot be checked.',
    notRelied: 'No activity relies on the political parties condition (Schedule 1 paragraph 22).',
    registrationUnknown: '{{subject}} relies on the political parties condition, but whether you are on the register of political parties (partyRegistration.registered) is not declared.',
    notRegistered: '{{subject}} relies on the political parties condition, but you are not on the register of political parties, so the condition is not available.',
    partyCandidate: '{{subject}} relies on the political parties condition as a candidate of a registered party; it covers only processing done for the party, not your own processing as a separate controller.',
    notAParty: '{{subject}} relies on the political parties condition, but a {{type}} is not on the register of political parties and cannot use it.',
    registeredParty: '{{subject}} relies on the political parties condition as a registered party.',
  },
  evaluate(declaration) {
    const list = declaration.processingActivities;
    if (list === undefined) return [needsInfo(DECLARATION, 'noActivities', ['/processingActivities'])];
    const orgType = declaration.declarant.organisationType;
    const registered = onPartyRegister(declaration);
    const outcomes: RuleOutcome<Message>[] = [];
    for (const { entry, subject } of items(list, 'processingActivities')) {
      if (!reliesOnPara22(entry)) continue;
      const relied = at(subject, 'specialCategory', 'schedule1Condition');
      if (PARTY_TYPES.has(orgType)) {
        if (registered === undefined) outcomes.push(needsInfo(subject, 'registrationUnknown', [REGISTERED]));
        else if (!registered) outcomes.push(fail(subject, 'notRegistered', [relied, REGISTERED]));
        else outcomes.push(pass(subject, 'registeredParty', [relied, TYPE, REGISTERED]));
      } else if (orgType === 'candidate' && registered === true) {
        outcomes.push(warn(subject, 'partyCandidate', [relied, TYPE, REGISTERED]));
      } else {
        outcomes.push(fail(subject, 'notAParty', [relied, TYPE], { type: orgType.replace(/_/g, ' ') }));
      }
    }
    if (outcomes.length === 0) return [notApplicable(DECLARATION, 'notRelied', ['/processingActivities'])];
    return outcomes;
  },
});
