import rule from '../../../rules/accountability/acc-08.js';
import type { Declarant } from '../../../schema/generated/declaration.js';
import { declaration, withDeclarant } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const reg = (icoRegistration: NonNullable<Declarant['icoRegistration']>, fields: Partial<Declarant> = {}) => withDeclarant({ icoRegistration, ...fields });
const mp: Partial<Declarant> = { organisationType: 'elected_representative', partyRegistration: undefined };

testRule(rule, {
  scenarios: [
    {
      name: 'a paid fee passes',
      declaration: reg({ status: 'registered', reference: 'ZA123456', expires: '2027-01-31' }),
      evaluationDate: '2026-10-01',
      expect: [{ status: 'pass', messageId: 'registered', subject: 'declarant', evidence: ['/declarant/icoRegistration/status'] }],
    },
    {
      name: 'a registration past renewal fails',
      declaration: reg({ status: 'registered', expires: '2026-01-31' }),
      evaluationDate: '2026-10-01',
      expect: [{ status: 'fail', messageId: 'lapsed', evidence: ['/declarant/icoRegistration/expires'] }],
    },
    { name: 'renewal cannot be checked without a date', declaration: reg({ status: 'registered', expires: '2026-01-31' }), expect: [{ status: 'pass', messageId: 'registered' }] },
    { name: 'a party that has not paid fails', declaration: reg({ status: 'not_registered' }), expect: [{ status: 'fail', messageId: 'notRegistered' }] },
    { name: 'an MP is exempt', declaration: reg({ status: 'exempt' }, mp), expect: [{ status: 'pass', messageId: 'representativeExempt' }] },
    { name: 'an unregistered MP is exempt', declaration: reg({ status: 'not_registered' }, mp), expect: [{ status: 'pass', messageId: 'representativeExempt' }] },
    { name: 'a party claiming exemption without a reason fails', declaration: reg({ status: 'exempt' }), expect: [{ status: 'fail', messageId: 'exemptNoReason' }] },
    { name: 'a party claiming exemption with a reason is a warning', declaration: reg({ status: 'exempt', exemptionReason: 'Not-for-profit' }), expect: [{ status: 'warn', messageId: 'exemptionDoubtful' }] },
    { name: 'fee not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'unknown', evidence: ['/declarant/icoRegistration'] }] },
  ],
});
