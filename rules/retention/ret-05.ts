/**
 * RET-05: data kept after a campaign is re-used only where that is justified: necessary, within people's expectations
 * and what they were told, still accurate. Re-use for a different kind of campaign (a referendum list used for an
 * election) is likely a new purpose (UK GDPR Arts. 5(1)(b), 8A(1)), and passing data to a successor organisation is
 * a disclosure to another controller. The ICO's "After a campaign" guidance sets out these questions.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { fail, needsInfo, notApplicable, pass, warn } from '../lib/outcomes.js';
import { at, section } from '../lib/subjects.js';

export default defineRule({
  id: 'RET-05',
  title: 'Campaign data is re-used for a different kind of campaign or by a successor organisation only where that is justified',
  area: 'retention',
  severity: 'high',
  tags: ['retention', 'after-the-campaign', 'purpose-limitation', 'reuse'],
  covers: ['UK-RET-02'],
  citations: [cite('UK GDPR', 'Art. 5(1)(b)'), cite('UK GDPR', 'Art. 8A(1)'), cite('UK GDPR', 'Art. 5(1)(e)'), citeIco('After a campaign')],
  rationale:
    'Keeping supporters\' data from one campaign for the next can be acceptable, but only if it is necessary, people would expect it, they were told ' +
    'when they gave it, and it is still accurate. Using a referendum campaign\'s data for an election, or handing it to a new organisation when a ' +
    'campaign group winds up, is different: people signed up to one cause, not to whatever comes next. That is a new purpose that must be compatible ' +
    '(or rest on fresh consent), and a hand-over is a disclosure to another controller that needs its own lawful basis and must be explained to people.',
  remediation: [
    'Before re-using campaign data, record why it is needed, whether people would expect it, what they were told, and whether it is still accurate.',
    'For a different kind of campaign or a successor organisation, carry out and record a compatibility assessment, or ask people for fresh consent.',
    'If data passes to a successor, make sure it has a lawful basis, tells the people concerned, and takes only what it needs.',
  ],
  notes:
    'Re-use by the same organisation for campaigns of the same kind needs a recorded justification (otherwise needs information). Re-use for a ' +
    'different kind of campaign or by a successor fails without a justification and is a warning with one: whether the new purpose is compatible is a ' +
    'judgement the declaration cannot settle. Art. 8A (in force 5 Feb 2026) replaces the omitted Art. 6(4); source-by-source compatibility is the lawful ' +
    'basis area\'s concern (UK-LB-05).',
  examples: {
    passing: `# Supporters' data is kept for later campaigns of the same kind, for a recorded reason.
postCampaign:
  reuse: future_campaigns_same_organisation
  reuseJustification: Supporters were told at sign-up that we campaign at every election.
`,
    failing: `# Fails: referendum data is to be used for elections with no justification.
postCampaign:
  reuse: different_campaign_type
`,
  },
  messages: {
    unknown: 'It is not declared whether campaign data will be re-used after the campaign (postCampaign.reuse).',
    noReuse: 'Campaign data is deleted after the campaign and not re-used.',
    sameKindJustified: 'Campaign data is kept for later campaigns of the same kind, with a recorded justification.',
    sameKindUnjustified: 'Campaign data is kept for later campaigns of the same kind; why that is necessary and expected is not recorded (reuseJustification).',
    unjustified: 'Campaign data will be {{reuse}} with no recorded justification; that is likely a new purpose people were not told about.',
    checkReuse: 'Campaign data will be {{reuse}}; check that the justification shows a compatible purpose (or fresh consent), a lawful basis and that people are told.',
  },
  evaluate(declaration) {
    const subject = section('postCampaign');
    const reuse = declaration.postCampaign?.reuse;
    const pointer = at(subject, 'reuse');
    if (reuse === undefined) return [needsInfo(subject, 'unknown', [pointer])];
    if (reuse === 'none') return [notApplicable(subject, 'noReuse', [pointer])];
    const justified = Boolean(declaration.postCampaign?.reuseJustification?.trim());
    const justification = at(subject, 'reuseJustification');
    if (reuse === 'future_campaigns_same_organisation') {
      return [justified ? pass(subject, 'sameKindJustified', [pointer, justification]) : needsInfo(subject, 'sameKindUnjustified', [justification])];
    }
    const data = { reuse: reuse === 'different_campaign_type' ? 'used for a different kind of campaign' : 'passed to a successor organisation' };
    return [justified ? warn(subject, 'checkReuse', [pointer, justification], data) : fail(subject, 'unjustified', [pointer, justification], data)];
  },
});
