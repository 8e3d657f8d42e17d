/**
 * ACC-08: the data protection fee is paid to the Commissioner, or the exemption relied on is recorded. The duty is
 * in regulations made under DPA 2018 s. 137(1) (the Data Protection (Charges and Information) Regulations 2018,
 * not a canonical instrument here); failing to pay can lead to an enforcement notice (s. 149(5)) and a penalty.
 * Since 1 April 2019 elected representatives and prospective representatives are exempt unless they process data for
 * other purposes (ICO, "Political" page).
 */
import { cite } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { fail, needsInfo, pass, warn } from '../lib/outcomes.js';
import { at, section } from '../lib/subjects.js';

const REPRESENTATIVE_TYPES = new Set(['elected_representative', 'candidate']);

export default defineRule({
  id: 'ACC-08',
  title: 'The data protection fee is paid to the Commissioner, or the exemption relied on is recorded',
  area: 'accountability',
  severity: 'low',
  tags: ['accountability', 'fee', 'registration'],
  covers: ['UK-ACC-06'],
  citations: [cite('DPA 2018', 's. 137(1)'), cite('DPA 2018', 's. 149(5)')],
  guidance: [{ title: 'ICO: advice for elected representatives, parties and campaigners (data protection fee)', url: 'https://ico.org.uk/for-organisations/political' }],
  rationale:
    'Controllers must pay an annual data protection fee to the Commissioner unless an exemption applies. Parties, campaign groups and suppliers ' +
    'pay it. Elected representatives and candidates are exempt when they process personal data only for their role as a representative or ' +
    'prospective representative. Not paying is not a failure of how people\'s data is handled, but it can lead to an enforcement notice and a penalty.',
  remediation: [
    'Pay the data protection fee and note the registration number and renewal date.',
    'If you rely on an exemption, record which one and why it applies; elected representatives and candidates lose it if they also process data for other purposes.',
  ],
  notes:
    'The Charges and Information Regulations 2018 are not a canonical instrument, so the rule cites the enabling power (DPA 2018 s. 137(1)) and the ' +
    'enforcement route (s. 149(5)); the elected-representative exemption is taken from the ICO "Political" page. An exemption claimed by any other kind ' +
    'of organisation is a warning to check, not a failure (for example, some not-for-profit bodies are exempt). A registration past its renewal date ' +
    'fails only when an evaluation date is given. No section of the ICO political campaigning guidance covers the fee, so none is cited.',
  examples: {
    passing: `# The party has paid the data protection fee.
declarant:
  name: Test Party
  organisationType: registered_party
  partyRegistration:
    registered: true
  icoRegistration:
    status: registered
    reference: ZA123456
`,
    failing: `# Fails: a party must pay the data protection fee, and it has not.
declarant:
  name: Test Party
  organisationType: registered_party
  partyRegistration:
    registered: true
  icoRegistration:
    status: not_registered
`,
  },
  messages: {
    unknown: 'It is not declared whether the data protection fee is paid (declarant.icoRegistration).',
    registered: 'The data protection fee is paid.',
    lapsed: 'The data protection fee registration was due for renewal on {{expires}}, before the evaluation date.',
    representativeExempt: 'Elected representatives and candidates are exempt from the fee while they process personal data only for that role.',
    exemptNoReason: 'The declarant claims an exemption from the data protection fee but does not say which or why (exemptionReason).',
    exemptionDoubtful: 'The declarant claims an exemption from the data protection fee; check it applies, since parties, campaign groups and suppliers usually have to pay.',
    notRegistered: 'The data protection fee is not paid and no exemption applies to this kind of organisation.',
  },
  evaluate(declaration, context) {
    const subject = section('declarant');
    const registration = declaration.declarant.icoRegistration;
    if (registration === undefined) return [needsInfo(subject, 'unknown', [at(subject, 'icoRegistration')])];
    const status = at(subject, 'icoRegistration', 'status');
    const representative = REPRESENTATIVE_TYPES.has(declaration.declarant.organisationType);
    switch (registration.status) {
      case 'registered': {
        const expires = registration.expires;
        if (expires !== undefined && context.evaluationDate !== undefined && expires < context.evaluationDate) {
          return [fail(subject, 'lapsed', [at(subject, 'icoRegistration', 'expires')], { expires })];
        }
        return [pass(subject, 'registered', [status])];
      }
      case 'exempt':
      case 'not_registered':
        if (representative) return [pass(subject, 'representativeExempt', [status, at(subject, 'organisationType')])];
        if (registration.status === 'not_registered') return [fail(subject, 'notRegistered', [status, at(subject, 'organisationType')])];
        if (!registration.exemptionReason?.trim()) return [fail(subject, 'exemptNoReason', [at(subject, 'icoRegistration', 'exemptionReason')])];
        return [warn(subject, 'exemptionDoubtful', [status, at(subject, 'icoRegistration', 'exemptionReason')])];
    }
  },
});
