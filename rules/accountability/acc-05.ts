/**
 * ACC-05: everyone who handles campaign data is trained in data protection before they start, volunteers included.
 * Training is one of the measures a controller takes to ensure and show compliance (UK GDPR Arts. 5(2), 24(1)); where
 * there is a DPO, awareness-raising and training are among the DPO's tasks (Art. 39(1)(b)). The 2020 audits of seven
 * parties found training often optional, and volunteers often untrained.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { PARTY_TYPES } from '../lib/facts.js';
import { fail, needsInfo } from '../lib/outcomes.js';
import { at, section } from '../lib/subjects.js';
import { Checklist } from '../lib/checklist.js';

export default defineRule({
  id: 'ACC-05',
  title: 'Data protection training is given before people handle personal data, and covers volunteers',
  area: 'accountability',
  severity: 'medium',
  tags: ['accountability', 'training', 'volunteers'],
  covers: ['UK-ACC-04'],
  citations: [cite('UK GDPR', 'Art. 24(1)'), cite('UK GDPR', 'Art. 5(2)'), cite('UK GDPR', 'Art. 39(1)(b)'), citeIco('Accountability')],
  rationale:
    'Most campaign data is handled by volunteers: canvassers with walk lists and apps, phone bank callers, people entering canvass returns. A controller ' +
    'must take measures that make sure, and can show, that the law is followed, and people who have never been told the rules cannot follow them. ' +
    'The Commissioner\'s 2020 audits of UK parties found that data protection training was often not mandatory and did not reach everyone who handles data.',
  remediation: [
    'Provide short, practical data protection training for staff, volunteers, candidates and agents: what data they may use, for what, how to keep it safe, and what to do with requests and breaches.',
    'Make it a condition of getting access to the voter file or canvassing app, and record who has completed it.',
    'Repeat it before each major campaign.',
  ],
  notes:
    'Volunteers are taken to handle data when volunteerCount is above zero. Untrained volunteers who handle data, or no training at all, fail; training ' +
    'that is optional, or that does not reach a party\'s candidates and agents, is a warning (good practice the audits recommended, not a duty stated in ' +
    'those terms). Art. 39(1)(b) is not re-read (N in the legal sources).',
  examples: {
    passing: `# Training is mandatory and reaches volunteers, candidates and agents.
governance:
  training:
    provided: true
    mandatory: true
    coversVolunteers: true
    coversCandidatesAndAgents: true
`,
    failing: `# Fails: no data protection training is given.
governance:
  training:
    provided: false
`,
  },
  messages: {
    unknown: 'It is not declared whether data protection training is given (governance.training).',
    noTraining: 'No data protection training is given to the people who handle personal data.',
    shortfalls: 'Data protection training falls short: {{items}}.',
    gaps: 'Not declared for data protection training: {{items}}.',
    concerns: 'Data protection training may not reach everyone in time: {{items}}.',
    trained: 'Data protection training is mandatory before handling personal data and reaches everyone who does.',
  },
  evaluate(declaration) {
    const subject = section('governance');
    const training = declaration.governance?.training;
    if (training === undefined) return [needsInfo(subject, 'unknown', [at(subject, 'training')])];
    if (!training.provided) return [fail(subject, 'noTraining', [at(subject, 'training', 'provided')])];

    const check = new Checklist();
    const volunteers = declaration.declarant.volunteerCount;
    const volunteersPointer = at(subject, 'training', 'coversVolunteers');
    if (training.coversVolunteers === true || volunteers === 0) check.ok(volunteersPointer);
    else if (training.coversVolunteers === undefined) check.unknown(volunteersPointer, 'whether volunteers are trained (coversVolunteers)');
    else if (volunteers === undefined) check.unknown('/declarant/volunteerCount', 'whether volunteers handle personal data (volunteerCount), since they are not trained');
    else check.fail(volunteersPointer, `about ${volunteers} volunteers handle personal data without training`);
    check.expectTrue(
      training.mandatory,
      at(subject, 'training', 'mandatory'),
      { fail: 'training is not required before people handle personal data', unknown: 'whether training must be completed before handling personal data (mandatory)' },
      true,
    );
    if (PARTY_TYPES.has(declaration.declarant.organisationType)) {
      check.expectTrue(
        training.coversCandidatesAndAgents,
        at(subject, 'training', 'coversCandidatesAndAgents'),
        { fail: 'candidates and agents are not trained', unknown: 'whether candidates and agents are trained (coversCandidatesAndAgents)' },
        true,
      );
    }
    return [check.outcome(subject, { fail: 'shortfalls', unknown: 'gaps', warn: 'concerns', pass: 'trained' })];
  },
});
