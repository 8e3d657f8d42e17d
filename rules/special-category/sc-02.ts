/**
 * SC-02: every activity that uses special category data (by its declared flag or by the categories it uses) relies on
 * an Art. 9(2) condition as well as its Art. 6 basis; a 9(2)(g) condition needs a DPA 2018 Sch. 1 Part 2 condition.
 * The limits of particular conditions are judged by SC-03/SC-04 (para. 22), SC-05 (policy document), SC-08 (9(2)(d))
 * and SC-09 (9(2)(e)).
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { fail, needsInfo, notApplicable, pass } from '../lib/outcomes.js';
import { DECLARATION, at, items } from '../lib/subjects.js';
import { quoted, specialCategoriesOf } from './_helpers.js';

const CONDITION_LABELS: Readonly<Record<string, string>> = {
  explicit_consent: 'explicit consent',
  not_for_profit_body: 'the not-for-profit body condition',
  manifestly_made_public: 'data manifestly made public by the person',
  substantial_public_interest: 'substantial public interest',
  legal_claims: 'legal claims',
};

export default defineRule({
  id: 'SC-02',
  title: 'Every activity that uses special category data relies on an Article 9 condition',
  area: 'special-category',
  severity: 'critical',
  tags: ['special-category', 'article-9', 'political-opinions'],
  covers: ['UK-SC-02'],
  citations: [
    cite('UK GDPR', 'Art. 9(1)'),
    cite('UK GDPR', 'Art. 9(2)'),
    cite('DPA 2018', 's. 10(1)'),
    cite('DPA 2018', 's. 10(3)'),
    citeIco('Special category data'),
  ],
  rationale:
    'Using special category data, including data revealing political opinions, is prohibited unless one of the conditions in Article 9(2) applies, in addition to an Article 6 lawful basis. ' +
    'For campaigns the usual conditions are explicit consent, the not-for-profit body condition for members and regular contacts, data manifestly made public by the person, and substantial public interest with a condition from Schedule 1 to the Data Protection Act 2018 (for registered parties, paragraph 22). ' +
    'An activity that uses voting intention, support scores or canvass returns with no condition is unlawful, however good the rest of the campaign\'s practice.',
  remediation: [
    'For each activity using special category data, identify the Article 9 condition and record it (specialCategory.condition).',
    'For substantial public interest, also record the Schedule 1 condition (specialCategory.schedule1Condition) and keep an appropriate policy document.',
    'If no condition applies, stop using the special category data for that activity, or obtain explicit consent.',
  ],
  notes:
    'An activity uses special category data if it says so (specialCategory.used) or if any data category it uses is special category (by kind or flag). ' +
    'Since DUAA 2025 Sch. 11 para. 4 the Art. 9(2) exceptions apply only where the processing is based on Art. 6(1); the Art. 6 basis is checked by LB-01. ' +
    'DPA 2018 s. 10(1) and (3) are V in docs/legal-sources.md.',
  examples: {
    passing: `# Canvassing uses voting intention under the political parties condition (Schedule 1 paragraph 22).
dataCategories:
  - id: voting-intention
    name: Voting intention
    kind: voting_intention
    specialCategory: true
processingActivities:
  - id: canvassing
    name: Doorstep canvassing
    lawfulBasis: public_task_democratic_engagement
    dataCategoryIds: [voting-intention]
    specialCategory:
      used: true
      condition: substantial_public_interest
      schedule1Condition: para_22_political_parties
`,
    failing: `# Fails: canvassing records voting intention, but no Article 9 condition has been identified.
dataCategories:
  - id: voting-intention
    name: Voting intention
    kind: voting_intention
    specialCategory: true
processingActivities:
  - id: canvassing
    name: Doorstep canvassing
    lawfulBasis: public_task_democratic_engagement
    dataCategoryIds: [voting-intention]
    specialCategory:
      used: true
      condition: none_identified
`,
  },
  messages: {
    noActivities: 'No processing activities are declared, so the use of special category data cannot be checked.',
    noneDeclared: 'No processing activities are declared.',
    usageUnknown: '{{subject}}: whether it uses special category data (specialCategory.used, or the data categories it uses) is not declared.',
    notUsed: '{{subject}} does not use special category data.',
    contradiction: '{{subject}} is declared as not using special category data, but it uses {{categories}}, which are special category data; it needs an Article 9 condition.',
    conditionUnknown: '{{subject}} uses special category data, but the Article 9 condition relied on (specialCategory.condition) is not declared.',
    noCondition: '{{subject}} uses special category data with no Article 9 condition identified; the processing is prohibited until one applies.',
    schedule1Unknown: '{{subject}} relies on substantial public interest, but the Schedule 1 condition (specialCategory.schedule1Condition) is not declared.',
    conditionDeclared: '{{subject}} uses special category data relying on {{condition}}.',
  },
  evaluate(declaration, context) {
    const list = declaration.processingActivities;
    if (list === undefined) return [needsInfo(DECLARATION, 'noActivities', ['/processingActivities'])];
    if (list.length === 0) return [notApplicable(DECLARATION, 'noneDeclared', ['/processingActivities'])];
    return items(list, 'processingActivities').map(({ entry, subject }) => {
      const sc = entry.specialCategory;
      const specials = specialCategoriesOf(entry.id, context.index);
      if (sc?.used === false && specials.length > 0) {
        return fail(subject, 'contradiction', [at(subject, 'specialCategory', 'used'), ...specials.map((c) => c.pointer)], { categories: quoted(specials) });
      }
      if (sc?.used !== true && specials.length === 0) {
        if (sc?.used === false) return notApplicable(subject, 'notUsed', [at(subject, 'specialCategory', 'used')]);
        if (entry.dataCategoryIds !== undefined) return notApplicable(subject, 'notUsed', [at(subject, 'dataCategoryIds')]);
        return needsInfo(subject, 'usageUnknown', [at(subject, 'specialCategory', 'used')]);
      }
      const condition = sc?.condition;
      if (condition === undefined) return needsInfo(subject, 'conditionUnknown', [at(subject, 'specialCategory', 'condition')]);
      const evidence = [at(subject, 'specialCategory', 'condition')];
      if (condition === 'none_identified') return fail(subject, 'noCondition', [...evidence, ...specials.map((c) => c.pointer)]);
      if (condition === 'substantial_public_interest' && sc?.schedule1Condition === undefined) {
        return needsInfo(subject, 'schedule1Unknown', [at(subject, 'specialCategory', 'schedule1Condition')]);
      }
      return pass(subject, 'conditionDeclared', evidence, { condition: CONDITION_LABELS[condition] ?? condition });
    });
  },
});
