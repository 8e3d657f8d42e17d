/**
 * REP-01: constituents' casework is kept apart from campaigning and is not used for campaigning without their consent.
 * An elected representative handles casework under DPA 2018 Sch. 1 para. 23 (acting on a constituent's request);
 * neither that condition nor the purpose of the casework extends to party campaigning, so re-use is a new purpose
 * that must be compatible (UK GDPR Arts. 5(1)(b), 8A(1)) and, in practice, needs the constituent's consent.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { Checklist } from '../lib/checklist.js';
import { CAMPAIGNING_PURPOSES } from '../lib/facts.js';
import { needsInfo, notApplicable } from '../lib/outcomes.js';
import { at, section } from '../lib/subjects.js';
import { CAMPAIGNING_ACTIVITY_TYPES, ICO_POLITICAL_PAGE } from './_helpers.js';

export default defineRule({
  id: 'REP-01',
  title: 'Constituents\' casework is kept separate from campaigning and used for it only with their consent',
  area: 'representatives',
  severity: 'high',
  tags: ['representatives', 'casework', 'purpose-limitation'],
  covers: ['UK-SCOPE-03', 'UK-REP-01'],
  citations: [
    cite('UK GDPR', 'Art. 5(1)(b)'),
    cite('UK GDPR', 'Art. 8A(1)'),
    cite('DPA 2018', 'Sch. 1 para. 23'),
    citeIco('Purpose limitation, data minimisation and storage limitation'),
  ],
  guidance: [ICO_POLITICAL_PAGE],
  rationale:
    'People who ask their MP, MS, MSP, MLA or councillor for help share sensitive details (health, benefits, immigration, housing) to get a problem ' +
    'solved, not to join a campaign. The law lets representatives handle that data for the casework; it does not extend to party campaigning. Adding ' +
    'casework contacts to the voter file, or sending them campaign messages, uses the data for a different purpose the constituent did not expect, ' +
    'and needs their consent. Keeping casework in a separate system, with separate access, is how offices make sure that does not happen.',
  remediation: [
    'Hold casework in a separate system or area from campaign data, with access limited to caseworkers.',
    'Do not add casework contacts to the voter file or to campaign mailing lists, and do not use them for canvassing or targeting.',
    'If you want to contact constituents about campaigns, ask for their consent separately and clearly, and record it.',
  ],
  notes:
    'The rule reads the casework section and follows data sources of type casework into the processing activities and communications that use them. ' +
    'A campaigning use of a casework source passes with recorded consent, is a warning with a compatibility assessment (a judgement the declaration ' +
    'cannot settle), and fails otherwise. When casework is not declared, only elected representatives and declarations with casework sources are asked.',
  examples: {
    passing: `# Casework is held apart from campaign data and never used for campaigning.
casework:
  handled: true
  keptSeparate: true
  usedForCampaigning: false
`,
    failing: `# Fails: casework contacts are added to campaign lists without their consent.
casework:
  handled: true
  keptSeparate: false
  usedForCampaigning: true
  consentForCampaigning: false
`,
  },
  messages: {
    unknown: 'It is not declared how constituents\' casework is handled (casework).',
    noCasework: 'No constituent casework is handled.',
    shortfalls: 'Casework is not kept apart from campaigning: {{items}}.',
    gaps: 'Not declared for casework: {{items}}.',
    concerns: 'Casework data is used for campaigning on the strength of a compatibility assessment: {{items}}.',
    separate: 'Casework is kept apart from campaign data and not used for campaigning without consent.',
  },
  evaluate(declaration, context) {
    const subject = section('casework');
    const casework = declaration.casework;
    const sources = (declaration.dataSources ?? []).map((s, i) => ({ s, i })).filter(({ s }) => s.type === 'casework');
    if (casework === undefined) {
      if (declaration.declarant.organisationType === 'elected_representative' || sources.length > 0) {
        return [needsInfo(subject, 'unknown', [subject.pointer])];
      }
      return [notApplicable(subject, 'noCasework', ['/declarant/organisationType'])];
    }
    if (!casework.handled && sources.length === 0) return [notApplicable(subject, 'noCasework', [at(subject, 'handled')])];

    const check = new Checklist();
    if (casework.handled) {
      check.expectTrue(casework.keptSeparate, at(subject, 'keptSeparate'), {
        fail: 'casework data is held together with campaign data',
        unknown: 'whether casework data is held apart from campaign data (keptSeparate)',
      });
      if (casework.usedForCampaigning === undefined) check.unknown(at(subject, 'usedForCampaigning'), 'whether casework data is used for campaigning (usedForCampaigning)');
      else if (!casework.usedForCampaigning) check.ok(at(subject, 'usedForCampaigning'));
      else
        check.expectTrue(casework.consentForCampaigning, at(subject, 'consentForCampaigning'), {
          fail: 'casework data is used for campaigning without constituents\' consent',
          unknown: 'whether constituents consented to campaign use of their details (consentForCampaigning)',
        });
    }
    for (const { s, i } of sources) {
      const uses = [
        ...context.index
          .activitiesUsingSource(s.id)
          .filter((a) => a.entry.purposeType !== undefined && CAMPAIGNING_ACTIVITY_TYPES.has(a.entry.purposeType))
          .map((a) => `activity "${a.entry.name}"`),
        ...(declaration.communications ?? [])
          .filter((c) => (c.audienceSourceIds ?? []).includes(s.id) && c.purpose !== undefined && CAMPAIGNING_PURPOSES.has(c.purpose as never))
          .map((c) => `communication "${c.name}"`),
      ];
      if (uses.length === 0) continue;
      const status = s.compatibility?.status;
      const pointer = `/dataSources/${i}/compatibility`;
      const what = `casework source "${s.name}" feeds ${uses.join(', ')}`;
      if (status === 'consent_obtained') check.ok(pointer);
      else if (status === 'assessed_compatible') check.warn(pointer, what);
      else check.fail(pointer, `${what} without constituents' consent`);
    }
    return [check.outcome(subject, { fail: 'shortfalls', unknown: 'gaps', warn: 'concerns', pass: 'separate' })];
  },
});
