import rule from '../../../rules/roles/role-01.js';
import type { Actor, Vendor } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const actor = (fields: Partial<Actor> = {}): Actor => ({ id: 'north-cllp', name: 'North CLP', type: 'local_party_unit', role: 'joint_controller', ...fields });
const vendor = (fields: Partial<Vendor> = {}): Vendor => ({ id: 'crm', name: 'VoterBase Ltd', service: 'crm_or_voter_database', role: 'processor', ...fields });

testRule(rule, {
  noFailure: 'A role left out is a missing fact (needs_info); whether a declared role fits is judged by ROLE-02 to ROLE-04 and the processors rules.',
  scenarios: [
    {
      name: 'roles declared for actors and vendors pass, actors first',
      declaration: declaration({ actors: [actor()], vendors: [vendor()] }),
      expect: [
        { status: 'pass', messageId: 'roleDeclared', subject: 'actors/north-cllp', evidence: ['/actors/0/role'] },
        { status: 'pass', messageId: 'roleDeclared', subject: 'vendors/crm', evidence: ['/vendors/0/role'] },
      ],
    },
    {
      name: 'an actor without a role needs information',
      declaration: declaration({ actors: [actor({ role: undefined })], vendors: [] }),
      expect: [{ status: 'needs_info', messageId: 'roleUnknown', subject: 'actors/north-cllp', evidence: ['/actors/0/role'] }],
    },
    {
      name: 'a vendor without a role needs information',
      declaration: declaration({ actors: [], vendors: [vendor({ role: undefined })] }),
      expect: [{ status: 'needs_info', messageId: 'roleUnknown', subject: 'vendors/crm', evidence: ['/vendors/0/role'] }],
    },
    {
      name: 'neither list declared',
      declaration: declaration(),
      expect: [
        { status: 'needs_info', messageId: 'noActors', subject: 'declaration', evidence: ['/actors'] },
        { status: 'needs_info', messageId: 'noVendors', subject: 'declaration', evidence: ['/vendors'] },
      ],
    },
    {
      name: 'vendors missing but actors declared',
      declaration: declaration({ actors: [actor()] }),
      expect: [
        { status: 'needs_info', messageId: 'noVendors', subject: 'declaration' },
        { status: 'pass', subject: 'actors/north-cllp' },
      ],
    },
    { name: 'both lists empty', declaration: declaration({ actors: [], vendors: [] }), expect: [{ status: 'not_applicable', messageId: 'noneDeclared' }] },
  ],
});
