/**
 * Shared facts for the transparency rules: which sources are "not obtained from the data subject" (UK GDPR
 * Art. 14), whether a communication is direct marketing, and the gate every privacy-notice rule starts with.
 */
import type { RuleOutcome } from '../../core/rule.js';
import type { Communication, DataSource, Declaration, PrivacyNotice } from '../../schema/generated/declaration.js';
import { CAMPAIGNING_PURPOSES } from '../lib/facts.js';
import { needsInfo, notApplicable } from '../lib/outcomes.js';
import { section } from '../lib/subjects.js';

export type SourceType = DataSource['type'];

/**
 * Sources whose data comes from someone other than the person it is about, so that Art. 14 (not Art. 13)
 * applies: the registers, brokers and other companies, platforms, public and scraped material, and contacts
 * uploaded from volunteers' phones. Engagement on your own pages arrives through the platform, so the digest
 * (UK-SRC-04) treats it as Art. 14 data too. 'other' is left out: its origin is unknown.
 */
export const INDIRECT_SOURCE_TYPES: ReadonlySet<SourceType> = new Set<SourceType>([
  'full_electoral_register',
  'open_electoral_register',
  'marked_register',
  'absent_voter_list',
  'data_broker',
  'affiliated_company_customers',
  'own_social_media_engagement',
  'social_media_platform',
  'public_web',
  'scraped_social_media',
  'volunteer_contacts',
]);

/** Whether a source's data comes from someone other than the people it is about: its type says so, or it is of type 'other' and a supplier provides it. */
export function isIndirect(source: DataSource): boolean {
  return INDIRECT_SOURCE_TYPES.has(source.type) || (source.type === 'other' && source.supplierId !== undefined);
}

/** The electoral register in any form: full, open (edited), marked, and the absent voter lists. */
export const REGISTER_SOURCE_TYPES: ReadonlySet<SourceType> = new Set<SourceType>([
  'full_electoral_register',
  'open_electoral_register',
  'marked_register',
  'absent_voter_list',
]);

/** Bought or supplied by a company: the sources a notice should name by organisation (ICO audits of parties). */
export const COMMERCIAL_SOURCE_TYPES: ReadonlySet<SourceType> = new Set<SourceType>(['data_broker', 'affiliated_company_customers']);

/** "full_electoral_register" -> "full electoral register". */
export function words(value: string): string {
  return value.replace(/_/g, ' ');
}

/** A list of names for a message: "A", "A and B", "A, B and C". */
export function listOf(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * Whether a communication is direct marketing: a campaigning purpose, or research and service messages that
 * carry campaigning content or that the declarant treats as marketing (DPA 2018 s. 122(5); SNP v IC 2006).
 */
export function marketingStatus(c: Communication): 'marketing' | 'not_marketing' | 'unknown' {
  if (c.isDirectMarketing === true || c.containsCampaigningContent === true) return 'marketing';
  if (c.purpose === undefined) return c.isDirectMarketing === false ? 'not_marketing' : 'unknown';
  if (CAMPAIGNING_PURPOSES.has(c.purpose as never)) return 'marketing';
  return 'not_marketing';
}

/** The first step of every rule about the published notice: is there one to judge? */
export type NoticeGate<M extends string> =
  | { notice: PrivacyNotice; outcome?: undefined }
  | { notice?: undefined; outcome: RuleOutcome<M> };

export function noticeGate<M extends string>(declaration: Declaration, unknown: M, unpublished: M): NoticeGate<M> {
  const subject = section('privacyNotice');
  const notice = declaration.privacyNotice;
  if (notice === undefined) return { outcome: needsInfo(subject, unknown, ['/privacyNotice']) };
  if (!notice.published) return { outcome: notApplicable(subject, unpublished, ['/privacyNotice/published']) };
  return { notice };
}
