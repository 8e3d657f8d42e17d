/**
 * Fills {{placeholder}} templates. A placeholder without a value is left as it is (the meta tests catch it).
 * Templates are split into parts once and cached: interpolation runs for every outcome of every evaluation.
 */
const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

type Part = string | { name: string; raw: string };
const compiled = new Map<string, Part[]>();

function partsOf(template: string): Part[] {
  let parts = compiled.get(template);
  if (!parts) {
    parts = [];
    let last = 0;
    for (const match of template.matchAll(PLACEHOLDER)) {
      if (match.index > last) parts.push(template.slice(last, match.index));
      parts.push({ name: match[1]!, raw: match[0] });
      last = match.index + match[0].length;
    }
    if (last < template.length) parts.push(template.slice(last));
    compiled.set(template, parts);
  }
  return parts;
}

/** Fills a template from `data`; `{{subject}}`, when data has none, is the subject's label. */
export function interpolate(template: string, data: Record<string, string | number> | undefined, subject?: string): string {
  let out = '';
  for (const part of partsOf(template)) {
    if (typeof part === 'string') out += part;
    else if (data !== undefined && Object.hasOwn(data, part.name)) out += String(data[part.name]);
    else if (part.name === 'subject' && subject !== undefined) out += subject;
    else out += part.raw;
  }
  return out;
}

/** The placeholder names a template uses. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}
