import rule from '../../../rules/online/onl-02.js';
import type { OnlineTargeting } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const ads = (fields: Partial<OnlineTargeting> = {}): OnlineTargeting => ({
  id: 'marginals-ads',
  name: 'Marginal seats ads',
  platform: 'Meta',
  method: 'geographic',
  jointControllerArrangement: { inPlace: true, reference: 'Controller addendum' },
  ...fields,
});

testRule(rule, {
  scenarios: [
    { name: 'arrangement in place passes', declaration: declaration({ onlineTargeting: [ads()] }), expect: [{ status: 'pass', messageId: 'arrangementInPlace', subject: 'onlineTargeting/marginals-ads' }] },
    {
      name: 'no arrangement fails',
      declaration: declaration({ onlineTargeting: [ads({ jointControllerArrangement: { inPlace: false } })] }),
      expect: [{ status: 'fail', messageId: 'noArrangement', evidence: ['/onlineTargeting/0/jointControllerArrangement/inPlace'] }],
    },
    {
      name: 'arrangement not declared',
      declaration: declaration({ onlineTargeting: [ads({ jointControllerArrangement: undefined })] }),
      expect: [{ status: 'needs_info', messageId: 'arrangementUnknown' }],
    },
    { name: 'targeting not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noTargeting', subject: 'declaration' }] },
    { name: 'no targeting', declaration: declaration({ onlineTargeting: [] }), expect: [{ status: 'not_applicable', messageId: 'noneDeclared' }] },
    {
      name: 'one outcome per targeting',
      declaration: declaration({ onlineTargeting: [ads(), ads({ id: 'retarget', name: 'Retargeting', method: 'retargeting', jointControllerArrangement: { inPlace: false } })] }),
      expect: [
        { status: 'pass', subject: 'onlineTargeting/marginals-ads' },
        { status: 'fail', subject: 'onlineTargeting/retarget' },
      ],
    },
  ],
});
