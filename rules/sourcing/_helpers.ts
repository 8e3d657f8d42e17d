/**
 * Shared facts for the sourcing rules: which sources are lists bought or received from companies, and where
 * the due diligence on them is recorded (on the source, or on the supplier).
 */
import type { DeclarationIndex } from '../../core/declaration-index.js';
import type { Communication, DataSource, DueDiligence } from '../../schema/generated/declaration.js';
import { CAMPAIGNING_PURPOSES } from '../lib/facts.js';

/** A list from a company rather than the people themselves: a data broker, or a connected company's customers, or anything a broker supplies. */
export function isThirdPartyList(source: DataSource, index: DeclarationIndex): boolean {
  if (source.type === 'data_broker' || source.type === 'affiliated_company_customers') return true;
  const supplier = source.supplierId === undefined ? undefined : index.vendors.get(source.supplierId);
  return supplier?.entry.service === 'data_broker';
}

/** The due diligence recorded for a source: on the source itself, else on its supplier. With the pointer to it. */
export function dueDiligenceOf(
  source: DataSource,
  sourcePointer: string,
  index: DeclarationIndex,
): { diligence: DueDiligence; pointer: string } | undefined {
  if (source.dueDiligence) return { diligence: source.dueDiligence, pointer: `${sourcePointer}/dueDiligence` };
  const supplier = source.supplierId === undefined ? undefined : index.vendors.get(source.supplierId);
  if (supplier?.entry.dueDiligence) return { diligence: supplier.entry.dueDiligence, pointer: `${supplier.pointer}/dueDiligence` };
  return undefined;
}

/** A list of names for a message: "A", "A and B", "A, B and C". */
export function listOf(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Whether a communication is direct marketing (as in PECR-01): a campaigning purpose, or declared or found to carry campaigning content. */
export function isMarketing(c: Communication): boolean | undefined {
  if (c.isDirectMarketing === true || c.containsCampaigningContent === true) return true;
  if (c.purpose === undefined) return c.isDirectMarketing === false ? false : undefined;
  return CAMPAIGNING_PURPOSES.has(c.purpose as never);
}
