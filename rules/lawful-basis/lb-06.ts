/**
 * LB-06: data gathered for one purpose (petitions, surveys, competitions, or any source declared as re-used) is used
 * for campaigning only if the new purpose is compatible with the original one (UK GDPR Art. 5(1)(b), tested under
 * Art. 8A since 5 Feb 2026) or people consented to the new use. Where the data was collected on consent, only fresh
 * consent (or the narrow Art. 8A(3)(c)-(e) cases) makes a new purpose compatible (Art. 8A(4)).
 * Casework (UK-SCOPE-03) and affiliated companies' customer data (LB-07) are judged elsewhere.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule, type RuleOutcome } from '../../core/rule.js';
import { fail, needsInfo, notApplicable, pass, warn } from '../lib/outcomes.js';
import { DECLARATION, at, items } from '../lib/subjects.js';
import { sourceInUse } from './_helpers.js';

type Message = 'noSources' | 'noReuse' | 'reuseUnknown' | 'notAssessed' | 'incompatibleUsed' | 'notTold' | 'samePurpose' | 'compatible' | 'consented' | 'keptApart';

/** Sources collected for a purpose of their own, whose use for campaigning is a re-use unless shown otherwise. */
const REUSE_TYPES: ReadonlyMap<string, string> = new Map([
  ['petition', 'a petition'],
  ['survey', 'a survey'],
  ['competition', 'a competition'],
]);

/** Judged by other rules: casework (representatives area) and affiliated companies' customers (LB-07). */
const ELSEWHERE: ReadonlySet<string> = new Set(['casework', 'affiliated_company_customers']);

export default defineRule({
  id: 'LB-06',
  title: 'Data collected for another purpose, such as petitions, surveys and competitions, is re-used for campaigning only if compatible or with fresh consent',
  area: 'lawful-basis',
  severity: 'high',
  tags: ['lawful-basis', 'purpose-limitation', 'petitions', 'surveys'],
  covers: ['UK-LB-05'],
  citations: [
    cite('UK GDPR', 'Art. 5(1)(b)'),
    cite('UK GDPR', 'Art. 8A(1)'),
    cite('UK GDPR', 'Art. 8A(4)'),
    cite('DUAA 2025', 's. 71'),
    citeIco('Purpose limitation, data minimisation and storage limitation'),
  ],
  rationale:
    'People who sign a petition, answer a survey or enter a competition give their details for that purpose. ' +
    'Using them afterwards to canvass, target or message those people is a new purpose, allowed only if it is compatible with the original one (taking into account the link between the purposes, the context and people\'s relationship with you, the nature of the data and the consequences) or if people agree to it. ' +
    'Where the details were collected on consent, only fresh consent makes the new use compatible in practice. ' +
    'Compatibility alone does not make the new use lawful: it still needs a lawful basis, and people must be told. ' +
    'Vote Leave named football-competition entrants among the sources of its referendum texts; the ICO has warned campaigns against repurposing petition and survey data.',
  remediation: [
    'Before using petition, survey or competition data for campaigning, either ask those people for consent to the new use, or carry out and record a compatibility assessment (compatibility.status and reference).',
    'If the data was collected on consent, ask for fresh consent rather than relying on compatibility.',
    'At collection, tell people clearly if their details will also be used for campaigning, and by whom.',
    'If the assessment finds the new use incompatible, keep the data out of campaigning.',
  ],
  notes:
    'UK GDPR Art. 6(4) was omitted by DUAA 2025 s. 71(4); the compatibility test is now Art. 8A (in force 5 Feb 2026). Art. 5(3) (compatibility alone does not make processing lawful) is explained in the rationale but not cited, as the lawful basis is checked by LB-01. ' +
    'The schema does not record the lawful basis on which a source was originally collected, so the Art. 8A(4) limit (consent-collected data) is explained but cannot be checked; see the schema gap in the report. ' +
    'Sources other than petitions, surveys and competitions are checked only when they declare a compatibility status other than same_purpose. ' +
    'The Vote Leave (2019) facts and the ICO pre-election note (Apr 2026) are digest [S].',
  examples: {
    passing: `# Petition signers were asked, and agreed, to hear from us about the campaign.
dataSources:
  - id: save-the-hospital
    name: Save the hospital petition
    type: petition
    originalPurpose: Petition to the health board
    compatibility:
      status: consent_obtained
      peopleToldAtCollection: true
`,
    failing: `# Fails: petition signers' details are re-used for campaigning without checking the new use is compatible.
dataSources:
  - id: save-the-hospital
    name: Save the hospital petition
    type: petition
    originalPurpose: Petition to the health board
    compatibility:
      status: not_assessed
`,
  },
  messages: {
    noSources: 'No data sources are declared, so re-use of data cannot be checked.',
    noReuse: 'No data source is collected for another purpose or declared as re-used.',
    reuseUnknown: '{{subject}} comes from {{origin}}; whether it is used for other purposes, and if so whether that was assessed or consented to (compatibility), is not declared.',
    notAssessed: '{{subject}} is re-used for a new purpose without a compatibility assessment or fresh consent.',
    incompatibleUsed: '{{subject}} was assessed as incompatible with the new purpose but is still used for campaigning activities.',
    notTold: '{{subject}} was assessed as compatible, but people were not told at collection that it would be used for campaigning, which weighs against compatibility.',
    samePurpose: '{{subject}} is used only for the purpose it was collected for.',
    compatible: '{{subject}} is re-used after an assessment found the new purpose compatible.',
    consented: '{{subject}} is re-used with people\'s consent to the new purpose.',
    keptApart: '{{subject}} was assessed as incompatible and is not used for any declared activity.',
  },
  evaluate(declaration, context) {
    const list = declaration.dataSources;
    if (list === undefined) return [needsInfo(DECLARATION, 'noSources', ['/dataSources'])];
    const outcomes: RuleOutcome<Message>[] = [];
    for (const { entry, subject } of items(list, 'dataSources')) {
      if (ELSEWHERE.has(entry.type)) continue;
      const origin = REUSE_TYPES.get(entry.type);
      const compatibility = entry.compatibility;
      if (compatibility === undefined) {
        if (origin !== undefined) outcomes.push(needsInfo(subject, 'reuseUnknown', [at(subject, 'compatibility')], { origin }));
        continue;
      }
      if (compatibility.status === 'same_purpose' && origin === undefined) continue;
      const status = at(subject, 'compatibility', 'status');
      const activities = context.index.activitiesUsingSource(entry.id).map((a) => a.entry.id);
      switch (compatibility.status) {
        case 'same_purpose':
          outcomes.push(pass(subject, 'samePurpose', [status]));
          break;
        case 'consent_obtained':
          outcomes.push(pass(subject, 'consented', [status]));
          break;
        case 'assessed_compatible':
          if (compatibility.peopleToldAtCollection === false) outcomes.push(warn(subject, 'notTold', [status, at(subject, 'compatibility', 'peopleToldAtCollection')]));
          else outcomes.push(pass(subject, 'compatible', [status]));
          break;
        case 'not_assessed':
          outcomes.push(fail(subject, 'notAssessed', [status]));
          break;
        case 'assessed_incompatible':
          if (sourceInUse(declaration, entry.id, activities)) outcomes.push(fail(subject, 'incompatibleUsed', [status]));
          else outcomes.push(pass(subject, 'keptApart', [status]));
          break;
      }
    }
    if (outcomes.length === 0) return [notApplicable(DECLARATION, 'noReuse', ['/dataSources'])];
    return outcomes;
  },
});
