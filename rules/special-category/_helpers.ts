/**
 * Helpers for the special-category rules (not a rule).
 */
import type { Indexed } from '../../core/declaration-index.js';
import type { DeclarationIndex } from '../../core/declaration-index.js';
import type { DataCategory, ProcessingActivity } from '../../schema/generated/declaration.js';
import { isSpecialCategory } from '../lib/facts.js';

type Kind = DataCategory['kind'];
export type Schedule1Condition = NonNullable<NonNullable<ProcessingActivity['specialCategory']>['schedule1Condition']>;

/**
 * Kinds that may reveal political opinions depending on context: donations to a party or campaign, and engagement
 * with a campaign's social media (likes, follows, comments). Not in rules/lib/facts.ts POLITICAL_OPINION_KINDS,
 * because whether they reveal an opinion depends on whom the donation or engagement concerns.
 */
export const MAY_REVEAL_POLITICAL_OPINIONS: ReadonlySet<Kind> = new Set<Kind>(['donation_history', 'social_media_engagement']);

/** The kinds the onomastic red line is about: ethnicity, religion and country of origin (treated as ethnic origin). */
export const ONOMASTIC_KINDS: ReadonlySet<Kind> = new Set<Kind>(['ethnicity', 'religion', 'country_of_origin']);

/** The special category data an activity uses, by its declared data categories. */
export function specialCategoriesOf(activityId: string, index: DeclarationIndex): Indexed<DataCategory>[] {
  return index.categoriesOfActivity(activityId).filter((c) => isSpecialCategory(c.entry));
}

/** Whether an activity relies on a DPA 2018 Sch. 1 Part 2 (substantial public interest) condition. */
export function reliesOnSchedule1(activity: ProcessingActivity): boolean {
  const sc = activity.specialCategory;
  return sc !== undefined && (sc.condition === 'substantial_public_interest' || sc.schedule1Condition !== undefined);
}

/** Whether an activity relies on the political parties condition (DPA 2018 Sch. 1 para. 22). */
export function reliesOnPara22(activity: ProcessingActivity): boolean {
  return activity.specialCategory?.schedule1Condition === 'para_22_political_parties';
}

/** Names of declared items for a message, quoted and joined: "Voting intention", "Ethnicity". */
export function quoted(list: readonly { entry: { name: string } }[]): string {
  return list.map((c) => `"${c.entry.name}"`).join(', ');
}

export const SCHEDULE1_LABELS: Readonly<Record<Schedule1Condition, string>> = {
  para_22_political_parties: 'political parties (Schedule 1 paragraph 22)',
  para_23_elected_representatives: 'elected representatives responding to requests (Schedule 1 paragraph 23)',
  para_24_disclosure_to_elected_representatives: 'disclosure to elected representatives (Schedule 1 paragraph 24)',
  para_8_equality: 'equality of opportunity or treatment (Schedule 1 paragraph 8)',
  other: 'another Schedule 1 Part 2 condition',
};
