/** Helpers shared by the representatives rules (not a rule). */
import type { ProcessingActivity } from '../../schema/generated/declaration.js';

/** Purposes of processing activities that are campaigning rather than casework. */
export const CAMPAIGNING_ACTIVITY_TYPES: ReadonlySet<NonNullable<ProcessingActivity['purposeType']>> = new Set([
  'voter_contact',
  'get_out_the_vote',
  'fundraising',
  'membership',
  'volunteer_management',
  'canvassing',
  'voter_modelling',
  'online_targeting',
] as const);

/** The ICO page for elected representatives (casework guidance and FAQs for MPs). */
export const ICO_POLITICAL_PAGE = { title: 'ICO: advice for elected representatives and their staff (casework)', url: 'https://ico.org.uk/for-organisations/political' };
