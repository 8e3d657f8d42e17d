import rule from '../../../rules/imprints/imp-05.js';
import type { Communication, ElectronicMaterial } from '../../../schema/generated/declaration.js';
import { declaration, withDeclarant } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const message = (fields: Partial<Communication> = {}): Communication => ({
  id: 'whatsapp-broadcast',
  name: 'WhatsApp broadcast',
  channel: 'messaging_app',
  purpose: 'get_out_the_vote',
  ...fields,
});

const broadcastMaterial: ElectronicMaterial = { id: 'broadcasts', name: 'WhatsApp broadcasts', medium: 'messaging_app', paid: false, politicalPurpose: 'election' };

testRule(rule, {
  scenarios: [
    {
      name: 'messaging-app broadcasts declared as material pass',
      declaration: declaration({ communications: [message()], electronicMaterial: [broadcastMaterial] }),
      expect: [{ status: 'pass', messageId: 'declared', subject: 'communications/whatsapp-broadcast' }],
    },
    {
      name: 'campaign emails not declared as material are a warning',
      declaration: declaration({ communications: [message({ id: 'gotv-email', name: 'GOTV email', channel: 'email' })], electronicMaterial: [broadcastMaterial] }),
      expect: [{ status: 'warn', messageId: 'notDeclared', evidence: ['/communications/0/channel', '/electronicMaterial'] }],
    },
    {
      name: 'material not declared at all',
      declaration: declaration({ communications: [message({ channel: 'mms' })] }),
      expect: [{ status: 'needs_info', messageId: 'materialUnknown', evidence: ['/electronicMaterial'] }],
    },
    {
      name: 'SMS and calls are outside the imprint rules',
      declaration: declaration({ communications: [message({ channel: 'sms' }), message({ id: 'calls', name: 'Calls', channel: 'live_call' })], electronicMaterial: [] }),
      expect: [
        { status: 'not_applicable', messageId: 'outsideRegime' },
        { status: 'not_applicable', messageId: 'outsideRegime' },
      ],
    },
    { name: 'post is not electronic', declaration: declaration({ communications: [message({ channel: 'addressed_post' })], electronicMaterial: [] }), expect: [{ status: 'not_applicable', messageId: 'notElectronic' }] },
    {
      name: 'an unregistered campaigner needs no imprint on messages',
      declaration: withDeclarant(
        { organisationType: 'non_party_campaigner', partyRegistration: undefined, electoralCommissionRegistration: { registered: false } },
        { communications: [message()], electronicMaterial: [] },
      ),
      expect: [{ status: 'not_applicable', messageId: 'notListed' }],
    },
    { name: 'service messages are not campaign material', declaration: declaration({ communications: [message({ purpose: 'service_message' })], electronicMaterial: [] }), expect: [{ status: 'not_applicable', messageId: 'notCampaigning' }] },
    { name: 'purpose not declared', declaration: declaration({ communications: [message({ purpose: undefined })], electronicMaterial: [] }), expect: [{ status: 'needs_info', messageId: 'purposeUnknown' }] },
    { name: 'communications not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noCommunications' }] },
    { name: 'no communications', declaration: declaration({ communications: [] }), expect: [{ status: 'not_applicable', messageId: 'noneDeclared' }] },
  ],
});
