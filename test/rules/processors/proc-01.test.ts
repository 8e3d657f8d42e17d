import rule from '../../../rules/processors/proc-01.js';
import type { Vendor } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const crm = (fields: Partial<Vendor> = {}): Vendor => ({
  id: 'crm',
  name: 'VoterBase',
  service: 'crm_or_voter_database',
  role: 'processor',
  contract: { type: 'processor_contract', coversArticle28Terms: true },
  ...fields,
});

testRule(rule, {
  scenarios: [
    {
      name: 'a processor contract with all Art. 28 terms passes',
      declaration: declaration({ vendors: [crm()] }),
      expect: [{ status: 'pass', messageId: 'contracted', subject: 'vendors/crm', evidence: ['/vendors/0/contract/type', '/vendors/0/contract/coversArticle28Terms'] }],
    },
    {
      name: 'terms of service that include the Art. 28 terms pass',
      declaration: declaration({ vendors: [crm({ contract: { type: 'terms_of_service_only', coversArticle28Terms: true } })] }),
      expect: [{ status: 'pass', messageId: 'contracted' }],
    },
    { name: 'no contract fails', declaration: declaration({ vendors: [crm({ contract: { type: 'none' } })] }), expect: [{ status: 'fail', messageId: 'noContract', evidence: ['/vendors/0/contract/type'] }] },
    {
      name: 'a contract missing Art. 28 terms fails',
      declaration: declaration({ vendors: [crm({ contract: { type: 'processor_contract', coversArticle28Terms: false } })] }),
      expect: [{ status: 'fail', messageId: 'missingTerms' }],
    },
    {
      name: 'a data sharing agreement is the wrong document for a processor',
      declaration: declaration({ vendors: [crm({ contract: { type: 'data_sharing_agreement' } })] }),
      expect: [{ status: 'fail', messageId: 'wrongDocument' }],
    },
    {
      name: 'terms of service of unknown content',
      declaration: declaration({ vendors: [crm({ service: 'peer_to_peer_messaging', contract: { type: 'terms_of_service_only' } })] }),
      expect: [{ status: 'needs_info', messageId: 'termsUnknown', evidence: ['/vendors/0/contract/coversArticle28Terms'] }],
    },
    { name: 'contract not declared', declaration: declaration({ vendors: [crm({ contract: undefined })] }), expect: [{ status: 'needs_info', messageId: 'contractUnknown' }] },
    { name: 'role not declared', declaration: declaration({ vendors: [crm({ role: undefined })] }), expect: [{ status: 'needs_info', messageId: 'roleUnknown' }] },
    { name: 'a controller is not judged', declaration: declaration({ vendors: [crm({ role: 'controller' })] }), expect: [{ status: 'not_applicable', messageId: 'notProcessor' }] },
    {
      name: 'one outcome per supplier, in order',
      declaration: declaration({ vendors: [crm(), crm({ id: 'printer', name: 'PrintCo', service: 'printing_and_mailing', contract: { type: 'none' } })] }),
      expect: [
        { status: 'pass', subject: 'vendors/crm' },
        { status: 'fail', messageId: 'noContract', subject: 'vendors/printer', evidence: ['/vendors/1/contract/type'] },
      ],
    },
    {
      name: 'actors declared as processors are left to ROLE-03',
      declaration: declaration({ vendors: [], actors: [{ id: 'agent', name: 'Election agent', type: 'agent', role: 'processor', arrangement: { type: 'none' } }] }),
      expect: [{ status: 'not_applicable', messageId: 'noneDeclared', subject: 'declaration' }],
    },
    { name: 'suppliers not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noSuppliers', subject: 'declaration' }] },
    { name: 'no suppliers', declaration: declaration({ vendors: [] }), expect: [{ status: 'not_applicable', messageId: 'noneDeclared' }] },
  ],
});
