/**
 * The areas of the ICO guidance that rules belong to. The order here is the order of reports: it follows the
 * obligations catalogue (C1-C20 of the law digest), which in turn follows the ICO guidance's sections.
 */
export const AREAS = [
  { id: 'roles', title: 'Controllers, joint controllers and processors', code: 'ROLE' },
  { id: 'direct-marketing', title: 'What counts as direct marketing', code: 'DMC' },
  { id: 'lawful-basis', title: 'Lawful basis and purpose limitation', code: 'LB' },
  { id: 'special-category', title: 'Special category data (political opinions and inferences)', code: 'SC' },
  { id: 'transparency', title: 'Transparency (the right to be informed)', code: 'TR' },
  { id: 'sourcing', title: 'Sourcing data: brokers, public sources and social media', code: 'SRC' },
  { id: 'electoral-register', title: 'The electoral register', code: 'ER' },
  { id: 'profiling', title: 'Profiling and automated decisions', code: 'PRF' },
  { id: 'online', title: 'Online campaigning and social media', code: 'ONL' },
  { id: 'pecr', title: 'Direct marketing by channel (PECR)', code: 'PECR' },
  { id: 'canvassing', title: 'Doorstep and telephone canvassing', code: 'CNV' },
  { id: 'rights', title: "People's rights", code: 'RTS' },
  { id: 'accountability', title: 'Accountability and governance', code: 'ACC' },
  { id: 'processors', title: 'Processors and suppliers', code: 'PROC' },
  { id: 'security', title: 'Security and breaches', code: 'SEC' },
  { id: 'retention', title: 'Retention and the end of a campaign', code: 'RET' },
  { id: 'transfers', title: 'International transfers', code: 'INT' },
  { id: 'children', title: 'Children and young people', code: 'CHD' },
  { id: 'representatives', title: 'Elected representatives and casework', code: 'REP' },
  { id: 'imprints', title: 'Digital imprints (Elections Act 2022)', code: 'IMP' },
  { id: 'waivers', title: 'Waivers', code: 'WVR' },
] as const;

export type AreaId = (typeof AREAS)[number]['id'];
export type AreaCode = (typeof AREAS)[number]['code'];

const byId = new Map<string, (typeof AREAS)[number]>(AREAS.map((a) => [a.id, a]));

export function areaTitle(id: string): string {
  return byId.get(id)?.title ?? id;
}

export function areaOrder(id: string): number {
  const index = AREAS.findIndex((a) => a.id === id);
  return index === -1 ? AREAS.length : index;
}

export function areaCode(id: AreaId): AreaCode {
  return byId.get(id)!.code;
}
