import rule from '../../../rules/rights/rts-01.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const sar = (fields: Record<string, unknown> = {}) => declaration({ rights: { subjectAccess: { inPlace: true, responseDays: 21, ...fields } } });

testRule(rule, {
  scenarios: [
    {
      name: 'a documented process answering in 21 days passes',
      declaration: sar(),
      expect: [{ status: 'pass', messageId: 'onTime', subject: 'rights', evidence: ['/rights/subjectAccess/inPlace', '/rights/subjectAccess/responseDays'] }],
    },
    { name: '28 days is always within a calendar month', declaration: sar({ responseDays: 28 }), expect: [{ status: 'pass', messageId: 'onTime' }] },
    { name: '30 days can overrun in February', declaration: sar({ responseDays: 30 }), expect: [{ status: 'warn', messageId: 'mayOverrun' }] },
    {
      name: '45 days is beyond one month (SCL Elections)',
      declaration: sar({ responseDays: 45 }),
      expect: [{ status: 'fail', messageId: 'tooSlow', evidence: ['/rights/subjectAccess/responseDays'] }],
    },
    {
      name: 'no documented process fails',
      declaration: sar({ inPlace: false }),
      expect: [{ status: 'fail', messageId: 'noProcess', evidence: ['/rights/subjectAccess/inPlace'] }],
    },
    { name: 'response time not declared', declaration: sar({ responseDays: undefined }), expect: [{ status: 'needs_info', messageId: 'daysUnknown' }] },
    {
      name: 'rights not declared at all',
      declaration: declaration(),
      expect: [{ status: 'needs_info', messageId: 'unknown', subject: 'rights', evidence: ['/rights/subjectAccess'] }],
    },
    { name: 'rights declared without subject access', declaration: declaration({ rights: {} }), expect: [{ status: 'needs_info', messageId: 'unknown' }] },
  ],
});
