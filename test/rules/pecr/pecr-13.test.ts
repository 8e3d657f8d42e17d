import rule from '../../../rules/pecr/pecr-13.js';
import type { Communication } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const texts = (fields: Partial<Communication> = {}): Communication => ({
  id: 'volunteer-texts',
  name: 'Volunteer texts',
  channel: 'sms',
  purpose: 'get_out_the_vote',
  sentBy: 'peer_to_peer_tool',
  sendersControlled: true,
  ...fields,
});

testRule(rule, {
  scenarios: [
    {
      name: 'peer-to-peer texts from approved lists pass',
      declaration: declaration({ communications: [texts()] }),
      expect: [{ status: 'pass', messageId: 'controlled', subject: 'communications/volunteer-texts', evidence: ['/communications/0/sentBy', '/communications/0/sendersControlled'] }],
    },
    {
      name: 'volunteers texting their own contacts fail',
      declaration: declaration({ communications: [texts({ sentBy: 'volunteer_personal_device', sendersControlled: false })] }),
      expect: [{ status: 'fail', messageId: 'uncontrolled' }],
    },
    {
      name: 'refer-a-friend messages fail',
      declaration: declaration({ communications: [texts({ channel: 'email', sentBy: 'refer_a_friend', sendersControlled: undefined })] }),
      expect: [{ status: 'fail', messageId: 'referAFriend', evidence: ['/communications/0/sentBy'] }],
    },
    {
      name: 'refer-a-friend to consented recipients passes',
      declaration: declaration({ communications: [texts({ sentBy: 'refer_a_friend', marketingBasis: 'consent', consent: { obtained: true } })] }),
      expect: [{ status: 'pass', messageId: 'consentedFriends' }],
    },
    {
      name: 'calls by an agency are instigated too',
      declaration: declaration({ communications: [texts({ channel: 'live_call', sentBy: 'agency', sendersControlled: undefined })] }),
      expect: [{ status: 'needs_info', messageId: 'controlUnknown', evidence: ['/communications/0/sendersControlled'] }],
    },
    { name: 'sender not declared', declaration: declaration({ communications: [texts({ sentBy: undefined })] }), expect: [{ status: 'needs_info', messageId: 'senderUnknown' }] },
    { name: 'sent by us', declaration: declaration({ communications: [texts({ sentBy: 'us' })] }), expect: [{ status: 'not_applicable', messageId: 'sentByUs' }] },
    { name: 'doorstep visits are not PECR', declaration: declaration({ communications: [texts({ channel: 'door_to_door' })] }), expect: [{ status: 'not_applicable', messageId: 'notPecr' }] },
    { name: 'research is not marketing', declaration: declaration({ communications: [texts({ purpose: 'research' })] }), expect: [{ status: 'not_applicable', messageId: 'notMarketing' }] },
    { name: 'purpose not declared', declaration: declaration({ communications: [texts({ purpose: undefined })] }), expect: [{ status: 'needs_info', messageId: 'purposeUnknown' }] },
    { name: 'communications not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noCommunications' }] },
    { name: 'no communications', declaration: declaration({ communications: [] }), expect: [{ status: 'not_applicable', messageId: 'noneDeclared' }] },
  ],
});
