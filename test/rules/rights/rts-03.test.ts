import rule from '../../../rules/rights/rts-03.js';
import type { Rights, RightsProcess } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const ok: RightsProcess = { inPlace: true, responseDays: 20 };
const rights = (fields: Partial<Rights> = {}) => declaration({ rights: { rectification: ok, erasure: ok, restriction: ok, ...fields } });

testRule(rule, {
  scenarios: [
    { name: 'three documented processes within 20 days pass', declaration: rights(), expect: [{ status: 'pass', messageId: 'handled', subject: 'rights' }] },
    {
      name: 'no erasure process fails',
      declaration: rights({ erasure: { inPlace: false } }),
      expect: [{ status: 'fail', messageId: 'shortfalls', evidence: ['/rights/erasure/inPlace'] }],
    },
    {
      name: 'a failure outranks a missing fact',
      declaration: rights({ erasure: { inPlace: false }, restriction: undefined }),
      expect: [{ status: 'fail', messageId: 'shortfalls', evidence: ['/rights/erasure/inPlace'] }],
    },
    { name: 'rectification taking 60 days fails', declaration: rights({ rectification: { inPlace: true, responseDays: 60 } }), expect: [{ status: 'fail', messageId: 'shortfalls' }] },
    { name: '31 days may overrun', declaration: rights({ restriction: { inPlace: true, responseDays: 31 } }), expect: [{ status: 'warn', messageId: 'mayOverrun' }] },
    {
      name: 'restriction process not declared',
      declaration: rights({ restriction: undefined }),
      expect: [{ status: 'needs_info', messageId: 'gaps', evidence: ['/rights/restriction'] }],
    },
    {
      name: 'response time not declared',
      declaration: rights({ erasure: { inPlace: true } }),
      expect: [{ status: 'needs_info', messageId: 'gaps', evidence: ['/rights/erasure/responseDays'] }],
    },
    {
      name: 'nothing declared',
      declaration: declaration(),
      expect: [{ status: 'needs_info', messageId: 'gaps', evidence: ['/rights/rectification', '/rights/erasure', '/rights/restriction'] }],
    },
  ],
});
