/**
 * CNV-02: canvassers collect personal data (and political opinions) directly from the person, so the privacy
 * information must be given at the time it is collected (UK GDPR Art. 13(1)): on the doorstep by a leaflet or a card
 * with a link, on the phone by a short script with a pointer to the full notice. A leaflet or card cannot be handed
 * over on the phone.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { fail, needsInfo, pass, warn } from '../lib/outcomes.js';
import { CANVASSING, canvassingDone } from './_helpers.js';

export default defineRule({
  id: 'CNV-02',
  title: 'People canvassed on the doorstep or by phone are given privacy information at the time',
  area: 'canvassing',
  severity: 'high',
  tags: ['canvassing', 'transparency', 'privacy-information'],
  covers: ['UK-CNV-01'],
  citations: [cite('UK GDPR', 'Art. 13(1)'), cite('UK GDPR', 'Art. 5(1)(a)'), citeIco('Collecting personal data')],
  rationale:
    'When canvassers note what someone tells them, the campaign is collecting personal data, often political opinions, directly from that person. ' +
    'The law requires the person to be told, at that moment, who is collecting it, what it will be used for and where to find out more. ' +
    'A short layered approach works: a leaflet or card with a link on the doorstep, a brief script on the phone, each pointing to the full privacy notice. ' +
    'Privacy information at the door and on the phone was one of the points the ICO raised when it audited the main parties in 2019-2020.',
  remediation: [
    'Give every canvasser a leaflet or card to hand over (or leave) that names the campaign, says what is recorded and why, and links to the full privacy notice.',
    'For phone canvassing, add a two-sentence script that says who is calling, that answers are recorded for campaigning, and where the privacy notice is.',
    'Brief canvassers to use them every time, including when they record the answers of someone who declines to talk.',
  ],
  notes: 'What the full privacy notice says is judged by the transparency rules.',
  examples: {
    passing: `# Canvassers hand every household a card with a link to the privacy notice.
canvassing:
  used: true
  methods: [doorstep]
  privacyInformationMethod: card_with_link
`,
    failing: `# Fails: people canvassed are given no privacy information.
canvassing:
  used: true
  methods: [doorstep]
  privacyInformationMethod: none
`,
  },
  messages: {
    noCanvassing: 'Canvassing is not declared, so it is not known how people canvassed are informed. Say used: false if you do not canvass.',
    notUsed: 'No doorstep or telephone canvassing is done.',
    methodUnknown: 'How people canvassed are given privacy information at the time (canvassing.privacyInformationMethod) is not declared.',
    noInformation: 'People canvassed are not given any privacy information at the time.',
    phoneNeedsScript: 'Telephone canvassing is done, but privacy information is given by {{method}}, which cannot be handed over on the phone; use a short verbal script.',
    informed: 'People canvassed are given privacy information at the time, by {{method}}.',
  },
  evaluate(declaration) {
    const gate = canvassingDone(declaration, { absent: 'noCanvassing', notUsed: 'notUsed' });
    if (gate.outcome) return [gate.outcome];
    const { canvassing } = gate;
    const pointer = '/canvassing/privacyInformationMethod';
    const method = canvassing.privacyInformationMethod;
    if (method === undefined) return [needsInfo(CANVASSING, 'methodUnknown', [pointer])];
    if (method === 'none') return [fail(CANVASSING, 'noInformation', [pointer])];
    const label = method === 'card_with_link' ? 'a card with a link' : method === 'leaflet' ? 'a leaflet' : 'a verbal script';
    const methods: readonly string[] = canvassing.methods ?? [];
    if (methods.includes('telephone') && method !== 'verbal_script') {
      return [warn(CANVASSING, 'phoneNeedsScript', [pointer, '/canvassing/methods'], { method: label })];
    }
    return [pass(CANVASSING, 'informed', [pointer], { method: label })];
  },
});
