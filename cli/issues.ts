/** Validation issues as terminal lines: `file:line:col  CODE  message`, then the hint, indented. */
import type { ValidationIssue } from '../schema/generated/result.js';
import { safeText } from './io.js';

export interface Paint {
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
  cyan(s: string): string;
}

export const PLAIN: Paint = { red: (s) => s, yellow: (s) => s, green: (s) => s, dim: (s) => s, bold: (s) => s, cyan: (s) => s };

/** picocolors (loaded only when colour is on). */
export async function paint(enabled: boolean): Promise<Paint> {
  if (!enabled) return PLAIN;
  const pc = (await import('picocolors')).default;
  const c = pc.createColors(true);
  return { red: c.red, yellow: c.yellow, green: c.green, dim: c.dim, bold: c.bold, cyan: c.cyan };
}

export function issueLines(filename: string, issues: readonly ValidationIssue[], p: Paint = PLAIN): string[] {
  const lines: string[] = [];
  for (const issue of issues) {
    const where = issue.line !== undefined ? `${filename}:${issue.line}:${issue.column ?? 1}` : filename;
    lines.push(`${where}  ${p.red(issue.code)}  ${safeText(issue.message)}`);
    if (issue.hint) lines.push(`  ${p.dim(`hint: ${safeText(issue.hint)}`)}`);
  }
  return lines;
}
