import rule from '../../../rules/transparency/tr-06.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const profiling = { used: true };

testRule(rule, {
  scenarios: [
    {
      name: 'profiling explained passes',
      declaration: declaration({ profiling, privacyNotice: { published: true, covers: { profiling: true } } }),
      expect: [{ status: 'pass', messageId: 'explained', subject: 'privacyNotice', evidence: ['/privacyNotice/covers/profiling'] }],
    },
    {
      name: 'profiling not explained fails',
      declaration: declaration({ profiling, privacyNotice: { published: true, covers: { profiling: false } } }),
      expect: [{ status: 'fail', messageId: 'notExplained', evidence: ['/privacyNotice/covers/profiling', '/profiling/used'] }],
    },
    { name: 'coverage not declared', declaration: declaration({ profiling, privacyNotice: { published: true } }), expect: [{ status: 'needs_info', messageId: 'coverUnknown' }] },
    { name: 'notice not declared', declaration: declaration({ profiling }), expect: [{ status: 'needs_info', messageId: 'noticeUnknown' }] },
    { name: 'no notice published is TR-01', declaration: declaration({ profiling, privacyNotice: { published: false } }), expect: [{ status: 'not_applicable', messageId: 'noticeUnpublished' }] },
    { name: 'profiling not declared', declaration: declaration({ privacyNotice: { published: true } }), expect: [{ status: 'needs_info', messageId: 'profilingUnknown', subject: 'profiling' }] },
    { name: 'no profiling', declaration: declaration({ profiling: { used: false } }), expect: [{ status: 'not_applicable', messageId: 'noProfiling' }] },
  ],
});
