/**
 * ROLE-05: personal data an organisation holds as someone else's processor (a client's voter file or register copy
 * received by a supplier, or any register copy held "as processor") is used only for that client's work. Using it
 * to build the supplier's own database, or to supply others, is deciding the purposes itself: for that use the
 * supplier is a controller (Art. 28(10)), without the client's basis, transparency or entitlement to the data.
 * UK-SCOPE-01 names this case ("a data broker enriching its own database").
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule, type RuleOutcome } from '../../core/rule.js';
import type { Declaration } from '../../schema/generated/declaration.js';
import { COMMERCIAL_TYPES } from '../lib/facts.js';
import { fail, needsInfo, notApplicable, pass } from '../lib/outcomes.js';
import { DECLARATION, at, items } from '../lib/subjects.js';

type Message = 'noSources' | 'noneHeldAsProcessor' | 'useUnknown' | 'usedForOwnPurposes' | 'clientWorkOnly';

/** Activity purposes that serve the holder's own business, not a client's instructions. */
const OWN_PURPOSES: ReadonlyMap<string, string> = new Map([
  ['data_enrichment', 'building or enriching your own data'],
  ['data_supply', 'supplying data to others'],
]);

/** Actors the declarant acts for as processor: clients (controllers) under a processor contract, seen from a supplier. */
function clientsServedAsProcessor(declaration: Declaration): Set<string> {
  if (!COMMERCIAL_TYPES.has(declaration.declarant.organisationType)) return new Set();
  return new Set(
    (declaration.actors ?? []).filter((a) => a.role === 'controller' && a.arrangement?.type === 'processor_contract').map((a) => a.id),
  );
}

export default defineRule({
  id: 'ROLE-05',
  title: 'Data held as a client\'s processor is used only for that client, not for your own purposes',
  area: 'roles',
  severity: 'high',
  tags: ['roles', 'processor', 'controller', 'suppliers'],
  covers: ['UK-SCOPE-01'],
  citations: [cite('UK GDPR', 'Art. 28(10)'), cite('UK GDPR', 'Art. 4(7)'), citeIco('Controllers, joint controllers and processors')],
  rationale:
    'A supplier that receives a campaign\'s voter file or register copy to work on it for the campaign is that campaign\'s processor: it may use the data only on the campaign\'s instructions. ' +
    'If it also uses the data to build or enrich its own database, or to supply lists to others, it is deciding the purposes itself and becomes a controller for that use, with no lawful basis of its own, no transparency towards the people in the data and, for register data, no entitlement to it. ' +
    'The ICO\'s 2018 investigation into political campaigns repeatedly traced problems back to data bought from, or handled by, suppliers.',
  remediation: [
    'Use data received as a processor only for the client that supplied it, and only as the contract instructs.',
    'Remove client data from your own databases and products; do not pool one client\'s data with another\'s.',
    'If you want to use such data for your own purposes, you need your own lawful basis and must tell the people concerned; register copies cannot be used for that at all.',
  ],
  notes:
    'A source is treated as held as a processor if its registerEntitlement is "supplied_as_processor", or, for a supplier, broker or platform declarant, if its supplier is a client (an actor with role controller) under a processor contract. ' +
    'Only activities whose purpose is data enrichment or data supply count as own purposes; other activities are assumed to be the client\'s work, because the schema cannot say on whose behalf an activity is run (see the schema gap in the report). ' +
    'Register-specific offences are judged by the electoral register rules; suppliers listed by a campaign are judged by the processors rules (UK-PROC-02). ' +
    'The 2018 investigation finding is digest section (d) row 11 and the cross-cutting lessons [S].',
  examples: {
    passing: `# The register copy we hold for our candidate is used only for her canvassing.
dataSources:
  - id: cand-register
    name: Full register held for our candidate
    type: full_electoral_register
    registerEntitlement: supplied_as_processor
    usedForActivityIds: [canvass-north]
processingActivities:
  - id: canvass-north
    name: Canvassing for the North candidate
    purposeType: canvassing
`,
    failing: `# Fails: the candidate's register copy is also used to enrich the party's own voter file.
dataSources:
  - id: cand-register
    name: Full register held for our candidate
    type: full_electoral_register
    registerEntitlement: supplied_as_processor
    usedForActivityIds: [canvass-north, enrich-file]
processingActivities:
  - id: canvass-north
    name: Canvassing for the North candidate
    purposeType: canvassing
  - id: enrich-file
    name: Adding register details to the party voter file
    purposeType: data_enrichment
`,
  },
  messages: {
    noSources: 'No data sources are declared, so data held for clients cannot be checked.',
    noneHeldAsProcessor: 'No data source is declared as held on behalf of a client as its processor.',
    useUnknown: '{{subject}} is held as a client\'s processor, but which activities use it (usedForActivityIds or the activities\' dataSourceIds) is not declared.',
    usedForOwnPurposes: '{{subject}} is held as a client\'s processor but is also used for {{activities}}, which is {{purpose}}; for that use you are a controller, not a processor.',
    clientWorkOnly: '{{subject}} is held as a client\'s processor and used only for {{activities}}.',
  },
  evaluate(declaration, context) {
    const list = declaration.dataSources;
    if (list === undefined) return [needsInfo(DECLARATION, 'noSources', ['/dataSources'])];
    const clients = clientsServedAsProcessor(declaration);
    const outcomes: RuleOutcome<Message>[] = [];
    for (const { entry, subject } of items(list, 'dataSources')) {
      const asProcessor = entry.registerEntitlement === 'supplied_as_processor' || (entry.supplierId !== undefined && clients.has(entry.supplierId));
      if (!asProcessor) continue;
      const activities = context.index.activitiesUsingSource(entry.id);
      if (activities.length === 0) {
        outcomes.push(needsInfo(subject, 'useUnknown', [at(subject, 'usedForActivityIds')]));
        continue;
      }
      const own = activities.filter((a) => a.entry.purposeType !== undefined && OWN_PURPOSES.has(a.entry.purposeType));
      const names = (chosen: typeof activities) => chosen.map((a) => `"${a.entry.name}"`).join(', ');
      if (own.length > 0) {
        const purposes = [...new Set(own.map((a) => OWN_PURPOSES.get(a.entry.purposeType!)!))].join(' and ');
        outcomes.push(fail(subject, 'usedForOwnPurposes', [subject.pointer, ...own.map((a) => `${a.pointer}/purposeType`)], { activities: names(own), purpose: purposes }));
      } else {
        outcomes.push(pass(subject, 'clientWorkOnly', [subject.pointer, ...activities.map((a) => a.pointer)], { activities: names(activities) }));
      }
    }
    if (outcomes.length === 0) return [notApplicable(DECLARATION, 'noneHeldAsProcessor', ['/dataSources'])];
    return outcomes;
  },
});
