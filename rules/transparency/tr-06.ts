/**
 * TR-06: where voters are profiled (scored, segmented, predicted), the privacy notice says so and says what the
 * profiles are used for. Profiling is a purpose like any other (Art. 13(1)(c), Art. 14(1)), and the ICO treats
 * undisclosed profiling as unfair (Art. 5(1)(a)); its pre-election advice tells voters to expect to be told about it.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { fail, needsInfo, notApplicable, pass } from '../lib/outcomes.js';
import { section } from '../lib/subjects.js';
import { noticeGate } from './_helpers.js';

export default defineRule({
  id: 'TR-06',
  title: 'The privacy notice explains any profiling of voters and what it is used for',
  area: 'transparency',
  severity: 'high',
  tags: ['transparency', 'privacy-notice', 'profiling'],
  covers: ['UK-TR-04', 'UK-PRF-01'],
  citations: [
    cite('UK GDPR', 'Art. 5(1)(a)'),
    cite('UK GDPR', 'Art. 13(1)(c)'),
    cite('UK GDPR', 'Art. 14(1)'),
    citeIco('Profiling in political campaigning'),
  ],
  rationale:
    'Campaigns combine the electoral register, canvass returns, bought-in and public data to predict how people will vote, which issues they care about and whether they will turn out. ' +
    'People do not expect this unless they are told, and processing they cannot expect is unfair. ' +
    'The privacy notice must describe the profiling, the kinds of data it uses and what the scores and segments are used for. ' +
    'The ICO found in 2018 that parties did not explain their profiling, and its 2020 audits made transparency about profiling a priority.',
  remediation: [
    'Add a section to your privacy notice on profiling: that you predict things such as voting intention, support or turnout, from which data, and how the results are used (for example choosing whom to canvass or message).',
    'Say how people can object to the profiling, and that objecting to direct marketing also stops profiling for it.',
    'Record covers.profiling: true in the declaration once the notice is updated.',
  ],
  notes:
    'Arts. 13(2)(f) and 14(2)(g) (information about automated decision-making) were re-pointed by the DUAA 2025 and are not cited here; solely automated decisions are judged by PRF-02 and PRF-03.',
  examples: {
    passing: `# We model voters, and the privacy notice explains it.
profiling:
  used: true
privacyNotice:
  published: true
  covers:
    profiling: true
`,
    failing: `# Fails: we model voters, but the privacy notice does not say so.
profiling:
  used: true
privacyNotice:
  published: true
  covers:
    profiling: false
`,
  },
  messages: {
    profilingUnknown: 'Whether you profile or model voters (profiling.used) is not declared.',
    noProfiling: 'You do not profile or model voters.',
    noticeUnknown: 'Whether you publish a privacy notice (privacyNotice) is not declared, so it is not known whether it explains your profiling.',
    noticeUnpublished: 'No privacy notice is published (TR-01), so your profiling is not explained in one.',
    coverUnknown: 'Whether your privacy notice explains your profiling (privacyNotice.covers.profiling) is not declared.',
    notExplained: 'You profile voters, but your privacy notice does not explain it.',
    explained: 'Your privacy notice explains your profiling.',
  },
  evaluate(declaration) {
    const profiling = declaration.profiling;
    if (profiling === undefined) return [needsInfo(section('profiling'), 'profilingUnknown', ['/profiling'])];
    if (!profiling.used) return [notApplicable(section('profiling'), 'noProfiling', ['/profiling/used'])];
    const gate = noticeGate(declaration, 'noticeUnknown', 'noticeUnpublished');
    if (gate.outcome) return [gate.outcome];
    const subject = section('privacyNotice');
    const field = '/privacyNotice/covers/profiling';
    const covered = gate.notice.covers?.profiling;
    if (covered === undefined) return [needsInfo(subject, 'coverUnknown', [field])];
    if (!covered) return [fail(subject, 'notExplained', [field, '/profiling/used'])];
    return [pass(subject, 'explained', [field])];
  },
});
