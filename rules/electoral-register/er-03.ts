/**
 * ER-03: copies of the full register, the marked register and the absent voter lists are passed on only to
 * processors acting on the holder's instructions for the permitted purposes. The holder may not otherwise supply
 * a copy or disclose information that is not in the open register (regs. 103(3), 105(4), 106(3), 108(5)), and
 * a processor may give it back only to the person who supplied it or another entitled person (reg. 92(9)).
 * A supplier that uses the data for its own purposes (enriching its database, training its models) is not a
 * processor, whatever the contract calls it.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import type { Actor } from '../../schema/generated/declaration.js';
import { fail, needsInfo, notApplicable, pass, warn } from '../lib/outcomes.js';
import { DECLARATION, at, items } from '../lib/subjects.js';
import { DOCUMENT, RESTRICTED_TYPES, listOf } from './_helpers.js';

/** Campaign organisations that may be entitled to their own copy (so passing on to them is a judgement call). */
const CAMPAIGN_ACTORS: ReadonlySet<NonNullable<Actor['type']>> = new Set<NonNullable<Actor['type']>>([
  'party_headquarters',
  'local_party_unit',
  'candidate',
  'elected_representative',
  'agent',
]);

interface Finding {
  verdict: 'fail' | 'judgement' | 'unknown' | 'ok';
  name: string;
  pointers: string[];
}

export default defineRule({
  id: 'ER-03',
  title: 'Register copies are passed on only to processors acting for the entitled holder',
  area: 'electoral-register',
  severity: 'critical',
  tags: ['electoral-register', 'full-register', 'processors', 'electoral-law'],
  covers: ['UK-ER-01'],
  citations: [
    cite('RPR 2001', 'reg. 106(3)'),
    cite('RPR 2001', 'reg. 105(4)'),
    cite('RPR 2001', 'reg. 108(5)'),
    cite('RPR 2001', 'reg. 103(3)'),
    cite('RPR 2001', 'reg. 92(9)'),
    cite('UK GDPR', 'Art. 28(10)'),
    citeIco('Use of the electoral register'),
  ],
  rationale:
    'Those entitled to the full register, the marked register or the absent voter lists may not give copies to anyone else, nor disclose what is in them beyond the open register. ' +
    'They may use processors, such as a printing and mailing house or the supplier of their voter database, that handle the data only on their instructions and for the permitted purposes; a processor may hand it back only to the person who supplied it or another entitled person. ' +
    'Giving the register to a data broker to enrich and keep, to a platform, or to another organisation for its own use breaks electoral law; the Electoral Commission tells parties not to pass it on.',
  remediation: [
    'List everyone who receives data from your register copies.',
    'Keep only recipients that act solely on your instructions under a processor contract and do not use the data for themselves; stop any other supply and ask for the data to be deleted.',
    'Where another campaign organisation needs the register (a candidate, a local party), it should obtain its own copy under its own entitlement.',
  ],
  notes:
    'RPR 2001 reg. 92(8) (the processor\'s location) is not cited: its wording after Brexit is unverified (docs/legal-sources.md, section 4). The RPR numbering is status D. ' +
    'Whether the qualifying words "other than for [the permitted] purposes" also allow supply to another entitled person is not settled in the text checked; passing a copy to a candidate, local party, agent or elected representative is therefore reported as a warning, not a failure. ' +
    'A recipient with role controller or joint controller, or a supplier that uses the data for its own purposes, is not a processor (UK GDPR Art. 28(10), status N).',
  examples: {
    passing: `# The register goes only to our mailing house, which prints letters for us as our processor.
vendors:
  - id: mailer
    name: Mailing house
    service: printing_and_mailing
    role: processor
dataSources:
  - id: full-register
    name: Full electoral register
    type: full_electoral_register
    registerEntitlement: rpr_106_registered_party
    sharedWith:
      - recipientId: mailer
        asProcessor: true
`,
    failing: `# Fails: a copy of the register is given to a data broker for its own use.
vendors:
  - id: broker
    name: Acme Data
    service: data_broker
    role: controller
dataSources:
  - id: full-register
    name: Full electoral register
    type: full_electoral_register
    registerEntitlement: rpr_106_registered_party
    sharedWith:
      - recipientId: broker
        asProcessor: false
`,
  },
  messages: {
    noSources: 'Your data sources (dataSources) are not declared, so it is not known whether register copies are passed on. Use [] if there are none.',
    noRestricted: 'You hold neither the full register, nor the marked register, nor the absent voter lists.',
    sharingUnknown: '{{subject}}: who receives data from {{document}} (sharedWith) is not declared. Use [] if no one does.',
    notPassedOn: '{{subject}}: {{document}} is not passed to anyone.',
    passedOn: '{{subject}}: {{document}} is passed to {{recipients}}, who are not acting only as your processors.',
    toCampaign: '{{subject}}: {{document}} is passed to {{recipients}}; they should hold their own copy under their own entitlement, or act only as your processor.',
    processorUnknown: '{{subject}}: whether {{recipients}} receive {{document}} only as your processor (asProcessor) is not declared.',
    processorsOnly: '{{subject}}: {{document}} is passed only to processors acting on your instructions.',
  },
  evaluate(declaration, context) {
    const list = declaration.dataSources;
    if (list === undefined) return [needsInfo(DECLARATION, 'noSources', ['/dataSources'])];
    const restricted = items(list, 'dataSources').filter(({ entry }) => RESTRICTED_TYPES.has(entry.type));
    if (restricted.length === 0) return [notApplicable(DECLARATION, 'noRestricted', ['/dataSources'])];
    return restricted.map(({ entry, subject }) => {
      const document = DOCUMENT.get(entry.type) ?? entry.type;
      const shared = entry.sharedWith;
      if (shared === undefined) return needsInfo(subject, 'sharingUnknown', [at(subject, 'sharedWith')], { document });
      if (shared.length === 0) return pass(subject, 'notPassedOn', [at(subject, 'sharedWith')], { document });
      const findings: Finding[] = shared.map((recipient, i) => {
        const base = at(subject, 'sharedWith', i);
        const party = context.index.party(recipient.recipientId);
        const name = party?.entry.name ?? recipient.recipientId;
        const vendor = context.index.vendors.get(recipient.recipientId);
        const actor = vendor ? undefined : context.index.actors.get(recipient.recipientId);
        if (recipient.asProcessor === undefined) return { verdict: 'unknown', name, pointers: [at(base, 'asProcessor')] };
        if (recipient.asProcessor) {
          if (vendor && (vendor.entry.role === 'controller' || vendor.entry.role === 'joint_controller')) {
            return { verdict: 'fail', name, pointers: [at(base, 'asProcessor'), at(vendor.pointer, 'role')] };
          }
          if (vendor?.entry.usesDataForOwnPurposes === true) {
            return { verdict: 'fail', name, pointers: [at(base, 'asProcessor'), at(vendor.pointer, 'usesDataForOwnPurposes')] };
          }
          if (actor && (actor.entry.role === 'controller' || actor.entry.role === 'joint_controller' || actor.entry.usesDataForOwnPurposes === true)) {
            return { verdict: 'fail', name, pointers: [at(base, 'asProcessor'), at(actor.pointer, actor.entry.usesDataForOwnPurposes === true ? 'usesDataForOwnPurposes' : 'role')] };
          }
          return { verdict: 'ok', name, pointers: [at(base, 'asProcessor')] };
        }
        if (actor?.entry.type !== undefined && CAMPAIGN_ACTORS.has(actor.entry.type)) {
          return { verdict: 'judgement', name, pointers: [at(base, 'asProcessor'), at(actor.pointer, 'type')] };
        }
        return { verdict: 'fail', name, pointers: [at(base, 'asProcessor')] };
      });
      const of = (verdict: Finding['verdict']) => findings.filter((f) => f.verdict === verdict);
      const names = (subset: Finding[]) => listOf(subset.map((f) => f.name));
      const pointers = (subset: Finding[]) => subset.flatMap((f) => f.pointers);
      const failing = of('fail');
      if (failing.length > 0) return fail(subject, 'passedOn', pointers(failing), { document, recipients: names(failing) });
      const judged = of('judgement');
      if (judged.length > 0) return warn(subject, 'toCampaign', pointers(judged), { document, recipients: names(judged) });
      const unknown = of('unknown');
      if (unknown.length > 0) return needsInfo(subject, 'processorUnknown', pointers(unknown), { document, recipients: names(unknown) });
      return pass(subject, 'processorsOnly', pointers(findings), { document });
    });
  },
});
