/** The pipeline entry points, bundled once per what-if variant by bench/whatif.bench.ts (with source patches applied). */
export { checkDeclaration } from '../../core/check.js';
export { parseDeclaration } from '../../core/parse/index.js';
export { validateDeclaration } from '../../core/validate/index.js';
