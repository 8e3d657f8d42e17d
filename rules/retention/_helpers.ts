/** Helpers shared by the retention rules (not a rule). */
import type { RetentionEntry } from '../../schema/generated/declaration.js';

/** '6 months', '1 year'. */
export function describePeriod(period: NonNullable<RetentionEntry['period']>): string {
  const unit = period.amount === 1 ? period.unit.replace(/s$/, '') : period.unit;
  return `${period.amount} ${unit}`;
}

/** 'polling day', 'last use'. */
export function describeStart(start: NonNullable<RetentionEntry['startsFrom']>): string {
  return start.replace(/_/g, ' ');
}
