import rule from '../../../rules/profiling/prf-01.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const withModel = (fields: { featuresJustified?: boolean; accuracyReviewed?: boolean }) =>
  declaration({ profiling: { used: true, models: [{ id: 'turnout', name: 'Turnout score', ...fields }] } });

testRule(rule, {
  scenarios: [
    {
      name: 'justified inputs and reviewed accuracy pass',
      declaration: withModel({ featuresJustified: true, accuracyReviewed: true }),
      expect: [{ status: 'pass', messageId: 'sound', subject: 'models/turnout', evidence: ['/profiling/models/0/featuresJustified', '/profiling/models/0/accuracyReviewed'] }],
    },
    { name: 'unjustified inputs fail', declaration: withModel({ featuresJustified: false, accuracyReviewed: true }), expect: [{ status: 'fail', messageId: 'failing', evidence: ['/profiling/models/0/featuresJustified'] }] },
    { name: 'unreviewed accuracy fails', declaration: withModel({ featuresJustified: true, accuracyReviewed: false }), expect: [{ status: 'fail', messageId: 'failing', evidence: ['/profiling/models/0/accuracyReviewed'] }] },
    { name: 'both not declared', declaration: withModel({}), expect: [{ status: 'needs_info', messageId: 'unknown', evidence: ['/profiling/models/0/featuresJustified', '/profiling/models/0/accuracyReviewed'] }] },
    { name: 'models not declared', declaration: declaration({ profiling: { used: true, models: [] } }), expect: [{ status: 'needs_info', messageId: 'modelsUnknown' }] },
    { name: 'no profiling', declaration: declaration({ profiling: { used: false } }), expect: [{ status: 'not_applicable', messageId: 'noProfiling' }] },
    { name: 'profiling not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'profilingUnknown', subject: 'profiling' }] },
  ],
});
