import rule from '../../../rules/roles/role-03.js';
import type { Actor } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const agent = (fields: Partial<Actor> = {}): Actor => ({
  id: 'phonebank',
  name: 'Phone bank volunteers group',
  type: 'other',
  role: 'processor',
  usesDataForOwnPurposes: false,
  arrangement: { type: 'processor_contract', reference: 'PC-7' },
  ...fields,
});

testRule(rule, {
  scenarios: [
    {
      name: 'a processor under a processor contract passes',
      declaration: declaration({ actors: [agent()] }),
      expect: [{ status: 'pass', messageId: 'contractInPlace', subject: 'actors/phonebank', evidence: ['/actors/0/arrangement/type'] }],
    },
    {
      name: 'a "processor" that uses the data for its own purposes is a controller',
      declaration: declaration({ actors: [agent({ usesDataForOwnPurposes: true })] }),
      expect: [{ status: 'fail', messageId: 'actsAsController', evidence: ['/actors/0/role', '/actors/0/usesDataForOwnPurposes'] }],
    },
    {
      name: 'no written contract fails',
      declaration: declaration({ actors: [agent({ arrangement: { type: 'none' } })] }),
      expect: [{ status: 'fail', messageId: 'noContract' }],
    },
    {
      name: 'party rules: check they bind and carry the processor terms',
      declaration: declaration({ actors: [agent({ type: 'local_party_unit', arrangement: { type: 'party_rules' } })] }),
      expect: [{ status: 'warn', messageId: 'checkTerms' }],
    },
    {
      name: 'a candidate called a processor is a warning even with a contract',
      declaration: declaration({ actors: [agent({ type: 'candidate' })] }),
      expect: [{ status: 'warn', messageId: 'usuallyController', evidence: ['/actors/0/type', '/actors/0/role'] }],
    },
    {
      name: 'contract not declared',
      declaration: declaration({ actors: [agent({ arrangement: undefined })] }),
      expect: [{ status: 'needs_info', messageId: 'arrangementUnknown', evidence: ['/actors/0/arrangement'] }],
    },
    {
      name: 'only processors are judged',
      declaration: declaration({ actors: [agent({ id: 'hq', role: 'controller' }), agent()] }),
      expect: [{ status: 'pass', subject: 'actors/phonebank' }],
    },
    { name: 'no processors', declaration: declaration({ actors: [] }), expect: [{ status: 'not_applicable', messageId: 'noProcessors' }] },
    { name: 'actors not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noActors', subject: 'declaration' }] },
  ],
});
