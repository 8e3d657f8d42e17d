/**
 * Citations in the canonical format of shared/domain/CITATIONS.md: `instrument + " " + provision`, with a URL
 * where the text can be read. `cite()` builds the URL for legislation from the provision, so rule files only
 * write the instrument and the pinpoint. docs/legal-sources.md records which provisions were checked.
 */
export const INSTRUMENTS = [
  'UK GDPR',
  'DPA 2018',
  'PECR',
  'DUAA 2025',
  'RPR 2001',
  'RPR (Scotland) 2001',
  'RPA 1983',
  'PPERA 2000',
  'Elections Act 2022',
  'GDPR',
  'TTPA',
  'ICO guidance',
  'ICO Democracy Disrupted',
  'EDPB Statement 2/2019',
] as const;

export type Instrument = (typeof INSTRUMENTS)[number];

export interface Citation {
  instrument: Instrument;
  provision: string;
  url?: string;
}

const LEGISLATION = 'https://www.legislation.gov.uk';

/** Base path on legislation.gov.uk and the word used for its numbered units. */
const STATUTES: Partial<Record<Instrument, { path: string; unit: 'article' | 'section' | 'regulation' }>> = {
  'UK GDPR': { path: '/eur/2016/679', unit: 'article' },
  'DPA 2018': { path: '/ukpga/2018/12', unit: 'section' },
  PECR: { path: '/uksi/2003/2426', unit: 'regulation' },
  'DUAA 2025': { path: '/ukpga/2025/18', unit: 'section' },
  'RPR 2001': { path: '/uksi/2001/341', unit: 'regulation' },
  'RPR (Scotland) 2001': { path: '/uksi/2001/497', unit: 'regulation' },
  'RPA 1983': { path: '/ukpga/1983/2', unit: 'section' },
  'PPERA 2000': { path: '/ukpga/2000/41', unit: 'section' },
  'Elections Act 2022': { path: '/ukpga/2022/37', unit: 'section' },
};

const ICO_BASE =
  'https://ico.org.uk/for-organisations/direct-marketing-and-privacy-and-electronic-communications/guidance-for-the-use-of-personal-data-in-political-campaigning-1/';

/** The sections of the ICO guidance, by canonical title (docs/legal-sources.md section 3). */
export const ICO_SECTIONS = {
  'Personal data': 'personal-data/',
  'Controllers, joint controllers and processors': 'controllers-joint-controllers-and-processors/',
  Accountability: 'accountability/',
  'Purpose limitation, data minimisation and storage limitation': 'purpose-limitation-data-minimisation-and-storage-limitation/',
  'Lawful bases': 'lawful-bases/',
  'Special category data': 'special-category-data/',
  'Use of the electoral register': 'use-of-the-electoral-register/',
  'Collecting personal data': 'collecting-personal-data/',
  'Profiling in political campaigning': 'profiling-in-political-campaigning/',
  'Political campaigning - opinion research and direct marketing': 'political-campaigning-opinion-research-and-direct-marketing/',
  'Political campaigning in the online world': 'political-campaigning-in-the-online-world/',
  'After a campaign': 'after-a-campaign/',
} as const;

export type IcoSection = keyof typeof ICO_SECTIONS;

/** The URL of a provision on legislation.gov.uk, or undefined when the provision style is not recognised. */
export function legislationUrl(instrument: Instrument, provision: string): string | undefined {
  const statute = STATUTES[instrument];
  if (!statute) return undefined;
  const schedule = /^Sch\. ([0-9A-Z]+)(?: para\. ([0-9A-Z]+))?/.exec(provision);
  if (schedule) {
    const para = schedule[2] ? `/paragraph/${schedule[2]}` : '';
    return `${LEGISLATION}${statute.path}/schedule/${schedule[1]}${para}`;
  }
  const unit = /^(?:Arts?\.|ss?\.|regs?\.) ([0-9]+[A-Z]*)/.exec(provision);
  if (!unit) return undefined;
  return `${LEGISLATION}${statute.path}/${statute.unit}/${unit[1]}`;
}

/** A citation to legislation, with its legislation.gov.uk URL. */
export function cite(instrument: Exclude<Instrument, 'ICO guidance'>, provision: string): Citation {
  const url = legislationUrl(instrument, provision);
  return url ? { instrument, provision, url } : { instrument, provision };
}

/** A citation to a section of the ICO guidance. */
export function citeIco(section: IcoSection): Citation {
  return { instrument: 'ICO guidance', provision: section, url: ICO_BASE + ICO_SECTIONS[section] };
}

export function canonical(citation: Citation): string {
  return citation.instrument === 'ICO guidance'
    ? `ICO guidance: ${citation.provision}`
    : `${citation.instrument} ${citation.provision}`;
}

/**
 * The provision styles of CITATIONS.md, as patterns a test can hold every rule's citations to.
 * `Art. 6(1)(e)`, `Arts. 13-14`, `s. 8(e)`, `Sch. 1 para. 22`, `reg. 21(1)`, `rec. 3`, `point 2`.
 */
export const PROVISION_PATTERNS: Record<Instrument, RegExp> = {
  'UK GDPR': /^(Art\. [0-9]+[A-Z]*(\([0-9A-Za-z]+\))*|Arts\. [0-9]+[A-Z]*(\([0-9a-z]+\))*-[0-9]+[A-Z]*(\([0-9a-z]+\))*|Annex 1)$/,
  GDPR: /^(Art\. [0-9]+(\([0-9a-z]+\))*|Arts\. [0-9]+-[0-9]+)$/,
  TTPA: /^(Art\. [0-9]+(\([0-9a-z]+\))*|Arts\. [0-9]+-[0-9]+)$/,
  'DPA 2018': /^(s\. [0-9]+[A-Z]*(\([0-9a-z]+\))*|ss\. [0-9]+[A-Z]*-[0-9]+[A-Z]*|Sch\. [0-9]+ para\. [0-9]+[A-Z]*(\([0-9a-z]+\))*|Sch\. [0-9]+ paras\. [0-9]+-[0-9]+)$/,
  'DUAA 2025': /^(s\. [0-9]+(\([0-9a-z]+\))*|Sch\. [0-9]+( para\. [0-9]+)?)$/,
  PECR: /^(reg\. [0-9]+[A-Z]*(\([0-9A-Za-z]+\))*|regs\. [0-9]+[A-Z]*-[0-9]+[A-Z]*)$/,
  'RPR 2001': /^(reg\. [0-9]+(\([0-9a-z]+\))*|regs\. [0-9]+-[0-9]+)$/,
  'RPR (Scotland) 2001': /^(reg\. [0-9]+(\([0-9a-z]+\))*)$/,
  'RPA 1983': /^s\. [0-9]+[A-Z]*(\([0-9a-z]+\))*$/,
  'PPERA 2000': /^s\. [0-9]+[A-Z]*(\([0-9a-z]+\))*$/,
  'Elections Act 2022': /^(s\. [0-9]+(\([0-9a-z]+\))*|ss\. [0-9]+-[0-9]+)$/,
  'ICO guidance': new RegExp(`^(${Object.keys(ICO_SECTIONS).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`),
  'ICO Democracy Disrupted': /^(rec\. [1-4]|[0-9]+(\.[0-9]+)*)$/,
  'EDPB Statement 2/2019': /^point [0-9]+$/,
};
