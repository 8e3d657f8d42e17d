/**
 * ROLE-03: another organisation or person (an actor: agent, local party, candidate, partner) that you declare as
 * your processor must act only on your instructions under a contract with the Art. 28(3) terms. If it also uses
 * the data for its own purposes it is a controller for that processing (Art. 28(10)). Suppliers (vendors) are
 * judged by the processors rules (UK-PROC-01, UK-PROC-02), so this rule covers actors only.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule, type RuleOutcome } from '../../core/rule.js';
import { fail, needsInfo, notApplicable, pass, warn } from '../lib/outcomes.js';
import { DECLARATION, at, items } from '../lib/subjects.js';
import { words } from './_helpers.js';

type Message =
  | 'noActors'
  | 'noProcessors'
  | 'actsAsController'
  | 'arrangementUnknown'
  | 'noContract'
  | 'checkTerms'
  | 'usuallyController'
  | 'contractInPlace';

/** Actor types the ICO describes as usually deciding for themselves how they use campaign data. */
const USUALLY_CONTROLLERS: ReadonlySet<string> = new Set(['candidate', 'elected_representative', 'partner_campaign']);

export default defineRule({
  id: 'ROLE-03',
  title: 'An organisation acting as your processor works only on your instructions, under a contract with the required terms',
  area: 'roles',
  severity: 'high',
  tags: ['roles', 'processor', 'contract'],
  covers: ['UK-SCOPE-01'],
  citations: [
    cite('UK GDPR', 'Art. 28(3)'),
    cite('UK GDPR', 'Art. 28(10)'),
    cite('UK GDPR', 'Art. 4(8)'),
    citeIco('Controllers, joint controllers and processors'),
  ],
  rationale:
    'A processor acts only on your instructions. The law requires a binding contract (or other legal act) that sets out those instructions and the processor\'s duties on confidentiality, security, sub-processors, assistance, deletion and audits. ' +
    'An organisation that also uses the data for purposes of its own is not your processor for that use: it is a controller, and needs its own lawful basis and its own transparency. ' +
    'Labelling it a processor hides that second use from the people in the data. ' +
    'The ICO also notes that elected representatives are often controllers in their own right, and candidates and partner campaigns usually decide for themselves how they use data, so calling them processors needs care.',
  remediation: [
    'Sign a processor contract with the Art. 28(3) terms with each organisation that handles data only on your behalf.',
    'If the organisation also uses the data for its own purposes, treat it as a controller: record it as such, agree a data sharing agreement or joint controller arrangement, and make sure it has its own lawful basis and tells people.',
    'For candidates, elected representatives and partner campaigns, check who really decides how the data is used before calling them processors.',
  ],
  notes:
    'Covers actors only. Suppliers (vendors) labelled as processors are checked by the processors area (UK-PROC-01 for the contract, UK-PROC-02 for the own-purposes test), to avoid two findings on one fact. ' +
    'Party rules or a data sharing agreement can be a "contract or other legal act" if they bind the unit and contain the Art. 28(3) terms, so those give a warning to check, not a failure. ' +
    'Art. 28(10) and Art. 4(8) are status N in docs/legal-sources.md (numbering unchanged).',
  examples: {
    passing: `# The phone bank group works only on our instructions, under a written processor contract.
actors:
  - id: phonebank
    name: Phone bank volunteers group
    type: other
    role: processor
    usesDataForOwnPurposes: false
    arrangement:
      type: processor_contract
      reference: PC-7
`,
    failing: `# Fails: called a processor, but it also uses the data for its own purposes (so it is a controller).
actors:
  - id: phonebank
    name: Phone bank volunteers group
    type: other
    role: processor
    usesDataForOwnPurposes: true
    arrangement:
      type: processor_contract
      reference: PC-7
`,
  },
  messages: {
    noActors: 'The other organisations you share personal data with or receive it from (actors) are not declared. Use [] if there are none.',
    noProcessors: 'No other organisation is declared as acting as your processor.',
    actsAsController: '{{subject}} is declared as your processor but also uses the data for its own purposes, which makes it a controller for that use.',
    arrangementUnknown: '{{subject}} acts as your processor, but the contract with it is not declared.',
    noContract: '{{subject}} acts as your processor without a written contract.',
    checkTerms: '{{subject}} acts as your processor under a {{kind}}; check that it binds them and contains all the processor terms (instructions, confidentiality, security, sub-processors, assistance, deletion or return, audits).',
    usuallyController: '{{subject}} is a {{type}} declared as your processor; check that they really act only on your instructions, as they usually decide for themselves how they use campaign data.',
    contractInPlace: '{{subject}} acts as your processor under a processor contract.',
  },
  evaluate(declaration) {
    if (declaration.actors === undefined) return [needsInfo(DECLARATION, 'noActors', ['/actors'])];
    const outcomes: RuleOutcome<Message>[] = [];
    for (const { entry, subject } of items(declaration.actors, 'actors')) {
      if (entry.role !== 'processor') continue;
      const type = entry.arrangement?.type;
      if (entry.usesDataForOwnPurposes === true) {
        outcomes.push(fail(subject, 'actsAsController', [at(subject, 'role'), at(subject, 'usesDataForOwnPurposes')]));
      } else if (type === undefined) {
        outcomes.push(needsInfo(subject, 'arrangementUnknown', [at(subject, 'arrangement')]));
      } else if (type === 'none') {
        outcomes.push(fail(subject, 'noContract', [at(subject, 'arrangement', 'type')]));
      } else if (type !== 'processor_contract') {
        outcomes.push(warn(subject, 'checkTerms', [at(subject, 'arrangement', 'type')], { kind: words(type) }));
      } else if (entry.type !== undefined && USUALLY_CONTROLLERS.has(entry.type)) {
        outcomes.push(warn(subject, 'usuallyController', [at(subject, 'type'), at(subject, 'role')], { type: words(entry.type) }));
      } else {
        outcomes.push(pass(subject, 'contractInPlace', [at(subject, 'arrangement', 'type')]));
      }
    }
    if (outcomes.length === 0) return [notApplicable(DECLARATION, 'noProcessors', ['/actors'])];
    return outcomes;
  },
});
