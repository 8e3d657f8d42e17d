import rule from '../../../rules/roles/role-02.js';
import type { Actor, Vendor } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const actor = (fields: Partial<Actor> = {}): Actor => ({
  id: 'north-cllp',
  name: 'North CLP',
  type: 'local_party_unit',
  role: 'joint_controller',
  arrangement: { type: 'joint_controller_arrangement', reference: 'JCA-2026' },
  ...fields,
});
const vendor = (fields: Partial<Vendor> = {}): Vendor => ({ id: 'crm', name: 'VoterBase Ltd', role: 'processor', contract: { type: 'processor_contract' }, ...fields });

testRule(rule, {
  scenarios: [
    {
      name: 'a joint controller arrangement passes',
      declaration: declaration({ actors: [actor()], vendors: [] }),
      expect: [{ status: 'pass', messageId: 'arrangementInPlace', subject: 'actors/north-cllp', evidence: ['/actors/0/role', '/actors/0/arrangement/type'] }],
    },
    {
      name: 'no arrangement fails',
      declaration: declaration({ actors: [actor({ arrangement: { type: 'none' } })], vendors: [] }),
      expect: [{ status: 'fail', messageId: 'noArrangement', subject: 'actors/north-cllp' }],
    },
    {
      name: 'a processor contract is the wrong document',
      declaration: declaration({ actors: [actor({ arrangement: { type: 'processor_contract' } })] }),
      expect: [{ status: 'fail', messageId: 'processorContract' }],
    },
    {
      name: 'party rules may contain the terms: warn to check',
      declaration: declaration({ actors: [actor({ arrangement: { type: 'party_rules' } })] }),
      expect: [{ status: 'warn', messageId: 'checkTerms' }],
    },
    {
      name: 'arrangement not declared',
      declaration: declaration({ actors: [actor({ arrangement: undefined })] }),
      expect: [{ status: 'needs_info', messageId: 'arrangementUnknown', evidence: ['/actors/0/arrangement'] }],
    },
    {
      name: 'a joint-controller supplier is judged on its contract; processors and unknown roles are skipped',
      declaration: declaration({
        actors: [actor({ id: 'hq', name: 'Party HQ', role: 'processor' }), actor({ id: 'agent', name: 'Agent', role: undefined })],
        vendors: [vendor(), vendor({ id: 'pollster', name: 'Pollster Ltd', role: 'joint_controller', contract: { type: 'terms_of_service_only' } })],
      }),
      expect: [{ status: 'warn', messageId: 'checkTerms', subject: 'vendors/pollster', evidence: ['/vendors/1/role', '/vendors/1/contract/type'] }],
    },
    {
      name: 'no joint controllers',
      declaration: declaration({ actors: [actor({ role: 'controller' })], vendors: [vendor()] }),
      expect: [{ status: 'not_applicable', messageId: 'noJointControllers', subject: 'declaration' }],
    },
    { name: 'no lists declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noLists', subject: 'declaration' }] },
  ],
});
