/**
 * RTS-06: answers to subject access requests are complete: they include inferred data (support scores, predicted
 * voting intention, segments), where the data came from and who received it (UK GDPR Art. 15(1)). This is what SCL
 * Elections failed to give Professor David Carroll in 2018. Timing and process are judged by RTS-01.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import type { Declaration } from '../../schema/generated/declaration.js';
import { Checklist } from '../lib/checklist.js';
import { needsInfo, notApplicable } from '../lib/outcomes.js';
import { at, section } from '../lib/subjects.js';

/** Whether the campaign holds inferred data: declared data categories decide; failing them, declared profiling. */
function holdsInferredData(d: Declaration): boolean | undefined {
  if (d.dataCategories !== undefined) {
    return (
      d.dataCategories.some((c) => c.origin === 'inferred' || c.inferenceMethod !== undefined || c.kind === 'party_support_score') ||
      d.profiling?.used === true
    );
  }
  return d.profiling?.used === true ? true : undefined;
}

export default defineRule({
  id: 'RTS-06',
  title: 'Answers to subject access requests include inferred data such as scores, the sources of the data and its recipients',
  area: 'rights',
  severity: 'high',
  tags: ['rights', 'subject-access', 'profiling', 'inferred-data'],
  covers: ['UK-RTS-01'],
  citations: [cite('UK GDPR', 'Art. 15(1)'), cite('UK GDPR', 'Art. 4(1)'), citeIco('Profiling in political campaigning')],
  rationale:
    'A copy of someone\'s data must include everything held about them, not only what they gave: predictions and scores about how they will vote, ' +
    'which issues they care about or whether they will turn out are personal data too. The answer must also say where the data came from and who it ' +
    'was given to. When SCL Elections (Cambridge Analytica) answered a voter\'s request without the predicted political views, their sources and ' +
    'recipients, the Commissioner served an enforcement notice and the company was later fined after pleading guilty.',
  remediation: [
    'Include in every answer the scores, predicted voting intention, segments and model outputs held about the person, as well as contact and canvass data.',
    'Say where each kind of data came from (the electoral register, canvassing, a data broker, a platform) and who received it (local parties, suppliers, platforms).',
    'Check your CRM, canvassing app and suppliers can export these fields for one person.',
  ],
  notes:
    'Inferred data is taken to be held when a data category is inferred (origin, inference method, or a support score) or profiling is declared. ' +
    'Art. 15(1) is cited without its points ((c) recipients, (g) source): the article is a standard one not re-read after the DUAA insertion of point (ea). ' +
    'Where there is no subject access process at all, RTS-01 reports it and this rule is not applicable.',
  examples: {
    passing: `# Answers include support scores and other inferences, sources and recipients.
rights:
  subjectAccess:
    inPlace: true
    includesInferredData: true
    includesSourcesAndRecipients: true
`,
    failing: `# Fails: answers leave out where the data came from and who received it.
rights:
  subjectAccess:
    inPlace: true
    includesInferredData: true
    includesSourcesAndRecipients: false
`,
  },
  messages: {
    unknown: 'It is not declared whether there is a process for subject access requests (rights.subjectAccess).',
    noProcess: 'There is no subject access process whose answers could be checked (RTS-01 reports this).',
    incomplete: 'Answers to subject access requests leave out {{items}}.',
    gaps: 'Not declared for answers to subject access requests: {{items}}.',
    complete: 'Answers to subject access requests include inferred data where held, the sources of the data and its recipients.',
  },
  evaluate(declaration) {
    const subject = section('rights');
    const sar = declaration.rights?.subjectAccess;
    if (sar === undefined) return [needsInfo(subject, 'unknown', [at(subject, 'subjectAccess')])];
    if (!sar.inPlace) return [notApplicable(subject, 'noProcess', [at(subject, 'subjectAccess', 'inPlace')])];
    const check = new Checklist();
    const inferredPointer = at(subject, 'subjectAccess', 'includesInferredData');
    const holds = holdsInferredData(declaration);
    if (sar.includesInferredData === true || holds === false) check.ok(inferredPointer);
    else if (sar.includesInferredData === undefined) check.unknown(inferredPointer, 'whether answers include inferred data such as support scores (includesInferredData)');
    else if (holds === true) check.fail(inferredPointer, 'the inferred data you hold, such as scores and predicted voting intention');
    else check.unknown('/dataCategories', 'whether you hold inferred data such as scores (dataCategories), which answers would then have to include');
    check.expectTrue(
      sar.includesSourcesAndRecipients,
      at(subject, 'subjectAccess', 'includesSourcesAndRecipients'),
      { fail: 'where the data came from and who received it', unknown: 'whether answers say where the data came from and who received it (includesSourcesAndRecipients)' },
    );
    return [check.outcome(subject, { fail: 'incomplete', unknown: 'gaps', pass: 'complete' })];
  },
});
