/**
 * SC-08: the not-for-profit body condition (UK GDPR Art. 9(2)(d)) covers processing by a not-for-profit body with a
 * political aim, in the course of its legitimate activities, that relates solely to its members, former members and
 * people in regular contact with it, and only if the data is not disclosed outside the body without consent. It does
 * not cover the wider electorate, and it does not cover uploading members' data to a platform without consent.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule, type RuleOutcome } from '../../core/rule.js';
import { COMMERCIAL_TYPES } from '../lib/facts.js';
import { fail, needsInfo, notApplicable, pass, warn } from '../lib/outcomes.js';
import { DECLARATION, at, items } from '../lib/subjects.js';

type Message = 'noActivities' | 'notRelied' | 'commercial' | 'notABody' | 'wholePublic' | 'peopleUnknown' | 'disclosed' | 'disclosureUnknown' | 'withinLimits';

const TYPE = '/declarant/organisationType';

export default defineRule({
  id: 'SC-08',
  title: 'The not-for-profit body condition is relied on only for members, former members and regular contacts, with no disclosure outside without consent',
  area: 'special-category',
  severity: 'critical',
  tags: ['special-category', 'not-for-profit', 'members'],
  covers: ['UK-SC-02'],
  citations: [cite('UK GDPR', 'Art. 9(2)(d)'), citeIco('Special category data')],
  rationale:
    'A party or campaigning organisation that is a not-for-profit body with a political aim may process special category data about its own members, former members and people in regular contact with it, in the course of its legitimate activities and with appropriate safeguards. ' +
    'The condition stops there: it does not cover voters in general, and it is lost if the data is disclosed outside the body without the people\'s consent, for example by uploading a membership list to a social media platform to build an audience. ' +
    'A commercial supplier, or an individual candidate, is not such a body.',
  remediation: [
    'Use this condition only for members, former members and regular contacts; for anyone else identify another condition (for registered parties, paragraph 22; otherwise explicit consent).',
    'Do not disclose the data outside the organisation (including to platforms, partner campaigns or candidates acting separately) without each person\'s consent.',
    'Record who the data covers (specialCategory.peopleCovered) and whether it is disclosed (specialCategory.disclosedOutsideBody).',
  ],
  notes:
    'Parties, local units, non-party, referendum and recall petition campaigners are treated as possible not-for-profit bodies; whether a given organisation is not-for-profit is not in the schema. ' +
    'Candidates and elected representatives get a warning (an individual is not a body, but may process as part of a party). ' +
    'Suppliers, brokers and platforms fail: they are commercial. ' +
    'The schema does not link an activity\'s data to online list uploads, so disclosure to platforms is taken from disclosedOutsideBody only.',
  examples: {
    passing: `# The not-for-profit condition, used for members only, with nothing disclosed outside the party.
processingActivities:
  - id: members
    name: Membership administration
    specialCategory:
      used: true
      condition: not_for_profit_body
      peopleCovered: members_and_regular_contacts
      disclosedOutsideBody: false
`,
    failing: `# Fails: the not-for-profit condition does not cover the wider public.
processingActivities:
  - id: voter-file
    name: Voter file of all electors
    specialCategory:
      used: true
      condition: not_for_profit_body
      peopleCovered: wider_public
      disclosedOutsideBody: false
`,
  },
  messages: {
    noActivities: 'No processing activities are declared, so reliance on the not-for-profit body condition cannot be checked.',
    notRelied: 'No activity relies on the not-for-profit body condition.',
    commercial: '{{subject}} relies on the not-for-profit body condition, but a {{type}} is a commercial organisation, not a not-for-profit body.',
    notABody: '{{subject}} relies on the not-for-profit body condition as a {{type}}; an individual is not a not-for-profit body, so check that the processing is done by the party or organisation.',
    wholePublic: '{{subject}} relies on the not-for-profit body condition for the wider public; it covers only members, former members and people in regular contact with the organisation.',
    peopleUnknown: '{{subject}} relies on the not-for-profit body condition, but whom the data covers (specialCategory.peopleCovered) is not declared.',
    disclosed: '{{subject}} relies on the not-for-profit body condition, but the data is disclosed outside the organisation without consent, so the condition does not apply.',
    disclosureUnknown: '{{subject}} relies on the not-for-profit body condition, but whether the data is disclosed outside the organisation (specialCategory.disclosedOutsideBody) is not declared.',
    withinLimits: '{{subject}} relies on the not-for-profit body condition for members and regular contacts only, without disclosure outside.',
  },
  evaluate(declaration) {
    const list = declaration.processingActivities;
    if (list === undefined) return [needsInfo(DECLARATION, 'noActivities', ['/processingActivities'])];
    const orgType = declaration.declarant.organisationType;
    const type = orgType.replace(/_/g, ' ');
    const outcomes: RuleOutcome<Message>[] = [];
    for (const { entry, subject } of items(list, 'processingActivities')) {
      const sc = entry.specialCategory;
      if (sc?.condition !== 'not_for_profit_body') continue;
      const relied = at(subject, 'specialCategory', 'condition');
      if (COMMERCIAL_TYPES.has(orgType)) outcomes.push(fail(subject, 'commercial', [relied, TYPE], { type }));
      else if (sc.peopleCovered === 'wider_public') outcomes.push(fail(subject, 'wholePublic', [relied, at(subject, 'specialCategory', 'peopleCovered')]));
      else if (sc.disclosedOutsideBody === true) outcomes.push(fail(subject, 'disclosed', [relied, at(subject, 'specialCategory', 'disclosedOutsideBody')]));
      else if (sc.peopleCovered === undefined) outcomes.push(needsInfo(subject, 'peopleUnknown', [at(subject, 'specialCategory', 'peopleCovered')]));
      else if (sc.disclosedOutsideBody === undefined) outcomes.push(needsInfo(subject, 'disclosureUnknown', [at(subject, 'specialCategory', 'disclosedOutsideBody')]));
      else if (orgType === 'candidate' || orgType === 'elected_representative') outcomes.push(warn(subject, 'notABody', [relied, TYPE], { type }));
      else {
        outcomes.push(
          pass(subject, 'withinLimits', [relied, at(subject, 'specialCategory', 'peopleCovered'), at(subject, 'specialCategory', 'disclosedOutsideBody')]),
        );
      }
    }
    if (outcomes.length === 0) return [notApplicable(DECLARATION, 'notRelied', ['/processingActivities'])];
    return outcomes;
  },
});
