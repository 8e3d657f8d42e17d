/**
 * CNV-04: canvassers, mostly volunteers, handle voters' data and political opinions on the campaign's behalf. The
 * controller must take steps so that anyone acting under its authority processes the data only on its instructions
 * (UK GDPR Art. 32(4)), which for canvassers means data protection training before they start; without it the
 * data's security cannot be assured (Art. 5(1)(f)).
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { fail, needsInfo, pass } from '../lib/outcomes.js';
import { CANVASSING, canvassingDone } from './_helpers.js';

const TRAINED = '/canvassing/volunteersTrained';

export default defineRule({
  id: 'CNV-04',
  title: 'Canvassers are trained in data protection before they start',
  area: 'canvassing',
  severity: 'medium',
  tags: ['canvassing', 'training', 'volunteers', 'security'],
  covers: ['UK-CNV-01'],
  citations: [cite('UK GDPR', 'Art. 32(4)'), cite('UK GDPR', 'Art. 5(1)(f)'), citeIco('Accountability')],
  rationale:
    'Canvassers, many of them volunteers, see walk lists and record people\'s political opinions for the campaign. ' +
    'The campaign must make sure they handle that data only as instructed: what to record and what not to, how to keep the app or the sheets safe, what to do if a device or a sheet is lost, and how to deal with someone who asks what is held about them or objects. ' +
    'A short briefing before the first session is the usual way to do that.',
  remediation: [
    'Give every canvasser a short data protection briefing before their first session (what to record, keeping sheets and phones safe, reporting losses, handling objections and requests).',
    'Make the briefing a condition of getting a walk list or app access, and keep a record of who has had it.',
    'Repeat it at the start of each campaign.',
  ],
  notes:
    'Training is a process safeguard, rated medium like the other training duties (UK-ACC-04). ' +
    'Where the canvassing fact is not declared, mandatory training that covers volunteers (governance.training) is accepted instead.',
  examples: {
    passing: `# Every canvasser gets a data protection briefing before their first session.
canvassing:
  used: true
  methods: [doorstep]
  volunteersTrained: true
`,
    failing: `# Fails: canvassers go out without any data protection training.
canvassing:
  used: true
  methods: [doorstep]
  volunteersTrained: false
`,
  },
  messages: {
    noCanvassing: 'Canvassing is not declared, so it is not known whether canvassers are trained. Say used: false if you do not canvass.',
    notUsed: 'No doorstep or telephone canvassing is done.',
    notTrained: 'Canvassers are not trained in data protection before they start.',
    trainingUnknown: 'Whether canvassers are trained in data protection before they start (canvassing.volunteersTrained) is not declared.',
    trained: 'Canvassers are trained in data protection before they start.',
    trainedByPolicy: 'Mandatory data protection training covers volunteers, including canvassers.',
  },
  evaluate(declaration) {
    const gate = canvassingDone(declaration, { absent: 'noCanvassing', notUsed: 'notUsed' });
    if (gate.outcome) return [gate.outcome];
    const trained = gate.canvassing.volunteersTrained;
    if (trained === false) return [fail(CANVASSING, 'notTrained', [TRAINED])];
    if (trained === true) return [pass(CANVASSING, 'trained', [TRAINED])];
    const training = declaration.governance?.training;
    if (training?.provided === true && training.mandatory === true && training.coversVolunteers === true) {
      return [pass(CANVASSING, 'trainedByPolicy', ['/governance/training/mandatory', '/governance/training/coversVolunteers'])];
    }
    return [needsInfo(CANVASSING, 'trainingUnknown', [TRAINED])];
  },
});
