/**
 * INT-01: personal data sent outside the UK, or accessed from outside it, travels under a transfer mechanism. Since
 * 5 Feb 2026 (DUAA 2025 s. 85, Sch. 7) a transfer is allowed only if approved by regulations under UK GDPR Art. 45A
 * (the former adequacy decisions and "data bridges"), or made subject to appropriate safeguards under Art. 46 (an
 * IDTA, the UK Addendum, binding corporate rules) that the controller reasonably considers meet the data protection
 * test (Art. 46(1A)), or made under an Art. 49 derogation (Art. 44A(1)). Art. 44 and Art. 46(1) are omitted.
 */
import { cite } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { fail, needsInfo, notApplicable, pass, warn } from '../lib/outcomes.js';
import { DECLARATION, at, items } from '../lib/subjects.js';
import { isUk } from './_helpers.js';

/**
 * Places covered by UK transfer regulations (adequacy) as known to the rule: the EEA, Gibraltar, Andorra, Argentina,
 * Canada, the Faroe Islands, Guernsey, the Isle of Man, Israel, Japan, Jersey, New Zealand, the Republic of Korea,
 * Switzerland and Uruguay. The United States is covered only for organisations certified under the UK Extension to the
 * EU-US Data Privacy Framework, so it is treated separately. Not verified against the regulations: a warning only.
 */
const APPROVED = new Set([
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
  'IS', 'LI', 'NO', 'GI', 'AD', 'AR', 'CA', 'FO', 'GG', 'IM', 'IL', 'JP', 'JE', 'NZ', 'KR', 'CH', 'UY',
]);

const SAFEGUARDS: Record<string, string> = {
  idta: 'an International Data Transfer Agreement',
  uk_addendum: 'the UK Addendum to the EU standard contractual clauses',
  binding_corporate_rules: 'binding corporate rules',
};

export default defineRule({
  id: 'INT-01',
  title: 'Personal data sent to or accessed from outside the UK is covered by a transfer mechanism',
  area: 'transfers',
  severity: 'high',
  tags: ['transfers', 'international', 'suppliers'],
  covers: ['UK-INT-01'],
  citations: [
    cite('UK GDPR', 'Art. 44A(1)'),
    cite('UK GDPR', 'Art. 45A'),
    cite('UK GDPR', 'Art. 46(1A)'),
    cite('UK GDPR', 'Art. 46(2)'),
    cite('DUAA 2025', 's. 85'),
  ],
  rationale:
    'Campaign tools are often run from abroad: analytics and modelling firms, ad-tech, email and SMS platforms, cloud hosting. Sending voters\' data ' +
    'to another country, or letting staff there read it, is a restricted transfer. It is lawful only if the country is approved by UK regulations, ' +
    'or the transfer is made under safeguards such as the International Data Transfer Agreement, with the campaign satisfied that the protection ' +
    'is not materially lower than in the UK, or in narrow exceptional cases. AggregateIQ, a Canadian firm that held UK campaign data, was the ' +
    'subject of the Commissioner\'s first GDPR enforcement notice.',
  remediation: [
    'For each supplier, find out where the data is stored and from where it is accessed (including support staff and sub-processors).',
    'Where a country is not approved by UK regulations, sign an International Data Transfer Agreement or the UK Addendum, and record your assessment that the data protection test is met.',
    'For US suppliers, check that they are certified under the UK Extension to the Data Privacy Framework, or use contractual safeguards.',
    'Do not rely on derogations (such as consent) for regular transfers to suppliers.',
  ],
  notes:
    'Art. 44 and Art. 46(1) are omitted from 5 Feb 2026 and are not cited (legal sources, do-not-cite list); Art. 45B is not cited because its text was ' +
    'not read. The list of approved places is the rule\'s own and was not checked against the Art. 45A regulations, so a country outside it is a warning, ' +
    'not a failure. Where dataLocations is given it decides; otherwise a supplier established outside the UK is taken to transfer. Derogations (Art. 49) ' +
    'are a warning: they are meant for occasional transfers. No section of the ICO political campaigning guidance covers transfers.',
  examples: {
    passing: `# The email service keeps data in the UK and Ireland, covered by UK transfer regulations.
vendors:
  - id: mailer
    name: MailCo
    country: GB
    dataLocations: [GB, IE]
    transferMechanism: uk_adequacy
`,
    failing: `# Fails: the modelling firm holds the data in the US with no transfer mechanism.
vendors:
  - id: analytics
    name: Insight Analytics
    country: US
    dataLocations: [US]
    transferMechanism: none
`,
  },
  messages: {
    noSuppliers: 'No suppliers are declared, so it is not known whether any data leaves the UK.',
    noneDeclared: 'No suppliers are declared.',
    noTransfer: '{{subject}}: no transfer outside the UK is declared.',
    locationsUnknown: '{{subject}}: where the data is stored or accessed is not declared (dataLocations).',
    ukOnly: '{{subject}} stores and accesses the data only in the UK.',
    mechanismUnknown: '{{subject}} holds or accesses data in {{countries}}; the transfer mechanism is not declared (transferMechanism).',
    noMechanism: '{{subject}} holds or accesses data in {{countries}} with no transfer mechanism.',
    contradiction: '{{subject}} holds or accesses data in {{countries}}, but no transfer is declared (transferMechanism not_applicable).',
    approved: '{{subject}} holds or accesses data in {{countries}}, covered by UK transfer regulations.',
    adequacyDoubtful: '{{subject}} relies on UK transfer regulations for {{countries}}; check that they cover it (the United States only for certified organisations).',
    safeguarded: '{{subject}} holds or accesses data in {{countries}} under {{mechanism}}; keep your assessment that the data protection test is met.',
    derogation: '{{subject}} transfers data to {{countries}} under a derogation, which is meant for occasional transfers, not regular supply.',
  },
  evaluate(declaration) {
    const list = declaration.vendors;
    if (list === undefined) return [needsInfo(DECLARATION, 'noSuppliers', ['/vendors'])];
    if (list.length === 0) return [notApplicable(DECLARATION, 'noneDeclared', ['/vendors'])];
    return items(list, 'vendors').map(({ entry, subject }) => {
      const mechanism = entry.transferMechanism;
      const mechanismPointer = at(subject, 'transferMechanism');
      let abroad: string[];
      let where: string;
      if (entry.dataLocations !== undefined) {
        abroad = entry.dataLocations.filter((c) => !isUk(c));
        where = at(subject, 'dataLocations');
      } else if (entry.country !== undefined && !isUk(entry.country)) {
        abroad = [entry.country];
        where = at(subject, 'country');
      } else if (mechanism === 'not_applicable') {
        return notApplicable(subject, 'noTransfer', [mechanismPointer]);
      } else {
        return needsInfo(subject, 'locationsUnknown', [at(subject, 'dataLocations')]);
      }
      if (abroad.length === 0) return notApplicable(subject, 'ukOnly', [where]);
      const countries = abroad.join(', ');
      if (mechanism === undefined) return needsInfo(subject, 'mechanismUnknown', [mechanismPointer], { countries });
      if (mechanism === 'none') return fail(subject, 'noMechanism', [where, mechanismPointer], { countries });
      if (mechanism === 'not_applicable') return fail(subject, 'contradiction', [where, mechanismPointer], { countries });
      if (mechanism === 'derogation') return warn(subject, 'derogation', [where, mechanismPointer], { countries });
      if (mechanism === 'uk_adequacy') {
        const doubtful = abroad.filter((c) => !APPROVED.has(c));
        if (doubtful.length > 0) return warn(subject, 'adequacyDoubtful', [where, mechanismPointer], { countries: doubtful.join(', ') });
        return pass(subject, 'approved', [where, mechanismPointer], { countries });
      }
      return pass(subject, 'safeguarded', [where, mechanismPointer], { countries, mechanism: SAFEGUARDS[mechanism] ?? mechanism });
    });
  },
});
