/** Checks on scalar values shared by the JSON and YAML paths, so both formats accept the same numbers. */
import { clip } from './issues.js';

export const MAX_SIGNIFICANT_DIGITS = 30;

export interface NumberProblem {
  message: string;
  hint: string;
}

const QUOTE_HINT = 'If it is a code or identifier, such as a phone or registration number, put it in quotes so it is kept as text.';

/**
 * Why a number cannot be kept exactly, or undefined when it is fine. `literal` is the source text
 * (shown cut to 60 characters); `value` is what JavaScript made of it.
 * Rejected: non-finite values (1e400, .inf, .nan), whole numbers beyond +/-(2^53 - 1) in any notation,
 * decimal literals with more than 30 significant digits, and non-zero literals that underflow to 0.
 */
export function numberProblem(literal: string, value: number): NumberProblem | undefined {
  // Fast path for the ordinary case: at most 15 characters cannot hold 31 digits or an unsafe integer
  // written out in full, and a non-zero finite value has not underflowed.
  if (literal.length <= 15 && value !== 0 && Number.isFinite(value) && (Number.isSafeInteger(value) || !Number.isInteger(value))) {
    return undefined;
  }
  const shown = clip(literal);
  if (Number.isNaN(value)) {
    return { message: `The value ${shown} ("not a number") is not allowed.`, hint: 'Write an ordinary number, or leave the value out.' };
  }
  if (!Number.isFinite(value)) {
    return {
      message: `The number ${shown} is too large to be stored: it would become infinity.`,
      hint: `Write an ordinary number. ${QUOTE_HINT}`,
    };
  }
  if (Number.isInteger(value) && !Number.isSafeInteger(value)) {
    return {
      message: `The number ${shown} is too large to be stored exactly; whole numbers must be between -9007199254740991 and 9007199254740991.`,
      hint: QUOTE_HINT,
    };
  }
  const decimal = /^[-+]?(?:[0-9]|\.[0-9])/.test(literal) && !/^[-+]?0[xXoObB]/.test(literal);
  if (!decimal) return undefined;
  const mantissa = literal.replace(/[eE].*$/, '').replace(/[^0-9]/g, '');
  const significant = mantissa.replace(/^0+/, '');
  if (significant.length > MAX_SIGNIFICANT_DIGITS) {
    return {
      message: `The number ${shown} has more than ${MAX_SIGNIFICANT_DIGITS} significant digits and cannot be stored exactly.`,
      hint: `Round it to fewer digits. ${QUOTE_HINT}`,
    };
  }
  if (value === 0 && significant.length > 0) {
    return {
      message: `The number ${shown} is too small to be stored: it would become 0.`,
      hint: 'Write 0 if that is what is meant, or put the value in quotes.',
    };
  }
  return undefined;
}

/**
 * Replaces -0 with 0 everywhere in a parsed value (in place, except the root, which is returned).
 * Only called when a -0 was seen, and only on values whose depth is already bounded.
 */
export function normaliseNegativeZero(value: unknown): unknown {
  if (Object.is(value, -0)) return 0;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = normaliseNegativeZero(value[i]);
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) record[key] = normaliseNegativeZero(record[key]);
  }
  return value;
}
