/** Helpers shared by the rights rules (not a rule). */

/**
 * How a usual response time in days compares with the one-month period of UK GDPR Art. 12A(1). A calendar month
 * is 28 to 31 days long: 28 days or fewer always meets it, 29-31 days overruns in shorter months, more is late.
 */
export function monthlyDeadline(days: number): 'on_time' | 'may_overrun' | 'late' {
  if (days <= 28) return 'on_time';
  if (days <= 31) return 'may_overrun';
  return 'late';
}
