import rule from '../../../rules/imprints/imp-01.js';
import type { ElectronicMaterial } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const advert = (fields: Partial<ElectronicMaterial> = {}): ElectronicMaterial => ({
  id: 'housing-ad',
  name: 'Housing advert',
  medium: 'paid_advert',
  platform: 'Meta',
  paid: true,
  politicalPurpose: 'election',
  imprint: { included: true, promoterName: 'Test Party', promoterAddress: '1 High Street, Anytown', location: 'in_material' },
  ...fields,
});

testRule(rule, {
  scenarios: [
    { name: 'a paid advert with an imprint passes', declaration: declaration({ electronicMaterial: [advert()] }), expect: [{ status: 'pass', messageId: 'imprintIncluded', subject: 'electronicMaterial/housing-ad' }] },
    {
      name: 'a paid advert without an imprint fails',
      declaration: declaration({ electronicMaterial: [advert({ imprint: { included: false } })] }),
      expect: [{ status: 'fail', messageId: 'noImprint', evidence: ['/electronicMaterial/0/paid', '/electronicMaterial/0/imprint/included'] }],
    },
    {
      name: 'a boosted referendum post by anyone needs one',
      declaration: declaration({ electronicMaterial: [advert({ medium: 'social_media_post', politicalPurpose: 'referendum', imprint: { included: false } })] }),
      expect: [{ status: 'fail', messageId: 'noImprint' }],
    },
    { name: 'imprint not declared', declaration: declaration({ electronicMaterial: [advert({ imprint: undefined })] }), expect: [{ status: 'needs_info', messageId: 'imprintUnknown' }] },
    { name: 'payment not declared', declaration: declaration({ electronicMaterial: [advert({ paid: undefined })] }), expect: [{ status: 'needs_info', messageId: 'paidUnknown' }] },
    { name: 'purpose not declared', declaration: declaration({ electronicMaterial: [advert({ politicalPurpose: undefined })] }), expect: [{ status: 'needs_info', messageId: 'purposeUnknown' }] },
    { name: 'unpaid material is IMP-02', declaration: declaration({ electronicMaterial: [advert({ paid: false })] }), expect: [{ status: 'not_applicable', messageId: 'notPaid' }] },
    { name: 'non-political material', declaration: declaration({ electronicMaterial: [advert({ politicalPurpose: 'not_political' })] }), expect: [{ status: 'not_applicable', messageId: 'notPolitical' }] },
    { name: 'SMS is outside the regime', declaration: declaration({ electronicMaterial: [advert({ medium: 'sms', imprint: { included: false } })] }), expect: [{ status: 'not_applicable', messageId: 'excluded' }] },
    { name: 'material not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noMaterial', subject: 'declaration' }] },
    { name: 'no material', declaration: declaration({ electronicMaterial: [] }), expect: [{ status: 'not_applicable', messageId: 'noneDeclared' }] },
  ],
});
