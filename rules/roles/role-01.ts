/**
 * ROLE-01: every organisation the campaign shares personal data with or receives it from (actors), and every
 * supplier (vendors), has a declared data protection role. Whether a party HQ, local party, candidate, agent or
 * supplier is a controller, a joint controller or a processor decides who answers for the data and which written
 * arrangement is needed (ROLE-02, ROLE-03, ROLE-04 and the processors rules build on this answer).
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule, type RuleOutcome } from '../../core/rule.js';
import { needsInfo, notApplicable, pass } from '../lib/outcomes.js';
import { DECLARATION, at } from '../lib/subjects.js';
import { ROLE_LABELS, parties } from './_helpers.js';

export default defineRule({
  id: 'ROLE-01',
  title: 'Every organisation and supplier that handles the campaign\'s personal data has a declared data protection role',
  area: 'roles',
  severity: 'high',
  tags: ['roles', 'controller', 'processor', 'accountability'],
  covers: ['UK-SCOPE-01'],
  citations: [
    cite('UK GDPR', 'Art. 4(7)'),
    cite('UK GDPR', 'Art. 4(8)'),
    cite('UK GDPR', 'Art. 5(2)'),
    citeIco('Controllers, joint controllers and processors'),
  ],
  rationale:
    'Political campaigns involve many organisations: party headquarters, local parties, candidates, elected representatives, agents, partner campaigns and suppliers. ' +
    'Each one is either a controller (it decides why and how the data is used), a joint controller (it decides together with you) or a processor (it acts only on your instructions). ' +
    'The ICO notes that parties have complex structures and that elected representatives are often controllers in their own right; candidates and local parties often are too. ' +
    'Until each role is worked out and written down, nobody can say who must answer requests, give privacy information or sign which agreement, and you cannot show compliance as the accountability principle requires.',
  remediation: [
    'For each organisation or person you share data with or receive it from, and each supplier, decide who determines the purposes and the means of the processing.',
    'Record the result in the declaration as role: controller, joint_controller or processor (for suppliers also sub_processor).',
    'Where the answer differs between activities (for example a supplier that hosts your CRM but also enriches its own database), record the role for the data you share and explain the rest in notes.',
  ],
  notes:
    'This rule only asks for the role. Whether the declared role is plausible and backed by the right document is judged by ROLE-02 (joint controllers), ROLE-03 (organisations acting as processors), ROLE-04 (separate controllers) and, for suppliers, the processors area (UK-PROC-01, UK-PROC-02). ' +
    'A missing role is a missing fact, so the rule reports needs_info rather than a failure. ' +
    'Art. 4(7) and 4(8) are status N in docs/legal-sources.md (standard definitions, numbering unchanged).',
  examples: {
    passing: `# Every organisation and supplier we share data with has its role written down.
actors:
  - id: north-branch
    name: North constituency branch
    type: local_party_unit
    role: joint_controller
vendors:
  - id: crm
    name: VoterBase Ltd
    service: crm_or_voter_database
    role: processor
`,
    failing: `# Needs information: the CRM supplier's role is not stated.
actors:
  - id: north-branch
    name: North constituency branch
    type: local_party_unit
    role: joint_controller
vendors:
  - id: crm
    name: VoterBase Ltd
    service: crm_or_voter_database
`,
  },
  messages: {
    noActors: 'The other organisations you share personal data with or receive it from (actors) are not declared, so their roles cannot be checked. Use [] if there are none.',
    noVendors: 'Your suppliers (vendors) are not declared, so their roles cannot be checked. Use [] if there are none.',
    noneDeclared: 'No other organisations or suppliers are declared.',
    roleUnknown: '{{subject}}: its data protection role (controller, joint controller or processor) is not declared.',
    roleDeclared: '{{subject}} is declared as {{role}}.',
  },
  evaluate(declaration) {
    const outcomes: RuleOutcome<'noActors' | 'noVendors' | 'noneDeclared' | 'roleUnknown' | 'roleDeclared'>[] = [];
    if (declaration.actors === undefined) outcomes.push(needsInfo(DECLARATION, 'noActors', ['/actors']));
    if (declaration.vendors === undefined) outcomes.push(needsInfo(DECLARATION, 'noVendors', ['/vendors']));
    const list = parties(declaration);
    if (list.length === 0 && outcomes.length === 0) return [notApplicable(DECLARATION, 'noneDeclared', ['/actors', '/vendors'])];
    for (const { entry, subject } of list) {
      const role = entry.role;
      if (role === undefined) outcomes.push(needsInfo(subject, 'roleUnknown', [at(subject, 'role')]));
      else outcomes.push(pass(subject, 'roleDeclared', [at(subject, 'role')], { role: ROLE_LABELS[role] }));
    }
    return outcomes;
  },
});
