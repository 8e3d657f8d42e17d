/**
 * SRC-05 (seller side): a business that supplies personal data it holds (customer lists, lifestyle data) to a
 * party, candidate or campaign, or to anyone for political use, must have told the people in it that their data
 * may be supplied for that use, and have a lawful basis for the supply. Lifecycle Marketing (Emma's Diary) was
 * fined £140,000 in 2018 for selling new mothers' data for political profiling when its privacy notice never
 * mentioned political use.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import type { Disclosure } from '../../schema/generated/declaration.js';
import { COMMERCIAL_TYPES } from '../lib/facts.js';
import { fail, needsInfo, notApplicable, pass } from '../lib/outcomes.js';
import { DECLARATION, at, items } from '../lib/subjects.js';

const POLITICAL_RECIPIENTS: ReadonlySet<NonNullable<Disclosure['recipientType']>> = new Set<NonNullable<Disclosure['recipientType']>>([
  'political_party',
  'candidate',
  'campaign',
]);

export default defineRule({
  id: 'SRC-05',
  title: 'Businesses supply personal data for political use only where the people were told and there is a lawful basis',
  area: 'sourcing',
  severity: 'critical',
  tags: ['sourcing', 'data-brokers', 'vendors', 'transparency', 'lawful-basis'],
  covers: ['UK-SRC-06'],
  citations: [cite('UK GDPR', 'Art. 5(1)(a)'), cite('UK GDPR', 'Art. 13(1)(c)'), cite('UK GDPR', 'Art. 14(1)'), citeIco('Collecting personal data')],
  rationale:
    'People who give their details to a business expect them to be used for that business, not passed to political campaigns. ' +
    'A business may supply them for political use only if it told the people, when it collected the data or before the supply, that this could happen, and it has a lawful basis for the supply. ' +
    'Lifecycle Marketing (Mother & Baby) Ltd, which ran Emma\'s Diary, was fined £140,000 in 2018 for selling over a million records of new mothers and their children to be used for a party\'s profiling in a general election, when its privacy notice never said data could be used for politics.',
  remediation: [
    'Stop supplying data for political use until the people in it have been told, clearly and in advance, that it may be supplied to political parties or campaigns.',
    'Identify and record the lawful basis for each supply; where it is consent, make sure it was specific to political use.',
    'Keep a record of each supply: recipient, data supplied, number of records, and what the people were told.',
  ],
  notes:
    'Applies to the declarant\'s disclosures[] (suppliers, brokers and companies). A campaigner that declares no disclosures is not asked for them; a supplier, broker or platform that leaves them out is. ' +
    'A disclosure to a party, candidate or campaign is treated as for political use unless forPoliticalUse is false. ' +
    'The 2018 penalty was under the DPA 1998 first principle; the same duties now sit in UK GDPR Arts. 5(1)(a) and 13-14. The Emma\'s Diary case is [S] in the digest (section (d), case 10). ' +
    'Art. 14(1) applies where the supplier itself obtained the data from others; Art. 13(1)(c) where it collected it from the people.',
  examples: {
    passing: `# A data broker supplies a party only data whose people were told of political use, with a lawful basis.
declarant:
  name: Acme Data Ltd
  organisationType: data_broker
disclosures:
  - id: party-supply
    recipient: Example Party
    recipientType: political_party
    forPoliticalUse: true
    peopleToldOfPoliticalUse: true
    lawfulBasis: consent
`,
    failing: `# Fails: customer data is sold to a party although customers were never told it could be used for politics.
declarant:
  name: Acme Data Ltd
  organisationType: data_broker
disclosures:
  - id: party-supply
    recipient: Example Party
    recipientType: political_party
    forPoliticalUse: true
    peopleToldOfPoliticalUse: false
    lawfulBasis: legitimate_interests
`,
  },
  messages: {
    noDisclosures: 'The data you supply to others (disclosures) is not declared. As a {{type}}, say what you supply for political use, or use [] if none.',
    notSupplier: 'You are not declared as a supplier of data, and no supplies of data are declared.',
    noneDeclared: 'You declare no supplies of personal data for political use.',
    notPolitical: '{{subject}} is not for political use.',
    useUnknown: '{{subject}}: whether the data will be used for political campaigning or profiling (forPoliticalUse) is not declared.',
    notTold: '{{subject}}: the data is supplied for political use, but the people in it were not told it could be.',
    noBasis: '{{subject}}: the data is supplied for political use without a lawful basis.',
    toldUnknown: '{{subject}}: whether the people in the data were told it may be supplied for political use (peopleToldOfPoliticalUse) is not declared.',
    basisUnknown: '{{subject}}: the lawful basis for the supply (lawfulBasis) is not declared.',
    lawful: '{{subject}}: the people were told of political use and the supply has a lawful basis.',
  },
  evaluate(declaration) {
    const list = declaration.disclosures;
    const type = declaration.declarant.organisationType;
    if (list === undefined) {
      if (COMMERCIAL_TYPES.has(type)) return [needsInfo(DECLARATION, 'noDisclosures', ['/disclosures'], { type: type.replace(/_/g, ' ') })];
      return [notApplicable(DECLARATION, 'notSupplier', ['/declarant/organisationType', '/disclosures'])];
    }
    if (list.length === 0) return [notApplicable(DECLARATION, 'noneDeclared', ['/disclosures'])];
    return items(list, 'disclosures').map(({ entry, subject }) => {
      if (entry.forPoliticalUse === false) return notApplicable(subject, 'notPolitical', [at(subject, 'forPoliticalUse')]);
      const political = entry.forPoliticalUse === true || (entry.recipientType !== undefined && POLITICAL_RECIPIENTS.has(entry.recipientType));
      if (!political) return needsInfo(subject, 'useUnknown', [at(subject, 'forPoliticalUse')]);
      const told = [at(subject, 'peopleToldOfPoliticalUse')];
      const basis = [at(subject, 'lawfulBasis')];
      if (entry.peopleToldOfPoliticalUse === false) return fail(subject, 'notTold', told);
      if (entry.lawfulBasis === 'none') return fail(subject, 'noBasis', basis);
      if (entry.peopleToldOfPoliticalUse === undefined) return needsInfo(subject, 'toldUnknown', told);
      if (entry.lawfulBasis === undefined) return needsInfo(subject, 'basisUnknown', basis);
      return pass(subject, 'lawful', [...told, ...basis]);
    });
  },
});
