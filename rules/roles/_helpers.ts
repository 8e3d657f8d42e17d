/**
 * Helpers for the roles rules (not a rule: the leading underscore keeps it out of the registry).
 * Actors (other organisations and people) and vendors (suppliers) share one recipient id space, and both carry a
 * data protection role; these helpers walk both lists in declaration order.
 */
import type { RuleSubject } from '../../core/rule.js';
import type { Actor, Declaration, Vendor } from '../../schema/generated/declaration.js';
import { items } from '../lib/subjects.js';

export type Party =
  | { kind: 'actor'; entry: Actor; index: number; subject: RuleSubject }
  | { kind: 'vendor'; entry: Vendor; index: number; subject: RuleSubject };

/** Every actor, then every vendor, each with its subject, in declaration order. */
export function parties(declaration: Declaration): Party[] {
  return [
    ...items(declaration.actors, 'actors').map((i) => ({ kind: 'actor' as const, ...i })),
    ...items(declaration.vendors, 'vendors').map((i) => ({ kind: 'vendor' as const, ...i })),
  ];
}

/** Enum values as words for messages: 'data_sharing_agreement' -> 'data sharing agreement'. */
export function words(value: string): string {
  return value.replace(/_/g, ' ');
}

/** Roles as a phrase for messages. */
export const ROLE_LABELS: Readonly<Record<NonNullable<Actor['role'] | Vendor['role']>, string>> = {
  controller: 'a separate controller',
  joint_controller: 'a joint controller',
  processor: 'a processor',
  sub_processor: 'a sub-processor',
};
