import rule from '../../../rules/direct-marketing/dmc-03.js';
import type { Communication } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const survey = (fields: Partial<Communication> = {}): Communication => ({
  id: 'issues-survey',
  name: 'Local issues survey',
  channel: 'live_call',
  purpose: 'research',
  containsCampaigningContent: false,
  resultsUsedForTargeting: false,
  ...fields,
});

testRule(rule, {
  scenarios: [
    {
      name: 'genuine research passes',
      declaration: declaration({ communications: [survey()] }),
      expect: [
        {
          status: 'pass',
          messageId: 'genuineResearch',
          subject: 'communications/issues-survey',
          evidence: ['/communications/0/containsCampaigningContent', '/communications/0/resultsUsedForTargeting'],
        },
      ],
    },
    {
      name: 'a survey that asks for support but is not treated as marketing fails',
      declaration: declaration({ communications: [survey({ containsCampaigningContent: true, isDirectMarketing: false })] }),
      expect: [{ status: 'fail', messageId: 'researchIsMarketing', evidence: ['/communications/0/containsCampaigningContent', '/communications/0/isDirectMarketing'] }],
    },
    {
      name: 'answers used for targeting make it marketing, even with no promotional content',
      declaration: declaration({ communications: [survey({ resultsUsedForTargeting: true, isDirectMarketing: false })] }),
      expect: [{ status: 'fail', messageId: 'researchIsMarketing', evidence: ['/communications/0/resultsUsedForTargeting', '/communications/0/isDirectMarketing'] }],
    },
    {
      name: 'research treated as marketing passes',
      declaration: declaration({ communications: [survey({ containsCampaigningContent: true, resultsUsedForTargeting: true, isDirectMarketing: true })] }),
      expect: [{ status: 'pass', messageId: 'treatedAsMarketing' }],
    },
    {
      name: 'classification not declared',
      declaration: declaration({ communications: [survey({ resultsUsedForTargeting: true })] }),
      expect: [{ status: 'needs_info', messageId: 'classificationUnknown', evidence: ['/communications/0/isDirectMarketing'] }],
    },
    {
      name: 'targeting use not declared',
      declaration: declaration({ communications: [survey({ resultsUsedForTargeting: undefined })] }),
      expect: [{ status: 'needs_info', messageId: 'researchFactsUnknown', evidence: ['/communications/0/resultsUsedForTargeting'] }],
    },
    {
      name: 'no research messages',
      declaration: declaration({ communications: [survey({ purpose: 'persuasion' }), survey({ id: 'x', purpose: undefined })] }),
      expect: [{ status: 'not_applicable', messageId: 'noResearch', subject: 'declaration' }],
    },
    { name: 'communications not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noCommunications' }] },
  ],
});
