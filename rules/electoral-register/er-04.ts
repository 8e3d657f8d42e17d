/**
 * ER-04: the marked register (who voted, not how) is used only for research or electoral purposes
 * (reg. 119(2)), within the holder's own restrictions (reg. 117(7)); the absent voter lists (who votes by post
 * or proxy) are used only as reg. 61 allows, which the Electoral Commission describes as campaigning and
 * checking donations. Turnout history and postal-vote status are powerful targeting data, and the ICO treats
 * their use as something campaigners must keep within these limits.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import type { DataSource } from '../../schema/generated/declaration.js';
import { fail, needsInfo, notApplicable, pass, warn } from '../lib/outcomes.js';
import { DECLARATION, at, items } from '../lib/subjects.js';
import { DOCUMENT, ELECTORAL, ENTITLEMENT, type PurposeType, allowedPurposes, describe, judgeUses, judgementPurposes } from './_helpers.js';

/** The marked register: research or electoral purposes only (reg. 119(2)); research is for a person to check against the holder's own restrictions (reg. 117(7)). */
function markedPurposes(source: DataSource): { allowed: ReadonlySet<PurposeType>; judgement: ReadonlySet<PurposeType> } {
  const entitlement = source.registerEntitlement ?? 'marked_register_request';
  const own = allowedPurposes(entitlement);
  const allowed = new Set<PurposeType>([...ELECTORAL].filter((p) => own.has(p) || entitlement === 'marked_register_request'));
  return { allowed, judgement: judgementPurposes(entitlement, ['opinion_research']) };
}

export default defineRule({
  id: 'ER-04',
  title: 'The marked register and absent voter lists are used only for electoral or research purposes',
  area: 'electoral-register',
  severity: 'critical',
  tags: ['electoral-register', 'marked-register', 'absent-voters', 'purpose-limitation', 'electoral-law'],
  covers: ['UK-ER-01'],
  citations: [
    cite('RPR 2001', 'reg. 119(2)'),
    cite('RPR 2001', 'reg. 117(7)'),
    cite('RPR 2001', 'reg. 61'),
    cite('UK GDPR', 'Art. 5(1)(b)'),
    citeIco('Use of the electoral register'),
  ],
  rationale:
    'The marked register shows who voted at past elections (not how), and the absent voter lists show who votes by post or proxy. ' +
    'Campaigns may obtain them to plan and target their campaigning, but only for electoral purposes (and, for the marked register, research), within the limits of the holder\'s own entitlement. ' +
    'Using them for anything else, such as commercial use, supplying them to others, or casework, is a criminal offence as well as a breach of purpose limitation.',
  remediation: [
    'List every activity that uses the marked register or the absent voter lists and check it is for electoral purposes (or research, for the marked register).',
    'Stop any other use and record the decision.',
    'Keep turnout and postal-vote data with the register copy they came from, and delete them on the same schedule (ER-05).',
  ],
  notes:
    'The RPR 2001 numbering for Part VII (regs. 117(7), 119(2)) is status D in docs/legal-sources.md; reg. 61 is verified, but the content of the reg. 61A purposes was not read, so the absent voter lists are judged against the holder\'s entitlement as for the full register (the Electoral Commission tells candidates the lists may be used to help with campaigning and to check donations). ' +
    'Research with the marked register is reported as a warning: reg. 119(2) allows it, but reg. 117(7) applies the holder\'s own restrictions, which for parties and candidates speak only of electoral purposes. Donation checks are not a marked-register purpose. ' +
    'Holding these documents without entitlement is ER-01; passing them on is ER-03.',
  examples: {
    passing: `# The marked register (who voted last time) is used to plan turnout work.
dataSources:
  - id: marked
    name: Marked register 2024
    type: marked_register
    registerEntitlement: marked_register_request
    usedForActivityIds: [gotv]
processingActivities:
  - id: gotv
    name: Turnout planning
    purposeType: get_out_the_vote
`,
    failing: `# Fails: the marked register is used to check donations, which is not an electoral or research purpose.
dataSources:
  - id: marked
    name: Marked register 2024
    type: marked_register
    registerEntitlement: marked_register_request
    usedForActivityIds: [donations]
processingActivities:
  - id: donations
    name: Donation permissibility checks
    purposeType: donation_checks
`,
  },
  messages: {
    noSources: 'Your data sources (dataSources) are not declared, so it is not known whether you hold the marked register or absent voter lists. Use [] if there are none.',
    noneHeld: 'You hold neither the marked register nor the absent voter lists.',
    noEntitlement: '{{subject}}: you declare no entitlement to {{document}} (ER-01); no use of it is permitted.',
    entitlementUnknown: '{{subject}}: the regulation under which you obtained {{document}} (registerEntitlement) is not declared, so its permitted purposes are not known.',
    usesUnknown: '{{subject}}: which activities use {{document}} (usedForActivityIds, or dataSourceIds on the activities) is not declared.',
    outside: '{{subject}}: {{document}} is used for {{activities}}, outside the purposes allowed to {{entitlement}}.',
    check: '{{subject}}: {{document}} is used for {{activities}}; check that each is for electoral purposes (or research, for the marked register) within your own entitlement.',
    purposeUnknown: '{{subject}}: {{document}} is used for {{activities}}, whose kind of purpose (purposeType) is not declared.',
    within: '{{subject}}: {{document}} is used only for electoral purposes.',
  },
  evaluate(declaration, context) {
    const list = declaration.dataSources;
    if (list === undefined) return [needsInfo(DECLARATION, 'noSources', ['/dataSources'])];
    const held = items(list, 'dataSources').filter(
      ({ entry }) =>
        entry.type === 'marked_register' ||
        entry.type === 'absent_voter_list' ||
        (entry.type === 'full_electoral_register' && entry.registerEntitlement === 'marked_register_request'),
    );
    if (held.length === 0) return [notApplicable(DECLARATION, 'noneHeld', ['/dataSources'])];
    return held.map(({ entry, subject }) => {
      const marked = entry.type !== 'absent_voter_list';
      const document = DOCUMENT.get(marked ? 'marked_register' : 'absent_voter_list') ?? entry.type;
      const field = at(subject, 'registerEntitlement');
      const entitlement = entry.registerEntitlement;
      if (entitlement === 'none') return notApplicable(subject, 'noEntitlement', [field], { document });
      if (!marked && entitlement === undefined) return needsInfo(subject, 'entitlementUnknown', [field], { document });
      const uses = context.index.activitiesUsingSource(entry.id);
      if (uses.length === 0) return needsInfo(subject, 'usesUnknown', [at(subject, 'usedForActivityIds')], { document });
      const rules = marked
        ? markedPurposes(entry)
        : { allowed: allowedPurposes(entitlement ?? 'none'), judgement: judgementPurposes(entitlement ?? 'none') };
      const findings = judgeUses(uses, rules.allowed, rules.judgement);
      const data = { document, entitlement: ENTITLEMENT.get(entitlement ?? 'marked_register_request') ?? 'your entitlement' };
      const of = (verdict: string) => findings.filter((f) => f.verdict === verdict);
      const failing = of('fail');
      if (failing.length > 0) return fail(subject, 'outside', [field, ...failing.map((f) => f.pointer)], { ...data, activities: describe(failing) });
      const judged = of('judgement');
      if (judged.length > 0) return warn(subject, 'check', judged.map((f) => f.pointer), { ...data, activities: describe(judged) });
      const unknown = of('unknown');
      if (unknown.length > 0) return needsInfo(subject, 'purposeUnknown', unknown.map((f) => f.pointer), { ...data, activities: describe(unknown) });
      return pass(subject, 'within', findings.map((f) => f.pointer), data);
    });
  },
});
