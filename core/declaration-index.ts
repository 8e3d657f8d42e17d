/**
 * Lookups over one declaration, built once per evaluation so that rules can follow references
 * (an activity's sources, a communication's audience) without scanning arrays again and again.
 * Maps, not plain objects, so that ids such as "constructor" or "__proto__" are ordinary keys.
 */
import type {
  Actor,
  DataCategory,
  DataSource,
  Declaration,
  ProcessingActivity,
  Vendor,
} from '../schema/generated/declaration.js';

export interface Indexed<T> {
  entry: T;
  index: number;
  pointer: string;
}

function indexById<T extends { id: string }>(list: T[] | undefined, collection: string): Map<string, Indexed<T>> {
  const map = new Map<string, Indexed<T>>();
  (list ?? []).forEach((entry, index) => {
    // Duplicate ids are a validation error; keep the first so lookups stay deterministic.
    if (!map.has(entry.id)) map.set(entry.id, { entry, index, pointer: `/${collection}/${index}` });
  });
  return map;
}

export class DeclarationIndex {
  readonly activities: Map<string, Indexed<ProcessingActivity>>;
  readonly sources: Map<string, Indexed<DataSource>>;
  readonly categories: Map<string, Indexed<DataCategory>>;
  readonly vendors: Map<string, Indexed<Vendor>>;
  readonly actors: Map<string, Indexed<Actor>>;

  constructor(readonly declaration: Declaration) {
    this.activities = indexById(declaration.processingActivities, 'processingActivities');
    this.sources = indexById(declaration.dataSources, 'dataSources');
    this.categories = indexById(declaration.dataCategories, 'dataCategories');
    this.vendors = indexById(declaration.vendors, 'vendors');
    this.actors = indexById(declaration.actors, 'actors');
  }

  /** Links between sources and activities, declared on either side, built once and cached per id. */
  #sourcesByActivity = new Map<string, Indexed<DataSource>[]>();
  #activitiesBySource = new Map<string, Indexed<ProcessingActivity>[]>();

  /** The activities that use a source, whether the link is declared on the source or on the activity. */
  activitiesUsingSource(sourceId: string): Indexed<ProcessingActivity>[] {
    let found = this.#activitiesBySource.get(sourceId);
    if (!found) {
      const ids = new Set(this.sources.get(sourceId)?.entry.usedForActivityIds ?? []);
      found = [...this.activities.values()].filter((a) => ids.has(a.entry.id) || (a.entry.dataSourceIds ?? []).includes(sourceId));
      this.#activitiesBySource.set(sourceId, found);
    }
    return found;
  }

  /** The sources an activity uses, whether the link is declared on the activity or on the source. */
  sourcesOfActivity(activityId: string): Indexed<DataSource>[] {
    let found = this.#sourcesByActivity.get(activityId);
    if (!found) {
      const ids = new Set(this.activities.get(activityId)?.entry.dataSourceIds ?? []);
      found = [...this.sources.values()].filter((s) => ids.has(s.entry.id) || (s.entry.usedForActivityIds ?? []).includes(activityId));
      this.#sourcesByActivity.set(activityId, found);
    }
    return found;
  }

  /** The data categories an activity uses. */
  categoriesOfActivity(activityId: string): Indexed<DataCategory>[] {
    const activity = this.activities.get(activityId)?.entry;
    return (activity?.dataCategoryIds ?? []).flatMap((id) => {
      const found = this.categories.get(id);
      return found ? [found] : [];
    });
  }

  /** A vendor or actor by id (suppliers and other organisations share one id space for recipients). */
  party(id: string): Indexed<Vendor> | Indexed<Actor> | undefined {
    return this.vendors.get(id) ?? this.actors.get(id);
  }
}
