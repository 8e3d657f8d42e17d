/**
 * IMP-02: unpaid electronic material also needs an imprint (Elections Act 2022 s. 41(1)(b), s. 44) when the
 * promoter or the person on whose behalf it is published is a listed campaigner (s. 44(3): registered party,
 * recognised third party, candidate or future candidate, elected office-holder, referendum campaigner, recall
 * petition campaigner) and it can reasonably be regarded as intended to promote electoral success at a relevant
 * election or the success or failure of a recall petition (s. 45), or wholly or mainly relates to a PPERA referendum
 * and is published during its referendum period (s. 44(2)(b)).
 */
import { cite } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { fail, manual, needsInfo, notApplicable, pass, warn } from '../lib/outcomes.js';
import { at } from '../lib/subjects.js';
import { EXCLUDED_MEDIA, listedCampaigner, perMaterial } from './_helpers.js';

export default defineRule({
  id: 'IMP-02',
  title: 'Unpaid electronic material of parties, candidates, office-holders and registered campaigners carries a digital imprint',
  area: 'imprints',
  severity: 'high',
  tags: ['imprints', 'electoral-law', 'social-media'],
  covers: ['UK-IMP-02'],
  citations: [
    cite('Elections Act 2022', 's. 41(1)(b)'),
    cite('Elections Act 2022', 's. 44'),
    cite('Elections Act 2022', 's. 45'),
    cite('Elections Act 2022', 's. 40'),
    cite('Elections Act 2022', 's. 48(1)'),
  ],
  rationale:
    'Registered parties, candidates and future candidates, elected office-holders, recognised third parties, referendum campaigners and recall petition campaigners must put an imprint on their electronic campaign material even when they have not paid to promote it: ' +
    'organic social media posts, videos, campaign emails and messaging-app broadcasts included. ' +
    'This applies to material that can reasonably be seen as promoting electoral success for a party or candidates, or a recall petition\'s success or failure, even if it has other purposes too, ' +
    'and to material mainly about a national referendum published during the referendum period. ' +
    'Publishing it without an imprint is a criminal offence.',
  remediation: [
    'Add an imprint (promoter\'s name and address, and of anyone on whose behalf it is published) to every campaign post, video, email and messaging-app broadcast.',
    'Set up templates and profile text so that volunteers and staff posting for you include it every time.',
    'For material shared by others without changes, make sure your imprint stays attached.',
  ],
  notes:
    'Non-party campaigners and referendum campaigners are listed only when registered with the Electoral Commission (recognised third parties, permitted participants). ' +
    'Whether a recall petition campaigner is accredited, and on whose behalf a supplier publishes, cannot be declared in the schema today, so those are manual checks. ' +
    'The referendum limb applies only during the referendum period, which the schema does not record for material, so it is a warning. ' +
    'Material about two or more of a party\'s candidates is treated as published on the party\'s behalf (s. 46).',
  examples: {
    passing: `# The party's unpaid posts carry an imprint too.
electronicMaterial:
  - id: vote-post
    name: Vote for us post
    medium: social_media_post
    paid: false
    politicalPurpose: election
    imprint:
      included: true
`,
    failing: `# Fails: a registered party's unpaid election posts need an imprint as well.
electronicMaterial:
  - id: vote-post
    name: Vote for us post
    medium: social_media_post
    paid: false
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
    paidMaterial: '{{subject}} is a paid advert (judged by IMP-01).',
    imprintIncluded: '{{subject}} carries a digital imprint.',
    notListed: '{{subject}}: the declarant is not a registered party, candidate, office-holder or registered campaigner, so unpaid material needs no imprint.',
    imprintUnknown: '{{subject}}: whether it carries an imprint (imprint.included) is not declared.',
    registrationUnknown: '{{subject}}: whether you are registered with the Electoral Commission (declarant.electoralCommissionRegistration), which decides whether unpaid material needs an imprint, is not declared.',
    checkAccreditation: '{{subject}} has no imprint: if you are an accredited campaigner for the recall petition, unpaid material about it needs one.',
    checkOnBehalf: '{{subject}} has no imprint: if it is published on behalf of a party, candidate, office-holder or registered campaigner, it needs one.',
    referendumPeriod: '{{subject}} is unpaid referendum material without an imprint; it needs one if it is published during the referendum period.',
    noImprint: '{{subject}} is unpaid campaign material of a listed campaigner published without a digital imprint.',
  },
  evaluate(declaration) {
    const status = listedCampaigner(declaration);
    return perMaterial(declaration, { absent: 'noMaterial', empty: 'noneDeclared' }, (entry, subject) => {
      if (EXCLUDED_MEDIA.has(entry.medium)) return notApplicable(subject, 'excluded', [at(subject, 'medium')]);
      const purpose = entry.politicalPurpose;
      if (purpose === undefined) return needsInfo(subject, 'purposeUnknown', [at(subject, 'politicalPurpose')]);
      if (purpose === 'not_political') return notApplicable(subject, 'notPolitical', [at(subject, 'politicalPurpose')]);
      if (entry.paid === undefined) return needsInfo(subject, 'paidUnknown', [at(subject, 'paid')]);
      if (entry.paid) return notApplicable(subject, 'paidMaterial', [at(subject, 'paid')]);
      const imprint = entry.imprint;
      if (imprint?.included === true) return pass(subject, 'imprintIncluded', [at(subject, 'imprint', 'included')]);
      if (status.listed === false) return notApplicable(subject, 'notListed', [status.pointer]);
      if (imprint === undefined) return needsInfo(subject, 'imprintUnknown', [at(subject, 'imprint')]);
      const evidence = [at(subject, 'imprint', 'included')];
      if (status.listed === 'unknown') {
        if (status.why === 'registration') return needsInfo(subject, 'registrationUnknown', [status.pointer]);
        return manual(subject, status.why === 'accreditation' ? 'checkAccreditation' : 'checkOnBehalf', [...evidence, status.pointer]);
      }
      if (purpose === 'referendum') return warn(subject, 'referendumPeriod', [...evidence, at(subject, 'politicalPurpose')]);
      return fail(subject, 'noImprint', evidence);
    });
  },
});
