import rule from '../../../rules/transparency/tr-05.js';
import type { Communication, DataSource } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const source = (art14Exemption: DataSource['art14Exemption']): DataSource => ({
  id: 'oer',
  name: 'Open register',
  type: 'open_electoral_register',
  ...(art14Exemption ? { art14Exemption } : {}),
});
const effort = { claimed: true, ground: 'disproportionate_effort' as const, assessmentReference: 'DPIA-7', publicInformationUrl: 'https://example.org/privacy' };
const letter: Communication = { id: 'letter', name: 'Spring letter', channel: 'addressed_post', purpose: 'persuasion', audienceSourceIds: ['oer'] };

testRule(rule, {
  scenarios: [
    {
      name: 'documented disproportionate effort with public information passes',
      declaration: declaration({ dataSources: [source(effort)] }),
      expect: [{ status: 'pass', messageId: 'documented', subject: 'dataSources/oer', evidence: ['/dataSources/0/art14Exemption/ground', '/dataSources/0/art14Exemption/assessmentReference'] }],
    },
    {
      name: 'a published privacy notice counts as public information',
      declaration: declaration({ dataSources: [source({ ...effort, publicInformationUrl: undefined })], privacyNotice: { published: true } }),
      expect: [{ status: 'pass', messageId: 'documented' }],
    },
    {
      name: 'nothing made public fails (Art. 14(7))',
      declaration: declaration({ dataSources: [source({ ...effort, publicInformationUrl: undefined })], privacyNotice: { published: false } }),
      expect: [
        {
          status: 'fail',
          messageId: 'notPublic',
          evidence: ['/dataSources/0/art14Exemption/ground', '/dataSources/0/art14Exemption/publicInformationUrl', '/privacyNotice/published'],
        },
      ],
    },
    {
      name: 'claiming disproportionate effort while writing to the people is a warning',
      declaration: declaration({ dataSources: [source(effort)], communications: [letter] }),
      expect: [{ status: 'warn', messageId: 'youWriteToThem', evidence: ['/dataSources/0/art14Exemption/ground', '/communications/0/audienceSourceIds'] }],
    },
    { name: 'public information not declared', declaration: declaration({ dataSources: [source({ ...effort, publicInformationUrl: undefined })] }), expect: [{ status: 'needs_info', messageId: 'publicInfoUnknown' }] },
    { name: 'assessment not declared', declaration: declaration({ dataSources: [source({ ...effort, assessmentReference: undefined })] }), expect: [{ status: 'needs_info', messageId: 'assessmentUnknown' }] },
    { name: 'ground not declared', declaration: declaration({ dataSources: [source({ claimed: true })] }), expect: [{ status: 'needs_info', messageId: 'groundUnknown' }] },
    { name: 'already informed, documented', declaration: declaration({ dataSources: [source({ claimed: true, ground: 'already_has_information', assessmentReference: 'note-3' })] }), expect: [{ status: 'pass', messageId: 'alreadyInformed' }] },
    { name: 'already informed, undocumented', declaration: declaration({ dataSources: [source({ claimed: true, ground: 'already_has_information' })] }), expect: [{ status: 'needs_info', messageId: 'evidenceUnknown' }] },
    { name: '"required by law" for the register is a warning', declaration: declaration({ dataSources: [source({ claimed: true, ground: 'required_by_law' })] }), expect: [{ status: 'warn', messageId: 'requiredByLaw', evidence: ['/dataSources/0/art14Exemption/ground', '/dataSources/0/type'] }] },
    { name: 'confidentiality is a warning', declaration: declaration({ dataSources: [source({ claimed: true, ground: 'confidentiality' })] }), expect: [{ status: 'warn', messageId: 'confidentiality' }] },
    { name: 'no exemption claimed', declaration: declaration({ dataSources: [source(undefined), source({ claimed: false })].map((s, i) => ({ ...s, id: `s${i}` })) }), expect: [{ status: 'not_applicable', messageId: 'noExemption' }, { status: 'not_applicable', messageId: 'noExemption' }] },
    { name: 'sources not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noSources', subject: 'declaration' }] },
    { name: 'no sources', declaration: declaration({ dataSources: [] }), expect: [{ status: 'not_applicable', messageId: 'noneDeclared' }] },
  ],
});
