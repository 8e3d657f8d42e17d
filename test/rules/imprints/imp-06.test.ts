import rule from '../../../rules/imprints/imp-06.js';
import type { ElectronicMaterial } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const post: ElectronicMaterial = { id: 'vote-post', name: 'Vote for us post', medium: 'social_media_post', politicalPurpose: 'election' };

testRule(rule, {
  scenarios: [
    {
      name: 'political material calls for a manual check against the guidance',
      declaration: declaration({ electronicMaterial: [post, { ...post, id: 'charity-news', name: 'Newsletter', politicalPurpose: 'not_political' }] }),
      expect: [{ status: 'manual', messageId: 'checkGuidance', subject: 'declaration', evidence: ['/electronicMaterial/0/imprint'] }],
    },
    { name: 'nothing political', declaration: declaration({ electronicMaterial: [{ ...post, politicalPurpose: 'not_political' }] }), expect: [{ status: 'not_applicable', messageId: 'noneInScope' }] },
    { name: 'material not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noMaterial' }] },
    { name: 'no material', declaration: declaration({ electronicMaterial: [] }), expect: [{ status: 'not_applicable', messageId: 'noneDeclared' }] },
  ],
});
