/**
 * IMP-01: electronic material whose sole or primary purpose is to influence support for a party, candidates,
 * office-holders or a referendum outcome (Elections Act 2022 s. 43), and which the promoter or the person on whose
 * behalf it is published paid to have published as an advertisement (s. 42), must not be published without an
 * imprint (s. 41(1)(a), (2)). It applies to anyone, at any time. Publishing without one is an offence by the
 * promoter and by the person on whose behalf it is published (s. 48(1)).
 */
import { cite } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { fail, needsInfo, notApplicable, pass } from '../lib/outcomes.js';
import { at } from '../lib/subjects.js';
import { EXCLUDED_MEDIA, perMaterial } from './_helpers.js';

export default defineRule({
  id: 'IMP-01',
  title: 'Paid-for electronic political material carries a digital imprint',
  area: 'imprints',
  severity: 'high',
  tags: ['imprints', 'electoral-law', 'advertising'],
  covers: ['UK-IMP-01'],
  citations: [
    cite('Elections Act 2022', 's. 41(1)(a)'),
    cite('Elections Act 2022', 's. 41(2)'),
    cite('Elections Act 2022', 's. 42'),
    cite('Elections Act 2022', 's. 43'),
    cite('Elections Act 2022', 's. 48(1)'),
  ],
  rationale:
    'Voters are entitled to know who is behind the political adverts they see online. ' +
    'Any paid-for electronic material whose main purpose is to win or withhold support for a party, candidates, elected office-holders or a referendum outcome must carry an imprint giving the name and address of the promoter and of anyone on whose behalf it is published. ' +
    'This applies to everyone, not only registered campaigners, and all year round, whether or not the advert names a party or candidate; boosting a post counts as paying for it. ' +
    'Publishing without an imprint is a criminal offence for both the promoter and the person on whose behalf it is published; the Electoral Commission or the police enforce it.',
  remediation: [
    'Add the imprint to every paid advert before it runs: the promoter\'s name and address, and the name and address of anyone on whose behalf it is published.',
    'Check boosted posts and adverts placed by agencies or supporters on your behalf as well as your own.',
    'Take down or pause adverts running without an imprint until it is added.',
  ],
  notes:
    'Payments only for setting up or running your own website or app do not make material paid-for (s. 42(5)). ' +
    'Paid recall petition material is treated as in scope: it seeks support for or against an MP as an elected office-holder (s. 43(6)). ' +
    'Republishing compliant material without material change is exempt (s. 47(1)-(2)), but only while the original imprint is kept, so material declared without an imprint fails either way. ' +
    'The ICO guidance does not cover imprints, which are electoral law; the Electoral Commission\'s statutory guidance is IMP-06.',
  examples: {
    passing: `# A paid Facebook advert carries the promoter's name and address.
electronicMaterial:
  - id: housing-ad
    name: Housing advert
    medium: paid_advert
    platform: Meta
    paid: true
    politicalPurpose: election
    imprint:
      included: true
      promoterName: Test Party
      promoterAddress: 1 High Street, Anytown AB1 2CD
      location: in_material
`,
    failing: `# Fails: a paid advert with no imprint.
electronicMaterial:
  - id: housing-ad
    name: Housing advert
    medium: paid_advert
    platform: Meta
    paid: true
    politicalPurpose: election
    imprint:
      included: false
`,
  },
  messages: {
    noMaterial: 'No electronic campaign material is declared, so it is not known whether imprints are needed. Use [] if you publish none.',
    noneDeclared: 'No electronic campaign material is declared.',
    excluded: '{{subject}} is a phone call or SMS text message, which the digital imprint rules do not cover.',
    purposeUnknown: '{{subject}}: what the material is for (politicalPurpose) is not declared.',
    notPolitical: '{{subject}} is declared as not political.',
    paidUnknown: '{{subject}}: whether it was paid for as an advert (paid) is not declared.',
    notPaid: '{{subject}} is not paid for as an advert (unpaid material is judged by IMP-02).',
    imprintUnknown: '{{subject}} is a paid political advert, but whether it carries an imprint (imprint.included) is not declared.',
    noImprint: '{{subject}} is a paid political advert published without a digital imprint.',
    imprintIncluded: '{{subject}} is a paid political advert that carries a digital imprint.',
  },
  evaluate(declaration) {
    return perMaterial(declaration, { absent: 'noMaterial', empty: 'noneDeclared' }, (entry, subject) => {
      if (EXCLUDED_MEDIA.has(entry.medium)) return notApplicable(subject, 'excluded', [at(subject, 'medium')]);
      if (entry.politicalPurpose === undefined) return needsInfo(subject, 'purposeUnknown', [at(subject, 'politicalPurpose')]);
      if (entry.politicalPurpose === 'not_political') return notApplicable(subject, 'notPolitical', [at(subject, 'politicalPurpose')]);
      if (entry.paid === undefined) return needsInfo(subject, 'paidUnknown', [at(subject, 'paid')]);
      if (!entry.paid) return notApplicable(subject, 'notPaid', [at(subject, 'paid')]);
      const imprint = entry.imprint;
      if (imprint === undefined) return needsInfo(subject, 'imprintUnknown', [at(subject, 'imprint')]);
      if (!imprint.included) return fail(subject, 'noImprint', [at(subject, 'paid'), at(subject, 'imprint', 'included')]);
      return pass(subject, 'imprintIncluded', [at(subject, 'imprint', 'included')]);
    });
  },
});
