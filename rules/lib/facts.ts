/**
 * Domain facts shared by rules: which channels are "electronic mail" under PECR, which kinds of data reveal
 * political opinions, who counts as a registered party, and so on. Each list says where it comes from.
 */
import type {
  Communication,
  DataCategory,
  Declaration,
} from '../../schema/generated/declaration.js';

type Channel = Communication['channel'];
type Kind = DataCategory['kind'];
type OrganisationType = Declaration['declarant']['organisationType'];

/**
 * PECR reg. 2(1): "electronic mail" is any text, voice, sound or image message sent over a public electronic
 * communications network that can be stored until collected: email, SMS, MMS, voicemail and most app messages.
 */
export const ELECTRONIC_MAIL_CHANNELS: ReadonlySet<Channel> = new Set<Channel>([
  'email',
  'sms',
  'mms',
  'messaging_app',
  'voicemail',
  'social_media_message',
]);

export const CALL_CHANNELS: ReadonlySet<Channel> = new Set<Channel>(['live_call', 'automated_call']);

/** Purposes that promote a campaign's aims: direct marketing (DPA 2018 s. 122(5); SNP v IC 2006). */
export const CAMPAIGNING_PURPOSES: ReadonlySet<NonNullable<Communication['purpose']>> = new Set([
  'persuasion',
  'get_out_the_vote',
  'fundraising',
  'volunteer_recruitment',
  'membership',
  'event_invitation',
] as const);

/** Kinds of data that reveal political opinions (ICO guidance: Personal data; Special category data). */
export const POLITICAL_OPINION_KINDS: ReadonlySet<Kind> = new Set<Kind>([
  'voting_intention',
  'party_support_score',
  'canvass_response',
  'issue_opinion',
  'party_membership',
]);

/** Other special categories (UK GDPR Art. 9(1)); country of origin is treated as revealing ethnic origin. */
export const OTHER_SPECIAL_KINDS: ReadonlySet<Kind> = new Set<Kind>([
  'ethnicity',
  'religion',
  'country_of_origin',
  'health',
  'sexual_orientation',
  'trade_union_membership',
  'biometric',
]);

export function isSpecialKind(kind: Kind): boolean {
  return POLITICAL_OPINION_KINDS.has(kind) || OTHER_SPECIAL_KINDS.has(kind);
}

/** Data categories that are special category data by kind or as declared. */
export function isSpecialCategory(category: DataCategory): boolean {
  return category.specialCategory === true || isSpecialKind(category.kind);
}

/** Organisations that are (part of) a party; only those on the PPERA s. 23 register can use DPA Sch. 1 para. 22. */
export const PARTY_TYPES: ReadonlySet<OrganisationType> = new Set<OrganisationType>(['registered_party', 'local_party_unit']);

/** Commercial organisations: suppliers, brokers and platforms. */
export const COMMERCIAL_TYPES: ReadonlySet<OrganisationType> = new Set<OrganisationType>(['vendor', 'data_broker', 'platform']);

/** Campaigners: everyone whose own campaigning the code is about. */
export const CAMPAIGNER_TYPES: ReadonlySet<OrganisationType> = new Set<OrganisationType>([
  'registered_party',
  'local_party_unit',
  'candidate',
  'elected_representative',
  'referendum_campaigner',
  'non_party_campaigner',
  'recall_petition_campaigner',
]);

/** Whether the declarant is on the PPERA register of parties (undefined when not declared). */
export function onPartyRegister(declaration: Declaration): boolean | undefined {
  return declaration.declarant.partyRegistration?.registered;
}

/** The minimum voting age at the declared election: declared, else 16 where the whole campaign is in Scotland or Wales, else 18. */
export function votingAge(declaration: Declaration): number {
  if (declaration.campaign.minimumVotingAge !== undefined) return declaration.campaign.minimumVotingAge;
  const devolved16 = new Set(['scottish_parliament', 'senedd']);
  if (declaration.campaign.electionType && devolved16.has(declaration.campaign.electionType)) return 16;
  const places = declaration.declarant.jurisdictions ?? [];
  const local = declaration.campaign.electionType === 'local_government';
  if (local && places.length > 0 && places.every((p) => p === 'scotland' || p === 'wales')) return 16;
  return 18;
}

/** Adds a number of months (or other unit) to a YYYY-MM-DD date, in UTC; returns YYYY-MM-DD. */
export function addPeriod(date: string, amount: number, unit: 'days' | 'weeks' | 'months' | 'years'): string {
  const d = new Date(`${date}T00:00:00Z`);
  if (unit === 'days') d.setUTCDate(d.getUTCDate() + amount);
  if (unit === 'weeks') d.setUTCDate(d.getUTCDate() + amount * 7);
  if (unit === 'months') d.setUTCMonth(d.getUTCMonth() + amount);
  if (unit === 'years') d.setUTCFullYear(d.getUTCFullYear() + amount);
  return d.toISOString().slice(0, 10);
}

/** Retention period in days (months as 30.44 days, years as 365.25), for comparisons only. */
export function periodInDays(period: { amount: number; unit: 'days' | 'weeks' | 'months' | 'years' }): number {
  const factor = { days: 1, weeks: 7, months: 30.44, years: 365.25 }[period.unit];
  return period.amount * factor;
}
