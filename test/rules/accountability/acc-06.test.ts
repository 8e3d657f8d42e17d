import rule from '../../../rules/accountability/acc-06.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const policies = (adopted: boolean, acknowledgedByStaffAndVolunteers?: boolean) =>
  declaration({ governance: { policies: { adopted, ...(acknowledgedByStaffAndVolunteers === undefined ? {} : { acknowledgedByStaffAndVolunteers }) } } });

testRule(rule, {
  scenarios: [
    {
      name: 'adopted and acknowledged policies pass',
      declaration: policies(true, true),
      expect: [{ status: 'pass', messageId: 'adopted', subject: 'governance', evidence: ['/governance/policies/adopted', '/governance/policies/acknowledgedByStaffAndVolunteers'] }],
    },
    { name: 'no policies fail', declaration: policies(false), expect: [{ status: 'fail', messageId: 'noPolicies', evidence: ['/governance/policies/adopted'] }] },
    { name: 'not acknowledged is a warning', declaration: policies(true, false), expect: [{ status: 'warn', messageId: 'concerns' }] },
    { name: 'acknowledgement not declared', declaration: policies(true), expect: [{ status: 'needs_info', messageId: 'gaps' }] },
    { name: 'policies not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'unknown', evidence: ['/governance/policies'] }] },
  ],
});
