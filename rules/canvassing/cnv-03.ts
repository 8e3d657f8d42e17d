/**
 * CNV-03: canvass records must hold only what the campaign needs (UK GDPR Art. 5(1)(c)). Free-text notes invite
 * opinions, health details and remarks that are not needed, and notes about other members of the household record
 * those people's (often political) opinions second-hand, without their knowledge and with no way of checking them
 * (Art. 5(1)(d)); for political opinions that is special category data (Art. 9(1)).
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { fail, needsInfo, pass } from '../lib/outcomes.js';
import { CANVASSING, canvassingDone } from './_helpers.js';

const FREE_TEXT = '/canvassing/freeTextMinimised';
const HOUSEHOLD = '/canvassing/recordsOtherHouseholdMembers';

export default defineRule({
  id: 'CNV-03',
  title: 'Canvass records are kept to what is needed and say nothing about other members of the household',
  area: 'canvassing',
  severity: 'high',
  tags: ['canvassing', 'minimisation', 'special-category'],
  covers: ['UK-CNV-01'],
  citations: [
    cite('UK GDPR', 'Art. 5(1)(c)'),
    cite('UK GDPR', 'Art. 5(1)(d)'),
    cite('UK GDPR', 'Art. 9(1)'),
    citeIco('Purpose limitation, data minimisation and storage limitation'),
  ],
  rationale:
    'Canvass returns should record only what the campaign needs, usually a few coded answers. ' +
    'Open free-text notes fill up with things that are not needed and can be hurtful or sensitive (health, family circumstances, remarks about the person). ' +
    'Recording what one person says about how others in the household will vote captures those people\'s political opinions second-hand: they have not spoken to you, do not know it is recorded, and the information may well be wrong.',
  remediation: [
    'Use coded answers for canvass returns and switch off, or strictly limit, free-text fields in the app and on paper sheets.',
    'Brief canvassers to record only the person they spoke to, and never to note how others in the household will vote.',
    'Review existing records and delete free-text notes and third-party entries that are not needed.',
  ],
  notes: 'Both facts are needed for a pass; either one declared the wrong way is a failure.',
  examples: {
    passing: `# Canvassers use coded answers and record only the person they spoke to.
canvassing:
  used: true
  methods: [doorstep]
  freeTextMinimised: true
  recordsOtherHouseholdMembers: false
`,
    failing: `# Fails: canvassers note how other people in the household will vote.
canvassing:
  used: true
  methods: [doorstep]
  freeTextMinimised: true
  recordsOtherHouseholdMembers: true
`,
  },
  messages: {
    noCanvassing: 'Canvassing is not declared, so it is not known what canvassers record. Say used: false if you do not canvass.',
    notUsed: 'No doorstep or telephone canvassing is done.',
    both: 'Canvassers record details or opinions of other household members, and free-text notes are not limited.',
    household: 'Canvassers record details or opinions of people other than the person they spoke to.',
    freeText: 'Free-text canvass notes are not limited to what is needed.',
    unknown: 'Whether free-text notes are limited (canvassing.freeTextMinimised) and whether canvassers record other household members (canvassing.recordsOtherHouseholdMembers) is not fully declared.',
    minimised: 'Canvass notes are limited to what is needed and record only the person spoken to.',
  },
  evaluate(declaration) {
    const gate = canvassingDone(declaration, { absent: 'noCanvassing', notUsed: 'notUsed' });
    if (gate.outcome) return [gate.outcome];
    const { freeTextMinimised, recordsOtherHouseholdMembers } = gate.canvassing;
    if (recordsOtherHouseholdMembers === true && freeTextMinimised === false) return [fail(CANVASSING, 'both', [HOUSEHOLD, FREE_TEXT])];
    if (recordsOtherHouseholdMembers === true) return [fail(CANVASSING, 'household', [HOUSEHOLD])];
    if (freeTextMinimised === false) return [fail(CANVASSING, 'freeText', [FREE_TEXT])];
    const missing = [...(freeTextMinimised === undefined ? [FREE_TEXT] : []), ...(recordsOtherHouseholdMembers === undefined ? [HOUSEHOLD] : [])];
    if (missing.length > 0) return [needsInfo(CANVASSING, 'unknown', missing)];
    return [pass(CANVASSING, 'minimised', [FREE_TEXT, HOUSEHOLD])];
  },
});
