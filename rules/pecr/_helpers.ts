/**
 * Helpers for the PECR rules (not a rule: the leading underscore keeps it out of the registry).
 * Most PECR rules judge one communication campaign at a time: they share the handling of an absent or empty
 * list, the test of whether a campaign is direct marketing, and the words used for channels in messages.
 */
import type { RuleOutcome, RuleSubject } from '../../core/rule.js';
import type { Communication, Declaration } from '../../schema/generated/declaration.js';
import { CAMPAIGNING_PURPOSES } from '../lib/facts.js';
import { needsInfo, notApplicable } from '../lib/outcomes.js';
import { DECLARATION, items } from '../lib/subjects.js';

export type Channel = Communication['channel'];

/** Channels as words for messages. */
export const CHANNEL_LABELS: Readonly<Record<Channel, string>> = {
  email: 'email',
  sms: 'text message (SMS)',
  mms: 'picture message (MMS)',
  messaging_app: 'messaging-app',
  voicemail: 'voicemail',
  live_call: 'live phone call',
  automated_call: 'recorded (automated) call',
  addressed_post: 'addressed post',
  unaddressed_leaflet: 'unaddressed leaflet',
  door_to_door: 'door-to-door',
  social_media_message: 'social media direct message',
};

/** Enum values as words for messages: 'legitimate_interests' -> 'legitimate interests'. */
export function words(value: string): string {
  return value.replace(/_/g, ' ');
}

/**
 * Whether a communication campaign is direct marketing (DPA 2018 s. 122(5); PECR reg. 2(1) as amended by
 * DUAA 2025 s. 110): campaigning purposes always are (SNP v IC 2006; Labour 2010 for get-out-the-vote), and so is
 * anything the declarant treats as marketing or that carries campaigning content. Research and service messages
 * without campaigning content are not. Without a purpose it is unknown.
 */
export function marketingStatus(c: Communication): 'marketing' | 'not_marketing' | 'unknown' {
  if (c.purpose !== undefined && CAMPAIGNING_PURPOSES.has(c.purpose as never)) return 'marketing';
  if (c.isDirectMarketing === true || c.containsCampaigningContent === true) return 'marketing';
  if (c.purpose === undefined) return 'unknown';
  return 'not_marketing';
}

/** The ids every communication rule needs for the list as a whole. */
export interface ListMessages<M extends string> {
  /** `communications` is not declared at all. */
  absent: M;
  /** `communications` is []. */
  empty: M;
}

/**
 * One outcome per declared communication, in declaration order; needs_info on the declaration when the list is
 * absent and not_applicable when it is empty.
 */
export function perCommunication<M extends string>(
  declaration: Declaration,
  ids: ListMessages<M>,
  judge: (entry: Communication, subject: RuleSubject) => RuleOutcome<M>,
): RuleOutcome<M>[] {
  const list = declaration.communications;
  if (list === undefined) return [needsInfo(DECLARATION, ids.absent, ['/communications'])];
  if (list.length === 0) return [notApplicable(DECLARATION, ids.empty, ['/communications'])];
  return items(list, 'communications').map(({ entry, subject }) => judge(entry, subject));
}
