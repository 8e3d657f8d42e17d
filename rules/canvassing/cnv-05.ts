/**
 * CNV-05: paper canvass sheets carry names, addresses and recorded political opinions (special category data). They
 * must be kept secure (UK GDPR Art. 5(1)(f), Art. 32(1)): collected back from canvassers, stored securely, and
 * destroyed once entered into the database.
 */
import { cite } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { fail, needsInfo, notApplicable, pass } from '../lib/outcomes.js';
import { CANVASSING, canvassingDone } from './_helpers.js';

const SECURED = '/canvassing/paperReturnsSecured';
const TOOL = '/canvassing/tool';

export default defineRule({
  id: 'CNV-05',
  title: 'Paper canvass sheets are collected, kept securely and destroyed after entry',
  area: 'canvassing',
  severity: 'high',
  tags: ['canvassing', 'security', 'paper-records'],
  covers: ['UK-CNV-01'],
  citations: [cite('UK GDPR', 'Art. 5(1)(f)'), cite('UK GDPR', 'Art. 32(1)')],
  rationale:
    'A paper canvass sheet lists names and addresses with how each person said they will vote: political opinions, which are special category data. ' +
    'Sheets left in cars, taken home or thrown in a recycling bin are a personal data breach waiting to happen. ' +
    'They must be handed back after each session, kept locked away until the data is entered, and then shredded.',
  remediation: [
    'Count sheets out and back in at every session; chase any that are missing and treat a lost sheet as a possible breach.',
    'Keep returned sheets in a locked place until they are entered into the database.',
    'Shred sheets (or use a confidential waste service) as soon as they are entered, and record that they were destroyed.',
  ],
  notes: 'Canvassing done only with an app has no paper returns; the app\'s security is judged by the security and processor rules.',
  examples: {
    passing: `# Paper canvass sheets are counted back in, locked away and shredded once entered.
canvassing:
  used: true
  methods: [doorstep]
  tool: paper
  paperReturnsSecured: true
`,
    failing: `# Fails: paper canvass sheets are not collected back or destroyed after entry.
canvassing:
  used: true
  methods: [doorstep]
  tool: both
  paperReturnsSecured: false
`,
  },
  messages: {
    noCanvassing: 'Canvassing is not declared, so it is not known whether paper canvass sheets are used. Say used: false if you do not canvass.',
    notUsed: 'No doorstep or telephone canvassing is done.',
    appOnly: 'Canvassing is recorded only in an app, so there are no paper returns.',
    notSecured: 'Paper canvass sheets are not collected, kept securely and destroyed after entry.',
    securedUnknown: 'Paper canvass sheets are used, but whether they are collected, kept securely and destroyed after entry (canvassing.paperReturnsSecured) is not declared.',
    toolUnknown: 'How canvass returns are recorded (canvassing.tool: app, paper or both), and if on paper how the sheets are secured, is not declared.',
    secured: 'Paper canvass sheets are collected, kept securely and destroyed after entry.',
  },
  evaluate(declaration) {
    const gate = canvassingDone(declaration, { absent: 'noCanvassing', notUsed: 'notUsed' });
    if (gate.outcome) return [gate.outcome];
    const { tool, paperReturnsSecured } = gate.canvassing;
    if (paperReturnsSecured === false) return [fail(CANVASSING, 'notSecured', [SECURED])];
    if (tool === 'app') return [notApplicable(CANVASSING, 'appOnly', [TOOL])];
    if (paperReturnsSecured === true) return [pass(CANVASSING, 'secured', [SECURED])];
    if (tool === undefined) return [needsInfo(CANVASSING, 'toolUnknown', [TOOL, SECURED])];
    return [needsInfo(CANVASSING, 'securedUnknown', [SECURED])];
  },
});
