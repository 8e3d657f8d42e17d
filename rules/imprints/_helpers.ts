/**
 * Helpers for the digital imprint rules (not a rule: the leading underscore keeps it out of the registry).
 * Elections Act 2022 Part 6: what counts as electronic material, which campaigners are listed in s. 44(3) (so that
 * even their unpaid material needs an imprint), and the handling of an absent or empty list of material.
 */
import type { RuleOutcome, RuleSubject } from '../../core/rule.js';
import type { Declaration, ElectronicMaterial } from '../../schema/generated/declaration.js';
import { needsInfo, notApplicable } from '../lib/outcomes.js';
import { DECLARATION, items } from '../lib/subjects.js';

/** s. 39(3): material received as a phone call or an SMS at a telephone number is not electronic material. */
export const EXCLUDED_MEDIA: ReadonlySet<ElectronicMaterial['medium']> = new Set<ElectronicMaterial['medium']>(['sms', 'telephone_call']);

/**
 * Whether the declarant is a campaigner listed in s. 44(3) (registered party, recognised third party, candidate or
 * future candidate, elected office-holder, referendum campaigner = permitted participant, recall petition
 * campaigner = accredited campaigner): `true`, `false`, or why it is not known and where the fact belongs.
 */
export type ListedStatus =
  | { listed: true }
  | { listed: false; pointer: string }
  | { listed: 'unknown'; why: 'registration' | 'accreditation' | 'on_behalf'; pointer: string };

export function listedCampaigner(declaration: Declaration): ListedStatus {
  const d = declaration.declarant;
  switch (d.organisationType) {
    case 'registered_party':
    case 'local_party_unit':
      // A local unit is part of a registered party; its material is published on the party's behalf.
      return d.partyRegistration?.registered === false ? { listed: false, pointer: '/declarant/partyRegistration/registered' } : { listed: true };
    case 'candidate':
    case 'elected_representative':
      return { listed: true };
    case 'non_party_campaigner':
    case 'referendum_campaigner': {
      const registration = d.electoralCommissionRegistration;
      if (registration === undefined) return { listed: 'unknown', why: 'registration', pointer: '/declarant/electoralCommissionRegistration' };
      return registration.registered ? { listed: true } : { listed: false, pointer: '/declarant/electoralCommissionRegistration/registered' };
    }
    case 'recall_petition_campaigner':
      return { listed: 'unknown', why: 'accreditation', pointer: '/declarant/organisationType' };
    default:
      return { listed: 'unknown', why: 'on_behalf', pointer: '/declarant/organisationType' };
  }
}

export interface ListMessages<M extends string> {
  /** `electronicMaterial` is not declared at all. */
  absent: M;
  /** `electronicMaterial` is []. */
  empty: M;
}

/** One outcome per declared piece of material, in order; needs_info when the list is absent, n/a when empty. */
export function perMaterial<M extends string>(
  declaration: Declaration,
  ids: ListMessages<M>,
  judge: (entry: ElectronicMaterial, subject: RuleSubject) => RuleOutcome<M>,
): RuleOutcome<M>[] {
  const list = declaration.electronicMaterial;
  if (list === undefined) return [needsInfo(DECLARATION, ids.absent, ['/electronicMaterial'])];
  if (list.length === 0) return [notApplicable(DECLARATION, ids.empty, ['/electronicMaterial'])];
  return items(list, 'electronicMaterial').map(({ entry, subject }) => judge(entry, subject));
}
