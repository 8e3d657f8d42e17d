/**
 * IMP-05 (classification aid): the digital imprint rules exclude only material received as a phone call or as an
 * SMS text message at a telephone number (Elections Act 2022 s. 39(3)). Emails, picture messages (MMS),
 * messaging-app messages and social media direct messages are electronic material (s. 39(2)), so a listed
 * campaigner's campaign messages by those channels need an imprint (s. 44). This rule checks that such
 * communications are declared as electronic material, where IMP-01 to IMP-04 judge the imprint.
 */
import { cite } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import type { Communication, ElectronicMaterial } from '../../schema/generated/declaration.js';
import { needsInfo, notApplicable, pass, warn } from '../lib/outcomes.js';
import { DECLARATION, at, items } from '../lib/subjects.js';
import { listedCampaigner } from './_helpers.js';

type Channel = Communication['channel'];
type Medium = NonNullable<ElectronicMaterial['medium']>;

/** s. 39(3): received as a phone call or an SMS. A voicemail is left in the course of a call. */
const OUTSIDE: ReadonlySet<Channel> = new Set<Channel>(['sms', 'live_call', 'automated_call', 'voicemail']);

/** Electronic channels and the declared media that would cover them. */
const COVERING_MEDIA: ReadonlyMap<Channel, { label: string; media: readonly Medium[] }> = new Map<Channel, { label: string; media: readonly Medium[] }>([
  ['email', { label: 'email', media: ['email_newsletter'] }],
  ['mms', { label: 'picture message (MMS)', media: ['mms'] }],
  ['messaging_app', { label: 'messaging-app', media: ['messaging_app'] }],
  ['social_media_message', { label: 'social media direct message', media: ['messaging_app', 'social_media_post', 'other'] }],
]);

/** The other channels as words for messages. */
const OTHER_LABELS: ReadonlyMap<Channel, string> = new Map<Channel, string>([
  ['sms', 'text message (SMS)'],
  ['live_call', 'live phone call'],
  ['automated_call', 'recorded (automated) call'],
  ['voicemail', 'voicemail'],
  ['addressed_post', 'addressed post'],
  ['unaddressed_leaflet', 'unaddressed leaflet'],
  ['door_to_door', 'door-to-door visit'],
]);

const CAMPAIGNING: ReadonlySet<string> = new Set([
  'persuasion',
  'get_out_the_vote',
  'fundraising',
  'volunteer_recruitment',
  'membership',
  'event_invitation',
]);

export default defineRule({
  id: 'IMP-05',
  title: 'Campaign emails, MMS and messaging-app messages are treated as electronic material needing an imprint; only SMS and calls are outside',
  area: 'imprints',
  severity: 'low',
  tags: ['imprints', 'electoral-law', 'classification'],
  covers: ['UK-IMP-04'],
  citations: [cite('Elections Act 2022', 's. 39(2)'), cite('Elections Act 2022', 's. 39(3)'), cite('Elections Act 2022', 's. 44')],
  rationale:
    'The digital imprint rules leave out only phone calls and SMS text messages received at a phone number (which PECR still covers). ' +
    'Everything else in electronic form is electronic material: emails, picture messages (MMS), WhatsApp and other messaging-app messages, and direct messages on social media. ' +
    'So a party\'s, candidate\'s or registered campaigner\'s campaign emails and messaging-app broadcasts need an imprint just like its social media posts. ' +
    'This is a classification aid: it flags such messages that are not declared as electronic material, so that the imprint rules can check them.',
  remediation: [
    'Declare your campaign emails, MMS and messaging-app broadcasts under electronicMaterial, with their imprint.',
    'Add the imprint to email footers and to the text of messaging-app broadcasts and MMS.',
    'Texts (SMS) and calls need no imprint, but must still identify the sender under PECR (PECR-05, PECR-10).',
  ],
  notes:
    'Only a matching medium is looked for (email_newsletter for emails, mms, messaging_app), not the individual message. ' +
    'A voicemail is treated as part of a telephone call (s. 39(3)(a)); the Act does not mention voicemail, so include an imprint if in doubt. ' +
    'Unregistered non-party campaigners are not listed in s. 44(3) and need imprints only on paid material.',
  examples: {
    passing: `# WhatsApp broadcasts are listed as electronic material, so their imprint is checked.
communications:
  - id: whatsapp-broadcast
    name: WhatsApp broadcast
    channel: messaging_app
    purpose: get_out_the_vote
electronicMaterial:
  - id: broadcasts
    name: WhatsApp broadcasts
    medium: messaging_app
    paid: false
    politicalPurpose: election
`,
    failing: `# Warning: campaign emails are electronic material, but are not listed as such.
communications:
  - id: gotv-email
    name: Polling day email
    channel: email
    purpose: get_out_the_vote
electronicMaterial:
  - id: vote-post
    name: Vote for us post
    medium: social_media_post
    paid: false
    politicalPurpose: election
`,
  },
  messages: {
    noCommunications: 'No communications are declared, so it is not known whether campaign messages need imprints.',
    noneDeclared: 'No communications are declared as sent.',
    outsideRegime: '{{subject}} is sent by {{channel}}, which the digital imprint rules do not cover (PECR still applies).',
    notElectronic: '{{subject}} is sent by {{channel}}, which is not electronic material.',
    purposeUnknown: '{{subject}}: the purpose is not declared, so it is not known whether it is campaign material.',
    notCampaigning: '{{subject}} has no campaigning content.',
    notListed: '{{subject}}: the declarant is not a party, candidate, office-holder or registered campaigner, so unpaid messages need no imprint.',
    materialUnknown: '{{subject}} sends {{channel}} campaign messages, which are electronic material, but no electronic material is declared. Use [] if you publish none.',
    notDeclared: '{{subject}} sends {{channel}} campaign messages, which are electronic material needing an imprint, but no {{channel}} material is declared under electronicMaterial.',
    declared: '{{subject}}: {{channel}} material is declared, so its imprint is checked by the imprint rules.',
  },
  evaluate(declaration) {
    const list = declaration.communications;
    if (list === undefined) return [needsInfo(DECLARATION, 'noCommunications', ['/communications'])];
    if (list.length === 0) return [notApplicable(DECLARATION, 'noneDeclared', ['/communications'])];
    const status = listedCampaigner(declaration);
    const material = declaration.electronicMaterial;
    const declaredMedia = new Set((material ?? []).map((m) => m.medium));
    return items(list, 'communications').map(({ entry, subject }) => {
      const covering = COVERING_MEDIA.get(entry.channel);
      const words = OTHER_LABELS.get(entry.channel) ?? entry.channel;
      if (OUTSIDE.has(entry.channel)) return notApplicable(subject, 'outsideRegime', [at(subject, 'channel')], { channel: words });
      if (covering === undefined) return notApplicable(subject, 'notElectronic', [at(subject, 'channel')], { channel: words });
      const channel = covering.label;
      const campaigning = entry.containsCampaigningContent === true || entry.isDirectMarketing === true || (entry.purpose !== undefined && CAMPAIGNING.has(entry.purpose));
      if (!campaigning && entry.purpose === undefined) return needsInfo(subject, 'purposeUnknown', [at(subject, 'purpose')]);
      if (!campaigning) return notApplicable(subject, 'notCampaigning', [at(subject, 'purpose')]);
      if (status.listed === false) return notApplicable(subject, 'notListed', [status.pointer]);
      if (material === undefined) return needsInfo(subject, 'materialUnknown', ['/electronicMaterial'], { channel });
      if (covering.media.some((m) => declaredMedia.has(m))) return pass(subject, 'declared', [at(subject, 'channel'), '/electronicMaterial'], { channel });
      return warn(subject, 'notDeclared', [at(subject, 'channel'), '/electronicMaterial'], { channel });
    });
  },
});
