/** Helpers shared by the processors rules (not a rule). */
import type { Declaration } from '../../schema/generated/declaration.js';
import { item } from '../lib/subjects.js';
import type { RuleSubject } from '../../core/rule.js';

/**
 * The organisations a processors rule judges, in declaration order: every supplier, then every other organisation
 * (actor) declared with the role of processor. Suppliers carry the contract and due-diligence facts; actors carry
 * only a role and an arrangement.
 */
export function processorCandidates(d: Declaration): (
  | { kind: 'vendor'; entry: NonNullable<Declaration['vendors']>[number]; subject: RuleSubject }
  | { kind: 'actor'; entry: NonNullable<Declaration['actors']>[number]; subject: RuleSubject }
)[] {
  return [
    ...(d.vendors ?? []).map((entry, i) => ({ kind: 'vendor' as const, entry, subject: item('vendors', entry, i) })),
    ...(d.actors ?? []).flatMap((entry, i) => (entry.role === 'processor' ? [{ kind: 'actor' as const, entry, subject: item('actors', entry, i) }] : [])),
  ];
}
