/* GENERATED companion of validators.js (hand-kept: it only declares the four exported validator functions). */
import type { ValidateFunction } from 'ajv';
export declare const declaration: ValidateFunction;
export declare const result: ValidateFunction;
export declare const tailoring: ValidateFunction;
export declare const waivers: ValidateFunction;
