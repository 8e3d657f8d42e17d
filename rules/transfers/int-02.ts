/**
 * INT-02: an organisation established outside the UK that monitors the behaviour of people in the UK (profiling,
 * online targeting) is subject to the UK GDPR (Art. 3(2)(b)) and must designate a representative in the UK in writing
 * (Art. 27(1)). The Commissioner's first GDPR enforcement notice (AggregateIQ, 2018) applied Art. 3(2)(b) to a Canadian
 * firm handling UK campaign data.
 */
import { cite } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { fail, needsInfo, notApplicable, pass } from '../lib/outcomes.js';
import { at, section } from '../lib/subjects.js';
import { isUk } from './_helpers.js';

export default defineRule({
  id: 'INT-02',
  title: 'An organisation outside the UK that targets or profiles UK voters has appointed a UK representative',
  area: 'transfers',
  severity: 'medium',
  tags: ['transfers', 'territorial-scope', 'representative'],
  covers: ['UK-INT-02'],
  citations: [cite('UK GDPR', 'Art. 3(2)(b)'), cite('UK GDPR', 'Art. 27(1)')],
  rationale:
    'Being based abroad does not put a campaign, consultancy or ad-tech firm outside UK law: if it monitors the behaviour of people in the UK, by ' +
    'profiling voters or targeting them online, the UK GDPR applies to it. It must then appoint a representative in the UK, in writing, so that ' +
    'people and the Commissioner have someone to contact. In 2018 the Commissioner served its first GDPR enforcement notice on AggregateIQ, a ' +
    'Canadian firm that had processed UK voters\' data for referendum campaigns.',
  remediation: [
    'If you are established outside the UK and profile or target people in the UK, designate a representative in the UK in writing.',
    'Give the representative\'s details in your privacy information and to the Commissioner on request.',
    'If you have an establishment in the UK, say so (establishedIn: GB): a representative is then not needed.',
  ],
  notes:
    'The rule assumes that a declarant established abroad and declaring UK campaign processing monitors people in the UK (the reason it would be under ' +
    'the UK GDPR at all). The Art. 27(2) exception (occasional processing, no large-scale special category data, unlikely to result in risk) is not ' +
    'applied: its text is not among the verified provisions, and campaign processing rarely fits it. No section of the ICO political campaigning ' +
    'guidance covers representatives.',
  examples: {
    passing: `# A Canadian consultancy profiling UK voters has appointed a UK representative.
declarant:
  name: Maple Analytics Inc
  organisationType: vendor
  establishedIn: CA
  ukRepresentative:
    appointed: true
    name: UK Rep Ltd
`,
    failing: `# Fails: a Canadian consultancy profiling UK voters has no UK representative (AggregateIQ).
declarant:
  name: Maple Analytics Inc
  organisationType: vendor
  establishedIn: CA
  ukRepresentative:
    appointed: false
`,
  },
  messages: {
    unknown: 'It is not declared where the organisation is established (declarant.establishedIn).',
    ukEstablished: 'The organisation is established in the UK, so no UK representative is needed.',
    representativeUnknown: 'The organisation is established in {{country}}; whether it has appointed a UK representative is not declared (ukRepresentative).',
    noRepresentative: 'The organisation is established in {{country}} and processes UK voters\' data, but has not appointed a UK representative.',
    appointed: 'The organisation is established in {{country}} and has appointed a UK representative.',
  },
  evaluate(declaration) {
    const subject = section('declarant');
    const country = declaration.declarant.establishedIn;
    if (country === undefined) return [needsInfo(subject, 'unknown', [at(subject, 'establishedIn')])];
    if (isUk(country)) return [notApplicable(subject, 'ukEstablished', [at(subject, 'establishedIn')])];
    const representative = declaration.declarant.ukRepresentative;
    if (representative === undefined) return [needsInfo(subject, 'representativeUnknown', [at(subject, 'ukRepresentative')], { country })];
    const pointer = at(subject, 'ukRepresentative', 'appointed');
    return [
      representative.appointed
        ? pass(subject, 'appointed', [at(subject, 'establishedIn'), pointer], { country })
        : fail(subject, 'noRepresentative', [at(subject, 'establishedIn'), pointer], { country }),
    ];
  },
});
