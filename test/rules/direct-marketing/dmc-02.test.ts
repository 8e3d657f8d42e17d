import rule from '../../../rules/direct-marketing/dmc-02.js';
import type { Communication } from '../../../schema/generated/declaration.js';
import { declaration, withDeclarant } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const calls = (fields: Partial<Communication> = {}): Communication => ({
  id: 'polling-day-calls',
  name: 'Polling day reminder calls',
  channel: 'automated_call',
  purpose: 'get_out_the_vote',
  isDirectMarketing: true,
  ...fields,
});

testRule(rule, {
  scenarios: [
    {
      name: 'turnout calls treated as marketing pass',
      declaration: declaration({ communications: [calls()] }),
      expect: [{ status: 'pass', messageId: 'treatedAsMarketing', subject: 'communications/polling-day-calls', evidence: ['/communications/0/purpose', '/communications/0/isDirectMarketing'] }],
    },
    {
      name: 'a party treating turnout calls as not marketing fails (Labour 2010)',
      declaration: declaration({ communications: [calls({ isDirectMarketing: false })] }),
      expect: [{ status: 'fail', messageId: 'misclassified' }],
    },
    {
      name: 'a non-campaigner reminder is a warning only',
      declaration: withDeclarant({ organisationType: 'platform', partyRegistration: undefined }, { communications: [calls({ channel: 'email', isDirectMarketing: false })] }),
      expect: [{ status: 'warn', messageId: 'neutralReminder', evidence: ['/communications/0/purpose', '/communications/0/isDirectMarketing', '/declarant/organisationType'] }],
    },
    {
      name: 'classification not declared',
      declaration: declaration({ communications: [calls({ isDirectMarketing: undefined })] }),
      expect: [{ status: 'needs_info', messageId: 'classificationUnknown', evidence: ['/communications/0/isDirectMarketing'] }],
    },
    {
      name: 'only get-out-the-vote messages are judged',
      declaration: declaration({ communications: [calls({ id: 'appeal', purpose: 'fundraising', isDirectMarketing: false }), calls()] }),
      expect: [{ status: 'pass', subject: 'communications/polling-day-calls' }],
    },
    {
      name: 'no get-out-the-vote messages',
      declaration: declaration({ communications: [calls({ purpose: 'persuasion' }), calls({ id: 'leaflet', channel: 'unaddressed_leaflet', isDirectMarketing: false })] }),
      expect: [{ status: 'not_applicable', messageId: 'noGotv', subject: 'declaration' }],
    },
    { name: 'communications not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noCommunications' }] },
  ],
});
