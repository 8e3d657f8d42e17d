import rule from '../../../rules/roles/role-04.js';
import type { Actor } from '../../../schema/generated/declaration.js';
import { declaration, withDeclarant } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const candidate = (fields: Partial<Actor> = {}): Actor => ({
  id: 'cand-smith',
  name: 'Candidate for North',
  type: 'candidate',
  role: 'controller',
  dataFlow: 'both',
  arrangement: { type: 'data_sharing_agreement', reference: 'DSA-12' },
  ...fields,
});

testRule(rule, {
  scenarios: [
    {
      name: 'a data sharing agreement passes',
      declaration: declaration({ actors: [candidate()] }),
      expect: [{ status: 'pass', messageId: 'documented', subject: 'actors/cand-smith', evidence: ['/actors/0/arrangement/type'] }],
    },
    { name: 'party rules pass', declaration: declaration({ actors: [candidate({ arrangement: { type: 'party_rules' } })] }), expect: [{ status: 'pass' }] },
    { name: 'nothing written down fails', declaration: declaration({ actors: [candidate({ arrangement: { type: 'none' } })] }), expect: [{ status: 'fail', messageId: 'noArrangement' }] },
    {
      name: 'a processor contract with a controller is a warning',
      declaration: declaration({ actors: [candidate({ arrangement: { type: 'processor_contract' } })] }),
      expect: [{ status: 'warn', messageId: 'processorContract' }],
    },
    {
      name: 'arrangement not declared',
      declaration: declaration({ actors: [candidate({ arrangement: undefined })] }),
      expect: [{ status: 'needs_info', messageId: 'arrangementUnknown', evidence: ['/actors/0/arrangement'] }],
    },
    {
      name: 'joint controllers and processors are other rules',
      declaration: declaration({ actors: [candidate({ role: 'joint_controller' }), candidate({ id: 'agent', role: 'processor' })] }),
      expect: [{ status: 'not_applicable', messageId: 'noControllers', subject: 'declaration' }],
    },
    {
      name: 'a supplier\'s clients under its processor contract are not controller-to-controller sharing',
      declaration: withDeclarant({ organisationType: 'vendor', partyRegistration: undefined }, { actors: [candidate({ id: 'clients', type: 'party_headquarters', arrangement: { type: 'processor_contract' } })] }),
      expect: [{ status: 'not_applicable', messageId: 'youAreProcessor', subject: 'actors/clients' }],
    },
    {
      name: 'one-off disclosures to public bodies (type other) are out of scope',
      declaration: declaration({ actors: [candidate({ id: 'council', type: 'other', arrangement: { type: 'none' } })] }),
      expect: [{ status: 'not_applicable', messageId: 'noControllers' }],
    },
    { name: 'actors not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noActors' }] },
  ],
});
