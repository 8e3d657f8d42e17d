/**
 * PROC-01: every processor acts under a written, binding contract with the terms UK GDPR Art. 28(3) requires: to act
 * only on documented instructions, confidentiality, security, conditions for sub-processors, assistance with rights
 * and breaches, deletion or return at the end, and audits. This covers third-party campaigning platforms and apps
 * (CRMs, canvassing apps, peer-to-peer texting, email and SMS tools) as well as printers, call centres and hosting.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { fail, needsInfo, notApplicable, pass } from '../lib/outcomes.js';
import { DECLARATION, at, items } from '../lib/subjects.js';

/** How each kind of written arrangement is named in messages. */
const DOCUMENTS = {
  processor_contract: 'processor contract',
  terms_of_service_only: 'terms of service',
  data_sharing_agreement: 'data sharing agreement',
  joint_controller_arrangement: 'joint controller arrangement',
} as const;

export default defineRule({
  id: 'PROC-01',
  title: 'Every processor acts under a written contract containing the terms Article 28 requires',
  area: 'processors',
  severity: 'high',
  tags: ['processors', 'contracts', 'suppliers'],
  covers: ['UK-PROC-01', 'UK-ONL-05'],
  citations: [cite('UK GDPR', 'Art. 28(3)'), citeIco('Controllers, joint controllers and processors'), citeIco('Political campaigning in the online world')],
  rationale:
    'A supplier that handles personal data on a campaign\'s behalf (the CRM, the canvassing app, the email or text service, the mailing house, the call ' +
    'centre) must be bound by a written contract that makes it act only on the campaign\'s instructions, keep the data confidential and secure, use ' +
    'sub-processors only with permission, help with people\'s requests and breaches, delete or return the data at the end and allow audits. Standard ' +
    'terms of service often leave these out. Without them the campaign cannot control what happens to its voters\' data.',
  remediation: [
    'Sign a data processing agreement with every processor, or check that its terms already contain every Art. 28(3) term.',
    'Check in particular: instructions, confidentiality, security, sub-processors, help with rights requests and breaches, deletion or return at the end, and audits.',
    'Keep the signed agreement with the date and review it when the service changes.',
  ],
  notes:
    'Suppliers declared as processor or sub-processor are judged; other organisations (actors) declared as processors are judged by ROLE-03, so that ' +
    'one fact gives one finding. The deciding fact is coversArticle28Terms: terms of service count if they contain every term. A data sharing ' +
    'agreement or joint controller arrangement is the wrong kind of document for a processor. Whether a supplier is rightly called a processor is ' +
    'PROC-02; whether it was checked before being chosen is PROC-03. Art. 28(3) also allows "other legal act"; for suppliers that is in practice a contract.',
  examples: {
    passing: `# The CRM supplier works under a processor contract with all the Art. 28 terms.
vendors:
  - id: crm
    name: VoterBase
    service: crm_or_voter_database
    role: processor
    contract:
      type: processor_contract
      coversArticle28Terms: true
`,
    failing: `# Fails: the texting app handles voters' data with no written contract.
vendors:
  - id: p2p
    name: TextTeam
    service: peer_to_peer_messaging
    role: processor
    contract:
      type: none
`,
  },
  messages: {
    noSuppliers: 'No suppliers are declared, so it is not known whether any processor needs a contract.',
    noneDeclared: 'No suppliers are declared.',
    roleUnknown: '{{subject}}: its data protection role (processor or controller) is not declared (role).',
    notProcessor: '{{subject}} is declared as a {{role}}, not a processor; Article 28 contracts are for processors.',
    contractUnknown: '{{subject}} is a processor, but its contract is not declared (contract).',
    noContract: '{{subject}} is a processor with no written contract.',
    wrongDocument: '{{subject}} is a processor, but the arrangement with it is a {{document}}, which does not contain the processor terms of Article 28.',
    termsUnknown: '{{subject}} is a processor under {{document}}; whether that contains all the Article 28 terms is not declared (coversArticle28Terms).',
    missingTerms: '{{subject}} is a processor, but some of the terms Article 28 requires are missing from its {{document}}.',
    contracted: '{{subject}} is a processor under a contract with the Article 28 terms.',
  },
  evaluate(declaration) {
    const list = declaration.vendors;
    if (list === undefined) return [needsInfo(DECLARATION, 'noSuppliers', ['/vendors'])];
    if (list.length === 0) return [notApplicable(DECLARATION, 'noneDeclared', ['/vendors'])];
    return items(list, 'vendors').map(({ entry: vendor, subject }) => {
      if (vendor.role === undefined) return needsInfo(subject, 'roleUnknown', [at(subject, 'role')]);
      if (vendor.role !== 'processor' && vendor.role !== 'sub_processor') {
        return notApplicable(subject, 'notProcessor', [at(subject, 'role')], { role: vendor.role.replace(/_/g, ' ') });
      }
      const contract = vendor.contract;
      if (contract === undefined) return needsInfo(subject, 'contractUnknown', [at(subject, 'contract')]);
      const typePointer = at(subject, 'contract', 'type');
      const termsPointer = at(subject, 'contract', 'coversArticle28Terms');
      if (contract.type === 'none') return fail(subject, 'noContract', [typePointer]);
      const document = DOCUMENTS[contract.type];
      if (contract.coversArticle28Terms === true) return pass(subject, 'contracted', [typePointer, termsPointer]);
      if (contract.coversArticle28Terms === false) return fail(subject, 'missingTerms', [termsPointer], { document });
      if (contract.type === 'data_sharing_agreement' || contract.type === 'joint_controller_arrangement') {
        return fail(subject, 'wrongDocument', [typePointer], { document });
      }
      return needsInfo(subject, 'termsUnknown', [termsPointer], { document: contract.type === 'processor_contract' ? 'a processor contract' : 'standard terms of service' });
    });
  },
});
