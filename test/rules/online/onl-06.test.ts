import rule from '../../../rules/online/onl-06.js';
import type { DataSource, Vendor } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const app = (fields: Partial<Vendor> = {}): Vendor => ({
  id: 'door-app',
  name: 'Door App Ltd',
  service: 'canvassing_app',
  role: 'processor',
  accessesVolunteerContacts: false,
  ...fields,
});

const contacts: DataSource = { id: 'friend-finder', name: 'Friend finder contacts', type: 'volunteer_contacts' };

testRule(rule, {
  scenarios: [
    { name: 'an app that does not read contacts passes', declaration: declaration({ vendors: [app()] }), expect: [{ status: 'pass', messageId: 'noContacts', subject: 'vendors/door-app' }] },
    {
      name: 'an app that uploads contacts fails',
      declaration: declaration({ vendors: [app({ accessesVolunteerContacts: true })] }),
      expect: [{ status: 'fail', messageId: 'readsContacts', evidence: ['/vendors/0/accessesVolunteerContacts'] }],
    },
    { name: 'contact access not declared', declaration: declaration({ vendors: [app({ accessesVolunteerContacts: undefined })] }), expect: [{ status: 'needs_info', messageId: 'contactsUnknown' }] },
    {
      name: 'a printer runs no volunteer app',
      declaration: declaration({ vendors: [app({ service: 'printing_and_mailing', accessesVolunteerContacts: undefined })] }),
      expect: [{ status: 'not_applicable', messageId: 'notAnApp' }],
    },
    {
      name: 'a data source of volunteers\' contacts fails',
      declaration: declaration({ vendors: [app()], dataSources: [contacts] }),
      expect: [
        { status: 'pass', subject: 'vendors/door-app' },
        { status: 'fail', messageId: 'contactsSource', subject: 'dataSources/friend-finder', evidence: ['/dataSources/0/type'] },
      ],
    },
    { name: 'the source is judged even without suppliers declared', declaration: declaration({ dataSources: [contacts] }), expect: [{ status: 'fail', messageId: 'contactsSource' }] },
    { name: 'suppliers not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noVendors', subject: 'declaration' }] },
    { name: 'no suppliers', declaration: declaration({ vendors: [] }), expect: [{ status: 'not_applicable', messageId: 'nothingDeclared' }] },
  ],
});
