/**
 * LB-03: public task (democratic engagement), UK GDPR Art. 6(1)(e) read with DPA 2018 s. 8(e), covers processing
 * only so far as it is necessary for an activity that supports or promotes democratic engagement. The ICO warns it
 * is not an overarching exemption. This rule asks for the necessity reasoning, fails its use by commercial
 * organisations (suppliers, brokers, platforms) for their own processing, and warns where the purpose (buying or
 * supplying data) or the campaigner type (non-party campaigners, digest open question 3) makes necessity doubtful.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule, type RuleOutcome } from '../../core/rule.js';
import { COMMERCIAL_TYPES } from '../lib/facts.js';
import { fail, needsInfo, notApplicable, pass, warn } from '../lib/outcomes.js';
import { DECLARATION, at, items } from '../lib/subjects.js';
import { hasText } from './_helpers.js';

type Message = 'noActivities' | 'notRelied' | 'commercial' | 'doubtfulPurpose' | 'necessityMissing' | 'nonParty' | 'necessityRecorded';

const DOUBTFUL_PURPOSES: ReadonlyMap<string, string> = new Map([
  ['data_enrichment', 'buying or appending data'],
  ['data_supply', 'supplying data to others'],
]);

export default defineRule({
  id: 'LB-03',
  title: 'Public task (democratic engagement) is relied on only by campaigners, and only where the processing is necessary',
  area: 'lawful-basis',
  severity: 'high',
  tags: ['lawful-basis', 'public-task', 'democratic-engagement'],
  covers: ['UK-LB-02'],
  citations: [
    cite('UK GDPR', 'Art. 6(1)(e)'),
    cite('UK GDPR', 'Art. 6(3)'),
    cite('DPA 2018', 's. 8(e)'),
    citeIco('Lawful bases'),
  ],
  rationale:
    'The Data Protection Act 2018 says that a task in the public interest includes processing necessary for an activity that supports or promotes democratic engagement. ' +
    'The ICO stresses that this basis is often misunderstood as an overarching exemption. It covers processing only so far as it is necessary: more than useful or standard practice, and with no less intrusive way to achieve the purpose. ' +
    'It exists for those who take part in democratic life (parties, candidates, elected representatives, campaigners), not for businesses that sell or enrich data, whose purpose is commercial. ' +
    'Buying lifestyle data or supplying data to others is hard to show as necessary for democratic engagement.',
  remediation: [
    'For each activity on this basis, record why the processing is necessary for democratic engagement and why a less intrusive approach would not do (necessityNote).',
    'If you are a supplier, broker or platform, do not rely on this basis for your own processing; if you act purely on a campaign\'s instructions, the campaign\'s basis applies and you should say so.',
    'For buying, appending or supplying data, consider legitimate interests with a documented assessment, or consent, instead.',
    'If you are a non-party campaigner, record how your activity supports democratic engagement, and be ready to justify it.',
  ],
  notes:
    'Judgement calls. Which actor types may rely on this basis is an open question in the digest ((f) 3: the ICO\'s full "Lawful bases" page should be checked). ' +
    'Parties, local units, candidates, elected representatives, referendum and recall petition campaigners are treated as able to rely on it with a necessity note; non-party campaigners get a warning; suppliers, brokers and platforms fail. ' +
    'Data enrichment and data supply get a warning rather than a failure: the digest lists buying commercial lifestyle data and onomastic enrichment as breach signals, but the facts of a particular purchase may differ. ' +
    'DUAA 2025 s. 70 reworded Art. 6(1)(e) and removed "the controller\'s" from s. 8; neither change alters this test.',
  examples: {
    passing: `# A party relies on democratic engagement for canvassing and records why it is necessary.
processingActivities:
  - id: canvassing
    name: Doorstep canvassing
    purposeType: canvassing
    lawfulBasis: public_task_democratic_engagement
    necessityNote: Canvassing electors is how we talk to them; only register data and canvass answers are used.
`,
    failing: `# Warning: buying lifestyle data to append to the voter file is unlikely to be necessary for democratic engagement.
processingActivities:
  - id: enrichment
    name: Appending bought lifestyle data
    purposeType: data_enrichment
    lawfulBasis: public_task_democratic_engagement
    necessityNote: Helps us understand voters better.
`,
  },
  messages: {
    noActivities: 'No processing activities are declared, so reliance on public task (democratic engagement) cannot be checked.',
    notRelied: 'No activity relies on public task (democratic engagement).',
    commercial: '{{subject}} relies on public task (democratic engagement), but a {{type}} acts for commercial purposes and cannot rely on this basis for its own processing.',
    doubtfulPurpose: '{{subject}} relies on public task (democratic engagement) for {{purpose}}, which is unlikely to be necessary for democratic engagement; consider legitimate interests with an assessment, or consent.',
    necessityMissing: '{{subject}} relies on public task (democratic engagement), but why the processing is necessary (necessityNote) is not recorded.',
    nonParty: '{{subject}} relies on public task (democratic engagement) as a non-party campaigner; whether this basis is open to non-party campaigners is not settled, so be ready to justify it.',
    necessityRecorded: '{{subject}} relies on public task (democratic engagement) with its necessity recorded.',
  },
  evaluate(declaration) {
    const list = declaration.processingActivities;
    if (list === undefined) return [needsInfo(DECLARATION, 'noActivities', ['/processingActivities'])];
    const orgType = declaration.declarant.organisationType;
    const outcomes: RuleOutcome<Message>[] = [];
    for (const { entry, subject } of items(list, 'processingActivities')) {
      if (entry.lawfulBasis !== 'public_task_democratic_engagement') continue;
      const basis = at(subject, 'lawfulBasis');
      const doubtful = entry.purposeType === undefined ? undefined : DOUBTFUL_PURPOSES.get(entry.purposeType);
      if (COMMERCIAL_TYPES.has(orgType)) {
        outcomes.push(fail(subject, 'commercial', [basis, '/declarant/organisationType'], { type: orgType.replace(/_/g, ' ') }));
      } else if (doubtful !== undefined) {
        outcomes.push(warn(subject, 'doubtfulPurpose', [basis, at(subject, 'purposeType')], { purpose: doubtful }));
      } else if (!hasText(entry.necessityNote)) {
        outcomes.push(needsInfo(subject, 'necessityMissing', [at(subject, 'necessityNote')]));
      } else if (orgType === 'non_party_campaigner') {
        outcomes.push(warn(subject, 'nonParty', [basis, '/declarant/organisationType']));
      } else {
        outcomes.push(pass(subject, 'necessityRecorded', [basis, at(subject, 'necessityNote')]));
      }
    }
    if (outcomes.length === 0) return [notApplicable(DECLARATION, 'notRelied', ['/processingActivities'])];
    return outcomes;
  },
});
