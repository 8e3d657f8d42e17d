/**
 * Declarations for tests: one minimal valid declaration plus small overrides, so that each scenario shows
 * only what it changes (the Spectral / RuleTester style).
 */
import type { Declaration } from '../../schema/generated/declaration.js';

/** The smallest valid declaration: a registered party with nothing else declared. */
export function minimalDeclaration(): Declaration {
  return {
    schemaVersion: '1.0',
    declarant: {
      name: 'Test Party',
      organisationType: 'registered_party',
      partyRegistration: { registered: true, registerEntry: 'PP999' },
      jurisdictions: ['england'],
    },
    campaign: { name: 'Test campaign', electionType: 'uk_parliamentary', pollingDate: '2029-05-03' },
  };
}

/** The minimal declaration with top-level sections replaced (not deep-merged: say exactly what you mean). */
export function declaration(overrides: Partial<Declaration> = {}): Declaration {
  return { ...minimalDeclaration(), ...overrides };
}

/** The minimal declaration with declarant fields replaced. */
export function withDeclarant(fields: Partial<Declaration['declarant']>, overrides: Partial<Declaration> = {}): Declaration {
  const base = minimalDeclaration();
  return { ...base, ...overrides, declarant: { ...base.declarant, ...fields } };
}
