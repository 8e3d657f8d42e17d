import rule from '../../../rules/electoral-register/er-06.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const model = (includesUnder16s?: boolean) => ({ id: 'support-score', name: 'Support score', ...(includesUnder16s === undefined ? {} : { includesUnder16s }) });

testRule(rule, {
  scenarios: [
    {
      name: 'a model that excludes under-16s passes',
      declaration: declaration({ profiling: { used: true, models: [model(false)] } }),
      expect: [{ status: 'pass', messageId: 'excludesUnder16s', subject: 'models/support-score', evidence: ['/profiling/models/0/includesUnder16s'] }],
    },
    { name: 'a model that scores under-16s is a warning', declaration: declaration({ profiling: { used: true, models: [model(true)] } }), expect: [{ status: 'warn', messageId: 'scoresUnder16s' }] },
    { name: 'not declared', declaration: declaration({ profiling: { used: true, models: [model()] } }), expect: [{ status: 'needs_info', messageId: 'unknown' }] },
    { name: 'models not declared', declaration: declaration({ profiling: { used: true } }), expect: [{ status: 'needs_info', messageId: 'modelsUnknown', subject: 'profiling' }] },
    { name: 'profiling not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'profilingUnknown' }] },
    { name: 'no profiling', declaration: declaration({ profiling: { used: false } }), expect: [{ status: 'not_applicable', messageId: 'noProfiling' }] },
  ],
});
