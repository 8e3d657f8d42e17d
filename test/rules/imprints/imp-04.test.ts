import rule from '../../../rules/imprints/imp-04.js';
import type { ElectronicMaterial } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

type Imprint = NonNullable<ElectronicMaterial['imprint']>;

const video = (imprint: Imprint | undefined, fields: Partial<ElectronicMaterial> = {}): ElectronicMaterial => ({
  id: 'launch-video',
  name: 'Launch video',
  medium: 'video',
  paid: false,
  politicalPurpose: 'election',
  ...(imprint ? { imprint } : {}),
  ...fields,
});

testRule(rule, {
  scenarios: [
    {
      name: 'an imprint in the material passes',
      declaration: declaration({ electronicMaterial: [video({ included: true, location: 'in_material' })] }),
      expect: [{ status: 'pass', messageId: 'inMaterial', subject: 'electronicMaterial/launch-video', evidence: ['/electronicMaterial/0/imprint/location'] }],
    },
    {
      name: 'an imprint in the profile is a warning',
      declaration: declaration({ electronicMaterial: [video({ included: true, location: 'accessible_location' })] }),
      expect: [{ status: 'warn', messageId: 'accessibleLocation' }],
    },
    { name: 'location not declared', declaration: declaration({ electronicMaterial: [video({ included: true })] }), expect: [{ status: 'needs_info', messageId: 'locationUnknown' }] },
    { name: 'no imprint is judged elsewhere', declaration: declaration({ electronicMaterial: [video({ included: false })] }), expect: [{ status: 'not_applicable', messageId: 'noImprint' }] },
    { name: 'imprint not declared', declaration: declaration({ electronicMaterial: [video(undefined)] }), expect: [{ status: 'needs_info', messageId: 'imprintUnknown' }] },
    { name: 'non-political material', declaration: declaration({ electronicMaterial: [video(undefined, { politicalPurpose: 'not_political' })] }), expect: [{ status: 'not_applicable', messageId: 'notPolitical' }] },
    { name: 'calls are outside the regime', declaration: declaration({ electronicMaterial: [video(undefined, { medium: 'telephone_call' })] }), expect: [{ status: 'not_applicable', messageId: 'excluded' }] },
    { name: 'material not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noMaterial' }] },
    { name: 'no material', declaration: declaration({ electronicMaterial: [] }), expect: [{ status: 'not_applicable', messageId: 'noneDeclared' }] },
  ],
});
