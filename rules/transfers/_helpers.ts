/** Helpers shared by the transfers rules (not a rule). */

/** Whether a country code means the United Kingdom: GB in ISO 3166, or UK, which people often write instead. */
export function isUk(country: string): boolean {
  return country === 'GB' || country === 'UK';
}
