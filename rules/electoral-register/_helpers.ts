/**
 * Shared facts for the electoral register rules (Representation of the People (England and Wales) Regulations
 * 2001, Parts VI and VII, numbering as in docs/legal-sources.md): who may hold a copy under each entitlement,
 * and what each entitlement allows it to be used for.
 */
import type { DataSource, Declaration, ProcessingActivity } from '../../schema/generated/declaration.js';

export type SourceType = DataSource['type'];
export type Entitlement = NonNullable<DataSource['registerEntitlement']>;
export type PurposeType = NonNullable<ProcessingActivity['purposeType']>;

/** The restricted register documents: the full register, the marked register and the absent voter lists. */
export const RESTRICTED_TYPES: ReadonlySet<SourceType> = new Set<SourceType>(['full_electoral_register', 'marked_register', 'absent_voter_list']);

/** How each restricted document is named in messages. */
export const DOCUMENT = new Map<SourceType, string>([
  ['full_electoral_register', 'the full register'],
  ['marked_register', 'the marked register'],
  ['absent_voter_list', 'the absent voter list'],
]);

/** How each entitlement is named in messages. */
export const ENTITLEMENT = new Map<Entitlement, string>([
  ['rpr_103_elected_representative', 'an elected representative (reg. 103)'],
  ['rpr_104_donation_checks', 'donation checks by an office-holder or candidate (reg. 104)'],
  ['rpr_105_local_party_nominee', "a registered party's local nominee (reg. 105)"],
  ['rpr_106_registered_party', 'a registered party (reg. 106)'],
  ['rpr_106_recognised_third_party', 'a recognised third party (reg. 106)'],
  ['rpr_106_permitted_participant', 'a permitted participant in a referendum (reg. 106)'],
  ['rpr_108_candidate', 'a candidate (reg. 108)'],
  ['marked_register_request', 'a request for the marked register (Part VII)'],
  ['supplied_as_processor', 'a processor for an entitled person'],
  ['none', 'no entitlement'],
]);

export type HolderCheck =
  | { status: 'ok' }
  | { status: 'fail'; reason: string; pointers: string[] }
  | { status: 'judgement'; reason: string; pointers: string[] }
  | { status: 'unknown'; fact: string; pointers: string[] }
  | { status: 'manual'; reason: string; pointers: string[] };

const TYPE = '/declarant/organisationType';
const PARTY_REG = '/declarant/partyRegistration';
const EC_REG = '/declarant/electoralCommissionRegistration';

function partyRegistered(d: Declaration): HolderCheck {
  const reg = d.declarant.partyRegistration;
  if (reg === undefined) return { status: 'unknown', fact: 'whether your party is on the register of political parties (partyRegistration)', pointers: [PARTY_REG] };
  if (!reg.registered) return { status: 'fail', reason: 'your party is not on the register of political parties', pointers: [`${PARTY_REG}/registered`] };
  return { status: 'ok' };
}

function ecRegistered(d: Declaration, wanted: 'recognised_third_party' | 'permitted_participant' | 'either'): HolderCheck {
  const reg = d.declarant.electoralCommissionRegistration;
  if (reg === undefined) return { status: 'unknown', fact: 'your Electoral Commission registration (electoralCommissionRegistration)', pointers: [EC_REG] };
  if (!reg.registered) return { status: 'fail', reason: 'you are not registered with the Electoral Commission', pointers: [`${EC_REG}/registered`] };
  if (wanted === 'either') return { status: 'ok' };
  if (reg.registrationType === undefined) return { status: 'unknown', fact: 'your Electoral Commission registration type (registrationType)', pointers: [`${EC_REG}/registrationType`] };
  if (reg.registrationType !== wanted) {
    return { status: 'fail', reason: `you are registered as a ${reg.registrationType.replace(/_/g, ' ')}, not a ${wanted.replace(/_/g, ' ')}`, pointers: [`${EC_REG}/registrationType`] };
  }
  return { status: 'ok' };
}

/**
 * Whether the declarant may hold a restricted register document under the entitlement it declares. Vendors,
 * brokers and platforms are never entitled in their own right; recall petition campaigners are left to a person
 * (the ICO and the digest disagree on their entitlement; see docs/legal-sources.md, point 2k).
 */
export function holderCheck(d: Declaration, type: SourceType, entitlement: Entitlement): HolderCheck {
  const org = d.declarant.organisationType;
  const wrong = (who: string): HolderCheck => ({ status: 'fail', reason: `this entitlement belongs to ${who}, and you are declared as a ${org.replace(/_/g, ' ')}`, pointers: [TYPE] });
  if (entitlement === 'none') return { status: 'fail', reason: 'you declare no entitlement to it', pointers: [] };
  if (entitlement === 'supplied_as_processor') return { status: 'ok' };
  if (org === 'vendor' || org === 'data_broker' || org === 'platform') {
    return { status: 'fail', reason: 'suppliers, brokers and platforms are not entitled to it on their own account; they may hold it only as a processor for an entitled person', pointers: [TYPE] };
  }
  if (org === 'recall_petition_campaigner') {
    return { status: 'manual', reason: 'the entitlement of recall petition campaigners is unsettled (the ICO says registered recall petition campaigners are entitled; the regulations as checked name none)', pointers: [TYPE] };
  }
  if (type === 'absent_voter_list' && entitlement === 'rpr_104_donation_checks') {
    return { status: 'fail', reason: 'reg. 61 gives the absent voter lists only to those entitled under regs. 103, 105, 106 or 108, not reg. 104', pointers: [] };
  }
  if (type === 'marked_register' && entitlement === 'rpr_104_donation_checks') {
    return { status: 'fail', reason: 'the marked register is not available for donation checks under reg. 104', pointers: [] };
  }
  switch (entitlement) {
    case 'rpr_106_registered_party': {
      if (org !== 'registered_party' && org !== 'local_party_unit') return wrong('a registered party');
      const registered = partyRegistered(d);
      if (registered.status !== 'ok') return registered;
      if (d.declarant.partyRegistration?.minorParty === true) {
        return { status: 'fail', reason: 'minor parties are not entitled to the full register under reg. 106', pointers: [`${PARTY_REG}/minorParty`] };
      }
      return { status: 'ok' };
    }
    case 'rpr_105_local_party_nominee':
      if (org !== 'registered_party' && org !== 'local_party_unit') return wrong("a registered party's local nominee");
      return partyRegistered(d);
    case 'rpr_106_recognised_third_party':
      if (org !== 'non_party_campaigner') return wrong('a recognised third party (a registered non-party campaigner)');
      return ecRegistered(d, 'recognised_third_party');
    case 'rpr_106_permitted_participant':
      if (org === 'registered_party' || org === 'local_party_unit') return partyRegistered(d);
      if (org !== 'referendum_campaigner' && org !== 'non_party_campaigner') return wrong('a permitted participant in a referendum');
      return ecRegistered(d, 'permitted_participant');
    case 'rpr_108_candidate':
      if (org === 'candidate') return { status: 'ok' };
      if (org === 'registered_party' || org === 'local_party_unit') {
        return {
          status: 'judgement',
          reason: "candidates are entitled under reg. 108; a party holds a candidate's copy only as the candidate's processor or, at list elections, through its election agent",
          pointers: [TYPE],
        };
      }
      return wrong('a candidate');
    case 'rpr_103_elected_representative':
      return org === 'elected_representative' ? { status: 'ok' } : wrong('an elected representative');
    case 'rpr_104_donation_checks':
      return org === 'elected_representative' || org === 'candidate' ? { status: 'ok' } : wrong('an elected office-holder or candidate');
    case 'marked_register_request':
      if (org === 'registered_party' || org === 'local_party_unit') return partyRegistered(d);
      if (org === 'candidate' || org === 'elected_representative') return { status: 'ok' };
      return ecRegistered(d, 'either');
  }
}

/** Campaigning to get elected (or to win a referendum): "electoral purposes" as the Electoral Commission reads them. */
export const ELECTORAL: ReadonlySet<PurposeType> = new Set<PurposeType>([
  'voter_contact',
  'get_out_the_vote',
  'canvassing',
  'voter_modelling',
  'online_targeting',
  'electoral_registration',
]);

/** Purposes that may or may not be electoral purposes, depending on the facts: a person must judge. */
export const JUDGEMENT: ReadonlySet<PurposeType> = new Set<PurposeType>([
  'fundraising',
  'membership',
  'volunteer_management',
  'opinion_research',
  'data_enrichment',
  'service_messages',
  'other',
]);

/**
 * The purposes each entitlement allows (the restrictions in regs. 103(3), 104(3)-(4), 105(4), 106(3)-(4),
 * 108(5)). Donation checks are allowed wherever electoral purposes are: the Electoral Commission tells candidates
 * (reg. 108) that the register may be used to check that donations are permissible.
 */
export function allowedPurposes(entitlement: Entitlement): ReadonlySet<PurposeType> {
  switch (entitlement) {
    case 'rpr_104_donation_checks':
      return new Set<PurposeType>(['donation_checks']);
    case 'rpr_103_elected_representative':
      return new Set<PurposeType>([...ELECTORAL, 'donation_checks', 'casework']);
    case 'none':
      return new Set<PurposeType>();
    default:
      return new Set<PurposeType>([...ELECTORAL, 'donation_checks']);
  }
}

/** The purposes a person must judge under an entitlement: none where the entitlement is for donation checks only. */
export function judgementPurposes(entitlement: Entitlement, extra: readonly PurposeType[] = []): ReadonlySet<PurposeType> {
  if (entitlement === 'rpr_104_donation_checks' || entitlement === 'none') return new Set<PurposeType>();
  return new Set<PurposeType>([...JUDGEMENT, ...extra]);
}

export interface UseFinding {
  verdict: 'fail' | 'judgement' | 'unknown' | 'ok';
  name: string;
  pointer: string;
  purpose?: PurposeType;
}

/**
 * Judges each activity using a register source against the purposes allowed: outside them is a failure, unless
 * the purpose is one whose electoral character depends on the facts (then a person must judge); a purpose not
 * declared is unknown.
 */
export function judgeUses(
  uses: { entry: ProcessingActivity; pointer: string }[],
  allowed: ReadonlySet<PurposeType>,
  judgement: ReadonlySet<PurposeType>,
): UseFinding[] {
  return uses.map(({ entry, pointer }) => {
    const base = { name: entry.name, pointer: `${pointer}/purposeType` };
    const purpose = entry.purposeType;
    if (purpose === undefined) return { ...base, verdict: 'unknown' };
    if (allowed.has(purpose)) return { ...base, verdict: 'ok', purpose };
    if (judgement.has(purpose)) return { ...base, verdict: 'judgement', purpose };
    return { ...base, verdict: 'fail', purpose };
  });
}

/** A list of names for a message: "A", "A and B", "A, B and C". */
export function listOf(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** "Fundraising (fundraising)" style labels for a message. */
export function describe(findings: readonly UseFinding[]): string {
  return listOf(findings.map((f) => (f.purpose ? `${f.name} (${f.purpose.replace(/_/g, ' ')})` : f.name)));
}
