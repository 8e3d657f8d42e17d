/**
 * Helpers for the direct-marketing classification rules (not a rule). The definition of direct marketing is the
 * same in DPA 2018 s. 122(5), UK GDPR Art. 4(15A) and PECR reg. 2(1): the communication, by whatever means, of
 * advertising or marketing material directed to particular individuals. All three rules cite it.
 */
import { cite, citeIco, type Citation } from '../../core/citations.js';
import type { Communication } from '../../schema/generated/declaration.js';

export const DEFINITION_CITATIONS: Citation[] = [
  cite('DPA 2018', 's. 122(5)'),
  cite('UK GDPR', 'Art. 4(15A)'),
  cite('PECR', 'reg. 2(1)'),
  citeIco('Political campaigning - opinion research and direct marketing'),
];

/** Channels that do not reach particular individuals ('to the occupier' leaflets), so nothing sent by them is direct marketing. */
export function notDirected(channel: Communication['channel']): boolean {
  return channel === 'unaddressed_leaflet';
}
