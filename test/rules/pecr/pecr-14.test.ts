import rule from '../../../rules/pecr/pecr-14.js';
import type { Communication } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const letter = (fields: Partial<Communication> = {}): Communication => ({
  id: 'target-letter',
  name: 'Target seat letter',
  channel: 'addressed_post',
  purpose: 'persuasion',
  suppressionApplied: true,
  ...fields,
});

testRule(rule, {
  scenarios: [
    { name: 'screened letters pass', declaration: declaration({ communications: [letter()] }), expect: [{ status: 'pass', messageId: 'screened', subject: 'communications/target-letter' }] },
    {
      name: 'unscreened letters fail',
      declaration: declaration({ communications: [letter({ suppressionApplied: false })] }),
      expect: [{ status: 'fail', messageId: 'notScreened', evidence: ['/communications/0/suppressionApplied'] }],
    },
    {
      name: 'the free election address is the exception',
      declaration: declaration({ communications: [letter({ suppressionApplied: false, isElectionAddress: true })] }),
      expect: [{ status: 'not_applicable', messageId: 'electionAddress', evidence: ['/communications/0/isElectionAddress'] }],
    },
    {
      name: 'a free election address claimed at a local election is a warning',
      declaration: declaration({
        campaign: { name: 'Council', electionType: 'local_government' },
        communications: [letter({ suppressionApplied: false, isElectionAddress: true })],
      }),
      expect: [{ status: 'warn', messageId: 'electionAddressOtherElection' }],
    },
    {
      name: 'election type not declared for a free election address',
      declaration: declaration({ campaign: { name: 'Campaign' }, communications: [letter({ isElectionAddress: true })] }),
      expect: [{ status: 'needs_info', messageId: 'electionUnknown', evidence: ['/campaign/electionType'] }],
    },
    {
      name: 'a central list applied before every send covers the mailing',
      declaration: declaration({ communications: [letter({ suppressionApplied: undefined })], suppression: { centralList: true, appliedBeforeEverySend: true } }),
      expect: [{ status: 'pass', messageId: 'coveredByCentral' }],
    },
    { name: 'screening not declared', declaration: declaration({ communications: [letter({ suppressionApplied: undefined })] }), expect: [{ status: 'needs_info', messageId: 'screeningUnknown' }] },
    { name: 'unaddressed leaflets are out of scope', declaration: declaration({ communications: [letter({ channel: 'unaddressed_leaflet' })] }), expect: [{ status: 'not_applicable', messageId: 'notPost' }] },
    { name: 'research letters are not marketing', declaration: declaration({ communications: [letter({ purpose: 'research' })] }), expect: [{ status: 'not_applicable', messageId: 'notMarketing' }] },
    { name: 'purpose not declared', declaration: declaration({ communications: [letter({ purpose: undefined })] }), expect: [{ status: 'needs_info', messageId: 'purposeUnknown' }] },
    { name: 'communications not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noCommunications' }] },
    { name: 'no communications', declaration: declaration({ communications: [] }), expect: [{ status: 'not_applicable', messageId: 'noneDeclared' }] },
  ],
});
