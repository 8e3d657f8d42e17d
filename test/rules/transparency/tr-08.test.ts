import rule from '../../../rules/transparency/tr-08.js';
import type { Communication } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const letter = (fields: Partial<Communication> = {}): Communication => ({
  id: 'intro-letter',
  name: 'Introduction letter',
  channel: 'addressed_post',
  purpose: 'persuasion',
  rightToObjectAtFirstContact: true,
  ...fields,
});

testRule(rule, {
  scenarios: [
    {
      name: 'right to object shown passes',
      declaration: declaration({ communications: [letter()] }),
      expect: [{ status: 'pass', messageId: 'shown', subject: 'communications/intro-letter', evidence: ['/communications/0/rightToObjectAtFirstContact'] }],
    },
    { name: 'right to object not shown fails', declaration: declaration({ communications: [letter({ rightToObjectAtFirstContact: false })] }), expect: [{ status: 'fail', messageId: 'notShown' }] },
    {
      name: 'research carrying campaign content is marketing',
      declaration: declaration({ communications: [letter({ channel: 'live_call', purpose: 'research', containsCampaigningContent: true, rightToObjectAtFirstContact: false })] }),
      expect: [{ status: 'fail', messageId: 'notShown' }],
    },
    { name: 'not declared', declaration: declaration({ communications: [letter({ rightToObjectAtFirstContact: undefined })] }), expect: [{ status: 'needs_info', messageId: 'unknown' }] },
    { name: 'purpose not declared', declaration: declaration({ communications: [letter({ purpose: undefined })] }), expect: [{ status: 'needs_info', messageId: 'purposeUnknown', evidence: ['/communications/0/purpose'] }] },
    { name: 'declared as marketing without a purpose', declaration: declaration({ communications: [letter({ purpose: undefined, isDirectMarketing: true })] }), expect: [{ status: 'pass', messageId: 'shown' }] },
    { name: 'genuine research is not marketing', declaration: declaration({ communications: [letter({ purpose: 'research', containsCampaigningContent: false, rightToObjectAtFirstContact: undefined })] }), expect: [{ status: 'not_applicable', messageId: 'notMarketing' }] },
    { name: 'unaddressed leaflets use no personal data', declaration: declaration({ communications: [letter({ channel: 'unaddressed_leaflet', rightToObjectAtFirstContact: undefined })] }), expect: [{ status: 'not_applicable', messageId: 'unaddressed' }] },
    { name: 'communications not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noCommunications', subject: 'declaration' }] },
    { name: 'no communications', declaration: declaration({ communications: [] }), expect: [{ status: 'not_applicable', messageId: 'noneDeclared' }] },
  ],
});
