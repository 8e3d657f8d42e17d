export const VALIDATOR_NAMES: string[];
export const OUTPUT: string;
export function generateValidators(): Promise<string>;
