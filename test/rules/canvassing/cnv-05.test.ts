import rule from '../../../rules/canvassing/cnv-05.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  scenarios: [
    { name: 'secured paper passes', declaration: declaration({ canvassing: { used: true, tool: 'paper', paperReturnsSecured: true } }), expect: [{ status: 'pass', messageId: 'secured', subject: 'canvassing' }] },
    {
      name: 'unsecured paper fails',
      declaration: declaration({ canvassing: { used: true, tool: 'both', paperReturnsSecured: false } }),
      expect: [{ status: 'fail', messageId: 'notSecured', evidence: ['/canvassing/paperReturnsSecured'] }],
    },
    { name: 'app only has no paper', declaration: declaration({ canvassing: { used: true, tool: 'app' } }), expect: [{ status: 'not_applicable', messageId: 'appOnly' }] },
    { name: 'paper security not declared', declaration: declaration({ canvassing: { used: true, tool: 'paper' } }), expect: [{ status: 'needs_info', messageId: 'securedUnknown' }] },
    {
      name: 'tool not declared',
      declaration: declaration({ canvassing: { used: true } }),
      expect: [{ status: 'needs_info', messageId: 'toolUnknown', evidence: ['/canvassing/tool', '/canvassing/paperReturnsSecured'] }],
    },
    { name: 'no canvassing', declaration: declaration({ canvassing: { used: false } }), expect: [{ status: 'not_applicable', messageId: 'notUsed' }] },
    { name: 'canvassing not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noCanvassing' }] },
  ],
});
