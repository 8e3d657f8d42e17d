import rule from '../../../rules/imprints/imp-03.js';
import type { ElectronicMaterial } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

type Imprint = NonNullable<ElectronicMaterial['imprint']>;

const post = (imprint: Imprint | undefined, fields: Partial<ElectronicMaterial> = {}): ElectronicMaterial => ({
  id: 'vote-post',
  name: 'Vote for us post',
  medium: 'social_media_post',
  paid: false,
  politicalPurpose: 'election',
  ...(imprint ? { imprint } : {}),
  ...fields,
});

const full: Imprint = { included: true, promoterName: 'Test Party', promoterAddress: '1 High Street, Anytown AB1 2CD', location: 'in_material' };

testRule(rule, {
  scenarios: [
    { name: 'the party as promoter with its address passes', declaration: declaration({ electronicMaterial: [post(full)] }), expect: [{ status: 'pass', messageId: 'complete', subject: 'electronicMaterial/vote-post' }] },
    {
      name: 'an agent promoting on behalf of the party passes',
      declaration: declaration({
        electronicMaterial: [post({ ...full, promoterName: 'A. Agent', onBehalfOfName: 'Test Party', onBehalfOfAddress: '1 High Street, Anytown' })],
      }),
      expect: [{ status: 'pass', messageId: 'complete' }],
    },
    {
      name: 'an email address is not a postal address',
      declaration: declaration({ electronicMaterial: [post({ ...full, promoterAddress: 'info@example.org' })] }),
      expect: [{ status: 'fail', messageId: 'promoterAddressNotPostal', evidence: ['/electronicMaterial/0/imprint/promoterAddress'] }],
    },
    {
      name: 'a website is not an address for the person on whose behalf either',
      declaration: declaration({ electronicMaterial: [post({ ...full, onBehalfOfName: 'Test Party', onBehalfOfAddress: 'https://example.org' })] }),
      expect: [{ status: 'fail', messageId: 'onBehalfAddressNotPostal' }],
    },
    {
      name: 'a promoter other than the declarant with no one named on whose behalf is a warning',
      declaration: declaration({ electronicMaterial: [post({ ...full, promoterName: 'A. Agent' })] }),
      expect: [{ status: 'warn', messageId: 'onBehalfMissing' }],
    },
    {
      name: 'promoter details not declared',
      declaration: declaration({ electronicMaterial: [post({ included: true })] }),
      expect: [{ status: 'needs_info', messageId: 'promoterUnknown', evidence: ['/electronicMaterial/0/imprint/promoterName', '/electronicMaterial/0/imprint/promoterAddress'] }],
    },
    {
      name: 'address of the person on whose behalf not declared',
      declaration: declaration({ electronicMaterial: [post({ ...full, promoterName: 'A. Agent', onBehalfOfName: 'Test Party' })] }),
      expect: [{ status: 'needs_info', messageId: 'onBehalfAddressUnknown' }],
    },
    { name: 'no imprint is judged elsewhere', declaration: declaration({ electronicMaterial: [post({ included: false })] }), expect: [{ status: 'not_applicable', messageId: 'noImprint' }] },
    { name: 'imprint not declared', declaration: declaration({ electronicMaterial: [post(undefined)] }), expect: [{ status: 'needs_info', messageId: 'imprintUnknown' }] },
    { name: 'non-political material', declaration: declaration({ electronicMaterial: [post(full, { politicalPurpose: 'not_political' })] }), expect: [{ status: 'not_applicable', messageId: 'notPolitical' }] },
    { name: 'SMS is outside the regime', declaration: declaration({ electronicMaterial: [post(full, { medium: 'sms' })] }), expect: [{ status: 'not_applicable', messageId: 'excluded' }] },
    { name: 'material not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noMaterial' }] },
    { name: 'no material', declaration: declaration({ electronicMaterial: [] }), expect: [{ status: 'not_applicable', messageId: 'noneDeclared' }] },
  ],
});
