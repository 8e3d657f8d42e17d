import rule from '../../../rules/sourcing/src-05.js';
import type { Disclosure } from '../../../schema/generated/declaration.js';
import { declaration, withDeclarant } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const supply = (fields: Partial<Disclosure> = {}): Disclosure => ({
  id: 'party-supply',
  recipient: 'Example Party',
  recipientType: 'political_party',
  forPoliticalUse: true,
  peopleToldOfPoliticalUse: true,
  lawfulBasis: 'consent',
  ...fields,
});
const broker = (disclosures?: Disclosure[]) => withDeclarant({ name: 'Acme Data Ltd', organisationType: 'data_broker', partyRegistration: undefined }, disclosures ? { disclosures } : {});

testRule(rule, {
  scenarios: [
    {
      name: 'people told and a lawful basis passes',
      declaration: broker([supply()]),
      expect: [{ status: 'pass', messageId: 'lawful', subject: 'disclosures/party-supply', evidence: ['/disclosures/0/peopleToldOfPoliticalUse', '/disclosures/0/lawfulBasis'] }],
    },
    {
      name: 'people not told fails (Emma\'s Diary)',
      declaration: broker([supply({ peopleToldOfPoliticalUse: false })]),
      expect: [{ status: 'fail', messageId: 'notTold', evidence: ['/disclosures/0/peopleToldOfPoliticalUse'] }],
    },
    { name: 'no lawful basis fails', declaration: broker([supply({ lawfulBasis: 'none' })]), expect: [{ status: 'fail', messageId: 'noBasis' }] },
    { name: 'a supply to a party is political unless said otherwise', declaration: broker([supply({ forPoliticalUse: undefined, peopleToldOfPoliticalUse: undefined })]), expect: [{ status: 'needs_info', messageId: 'toldUnknown' }] },
    { name: 'basis not declared', declaration: broker([supply({ lawfulBasis: undefined })]), expect: [{ status: 'needs_info', messageId: 'basisUnknown' }] },
    { name: 'use not declared for another recipient', declaration: broker([supply({ recipientType: 'other', forPoliticalUse: undefined })]), expect: [{ status: 'needs_info', messageId: 'useUnknown' }] },
    { name: 'not for political use', declaration: broker([supply({ recipientType: 'data_broker', forPoliticalUse: false })]), expect: [{ status: 'not_applicable', messageId: 'notPolitical' }] },
    { name: 'a broker must declare its supplies', declaration: broker(), expect: [{ status: 'needs_info', messageId: 'noDisclosures', subject: 'declaration', evidence: ['/disclosures'] }] },
    { name: 'a party need not', declaration: declaration(), expect: [{ status: 'not_applicable', messageId: 'notSupplier' }] },
    { name: 'no supplies', declaration: broker([]), expect: [{ status: 'not_applicable', messageId: 'noneDeclared' }] },
  ],
});
