/**
 * ROLE-02: where another organisation or a supplier decides the purposes and means together with you (joint
 * controller), UK GDPR Art. 26(1) requires an arrangement between you that sets out who does what, in particular
 * who answers people's requests and who gives them privacy information; Art. 26(2) requires its essence to be
 * available to the people concerned. Platform arrangements for online targeting are judged by the online rules.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule, type RuleOutcome } from '../../core/rule.js';
import { fail, needsInfo, notApplicable, pass, warn } from '../lib/outcomes.js';
import { DECLARATION, at } from '../lib/subjects.js';
import { parties, words } from './_helpers.js';

type Message =
  | 'noLists'
  | 'noJointControllers'
  | 'arrangementUnknown'
  | 'noArrangement'
  | 'processorContract'
  | 'checkTerms'
  | 'arrangementInPlace';

export default defineRule({
  id: 'ROLE-02',
  title: 'Joint controllers have an arrangement that sets out their respective responsibilities',
  area: 'roles',
  severity: 'high',
  tags: ['roles', 'joint-controller', 'arrangement'],
  covers: ['UK-SCOPE-01'],
  citations: [cite('UK GDPR', 'Art. 26(1)'), cite('UK GDPR', 'Art. 26(2)'), citeIco('Controllers, joint controllers and processors')],
  rationale:
    'When two organisations decide together why and how personal data is used (for example a party and its local units running one voter database, or two partner campaigns pooling supporter lists), they are joint controllers. ' +
    'The law requires them to agree, in a transparent arrangement, which of them gives people privacy information and answers their requests, and to make the essence of that arrangement available to the people concerned. ' +
    'Without it, people cannot tell whom to ask, and each organisation risks answering for the other\'s mistakes.',
  remediation: [
    'Put in place a written joint controller arrangement with each joint controller, setting out who provides privacy information, who handles access, objection and other requests, who handles breaches and who is the contact point.',
    'Publish the essence of the arrangement, for example in your privacy notice.',
    'If the other organisation actually acts only on your instructions, or decides entirely on its own, correct its role instead (processor or separate controller).',
  ],
  notes:
    'A data sharing agreement, the party\'s rules or a supplier\'s terms of service can contain the Art. 26 terms, so those are a warning to check, not a failure. A processor contract cannot: it treats the other side as acting on your instructions. ' +
    'Whether the essence of the arrangement is published (Art. 26(2)) cannot be declared in the schema today and is not checked. ' +
    'Joint controllership with advertising platforms for targeting is judged by the online rules (UK-ONL-02).',
  examples: {
    passing: `# We decide with the branch how the shared voter file is used, and a joint controller arrangement says who does what.
actors:
  - id: north-branch
    name: North constituency branch
    type: local_party_unit
    role: joint_controller
    arrangement:
      type: joint_controller_arrangement
      reference: JCA-2026
`,
    failing: `# Fails: the branch is a joint controller but nothing is written down.
actors:
  - id: north-branch
    name: North constituency branch
    type: local_party_unit
    role: joint_controller
    arrangement:
      type: none
`,
  },
  messages: {
    noLists: 'Neither other organisations (actors) nor suppliers (vendors) are declared, so joint controllers cannot be identified. Use [] if there are none.',
    noJointControllers: 'No organisation or supplier is declared as a joint controller.',
    arrangementUnknown: '{{subject}} is a joint controller, but the written arrangement with it is not declared.',
    noArrangement: '{{subject}} is a joint controller and there is no arrangement setting out who is responsible for what.',
    processorContract: '{{subject}} is a joint controller, but the document in place is a processor contract, which does not share out joint controller responsibilities.',
    checkTerms: '{{subject}} is a joint controller and the document in place is a {{kind}}; check that it sets out who gives privacy information and who answers people\'s requests.',
    arrangementInPlace: '{{subject}} is a joint controller with a joint controller arrangement in place.',
  },
  evaluate(declaration) {
    if (declaration.actors === undefined && declaration.vendors === undefined) {
      return [needsInfo(DECLARATION, 'noLists', ['/actors', '/vendors'])];
    }
    const outcomes: RuleOutcome<Message>[] = [];
    for (const party of parties(declaration)) {
      const { subject } = party;
      if (party.entry.role !== 'joint_controller') continue;
      const field = party.kind === 'actor' ? 'arrangement' : 'contract';
      const type = party.kind === 'actor' ? party.entry.arrangement?.type : party.entry.contract?.type;
      const evidence = [at(subject, 'role'), at(subject, field, 'type')];
      if (type === undefined) outcomes.push(needsInfo(subject, 'arrangementUnknown', [at(subject, field)]));
      else if (type === 'joint_controller_arrangement') outcomes.push(pass(subject, 'arrangementInPlace', evidence));
      else if (type === 'none') outcomes.push(fail(subject, 'noArrangement', evidence));
      else if (type === 'processor_contract') outcomes.push(fail(subject, 'processorContract', evidence));
      else outcomes.push(warn(subject, 'checkTerms', evidence, { kind: words(type) }));
    }
    if (outcomes.length === 0) return [notApplicable(DECLARATION, 'noJointControllers', ['/actors', '/vendors'])];
    return outcomes;
  },
});
