import rule from '../../../rules/lawful-basis/lb-07.js';
import type { Actor, DataSource } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const customers = (fields: Partial<DataSource> = {}): DataSource => ({
  id: 'insurer-customers',
  name: 'Connected insurer customer list',
  type: 'affiliated_company_customers',
  compatibility: { status: 'consent_obtained' },
  ...fields,
});

const insurer: Actor = { id: 'insurer', name: 'Connected insurer', type: 'affiliated_company', role: 'controller' };
const subscribers = (share: NonNullable<DataSource['sharedWith']>[number]): DataSource => ({
  id: 'subscribers',
  name: 'Campaign email subscribers',
  type: 'direct_collection',
  sharedWith: [{ recipientId: 'mailer', asProcessor: true }, share],
});
const mailer: Actor = { id: 'mailer', name: 'Mailing agency', type: 'other', role: 'processor' };

testRule(rule, {
  scenarios: [
    {
      name: 'customers who consented to campaign use pass',
      declaration: declaration({ dataSources: [customers()] }),
      expect: [{ status: 'pass', messageId: 'consented', subject: 'dataSources/insurer-customers', evidence: ['/dataSources/0/compatibility/status'] }],
    },
    {
      name: 'customer data used without consent fails (Leave.EU/Eldon)',
      declaration: declaration({ dataSources: [customers({ compatibility: { status: 'not_assessed' } })] }),
      expect: [{ status: 'fail', messageId: 'noConsent', evidence: ['/dataSources/0/type', '/dataSources/0/compatibility/status'] }],
    },
    {
      name: 'a compatibility assessment is not enough',
      declaration: declaration({ dataSources: [customers({ compatibility: { status: 'assessed_compatible' } })] }),
      expect: [{ status: 'fail', messageId: 'noConsent' }],
    },
    {
      name: 'consent not declared',
      declaration: declaration({ dataSources: [customers({ compatibility: undefined })] }),
      expect: [{ status: 'needs_info', messageId: 'compatibilityUnknown', evidence: ['/dataSources/0/compatibility'] }],
    },
    {
      name: 'no connected business data',
      declaration: declaration({ dataSources: [customers({ type: 'direct_collection' })] }),
      expect: [{ status: 'not_applicable', messageId: 'noAffiliatedData', subject: 'declaration' }],
    },
    {
      name: 'campaign subscribers passed to a connected business for its own use: warning (Leave.EU/Eldon)',
      declaration: declaration({ actors: [mailer, insurer], dataSources: [subscribers({ recipientId: 'insurer' })] }),
      expect: [{ status: 'warn', messageId: 'sharedWithBusiness', subject: 'dataSources/subscribers', evidence: ['/dataSources/0/sharedWith/1'] }],
    },
    {
      name: 'a connected business that only sends for the campaign as its processor is fine',
      declaration: declaration({ actors: [mailer, insurer], dataSources: [subscribers({ recipientId: 'insurer', asProcessor: true })] }),
      expect: [{ status: 'not_applicable', messageId: 'noAffiliatedData' }],
    },
    { name: 'sources not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noSources' }] },
  ],
});
