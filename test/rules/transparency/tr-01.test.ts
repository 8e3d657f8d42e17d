import rule from '../../../rules/transparency/tr-01.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  scenarios: [
    {
      name: 'a published notice passes',
      declaration: declaration({ privacyNotice: { published: true, url: 'https://example.org/privacy' } }),
      expect: [{ status: 'pass', messageId: 'published', subject: 'privacyNotice', evidence: ['/privacyNotice/published'] }],
    },
    {
      name: 'no published notice fails',
      declaration: declaration({ privacyNotice: { published: false } }),
      expect: [{ status: 'fail', messageId: 'notPublished', subject: 'privacyNotice', evidence: ['/privacyNotice/published'] }],
    },
    {
      name: 'notice not declared',
      declaration: declaration(),
      expect: [{ status: 'needs_info', messageId: 'unknown', subject: 'privacyNotice', evidence: ['/privacyNotice'] }],
    },
  ],
});
