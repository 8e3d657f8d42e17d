import rule from '../../../rules/security/sec-04.js';
import { declaration, withDeclarant } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  scenarios: [
    {
      name: 'a device policy passes',
      declaration: withDeclarant({ volunteerCount: 120 }, { security: { volunteerDevicePolicy: true } }),
      expect: [{ status: 'pass', messageId: 'policy', subject: 'security', evidence: ['/security/volunteerDevicePolicy'] }],
    },
    { name: 'no policy with volunteers fails', declaration: withDeclarant({ volunteerCount: 120 }, { security: { volunteerDevicePolicy: false } }), expect: [{ status: 'fail', messageId: 'noPolicy' }] },
    { name: 'no policy and volunteer count unknown still fails', declaration: declaration({ security: { volunteerDevicePolicy: false } }), expect: [{ status: 'fail', messageId: 'noPolicy' }] },
    { name: 'policy not declared', declaration: declaration({ security: {} }), expect: [{ status: 'needs_info', messageId: 'unknown' }] },
    {
      name: 'no volunteers: not applicable',
      declaration: withDeclarant({ volunteerCount: 0 }, { security: { volunteerDevicePolicy: false } }),
      expect: [{ status: 'not_applicable', messageId: 'noVolunteers', evidence: ['/declarant/volunteerCount'] }],
    },
  ],
});
