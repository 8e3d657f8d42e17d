import rule from '../../../rules/imprints/imp-02.js';
import type { Declaration, ElectronicMaterial } from '../../../schema/generated/declaration.js';
import { declaration, withDeclarant } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const post = (fields: Partial<ElectronicMaterial> = {}): ElectronicMaterial => ({
  id: 'vote-post',
  name: 'Vote for us post',
  medium: 'social_media_post',
  paid: false,
  politicalPurpose: 'election',
  imprint: { included: false },
  ...fields,
});

const campaigner = (fields: Partial<Declaration['declarant']>, material: ElectronicMaterial[]) =>
  withDeclarant({ partyRegistration: undefined, ...fields }, { electronicMaterial: material });

testRule(rule, {
  scenarios: [
    {
      name: 'a party post without an imprint fails',
      declaration: declaration({ electronicMaterial: [post()] }),
      expect: [{ status: 'fail', messageId: 'noImprint', subject: 'electronicMaterial/vote-post', evidence: ['/electronicMaterial/0/imprint/included'] }],
    },
    {
      name: 'a candidate\'s campaign email without an imprint fails',
      declaration: campaigner({ organisationType: 'candidate' }, [post({ medium: 'email_newsletter' })]),
      expect: [{ status: 'fail', messageId: 'noImprint' }],
    },
    { name: 'a post with an imprint passes', declaration: declaration({ electronicMaterial: [post({ imprint: { included: true } })] }), expect: [{ status: 'pass', messageId: 'imprintIncluded' }] },
    {
      name: 'an unregistered non-party campaigner needs no imprint on unpaid posts',
      declaration: campaigner({ organisationType: 'non_party_campaigner', electoralCommissionRegistration: { registered: false } }, [post()]),
      expect: [{ status: 'not_applicable', messageId: 'notListed', evidence: ['/declarant/electoralCommissionRegistration/registered'] }],
    },
    {
      name: 'a recognised third party does',
      declaration: campaigner(
        { organisationType: 'non_party_campaigner', electoralCommissionRegistration: { registered: true, registrationType: 'recognised_third_party' } },
        [post()],
      ),
      expect: [{ status: 'fail', messageId: 'noImprint' }],
    },
    {
      name: 'registration not declared',
      declaration: campaigner({ organisationType: 'non_party_campaigner' }, [post()]),
      expect: [{ status: 'needs_info', messageId: 'registrationUnknown', evidence: ['/declarant/electoralCommissionRegistration'] }],
    },
    { name: 'a recall campaigner checks accreditation', declaration: campaigner({ organisationType: 'recall_petition_campaigner' }, [post({ politicalPurpose: 'recall_petition' })]), expect: [{ status: 'manual', messageId: 'checkAccreditation' }] },
    { name: 'a supplier checks on whose behalf', declaration: campaigner({ organisationType: 'vendor' }, [post()]), expect: [{ status: 'manual', messageId: 'checkOnBehalf' }] },
    {
      name: 'unpaid referendum material is a warning (referendum period)',
      declaration: declaration({ electronicMaterial: [post({ politicalPurpose: 'referendum' })] }),
      expect: [{ status: 'warn', messageId: 'referendumPeriod' }],
    },
    { name: 'paid material is IMP-01', declaration: declaration({ electronicMaterial: [post({ paid: true })] }), expect: [{ status: 'not_applicable', messageId: 'paidMaterial' }] },
    { name: 'imprint not declared', declaration: declaration({ electronicMaterial: [post({ imprint: undefined })] }), expect: [{ status: 'needs_info', messageId: 'imprintUnknown' }] },
    { name: 'payment not declared', declaration: declaration({ electronicMaterial: [post({ paid: undefined })] }), expect: [{ status: 'needs_info', messageId: 'paidUnknown' }] },
    { name: 'purpose not declared', declaration: declaration({ electronicMaterial: [post({ politicalPurpose: undefined })] }), expect: [{ status: 'needs_info', messageId: 'purposeUnknown' }] },
    { name: 'phone calls are outside the regime', declaration: declaration({ electronicMaterial: [post({ medium: 'telephone_call' })] }), expect: [{ status: 'not_applicable', messageId: 'excluded' }] },
    { name: 'non-political material', declaration: declaration({ electronicMaterial: [post({ politicalPurpose: 'not_political' })] }), expect: [{ status: 'not_applicable', messageId: 'notPolitical' }] },
    { name: 'material not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noMaterial' }] },
    { name: 'no material', declaration: declaration({ electronicMaterial: [] }), expect: [{ status: 'not_applicable', messageId: 'noneDeclared' }] },
  ],
});
