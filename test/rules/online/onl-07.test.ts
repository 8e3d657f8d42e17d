import rule from '../../../rules/online/onl-07.js';
import type { OnlineTargeting } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const ads = (fields: Partial<OnlineTargeting> = {}): OnlineTargeting => ({
  id: 'students-ads',
  name: 'Students ads',
  method: 'demographic',
  criteria: ['age'],
  minimumAge: 18,
  ...fields,
});

testRule(rule, {
  scenarios: [
    { name: 'adults only pass at a general election', declaration: declaration({ onlineTargeting: [ads()] }), expect: [{ status: 'pass', messageId: 'votersOnly', subject: 'onlineTargeting/students-ads' }] },
    {
      name: '16-year-olds at a general election fail',
      declaration: declaration({ onlineTargeting: [ads({ minimumAge: 16 })] }),
      expect: [{ status: 'fail', messageId: 'belowVotingAge', evidence: ['/onlineTargeting/0/minimumAge', '/campaign/electionType'] }],
    },
    {
      name: '16-year-olds at a Senedd election pass',
      declaration: declaration({ campaign: { name: 'Senedd', electionType: 'senedd' }, onlineTargeting: [ads({ minimumAge: 16 })] }),
      expect: [{ status: 'pass', messageId: 'votersOnly' }],
    },
    {
      name: 'a declared voting age is used',
      declaration: declaration({ campaign: { name: 'Holyrood', electionType: 'scottish_parliament', minimumVotingAge: 16 }, onlineTargeting: [ads({ minimumAge: 13 })] }),
      expect: [{ status: 'fail', messageId: 'belowVotingAge', evidence: ['/onlineTargeting/0/minimumAge', '/campaign/minimumVotingAge'] }],
    },
    { name: 'minimum age not declared', declaration: declaration({ onlineTargeting: [ads({ minimumAge: undefined })] }), expect: [{ status: 'needs_info', messageId: 'ageUnknown' }] },
    { name: 'targeting not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noTargeting' }] },
    { name: 'no targeting', declaration: declaration({ onlineTargeting: [] }), expect: [{ status: 'not_applicable', messageId: 'noneDeclared' }] },
  ],
});
