import rule from '../../../rules/canvassing/cnv-02.js';
import type { Canvassing } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const canvassing = (fields: Partial<Canvassing> = {}): Canvassing => ({ used: true, methods: ['doorstep'], privacyInformationMethod: 'card_with_link', ...fields });

testRule(rule, {
  scenarios: [
    { name: 'a card at the door passes', declaration: declaration({ canvassing: canvassing() }), expect: [{ status: 'pass', messageId: 'informed', subject: 'canvassing' }] },
    {
      name: 'no information fails',
      declaration: declaration({ canvassing: canvassing({ privacyInformationMethod: 'none' }) }),
      expect: [{ status: 'fail', messageId: 'noInformation', evidence: ['/canvassing/privacyInformationMethod'] }],
    },
    {
      name: 'a leaflet cannot be given on the phone',
      declaration: declaration({ canvassing: canvassing({ methods: ['doorstep', 'telephone'], privacyInformationMethod: 'leaflet' }) }),
      expect: [{ status: 'warn', messageId: 'phoneNeedsScript', evidence: ['/canvassing/privacyInformationMethod', '/canvassing/methods'] }],
    },
    {
      name: 'a script works on the phone',
      declaration: declaration({ canvassing: canvassing({ methods: ['telephone'], privacyInformationMethod: 'verbal_script' }) }),
      expect: [{ status: 'pass', messageId: 'informed' }],
    },
    { name: 'method not declared', declaration: declaration({ canvassing: { used: true } }), expect: [{ status: 'needs_info', messageId: 'methodUnknown' }] },
    { name: 'no canvassing', declaration: declaration({ canvassing: { used: false } }), expect: [{ status: 'not_applicable', messageId: 'notUsed' }] },
    { name: 'canvassing not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noCanvassing' }] },
  ],
});
