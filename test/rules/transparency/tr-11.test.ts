import rule from '../../../rules/transparency/tr-11.js';
import type { DataSource } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const register: DataSource = { id: 'full-register', name: 'Full electoral register', type: 'full_electoral_register' };
const marked: DataSource = { id: 'marked', name: 'Marked register 2024', type: 'marked_register' };

testRule(rule, {
  scenarios: [
    {
      name: 'register use explained passes',
      declaration: declaration({ dataSources: [register], privacyNotice: { published: true, covers: { electoralRegisterUse: true } } }),
      expect: [{ status: 'pass', messageId: 'explained', subject: 'privacyNotice', evidence: ['/privacyNotice/covers/electoralRegisterUse'] }],
    },
    {
      name: 'register use not explained fails',
      declaration: declaration({ dataSources: [register, marked], privacyNotice: { published: true, covers: { electoralRegisterUse: false } } }),
      expect: [{ status: 'fail', messageId: 'notExplained', evidence: ['/privacyNotice/covers/electoralRegisterUse', '/dataSources/0', '/dataSources/1'] }],
    },
    { name: 'coverage not declared', declaration: declaration({ dataSources: [marked], privacyNotice: { published: true } }), expect: [{ status: 'needs_info', messageId: 'coverUnknown' }] },
    { name: 'notice not declared', declaration: declaration({ dataSources: [register] }), expect: [{ status: 'needs_info', messageId: 'noticeUnknown' }] },
    { name: 'no notice published is TR-01', declaration: declaration({ dataSources: [register], privacyNotice: { published: false } }), expect: [{ status: 'not_applicable', messageId: 'noticeUnpublished' }] },
    {
      name: 'no register held',
      declaration: declaration({ dataSources: [{ id: 'signups', name: 'Sign-ups', type: 'direct_collection' }], privacyNotice: { published: true } }),
      expect: [{ status: 'not_applicable', messageId: 'noRegister', subject: 'declaration' }],
    },
    { name: 'sources not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noSources' }] },
  ],
});
