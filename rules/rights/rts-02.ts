/**
 * RTS-02: an objection to direct marketing is absolute (UK GDPR Art. 21(2)-(3)): once someone objects, their data
 * must no longer be used for direct marketing, including profiling related to it, by any channel, any part of the
 * party and any supplier acting for it, and promptly. The suppression list itself (one central list, screened before
 * every send, migrated across systems) is judged by the PECR rules; this rule judges the process that feeds it.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import type { Declaration } from '../../schema/generated/declaration.js';
import { Checklist } from '../lib/checklist.js';
import { CAMPAIGNING_PURPOSES } from '../lib/facts.js';
import { fail, needsInfo, notApplicable } from '../lib/outcomes.js';
import { at, section } from '../lib/subjects.js';
import { monthlyDeadline } from './_helpers.js';

type Scope = 'all_channels' | 'profiling' | 'online_audiences' | 'local_units' | 'suppliers';

/** Whether an objection must reach each scope: true, false, or undefined with the pointer of the list that decides. */
function neededScopes(d: Declaration): { scope: Scope; needed: boolean | undefined; decidedBy: string; what: string }[] {
  const targeting = d.onlineTargeting;
  const listBased = new Set(['custom_list_upload', 'lookalike', 'retargeting']);
  const partyTypes = new Set(['registered_party', 'local_party_unit']);
  const unitTypes = new Set(['local_party_unit', 'candidate', 'elected_representative', 'party_headquarters']);
  return [
    { scope: 'all_channels', needed: true, decidedBy: '', what: '' },
    { scope: 'profiling', needed: d.profiling?.used, decidedBy: '/profiling/used', what: 'whether you profile voters (profiling.used)' },
    {
      scope: 'online_audiences',
      needed: targeting === undefined ? undefined : targeting.some((t) => listBased.has(t.method)),
      decidedBy: '/onlineTargeting',
      what: 'whether you build online audiences from your lists (onlineTargeting)',
    },
    {
      scope: 'local_units',
      needed: partyTypes.has(d.declarant.organisationType)
        ? true
        : d.actors === undefined
          ? undefined
          : d.actors.some((a) => a.type !== undefined && unitTypes.has(a.type) && a.dataFlow !== 'they_share'),
      decidedBy: '/actors',
      what: 'whether local parties, candidates or representatives receive your data (actors)',
    },
    {
      scope: 'suppliers',
      needed: d.vendors === undefined ? undefined : d.vendors.some((v) => v.service !== 'cloud_hosting'),
      decidedBy: '/vendors',
      what: 'which suppliers handle your data (vendors)',
    },
  ];
}

const SHORTFALL: Record<Scope, string> = {
  all_channels: 'they do not stop marketing by every channel',
  profiling: 'they do not stop profiling and scoring for marketing',
  online_audiences: 'they do not take people out of uploaded, lookalike and retargeting audiences',
  local_units: 'they do not reach local parties, candidates and representatives who use your data',
  suppliers: 'they do not reach the suppliers who contact people or handle your lists',
};

export default defineRule({
  id: 'RTS-02',
  title: 'An objection to direct marketing stops all direct marketing and related profiling, everywhere, promptly',
  area: 'rights',
  severity: 'critical',
  tags: ['rights', 'objection', 'direct-marketing', 'suppression'],
  covers: ['UK-RTS-02', 'UK-PRF-03'],
  citations: [
    cite('UK GDPR', 'Art. 21(2)'),
    cite('UK GDPR', 'Art. 21(3)'),
    cite('UK GDPR', 'Art. 12A(1)'),
    citeIco('Political campaigning - opinion research and direct marketing'),
  ],
  rationale:
    'Anyone can object to their data being used for direct marketing, and there is no ground for refusing: from then on their data must not be ' +
    'used for campaign messages or for the profiling behind them. An objection made to one part of a campaign must therefore reach every ' +
    'channel, the scoring and audience lists, the local parties and candidates that use the same data, and the suppliers who send messages or ' +
    'build audiences. Ignored or lost objections are a recurring cause of complaints and enforcement: the Conservative Party was fined in 2021 ' +
    'after unsubscribes were lost when it changed email provider.',
  remediation: [
    'Write down how an objection (an unsubscribe, a "stop", a doorstep or phone request, a letter) is recorded centrally, whoever receives it.',
    'Make it stop every channel, every model score and segment used for marketing, and every uploaded or lookalike audience.',
    'Pass objections to local parties, candidates and suppliers that contact people, and check they screen against your suppression list.',
    'Act within days, not weeks; the one-month limit for responding to requests is an outer limit, and each message sent after an objection is a further breach.',
  ],
  notes:
    'Scopes are required only where the declaration shows them: profiling when profiling.used is true; online audiences when a list upload, lookalike or ' +
    'retargeting audience is declared; local units for parties and local party units, or where such actors receive data; suppliers when any supplier ' +
    'other than pure hosting is declared. The 7-day threshold for a warning is a judgement: the law sets no period except the one-month outer limit of ' +
    'Art. 12A for acting on requests (more than 31 days fails). Art. 21(3) is cited by number only (its wording was read only in paraphrase). ' +
    'It also encodes UK-PRF-03 (an objection stops profiling for direct marketing), as PRF-01 of the profiling area expects.',
  examples: {
    passing: `# Objections stop every channel, scoring, audiences, local parties and suppliers within 2 days.
rights:
  objection:
    inPlace: true
    responseDays: 2
    appliesTo: [all_channels, profiling, online_audiences, local_units, suppliers]
`,
    failing: `# Fails: objections stop messages, but never reach the party's local units and candidates.
rights:
  objection:
    inPlace: true
    responseDays: 2
    appliesTo: [all_channels, profiling, online_audiences, suppliers]
`,
  },
  messages: {
    noMarketing: 'No direct marketing is declared (no campaigning communications, online audiences or profiling), so there is nothing for an objection to stop.',
    unknown: 'It is not declared whether there is a process for objections to direct marketing (rights.objection).',
    noProcess: 'There is no documented process for objections to direct marketing.',
    shortfalls: 'Objections to direct marketing fall short: {{items}}.',
    gaps: 'Not declared for objections to direct marketing: {{items}}.',
    slow: 'Objections to direct marketing may act too slowly: {{items}}.',
    effective: 'Objections to direct marketing stop every channel and every use the declaration shows, within {{days}} days.',
  },
  evaluate(declaration) {
    const subject = section('rights');
    const d = declaration;
    const marketingComms = d.communications?.some(
      (c) => c.purpose === undefined || CAMPAIGNING_PURPOSES.has(c.purpose as never) || c.isDirectMarketing === true || c.containsCampaigningContent === true,
    );
    if (marketingComms === false && d.onlineTargeting !== undefined && d.onlineTargeting.length === 0 && d.profiling?.used !== true) {
      return [notApplicable(subject, 'noMarketing', ['/communications', '/onlineTargeting'])];
    }
    const objection = d.rights?.objection;
    if (objection === undefined) return [needsInfo(subject, 'unknown', [at(subject, 'objection')])];
    if (!objection.inPlace) return [fail(subject, 'noProcess', [at(subject, 'objection', 'inPlace')])];

    const check = new Checklist();
    const appliesToPointer = at(subject, 'objection', 'appliesTo');
    if (objection.appliesTo === undefined) {
      check.unknown(appliesToPointer, 'what an objection stops (appliesTo)');
    } else {
      const covered = new Set<string>(objection.appliesTo);
      for (const { scope, needed, decidedBy, what } of neededScopes(d)) {
        if (covered.has(scope) || needed === false) continue;
        if (needed === true) check.fail(appliesToPointer, SHORTFALL[scope]);
        else check.unknown(decidedBy, what);
      }
      check.ok(appliesToPointer);
    }
    const days = objection.responseDays;
    const daysPointer = at(subject, 'objection', 'responseDays');
    if (days === undefined) check.unknown(daysPointer, 'how many days an objection takes to stop all marketing (responseDays)');
    else if (monthlyDeadline(days) === 'late') check.fail(daysPointer, `they take ${days} days to take effect, more than one month`);
    else if (days > 7) check.warn(daysPointer, `they take ${days} days to take effect, and messages sent meanwhile ignore the objection`);
    else check.ok(daysPointer);
    return [check.outcome(subject, { fail: 'shortfalls', unknown: 'gaps', warn: 'slow', pass: 'effective' }, { days: days ?? 0 })];
  },
});
