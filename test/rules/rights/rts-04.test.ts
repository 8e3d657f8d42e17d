import rule from '../../../rules/rights/rts-04.js';
import type { Rights } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const complaints = (fields: Partial<NonNullable<Rights['complaints']>> = {}) =>
  declaration({ rights: { complaints: { inPlace: true, channels: ['online_form', 'post'], acknowledgeDays: 5, ...fields } } });

testRule(rule, {
  scenarios: [
    {
      name: 'an online form and post, acknowledged in 5 days, passes',
      declaration: complaints(),
      evaluationDate: '2026-09-01',
      expect: [{ status: 'pass', messageId: 'inPlace', subject: 'rights', evidence: ['/rights/complaints/channels', '/rights/complaints/acknowledgeDays'] }],
    },
    {
      name: 'acknowledging after 45 days fails once the duty is in force',
      declaration: complaints({ acknowledgeDays: 45 }),
      evaluationDate: '2026-09-01',
      expect: [{ status: 'fail', messageId: 'shortfalls', evidence: ['/rights/complaints/acknowledgeDays'] }],
    },
    {
      name: 'with no evaluation date the law at the ruleset date applies',
      declaration: complaints({ acknowledgeDays: 45 }),
      expect: [{ status: 'fail', messageId: 'shortfalls' }],
    },
    {
      name: 'before 19 June 2026 the same shortfall is a warning',
      declaration: complaints({ acknowledgeDays: 45 }),
      evaluationDate: '2026-03-01',
      expect: [{ status: 'warn', messageId: 'shortfallsBeforeDuty', evidence: ['/rights/complaints/acknowledgeDays'] }],
    },
    { name: 'no process fails', declaration: complaints({ inPlace: false }), evaluationDate: '2026-06-19', expect: [{ status: 'fail', messageId: 'noProcess' }] },
    { name: 'no process before the duty is a warning', declaration: complaints({ inPlace: false }), evaluationDate: '2026-06-18', expect: [{ status: 'warn', messageId: 'noProcessBeforeDuty' }] },
    { name: 'no channel offered fails', declaration: complaints({ channels: [] }), expect: [{ status: 'fail', messageId: 'shortfalls', evidence: ['/rights/complaints/channels'] }] },
    { name: 'post only is a warning', declaration: complaints({ channels: ['post'] }), expect: [{ status: 'warn', messageId: 'concerns' }] },
    { name: 'acknowledgement time not declared', declaration: complaints({ acknowledgeDays: undefined }), expect: [{ status: 'needs_info', messageId: 'gaps' }] },
    { name: 'complaints not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'unknown', evidence: ['/rights/complaints'] }] },
  ],
});
