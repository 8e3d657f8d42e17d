import rule from '../../../rules/children/chd-01.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  scenarios: [
    {
      name: 'children who cannot vote are not targeted',
      declaration: declaration({ children: { under18sInData: true, under18sTargeted: false } }),
      expect: [{ status: 'pass', messageId: 'notTargeted', subject: 'children', evidence: ['/children/under18sTargeted'] }],
    },
    { name: 'targeting children who cannot vote fails', declaration: declaration({ children: { under18sInData: true, under18sTargeted: true } }), expect: [{ status: 'fail', messageId: 'targeted' }] },
    {
      name: 'at a Senedd election the voting age is 16',
      declaration: declaration({ campaign: { name: 'Senedd 2030', electionType: 'senedd' }, children: { under18sTargeted: true } }),
      expect: [{ status: 'fail', messageId: 'targeted' }],
    },
    { name: 'no children in the data', declaration: declaration({ children: { under18sInData: false } }), expect: [{ status: 'not_applicable', messageId: 'noChildren', evidence: ['/children/under18sInData'] }] },
    { name: 'children in the data, targeting not declared', declaration: declaration({ children: { under18sInData: true } }), expect: [{ status: 'needs_info', messageId: 'unknown' }] },
    { name: 'children not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'unknown', evidence: ['/children/under18sTargeted'] }] },
  ],
});
