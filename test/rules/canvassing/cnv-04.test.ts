import rule from '../../../rules/canvassing/cnv-04.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  scenarios: [
    { name: 'trained canvassers pass', declaration: declaration({ canvassing: { used: true, volunteersTrained: true } }), expect: [{ status: 'pass', messageId: 'trained', subject: 'canvassing' }] },
    {
      name: 'untrained canvassers fail',
      declaration: declaration({ canvassing: { used: true, volunteersTrained: false } }),
      expect: [{ status: 'fail', messageId: 'notTrained', evidence: ['/canvassing/volunteersTrained'] }],
    },
    {
      name: 'mandatory training covering volunteers counts',
      declaration: declaration({ canvassing: { used: true }, governance: { training: { provided: true, mandatory: true, coversVolunteers: true } } }),
      expect: [{ status: 'pass', messageId: 'trainedByPolicy' }],
    },
    {
      name: 'optional training is not enough to tell',
      declaration: declaration({ canvassing: { used: true }, governance: { training: { provided: true, mandatory: false, coversVolunteers: true } } }),
      expect: [{ status: 'needs_info', messageId: 'trainingUnknown', evidence: ['/canvassing/volunteersTrained'] }],
    },
    { name: 'no canvassing', declaration: declaration({ canvassing: { used: false } }), expect: [{ status: 'not_applicable', messageId: 'notUsed' }] },
    { name: 'canvassing not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noCanvassing' }] },
  ],
});
