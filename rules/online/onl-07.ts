/**
 * ONL-07: children merit specific protection (UK GDPR recital 38), and profiling and targeting people who cannot vote
 * at the election with political marketing is neither expected by them nor needed for the campaign: it is unfair
 * processing (Art. 5(1)(a)). Online targeting should therefore not reach below the minimum voting age of the election
 * (16 for the Scottish Parliament, the Senedd and Scottish and Welsh local elections, 18 otherwise).
 */
import { cite } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { votingAge } from '../lib/facts.js';
import { fail, needsInfo, pass } from '../lib/outcomes.js';
import { at } from '../lib/subjects.js';
import { perTargeting } from './_helpers.js';

export default defineRule({
  id: 'ONL-07',
  title: 'Online targeting does not reach people below the voting age of the election',
  area: 'online',
  severity: 'high',
  tags: ['online', 'targeting', 'children', 'voting-age'],
  covers: ['UK-CHD-01'],
  citations: [cite('UK GDPR', 'Art. 5(1)(a)'), cite('UK GDPR', 'Art. 5(1)(c)')],
  rationale:
    'Children merit specific protection under data protection law, particularly where their data is used for marketing and profiling. ' +
    'People below the voting age cannot vote at the election, so profiling and targeting them with political messages is not something they would expect and is not needed for the campaign: it is unfair and excessive. ' +
    'Set the youngest age your ads reach to the voting age of the election: 16 for Scottish Parliament, Senedd and Scottish and Welsh local elections, 18 for other elections.',
  remediation: [
    'Set the minimum age of every targeted ad and audience to the voting age of the election (16 or 18).',
    'Remove under-age people from uploaded lists and seed lists before upload.',
    'If you genuinely need to reach younger people (for example to recruit young members), assess it in a DPIA, use content suitable for them, do not profile them, and record the decision (a waiver can document it).',
  ],
  notes:
    'No provision forbids this in terms: the rule applies the fairness and minimisation principles as the ICO reads them for children (recital 38; the digest rates it high). ' +
    'The voting age is taken from campaign.minimumVotingAge, else from the election type and nations declared. ' +
    'The Representation of the People Bill 2026 would lower the voting age to 16 UK-wide; declare minimumVotingAge to follow it.',
  examples: {
    passing: `# At a UK parliamentary election (voting age 18), adverts reach people aged 18 and over only.
onlineTargeting:
  - id: students-ads
    name: Students ads
    method: demographic
    criteria: [age]
    minimumAge: 18
`,
    failing: `# Fails: at a UK parliamentary election, adverts also reach 16 and 17 year olds.
onlineTargeting:
  - id: students-ads
    name: Students ads
    method: demographic
    criteria: [age]
    minimumAge: 16
`,
  },
  messages: {
    noTargeting: 'No online targeting is declared, so it is not known whether young people are targeted. Use [] if you do none.',
    noneDeclared: 'No online targeting is declared.',
    ageUnknown: '{{subject}}: the youngest age the targeting reaches (minimumAge) is not declared.',
    belowVotingAge: '{{subject}} reaches people from age {{minimumAge}}, below the voting age of {{votingAge}} at this election.',
    votersOnly: '{{subject}} reaches only people of voting age ({{votingAge}} or over).',
  },
  evaluate(declaration) {
    const age = votingAge(declaration);
    const ageSource = declaration.campaign.minimumVotingAge !== undefined ? '/campaign/minimumVotingAge' : '/campaign/electionType';
    return perTargeting(declaration, { absent: 'noTargeting', empty: 'noneDeclared' }, (entry, subject) => {
      const minimum = entry.minimumAge;
      if (minimum === undefined) return needsInfo(subject, 'ageUnknown', [at(subject, 'minimumAge')]);
      if (minimum < age) return fail(subject, 'belowVotingAge', [at(subject, 'minimumAge'), ageSource], { minimumAge: minimum, votingAge: age });
      return pass(subject, 'votersOnly', [at(subject, 'minimumAge')], { votingAge: age });
    });
  },
});
