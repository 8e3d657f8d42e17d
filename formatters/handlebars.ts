/**
 * The Handlebars environment of the human formats: isolated (Handlebars.create(), never the global
 * instance), strict (a missing field throws instead of printing nothing), known helpers only, prototype
 * access left at its safe defaults, every helper and partial registered here by name. Templates are read
 * from templates/ under the package root and compiled once per process.
 *
 * Escaping: HTML templates print with {{x}}, which HTML-escapes. Markdown and text templates print through
 * helpers that escape for their format ({{md x}}, {{mdHtml x}}, {{t x}}, {{paint style x}}) and return a
 * SafeString so that Handlebars does not HTML-escape text meant for a terminal. Triple-stash {{{x}}} is
 * never used (a test greps the templates), and no data is ever compiled as a template.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import picocolors from 'picocolors';
import { cleanText, escapeMarkdown, escapeMarkdownHtml, markdownUrl, safeUrl } from './_escape.js';
import { findPackageRoot } from './_package-root.js';

export type TemplateName = 'report.html' | 'report.md' | 'report.txt';

/** Partials by name, with their files under templates/partials/. */
export const PARTIALS = {
  'html-declaration': 'declaration.html.hbs',
  'html-meta': 'meta.html.hbs',
  'html-chart': 'chart.html.hbs',
  'html-finding': 'finding.html.hbs',
  'html-waiver': 'waiver.html.hbs',
  'html-waiver-table': 'waiver-table.html.hbs',
  'html-styles': 'styles.html.hbs',
  'md-declaration': 'declaration.md.hbs',
  'md-finding': 'finding.md.hbs',
  'txt-file': 'file.txt.hbs',
} as const;

const TEMPLATES: Record<TemplateName, string> = {
  'report.html': 'report.html.hbs',
  'report.md': 'report.md.hbs',
  'report.txt': 'report.txt.hbs',
};

type HelperOptions = { data?: { color?: boolean } };

const STYLES = ['bold', 'dim', 'underline', 'red', 'yellow', 'magenta', 'cyan', 'green'] as const;
type StyleName = (typeof STYLES)[number];
const colours = picocolors.createColors(true);

/** Every helper a template may use. Each returns a SafeString only after escaping for its format. */
const HELPERS = {
  /** HTML: an http(s) URL for an href, or about:blank (the view model only offers safe URLs anyway). */
  safeUrl: (value: unknown) => safeUrl(value) ?? 'about:blank',
  /** Markdown, inline: escaped for Markdown and HTML. */
  md: (value: unknown) => new Handlebars.SafeString(escapeMarkdown(value)),
  /** Markdown, inside raw HTML such as <summary>: escaped for HTML only. */
  mdHtml: (value: unknown) => new Handlebars.SafeString(escapeMarkdownHtml(value)),
  /** Markdown link destination: a safe http(s) URL with parentheses encoded, or an empty string. */
  mdUrl: (value: unknown) => new Handlebars.SafeString(markdownUrl(value) ?? ''),
  /** Text: control characters and escape sequences removed, nothing HTML-escaped. */
  t: (value: unknown) => new Handlebars.SafeString(cleanText(value)),
  /** Text, coloured when the render was asked for colour: {{paint "red bold" severity}}. */
  paint: (style: unknown, value: unknown, options: HelperOptions) => {
    const text = cleanText(value);
    if (options?.data?.color !== true || text === '') return new Handlebars.SafeString(text);
    const names = String(style)
      .split(' ')
      .filter((s): s is StyleName => (STYLES as readonly string[]).includes(s));
    const painted = names.reduceRight((acc, name) => colours[name](acc), text);
    return new Handlebars.SafeString(painted);
  },
} as const;

export const HELPER_NAMES: readonly string[] = Object.keys(HELPERS);

const COMPILE_OPTIONS: CompileOptions = {
  strict: true,
  knownHelpersOnly: true,
  knownHelpers: Object.fromEntries(HELPER_NAMES.map((n) => [n, true])),
  preventIndent: true,
  noEscape: false,
};

type CompileOptions = Parameters<typeof Handlebars.compile>[1] & object;

let env: typeof Handlebars | undefined;
const compiled = new Map<TemplateName, Handlebars.TemplateDelegate>();
let root: string | undefined;

/** The folder the templates are read from. */
export function templatesDir(): string {
  root ??= findPackageRoot(import.meta.url);
  return join(root, 'templates');
}

function read(path: string): string {
  return readFileSync(join(templatesDir(), path), 'utf8');
}

function environment(): typeof Handlebars {
  if (env) return env;
  const created = Handlebars.create();
  for (const [name, helper] of Object.entries(HELPERS)) created.registerHelper(name, helper as Handlebars.HelperDelegate);
  for (const [name, file] of Object.entries(PARTIALS)) {
    created.registerPartial(name, created.compile(read(join('partials', file)), COMPILE_OPTIONS));
  }
  env = created;
  return env;
}

function template(name: TemplateName): Handlebars.TemplateDelegate {
  let fn = compiled.get(name);
  if (!fn) {
    fn = environment().compile(read(TEMPLATES[name]), COMPILE_OPTIONS);
    compiled.set(name, fn);
  }
  return fn;
}

/** Renders a template with a view model. `color` is read by the paint helper only. */
export function render(name: TemplateName, view: object, options: { color?: boolean } = {}): string {
  return template(name)(view, { data: { color: options.color === true } });
}

/** The template files (for tests that inspect them). */
export function templateFiles(): string[] {
  return [...Object.values(TEMPLATES), ...Object.values(PARTIALS).map((f) => join('partials', f))];
}
