import rule from '../../../rules/direct-marketing/dmc-01.js';
import type { Communication } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const email = (fields: Partial<Communication> = {}): Communication => ({
  id: 'donate-email',
  name: 'Donation appeal',
  channel: 'email',
  purpose: 'fundraising',
  isDirectMarketing: true,
  ...fields,
});

testRule(rule, {
  scenarios: [
    {
      name: 'a fundraising email treated as marketing passes',
      declaration: declaration({ communications: [email()] }),
      expect: [{ status: 'pass', messageId: 'treatedAsMarketing', subject: 'communications/donate-email', evidence: ['/communications/0/isDirectMarketing'] }],
    },
    {
      name: 'a persuasion email not treated as marketing fails (SNP v IC)',
      declaration: declaration({ communications: [email({ purpose: 'persuasion', isDirectMarketing: false })] }),
      expect: [{ status: 'fail', messageId: 'misclassified', evidence: ['/communications/0/purpose', '/communications/0/isDirectMarketing'] }],
    },
    {
      name: 'a service message with campaigning content is marketing',
      declaration: declaration({ communications: [email({ purpose: 'service_message', containsCampaigningContent: true, isDirectMarketing: false })] }),
      expect: [
        {
          status: 'fail',
          messageId: 'misclassified',
          evidence: ['/communications/0/purpose', '/communications/0/containsCampaigningContent', '/communications/0/isDirectMarketing'],
        },
      ],
    },
    {
      name: 'a genuine service message is not marketing',
      declaration: declaration({ communications: [email({ purpose: 'service_message', containsCampaigningContent: false, isDirectMarketing: false })] }),
      expect: [{ status: 'not_applicable', messageId: 'genuineService' }],
    },
    {
      name: 'service message content not declared',
      declaration: declaration({ communications: [email({ purpose: 'service_message' })] }),
      expect: [{ status: 'needs_info', messageId: 'contentUnknown', evidence: ['/communications/0/containsCampaigningContent'] }],
    },
    {
      name: 'classification not declared',
      declaration: declaration({ communications: [email({ isDirectMarketing: undefined })] }),
      expect: [{ status: 'needs_info', messageId: 'classificationUnknown' }],
    },
    { name: 'purpose not declared', declaration: declaration({ communications: [email({ purpose: undefined })] }), expect: [{ status: 'needs_info', messageId: 'purposeUnknown' }] },
    {
      name: 'get-out-the-vote and research are other rules; unaddressed leaflets are out of scope',
      declaration: declaration({
        communications: [
          email({ id: 'gotv', purpose: 'get_out_the_vote' }),
          email({ id: 'poll', purpose: 'research' }),
          email({ id: 'leaflet', channel: 'unaddressed_leaflet', purpose: 'persuasion', isDirectMarketing: false }),
        ],
      }),
      expect: [
        { status: 'not_applicable', messageId: 'gotvElsewhere', subject: 'communications/gotv' },
        { status: 'not_applicable', messageId: 'researchElsewhere', subject: 'communications/poll' },
        { status: 'not_applicable', messageId: 'notDirected', subject: 'communications/leaflet' },
      ],
    },
    { name: 'communications not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noCommunications', subject: 'declaration' }] },
    { name: 'no communications', declaration: declaration({ communications: [] }), expect: [{ status: 'not_applicable', messageId: 'noneDeclared' }] },
  ],
});
