import rule from '../../../rules/pecr/pecr-06.js';
import type { Communication } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const calls = (fields: Partial<Communication> = {}): Communication => ({
  id: 'phone-bank',
  name: 'Phone bank',
  channel: 'live_call',
  purpose: 'get_out_the_vote',
  tpsScreening: { done: true, maxAgeDays: 14 },
  ...fields,
});

testRule(rule, {
  scenarios: [
    { name: 'screened within 28 days passes', declaration: declaration({ communications: [calls()] }), expect: [{ status: 'pass', messageId: 'screened', subject: 'communications/phone-bank' }] },
    { name: 'exactly 28 days passes', declaration: declaration({ communications: [calls({ tpsScreening: { done: true, maxAgeDays: 28 } })] }), expect: [{ status: 'pass' }] },
    {
      name: 'not screened fails (SNP)',
      declaration: declaration({ communications: [calls({ tpsScreening: { done: false } })] }),
      expect: [{ status: 'fail', messageId: 'notScreened', evidence: ['/communications/0/tpsScreening/done'] }],
    },
    {
      name: 'screening older than 28 days fails',
      declaration: declaration({ communications: [calls({ tpsScreening: { done: true, maxAgeDays: 60 } })] }),
      expect: [{ status: 'fail', messageId: 'screeningTooOld', evidence: ['/communications/0/tpsScreening/maxAgeDays'] }],
    },
    { name: 'screening not declared', declaration: declaration({ communications: [calls({ tpsScreening: undefined })] }), expect: [{ status: 'needs_info', messageId: 'screeningUnknown' }] },
    { name: 'age of screening not declared', declaration: declaration({ communications: [calls({ tpsScreening: { done: true } })] }), expect: [{ status: 'needs_info', messageId: 'ageUnknown' }] },
    { name: 'recorded calls are another rule', declaration: declaration({ communications: [calls({ channel: 'automated_call' })] }), expect: [{ status: 'not_applicable', messageId: 'notLiveCall' }] },
    { name: 'genuine research calls are not marketing', declaration: declaration({ communications: [calls({ purpose: 'research' })] }), expect: [{ status: 'not_applicable', messageId: 'notMarketing' }] },
    { name: 'purpose not declared', declaration: declaration({ communications: [calls({ purpose: undefined })] }), expect: [{ status: 'needs_info', messageId: 'purposeUnknown' }] },
    { name: 'communications not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noCommunications' }] },
    { name: 'no communications', declaration: declaration({ communications: [] }), expect: [{ status: 'not_applicable', messageId: 'noneDeclared' }] },
  ],
});
