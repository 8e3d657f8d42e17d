/**
 * Subjects: the declared items outcomes are about. A subject's key is `collection/id` (stable when the
 * declaration is reordered, used by waivers and fingerprints); its label names the item in messages.
 */
import type { RuleSubject } from '../../core/rule.js';

/** The whole declaration. */
export const DECLARATION: RuleSubject = { key: 'declaration', label: 'the declaration', pointer: '' };

/** How an item of each collection is named in messages. */
const NOUNS: Record<string, string> = {
  actors: 'organisation',
  dataCategories: 'data category',
  dataSources: 'data source',
  processingActivities: 'activity',
  collectionPoints: 'collection point',
  communications: 'communication',
  onlineTargeting: 'targeting',
  socialMediaAccounts: 'social media account',
  webProperties: 'website',
  electronicMaterial: 'material',
  vendors: 'supplier',
  disclosures: 'supply of data to',
  retention: 'dataset',
  waivers: 'waiver',
  models: 'model',
  decisions: 'automated decision',
};

/** Whole sections of the declaration (objects, not lists), for rules about them. */
const SECTIONS: Record<string, string> = {
  declarant: 'the declarant',
  campaign: 'the campaign',
  privacyNotice: 'the privacy notice',
  profiling: 'profiling',
  automatedDecisions: 'automated decisions',
  suppression: 'the suppression list',
  canvassing: 'canvassing',
  rights: "people's rights",
  governance: 'governance',
  security: 'security',
  postCampaign: 'the end of the campaign',
  casework: 'casework',
  children: 'children',
};

export type SectionName = keyof typeof SECTIONS & string;

/** A whole section of the declaration, e.g. section('security'). */
export function section(name: SectionName): RuleSubject {
  return { key: name, label: SECTIONS[name] ?? name, pointer: `/${name}` };
}

/** One item of a list, e.g. item('communications', comm, 2) -> communication "Spring SMS" at /communications/2. */
export function item(
  collection: string,
  entry: { id: string; name?: string; dataset?: string; recipient?: string; platform?: string; url?: string },
  index: number,
  parentPointer = '',
): RuleSubject {
  const noun = NOUNS[collection] ?? collection;
  const name = entry.name ?? entry.dataset ?? entry.recipient ?? entry.url ?? entry.platform ?? entry.id;
  return { key: `${collection}/${entry.id}`, label: `${noun} "${name}"`, pointer: `${parentPointer}/${collection}/${index}` };
}

/** A pointer to a field of a subject: at(subject, 'consent', 'obtained') -> /communications/2/consent/obtained. */
export function at(subject: RuleSubject | string, ...fields: (string | number)[]): string {
  const base = typeof subject === 'string' ? subject : subject.pointer;
  return fields.reduce<string>((p, f) => `${p}/${String(f).replace(/~/g, '~0').replace(/\//g, '~1')}`, base);
}

/** Every item of a list with its subject, in declaration order. */
export function items<T extends { id: string }>(
  list: readonly T[] | undefined,
  collection: string,
  parentPointer = '',
): { entry: T; index: number; subject: RuleSubject }[] {
  return (list ?? []).map((entry, index) => ({ entry, index, subject: item(collection, entry as never, index, parentPointer) }));
}
