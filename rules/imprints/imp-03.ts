/**
 * IMP-03: the imprint must give the name and address of the promoter (the person causing the material to be
 * published, Elections Act 2022 s. 39(4)) and the name and address of any person on whose behalf it is published
 * who is not the promoter (s. 41(3)). Material about two or more of a party's candidates may be treated as
 * published on the party's behalf (s. 46).
 */
import { cite } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { fail, needsInfo, notApplicable, pass, warn } from '../lib/outcomes.js';
import { at } from '../lib/subjects.js';
import { EXCLUDED_MEDIA, perMaterial } from './_helpers.js';

/** An e-mail address or a web address is not a postal address. */
function notPostal(address: string): boolean {
  return /@|https?:\/\/|www\./i.test(address);
}

/** Names compared without case, spacing or punctuation. */
function sameName(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '');
  return norm(a) === norm(b);
}

export default defineRule({
  id: 'IMP-03',
  title: 'The imprint gives the name and address of the promoter and of anyone on whose behalf the material is published',
  area: 'imprints',
  severity: 'high',
  tags: ['imprints', 'electoral-law'],
  covers: ['UK-IMP-01'],
  citations: [cite('Elections Act 2022', 's. 41(3)'), cite('Elections Act 2022', 's. 39(4)'), cite('Elections Act 2022', 's. 46')],
  rationale:
    'An imprint must let people identify and contact who is behind the material. ' +
    'It must give the name and postal address of the promoter, the person who causes the material to be published (often an agent, an officer or a staff member), ' +
    'and also the name and address of the party, candidate or organisation on whose behalf it is published, where that is someone else. ' +
    'An email address, a website or a social media handle is not an address.',
  remediation: [
    'Write the imprint as "Promoted by [name] on behalf of [party, candidate or organisation], both at [postal address]" or with two addresses if they differ.',
    'Use a postal address at which the promoter can be contacted, not an email address or website.',
    'When an agent or staff member promotes material for a party or candidate, name both.',
  ],
  notes:
    'The rule reads the imprint as declared; it cannot see the material. Where the promoter is not the declarant and no one is named as publishing on whose behalf, that is a warning, since the declarant may simply be the promoter\'s employer or client.',
  examples: {
    passing: `# The imprint names the party (the declarant) as promoter, with its postal address.
electronicMaterial:
  - id: vote-post
    name: Vote for us post
    medium: social_media_post
    paid: false
    politicalPurpose: election
    imprint:
      included: true
      promoterName: Test Party
      promoterAddress: 1 High Street, Anytown AB1 2CD
      location: in_material
`,
    failing: `# Fails: an email address is given instead of a postal address.
electronicMaterial:
  - id: vote-post
    name: Vote for us post
    medium: social_media_post
    paid: false
    politicalPurpose: election
    imprint:
      included: true
      promoterName: Test Party
      promoterAddress: info@example.org
      location: in_material
`,
  },
  messages: {
    noMaterial: 'No electronic campaign material is declared, so it is not known whether imprints are needed. Use [] if you publish none.',
    noneDeclared: 'No electronic campaign material is declared.',
    excluded: '{{subject}} is a phone call or SMS text message, which the digital imprint rules do not cover.',
    notPolitical: '{{subject}} is declared as not political.',
    imprintUnknown: '{{subject}}: whether it carries an imprint, and what the imprint says (imprint), is not declared.',
    noImprint: '{{subject}} carries no imprint; whether it needs one is judged by IMP-01 and IMP-02.',
    promoterUnknown: '{{subject}}: the {{missing}} given in the imprint is not declared.',
    promoterAddressNotPostal: '{{subject}}: the imprint gives an email or web address for the promoter; it must give a postal address.',
    onBehalfAddressUnknown: '{{subject}}: the imprint names someone on whose behalf it is published, but their address is not declared.',
    onBehalfAddressNotPostal: '{{subject}}: the imprint gives an email or web address for the person on whose behalf it is published; it must give a postal address.',
    onBehalfMissing: '{{subject}}: the promoter is not the declarant; if the material is published on the declarant\'s behalf, the imprint must also give the declarant\'s name and address.',
    complete: '{{subject}}: the imprint gives the names and addresses required.',
  },
  evaluate(declaration) {
    return perMaterial(declaration, { absent: 'noMaterial', empty: 'noneDeclared' }, (entry, subject) => {
      if (EXCLUDED_MEDIA.has(entry.medium)) return notApplicable(subject, 'excluded', [at(subject, 'medium')]);
      if (entry.politicalPurpose === 'not_political') return notApplicable(subject, 'notPolitical', [at(subject, 'politicalPurpose')]);
      const imprint = entry.imprint;
      if (imprint === undefined) return needsInfo(subject, 'imprintUnknown', [at(subject, 'imprint')]);
      if (!imprint.included) return notApplicable(subject, 'noImprint', [at(subject, 'imprint', 'included')]);
      const p = (field: string) => at(subject, 'imprint', field);
      if (imprint.promoterAddress !== undefined && notPostal(imprint.promoterAddress)) {
        return fail(subject, 'promoterAddressNotPostal', [p('promoterAddress')]);
      }
      if (imprint.onBehalfOfAddress !== undefined && notPostal(imprint.onBehalfOfAddress)) {
        return fail(subject, 'onBehalfAddressNotPostal', [p('onBehalfOfAddress')]);
      }
      const { promoterName, promoterAddress } = imprint;
      if (promoterName === undefined || promoterAddress === undefined) {
        const missing = [
          ...(promoterName === undefined ? [{ pointer: p('promoterName'), word: "promoter's name" }] : []),
          ...(promoterAddress === undefined ? [{ pointer: p('promoterAddress'), word: "promoter's address" }] : []),
        ];
        return needsInfo(subject, 'promoterUnknown', missing.map((m) => m.pointer), { missing: missing.map((m) => m.word).join(' and ') });
      }
      if (imprint.onBehalfOfName !== undefined && imprint.onBehalfOfAddress === undefined) {
        return needsInfo(subject, 'onBehalfAddressUnknown', [p('onBehalfOfAddress')]);
      }
      if (imprint.onBehalfOfName === undefined && !sameName(promoterName, declaration.declarant.name)) {
        return warn(subject, 'onBehalfMissing', [p('promoterName'), p('onBehalfOfName'), '/declarant/name']);
      }
      return pass(subject, 'complete', [p('promoterName'), p('promoterAddress')]);
    });
  },
});
