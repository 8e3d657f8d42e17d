/**
 * Checks that go beyond the schema: identifiers are unique within their list, every reference points at
 * something declared, and waivers name rules and items that exist. A dangling reference would otherwise make
 * a rule silently miss a fact.
 */
import type { Declaration } from '../../schema/generated/declaration.js';
import type { ValidationIssue } from '../../schema/generated/result.js';
import { didYouMean } from './suggest.js';

type Lists = Record<string, { id: string }[] | undefined>;

/** The lists whose items have ids, and where they are. */
function idLists(d: Declaration): Record<string, { items: { id: string }[]; pointer: string }> {
  const lists: Record<string, { items: { id: string }[]; pointer: string }> = {};
  const add = (name: string, items: { id: string }[] | undefined, pointer = `/${name}`) => {
    if (items) lists[name] = { items, pointer };
  };
  const top = d as unknown as Lists;
  for (const name of [
    'actors',
    'dataCategories',
    'dataSources',
    'processingActivities',
    'collectionPoints',
    'communications',
    'onlineTargeting',
    'socialMediaAccounts',
    'webProperties',
    'electronicMaterial',
    'vendors',
    'disclosures',
    'retention',
  ]) {
    add(name, top[name]);
  }
  add('models', d.profiling?.models, '/profiling/models');
  add('decisions', d.automatedDecisions?.decisions, '/automatedDecisions/decisions');
  return lists;
}

export function checkReferences(d: Declaration, knownRuleIds: ReadonlySet<string> | undefined): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const lists = idLists(d);
  const ids = (name: string) => new Set((lists[name]?.items ?? []).map((i) => i.id));

  for (const [name, { items, pointer }] of Object.entries(lists)) {
    const seen = new Map<string, number>();
    items.forEach((entry, i) => {
      const first = seen.get(entry.id);
      if (first !== undefined) {
        issues.push({
          code: 'DUPLICATE_ID',
          message: `The id "${entry.id}" is used twice in ${name} (items ${first} and ${i}).`,
          hint: 'Give each item its own id, so that references and waivers point at one item.',
          pointer: `${pointer}/${i}/id`,
          source: 'reference',
        });
      } else seen.set(entry.id, i);
    });
  }

  const sources = ids('dataSources');
  const categories = ids('dataCategories');
  const activities = ids('processingActivities');
  const vendors = ids('vendors');
  const parties = new Set([...vendors, ...ids('actors')]);

  const check = (value: string | undefined, target: Set<string>, targetName: string, pointer: string) => {
    if (value === undefined || target.has(value)) return;
    const guess = didYouMean(value, [...target]);
    issues.push({
      code: 'UNKNOWN_REFERENCE',
      message: `"${value}" does not match the id of any ${targetName}${guess ? `. Did you mean "${guess}"?` : '.'}`,
      hint: target.size
        ? `Use the id of one of the declared ${targetName}s: ${[...target].slice(0, 20).join(', ')}.`
        : `Declare the ${targetName} first, then refer to it by its id.`,
      pointer,
      source: 'reference',
    });
  };
  const checkAll = (values: string[] | undefined, target: Set<string>, targetName: string, pointer: string) =>
    (values ?? []).forEach((v, i) => check(v, target, targetName, `${pointer}/${i}`));

  d.dataCategories?.forEach((c, i) => checkAll(c.sourceIds, sources, 'data source', `/dataCategories/${i}/sourceIds`));
  d.dataSources?.forEach((s, i) => {
    const p = `/dataSources/${i}`;
    check(s.supplierId, parties, 'supplier or organisation', `${p}/supplierId`);
    checkAll(s.usedForActivityIds, activities, 'processing activity', `${p}/usedForActivityIds`);
    s.sharedWith?.forEach((r, j) => check(r.recipientId, parties, 'supplier or organisation', `${p}/sharedWith/${j}/recipientId`));
  });
  d.processingActivities?.forEach((a, i) => {
    checkAll(a.dataCategoryIds, categories, 'data category', `/processingActivities/${i}/dataCategoryIds`);
    checkAll(a.dataSourceIds, sources, 'data source', `/processingActivities/${i}/dataSourceIds`);
  });
  d.profiling?.models?.forEach((m, i) => {
    const p = `/profiling/models/${i}`;
    check(m.activityId, activities, 'processing activity', `${p}/activityId`);
    checkAll(m.inputCategoryIds, categories, 'data category', `${p}/inputCategoryIds`);
    checkAll(m.outputCategoryIds, categories, 'data category', `${p}/outputCategoryIds`);
    check(m.supplierId, vendors, 'supplier', `${p}/supplierId`);
  });
  d.collectionPoints?.forEach((c, i) => check(c.dataSourceId, sources, 'data source', `/collectionPoints/${i}/dataSourceId`));
  d.communications?.forEach((c, i) => {
    check(c.activityId, activities, 'processing activity', `/communications/${i}/activityId`);
    checkAll(c.audienceSourceIds, sources, 'data source', `/communications/${i}/audienceSourceIds`);
  });
  d.onlineTargeting?.forEach((t, i) => {
    check(t.activityId, activities, 'processing activity', `/onlineTargeting/${i}/activityId`);
    checkAll(t.sourceIds, sources, 'data source', `/onlineTargeting/${i}/sourceIds`);
  });
  check(d.canvassing?.appVendorId, vendors, 'supplier', '/canvassing/appVendorId');
  d.disclosures?.forEach((x, i) => checkAll(x.dataCategoryIds, categories, 'data category', `/disclosures/${i}/dataCategoryIds`));
  d.retention?.forEach((r, i) => checkAll(r.dataSourceIds, sources, 'data source', `/retention/${i}/dataSourceIds`));

  d.waivers?.forEach((w, i) => issues.push(...checkWaiverTarget(w, `/waivers/${i}`, knownRuleIds, lists)));
  return issues;
}

/** A waiver must name a rule of the ruleset, and an item that exists. Used for declaration and file waivers. */
export function checkWaiverTarget(
  waiver: { ruleId: string; subject?: string },
  pointer: string,
  knownRuleIds: ReadonlySet<string> | undefined,
  lists?: Record<string, { items: { id: string }[] }>,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (knownRuleIds && !knownRuleIds.has(waiver.ruleId)) {
    const guess = didYouMean(waiver.ruleId, [...knownRuleIds]);
    issues.push({
      code: 'UNKNOWN_RULE',
      message: `The waiver names rule "${waiver.ruleId}", which is not in the ruleset${guess ? `. Did you mean "${guess}"?` : '.'}`,
      hint: 'Use a rule id from `campaigncheck rules`. A waiver for an unknown rule would waive nothing.',
      pointer: `${pointer}/ruleId`,
      source: 'waiver',
    });
  }
  if (waiver.subject && lists && waiver.subject.includes('/')) {
    const [collection, id] = waiver.subject.split('/') as [string, string];
    const list = lists[collection];
    if (!list || !list.items.some((x) => x.id === id)) {
      const candidates = list ? list.items.map((x) => `${collection}/${x.id}`) : Object.keys(lists);
      const guess = didYouMean(waiver.subject, candidates);
      issues.push({
        code: 'UNKNOWN_WAIVER_SUBJECT',
        message: `The waiver covers "${waiver.subject}", but no such item is declared${guess ? `. Did you mean "${guess}"?` : '.'}`,
        hint: 'Write the subject as collection/id, for example communications/spring-sms, as shown in the report.',
        pointer: `${pointer}/subject`,
        source: 'waiver',
      });
    }
  }
  return issues;
}

export { idLists };
