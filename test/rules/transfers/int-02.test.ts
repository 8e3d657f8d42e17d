import rule from '../../../rules/transfers/int-02.js';
import type { Declarant } from '../../../schema/generated/declaration.js';
import { withDeclarant } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const consultancy = (fields: Partial<Declarant>) => withDeclarant({ organisationType: 'vendor', partyRegistration: undefined, establishedIn: 'CA', ...fields });

testRule(rule, {
  scenarios: [
    {
      name: 'a Canadian firm with a UK representative passes',
      declaration: consultancy({ ukRepresentative: { appointed: true, name: 'UK Rep Ltd' } }),
      expect: [{ status: 'pass', messageId: 'appointed', subject: 'declarant', evidence: ['/declarant/establishedIn', '/declarant/ukRepresentative/appointed'] }],
    },
    { name: 'no representative fails (AggregateIQ)', declaration: consultancy({ ukRepresentative: { appointed: false } }), expect: [{ status: 'fail', messageId: 'noRepresentative' }] },
    { name: 'representative not declared', declaration: consultancy({}), expect: [{ status: 'needs_info', messageId: 'representativeUnknown' }] },
    { name: 'established in the UK', declaration: withDeclarant({ establishedIn: 'GB' }), expect: [{ status: 'not_applicable', messageId: 'ukEstablished' }] },
    { name: 'establishment not declared', declaration: withDeclarant({}), expect: [{ status: 'needs_info', messageId: 'unknown', evidence: ['/declarant/establishedIn'] }] },
  ],
});
