/**
 * A checklist for rules that judge several facts of one subject (a section such as `security`, or one item) and
 * must still return one outcome for it. Each fact is recorded as a shortfall (fail), a concern (warn) or a gap in
 * the declaration (needs_info), with the pointer where it lives and a short noun phrase for the message.
 *
 * The outcome follows the engine's order of gravity: any shortfall -> fail; else any missing fact -> needs_info
 * (a fact left out is never a pass); else any concern -> warn; else pass. The message's {{items}} lists the
 * phrases of that status, joined with '; ', and the evidence lists their pointers (each once).

 */
import type { RuleOutcome, RuleSubject } from '../../core/rule.js';
import type { Declaration } from '../../schema/generated/declaration.js';
import { isSpecialCategory } from './facts.js';
import { fail, needsInfo, pass, warn, type MessageData } from './outcomes.js';

interface Entry {
  pointer: string;
  text: string;
}

export interface ChecklistMessages<M extends string> {
  fail: M;
  unknown: M;
  warn?: M;
  pass: M;
}

export class Checklist {
  readonly failures: Entry[] = [];
  readonly unknowns: Entry[] = [];
  readonly concerns: Entry[] = [];
  readonly checked: string[] = [];

  /** A fact that breaks the requirement. */
  fail(pointer: string, text: string): this {
    this.failures.push({ pointer, text });
    return this;
  }

  /** A fact the declaration leaves out. */
  unknown(pointer: string, text: string): this {
    this.unknowns.push({ pointer, text });
    return this;
  }

  /** A fact that may meet the law but suggests a risk. */
  warn(pointer: string, text: string): this {
    this.concerns.push({ pointer, text });
    return this;
  }

  /** A fact that was checked and is fine (evidence for a pass). */
  ok(pointer: string): this {
    this.checked.push(pointer);
    return this;
  }

  /**
   * A boolean fact that must be true: undefined -> unknown, false -> fail (or warn when `soft`), true -> ok.
   * `text` names what is missing when the fact is false, and what is not declared when it is left out (one phrase
   * for both, or one each).
   */
  expectTrue(value: boolean | undefined, pointer: string, text: string | { fail: string; unknown: string }, soft = false): this {
    const { fail: missing, unknown } = typeof text === 'string' ? { fail: text, unknown: text } : text;
    if (value === undefined) return this.unknown(pointer, unknown);
    if (!value) return soft ? this.warn(pointer, missing) : this.fail(pointer, missing);
    return this.ok(pointer);
  }

  get clean(): boolean {
    return this.failures.length === 0 && this.unknowns.length === 0 && this.concerns.length === 0;
  }

  outcome<M extends string>(subject: RuleSubject, messages: ChecklistMessages<M>, data: MessageData = {}): RuleOutcome<M> {
    const list = (entries: Entry[]) => ({ ...data, items: entries.map((e) => e.text).join('; ') });
    const pointers = (entries: Entry[]) => [...new Set(entries.map((e) => e.pointer))];
    if (this.failures.length > 0) return fail(subject, messages.fail, pointers(this.failures), list(this.failures));
    if (this.unknowns.length > 0) return needsInfo(subject, messages.unknown, pointers(this.unknowns), list(this.unknowns));
    if (this.concerns.length > 0) {
      if (messages.warn === undefined) throw new Error('a concern was recorded but the rule has no warn message');
      return warn(subject, messages.warn, pointers(this.concerns), list(this.concerns));
    }
    return pass(subject, messages.pass, this.checked.length > 0 ? [...new Set(this.checked)] : [subject.pointer], data);
  }
}

/**
 * Whether the declaration shows special category data being processed: true when any data category is special
 * (by kind or as declared) or any activity says it uses such data; false when the data categories are declared and
 * none is, and no activity says so; undefined when neither list tells.
 */
export function processesSpecialCategoryData(d: Declaration): boolean | undefined {
  const byActivity = (d.processingActivities ?? []).some((a) => a.specialCategory?.used === true);
  const byCategory = (d.dataCategories ?? []).some((c) => isSpecialCategory(c));
  if (byActivity || byCategory) return true;
  return d.dataCategories === undefined ? undefined : false;
}

/** Joins phrases as English: 'a', 'a and b', 'a, b and c'. */
export function joinAnd(phrases: readonly string[]): string {
  if (phrases.length <= 1) return phrases[0] ?? '';
  return `${phrases.slice(0, -1).join(', ')} and ${phrases[phrases.length - 1]}`;
}
