import rule from '../../../rules/sourcing/src-02.js';
import type { Communication, DataSource } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const bought: DataSource = { id: 'bought-mobiles', name: 'Bought mobile numbers', type: 'data_broker', dueDiligence: { status: 'completed', consentNamesUs: false } };
const boughtOk: DataSource = { ...bought, id: 'named-list', name: 'Named-consent list', dueDiligence: { status: 'completed', consentNamesUs: true } };
const boughtUnknown: DataSource = { ...bought, id: 'unknown-list', name: 'Unchecked list', dueDiligence: undefined };
const own: DataSource = { id: 'signups', name: 'Website sign-ups', type: 'direct_collection' };

const sms = (fields: Partial<Communication> = {}): Communication => ({
  id: 'referendum-sms',
  name: 'Referendum texts',
  channel: 'sms',
  purpose: 'persuasion',
  marketingBasis: 'consent',
  consent: { obtained: true },
  audienceSourceIds: ['bought-mobiles'],
  ...fields,
});

const sources = [bought, boughtOk, boughtUnknown, own];

testRule(rule, {
  scenarios: [
    {
      name: 'texts to a list whose consent does not name you fail (Better for the Country)',
      declaration: declaration({ dataSources: sources, communications: [sms()] }),
      expect: [{ status: 'fail', messageId: 'notNamed', subject: 'communications/referendum-sms', evidence: ['/dataSources/0/dueDiligence/consentNamesUs'] }],
    },
    {
      name: 'consent that names you passes',
      declaration: declaration({ dataSources: sources, communications: [sms({ audienceSourceIds: ['named-list'] })] }),
      expect: [{ status: 'pass', messageId: 'named', evidence: ['/dataSources/1/dueDiligence/consentNamesUs'] }],
    },
    {
      name: 'the communication says the consent names you',
      declaration: declaration({ dataSources: sources, communications: [sms({ audienceSourceIds: ['unknown-list'], consent: { obtained: true, namesSender: true } })] }),
      expect: [{ status: 'pass', messageId: 'named', evidence: ['/communications/0/consent/namesSender'] }],
    },
    {
      name: 'the communication says the consent does not name you',
      declaration: declaration({ dataSources: sources, communications: [sms({ channel: 'email', audienceSourceIds: ['unknown-list'], consent: { obtained: true, namesSender: false } })] }),
      expect: [{ status: 'fail', messageId: 'notNamed' }],
    },
    {
      name: 'recorded calls to a bought list count',
      declaration: declaration({ dataSources: sources, communications: [sms({ channel: 'automated_call', audienceSourceIds: ['unknown-list'] })] }),
      expect: [{ status: 'needs_info', messageId: 'namingUnknown', evidence: ['/communications/0/consent/namesSender', '/dataSources/2/dueDiligence/consentNamesUs'] }],
    },
    { name: 'own lists are not this rule', declaration: declaration({ dataSources: sources, communications: [sms({ audienceSourceIds: ['signups'] })] }), expect: [{ status: 'not_applicable', messageId: 'ownLists' }] },
    { name: 'audience not declared', declaration: declaration({ dataSources: sources, communications: [sms({ audienceSourceIds: undefined })] }), expect: [{ status: 'needs_info', messageId: 'audienceUnknown' }] },
    { name: 'purpose not declared', declaration: declaration({ dataSources: sources, communications: [sms({ purpose: undefined })] }), expect: [{ status: 'needs_info', messageId: 'purposeUnknown' }] },
    { name: 'post needs no PECR consent', declaration: declaration({ dataSources: sources, communications: [sms({ channel: 'addressed_post' })] }), expect: [{ status: 'not_applicable', messageId: 'notElectronic' }] },
    { name: 'service messages are not marketing', declaration: declaration({ dataSources: sources, communications: [sms({ purpose: 'service_message' })] }), expect: [{ status: 'not_applicable', messageId: 'notMarketing' }] },
    { name: 'corporate subscribers only', declaration: declaration({ dataSources: sources, communications: [sms({ recipients: 'corporate_subscribers' })] }), expect: [{ status: 'not_applicable', messageId: 'corporateOnly' }] },
    { name: 'communications not declared', declaration: declaration({ dataSources: sources }), expect: [{ status: 'needs_info', messageId: 'noCommunications', subject: 'declaration' }] },
    { name: 'no communications', declaration: declaration({ communications: [] }), expect: [{ status: 'not_applicable', messageId: 'noneDeclared' }] },
  ],
});
