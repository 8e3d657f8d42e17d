/**
 * ROLE-04 (good practice): where personal data passes between you and another organisation that decides for itself
 * how to use it (a separate controller: a candidate, an elected representative, a local party, a partner campaign),
 * the terms of the sharing are written down, in a data sharing agreement or in party rules that bind the unit.
 * UK GDPR does not require a contract between separate controllers, so this rule is low severity; it supports the
 * accountability principle (Art. 5(2)) and the ICO's advice to document relationships.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule, type RuleOutcome } from '../../core/rule.js';
import { COMMERCIAL_TYPES } from '../lib/facts.js';
import { fail, needsInfo, notApplicable, pass, warn } from '../lib/outcomes.js';
import { DECLARATION, at, items } from '../lib/subjects.js';

type Message = 'noActors' | 'noControllers' | 'arrangementUnknown' | 'noArrangement' | 'processorContract' | 'youAreProcessor' | 'documented';

export default defineRule({
  id: 'ROLE-04',
  title: 'Sharing data with separate controllers is documented in a data sharing agreement or party rules',
  area: 'roles',
  severity: 'low',
  tags: ['roles', 'controller', 'data-sharing', 'good-practice'],
  covers: ['UK-SCOPE-01'],
  citations: [cite('UK GDPR', 'Art. 5(2)'), citeIco('Controllers, joint controllers and processors')],
  rationale:
    'Good practice, not a statutory duty: the law does not require a contract between organisations that each decide for themselves how to use shared data. ' +
    'But a party that passes voter data to candidates, local parties or partner campaigns, or receives data from them, can only show that the sharing is lawful and limited if the terms are written down: what is shared, for what purpose, how it is kept secure, how objections and requests are passed on, and when it is deleted.',
  remediation: [
    'Agree a data sharing agreement with each separate controller you share data with, or make sure the party\'s rules or data policy bind the unit or candidate and cover the sharing.',
    'Cover the purpose, the data shared, security, how objections and requests are passed on, and deletion at the end of the campaign.',
  ],
  notes:
    'A processor contract with a separate controller is reported as a warning: it suggests the role or the document is wrong (a controller is not bound to act only on your instructions). ' +
    'Exception: when the declarant is a supplier, broker or platform, a controller with a processor contract is its client and the declarant is the processor; that is not controller-to-controller sharing (ROLE-05 checks that such data is not used for the supplier\'s own purposes). ' +
    'Organisations of type "other" (for example public bodies contacted on a constituent\'s behalf) are out of scope: one-off disclosures are not expected to have a standing agreement.',
  examples: {
    passing: `# The candidate is a separate controller, and a data sharing agreement covers what we exchange.
actors:
  - id: cand-north
    name: Candidate for North
    type: candidate
    role: controller
    dataFlow: both
    arrangement:
      type: data_sharing_agreement
      reference: DSA-12
`,
    failing: `# Fails: data goes both ways with the candidate, with nothing written down.
actors:
  - id: cand-north
    name: Candidate for North
    type: candidate
    role: controller
    dataFlow: both
    arrangement:
      type: none
`,
  },
  messages: {
    noActors: 'The other organisations you share personal data with or receive it from (actors) are not declared. Use [] if there are none.',
    noControllers: 'No other organisation is declared as a separate controller.',
    arrangementUnknown: '{{subject}} is a separate controller, but whether the sharing is written down (arrangement) is not declared.',
    noArrangement: '{{subject}} is a separate controller and the data sharing with it is not written down.',
    processorContract: '{{subject}} is declared as a separate controller but the document in place is a processor contract; check whether the role or the document is wrong.',
    youAreProcessor: '{{subject}} is a client you act for as its processor, under a processor contract.',
    documented: '{{subject}} is a separate controller and the sharing is documented.',
  },
  evaluate(declaration) {
    if (declaration.actors === undefined) return [needsInfo(DECLARATION, 'noActors', ['/actors'])];
    const supplier = COMMERCIAL_TYPES.has(declaration.declarant.organisationType);
    const outcomes: RuleOutcome<Message>[] = [];
    for (const { entry, subject } of items(declaration.actors, 'actors')) {
      if (entry.role !== 'controller' || entry.type === 'other') continue;
      const type = entry.arrangement?.type;
      const evidence = [at(subject, 'arrangement', 'type')];
      if (type === undefined) outcomes.push(needsInfo(subject, 'arrangementUnknown', [at(subject, 'arrangement')]));
      else if (type === 'none') outcomes.push(fail(subject, 'noArrangement', evidence));
      else if (type === 'processor_contract' && supplier) outcomes.push(notApplicable(subject, 'youAreProcessor', [at(subject, 'role'), ...evidence]));
      else if (type === 'processor_contract') outcomes.push(warn(subject, 'processorContract', [at(subject, 'role'), ...evidence]));
      else outcomes.push(pass(subject, 'documented', evidence));
    }
    if (outcomes.length === 0) return [notApplicable(DECLARATION, 'noControllers', ['/actors'])];
    return outcomes;
  },
});
