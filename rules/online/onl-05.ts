/**
 * ONL-05: special category data (UK GDPR Art. 9(1)), whether collected or inferred, and platform segments that
 * stand for it (religion, ethnicity, health, sexual orientation, trade union membership) must not be used to target
 * political messages unless everyone targeted gave explicit consent (Art. 9(2)(a)); the ICO's position is that
 * explicit consent is needed "in most circumstances". For political opinions a registered party may rely on DPA
 * 2018 Sch. 1 para. 22, which the ICO still treats as unlikely to cover targeting: that is a warning.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import type { OnlineTargeting } from '../../schema/generated/declaration.js';
import { PARTY_TYPES, onPartyRegister } from '../lib/facts.js';
import { fail, needsInfo, pass, warn } from '../lib/outcomes.js';
import { at } from '../lib/subjects.js';
import { activityOf, perTargeting } from './_helpers.js';

type Criterion = NonNullable<OnlineTargeting['criteria']>[number];

/** Criteria that are, or stand for, special categories other than political opinions (UK GDPR Art. 9(1)). */
const SPECIAL_CRITERIA: ReadonlyMap<Criterion, string> = new Map<Criterion, string>([
  ['religion', 'religion'],
  ['ethnicity', 'ethnicity'],
  ['health', 'health'],
  ['sexual_orientation', 'sexual orientation'],
  ['trade_union', 'trade union membership'],
]);

export default defineRule({
  id: 'ONL-05',
  title: 'Political messages are not targeted on special category data without explicit consent',
  area: 'online',
  severity: 'critical',
  tags: ['online', 'targeting', 'special-category', 'explicit-consent'],
  covers: ['UK-SC-06', 'UK-ONL-04'],
  citations: [
    cite('UK GDPR', 'Art. 9(1)'),
    cite('UK GDPR', 'Art. 9(2)(a)'),
    cite('UK GDPR', 'Art. 5(1)(a)'),
    cite('DPA 2018', 'Sch. 1 para. 22'),
    citeIco('Special category data'),
    citeIco('Political campaigning in the online world'),
  ],
  rationale:
    'Religion, ethnicity, health, sexual orientation, trade union membership and political opinions are special category data, and that includes what a platform or a model infers about someone. ' +
    'Choosing who sees political messages by these characteristics uses that data, and the ICO\'s position is that you need the explicit consent of the people targeted in most circumstances. ' +
    'No other condition fits: the political parties condition covers political opinions only, and the not-for-profit condition does not allow disclosure outside the organisation, for example to a platform. ' +
    'Targeting on inferred ethnicity or religion is a red line: the Information Commissioner told MPs in 2021 that the Conservative Party\'s collection of estimated ethnicity and religion data on about 10 million voters was unlawful.',
  remediation: [
    'Remove religion, ethnicity, health, sexual orientation and trade union criteria, and platform interest segments that stand for them, from your targeting.',
    'Do not build audiences from lists selected by political opinion, support scores or other special category data unless each person gave explicit consent to being targeted that way.',
    'If you rely on explicit consent, make it a separate, specific statement the person actively agreed to, and keep the evidence.',
    'Record in the DPIA how you avoid segments that stand for special category data (see ONL-04).',
  ],
  notes:
    'A "political interest" criterion may or may not reveal political opinions (interest in politics in general does not; a segment of a party\'s likely supporters does), so it is a warning. ' +
    'Where targeting uses political opinions and a registered party relies on DPA 2018 Sch. 1 para. 22 for the activity, the result is a warning, since the ICO expects explicit consent "in most circumstances" but para. 22 may apply. ' +
    'Inferring ethnicity or religion from names is also judged by the special category rules (UK-SC-05).',
  examples: {
    passing: `# Adverts are targeted by age and location only, using no special category data.
onlineTargeting:
  - id: students-ads
    name: Students ads
    method: demographic
    criteria: [age, location]
    usesSpecialCategory: false
`,
    failing: `# Fails: adverts are targeted on religion without the explicit consent of the people targeted.
onlineTargeting:
  - id: faith-ads
    name: Faith communities ads
    method: interest_segments
    criteria: [religion, location]
    explicitConsent: false
`,
  },
  messages: {
    noTargeting: 'No online targeting is declared, so it is not known whether special category data is used to target. Use [] if you do none.',
    noneDeclared: 'No online targeting is declared.',
    explicitConsent: '{{subject}} uses special category data only for people who gave explicit consent.',
    specialCriteria: '{{subject}} targets on {{criteria}} without the explicit consent of the people targeted.',
    specialCriteriaConsentUnknown: '{{subject}} targets on {{criteria}}; whether everyone targeted gave explicit consent (explicitConsent) is not declared.',
    specialData: '{{subject}} uses special category data to target without the explicit consent of the people targeted.',
    specialDataConsentUnknown: '{{subject}} uses special category data to target; whether everyone targeted gave explicit consent (explicitConsent) is not declared.',
    para22: '{{subject}} uses political opinions to target under the political parties condition (DPA 2018 Sch. 1 para. 22); the ICO expects explicit consent for targeting in most circumstances.',
    politicalInterest: '{{subject}} targets on political interest; if the segment reveals or predicts political opinions it is special category data and needs explicit consent.',
    specialUnknown: '{{subject}}: whether the targeting uses special category data, collected or inferred (usesSpecialCategory), is not declared.',
    noSpecialCategory: '{{subject}} does not use special category data to target.',
  },
  evaluate(declaration, context) {
    const partyCondition = PARTY_TYPES.has(declaration.declarant.organisationType) && onPartyRegister(declaration) !== false;
    return perTargeting(declaration, { absent: 'noTargeting', empty: 'noneDeclared' }, (entry, subject) => {
      const criteria: readonly Criterion[] = entry.criteria ?? [];
      const special = criteria.flatMap((c) => {
        const label = SPECIAL_CRITERIA.get(c);
        return label === undefined ? [] : [label];
      });
      const consentPointer = at(subject, 'explicitConsent');
      if (entry.explicitConsent === true && (special.length > 0 || entry.usesSpecialCategory === true || criteria.includes('political_interest'))) {
        return pass(subject, 'explicitConsent', [consentPointer]);
      }
      if (special.length > 0) {
        const data = { criteria: special.join(', ') };
        if (entry.explicitConsent === false) return fail(subject, 'specialCriteria', [at(subject, 'criteria'), consentPointer], data);
        return needsInfo(subject, 'specialCriteriaConsentUnknown', [consentPointer], data);
      }
      if (entry.usesSpecialCategory === true) {
        const activity = activityOf(entry, context);
        const sc = activity?.entry.specialCategory;
        if (activity && partyCondition && sc?.condition === 'substantial_public_interest' && sc.schedule1Condition === 'para_22_political_parties') {
          return warn(subject, 'para22', [at(subject, 'usesSpecialCategory'), at(activity.pointer, 'specialCategory', 'schedule1Condition')]);
        }
        if (entry.explicitConsent === false) return fail(subject, 'specialData', [at(subject, 'usesSpecialCategory'), consentPointer]);
        return needsInfo(subject, 'specialDataConsentUnknown', [consentPointer]);
      }
      if (criteria.includes('political_interest')) return warn(subject, 'politicalInterest', [at(subject, 'criteria')]);
      if (entry.usesSpecialCategory === undefined) return needsInfo(subject, 'specialUnknown', [at(subject, 'usesSpecialCategory')]);
      return pass(subject, 'noSpecialCategory', [at(subject, 'usesSpecialCategory')]);
    });
  },
});
