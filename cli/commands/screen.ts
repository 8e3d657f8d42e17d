/**
 * `campaigncheck screen <folder> --out <dir>`: for regulators. Evaluates every submission in a folder on worker
 * threads, writes a report per submission as it goes (reports/<name>.html and .json), keeps only a small row
 * per submission, and ends with index.html and index.csv ranked by risk. Broken submissions are listed with their
 * errors and do not stop the run.
 */
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { extname, join, relative, resolve } from 'node:path';
import { rulesetById } from '../../core/check.js';
import { COMMON_OPTIONS, oneOf, parse, positiveInt, UsageError } from '../args.js';
import { loadConfig } from '../config.js';
import type { EvalSettings } from '../evaluate.js';
import { ExitCode, FAIL_ON_VALUES, worst, type FailOn } from '../exit-codes.js';
import { getFormatter } from '../formats.js';
import { listFolder } from '../inputs.js';
import { colorEnabled, safeText, say, type CliIo } from '../io.js';
import { paint } from '../issues.js';
import { OutputError, removePendingTempFiles, writeFileAtomic } from '../output.js';
import { runPool } from '../pool.js';
import { lostRow, type ScreenRow } from '../screen-task.js';
import { buildEvalSettings, EVAL_OPTIONS } from '../settings.js';
import type { FileTask } from '../tasks.js';

const OPTIONS = {
  ...COMMON_OPTIONS,
  ...EVAL_OPTIONS,
  out: { type: 'string', short: 'o' },
  jobs: { type: 'string', short: 'j' },
  'fail-on': { type: 'string' },
  'needs-info-is-not-failure': { type: 'boolean' },
} as const;

const RATING_RANK: Record<string, number> = { red: 3, amber: 2, green: 1 };

/** Report names: the path inside the folder, made safe as one file name, unique. */
export function reportNames(files: readonly string[], folder: string): string[] {
  const used = new Set<string>();
  return files.map((file) => {
    const rel = relative(folder, file);
    const stem = rel.slice(0, rel.length - extname(rel).length);
    const base = stem.split(/[\\/]+/).map((part) => part.replace(/[^A-Za-z0-9._-]+/g, '_')).join('__').replace(/^\.+/, '_') || 'submission';
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base}-${n}`;
    used.add(name.toLowerCase());
    return name;
  });
}

/** Riskiest first: overall rating, then open critical, high, medium findings; then by file name. Broken last. */
export function compareRows(a: ScreenRow, b: ScreenRow): number {
  const broken = (r: ScreenRow): number => (r.rating === null ? 1 : 0);
  return (
    broken(a) - broken(b) ||
    (RATING_RANK[b.rating ?? ''] ?? 0) - (RATING_RANK[a.rating ?? ''] ?? 0) ||
    b.open.critical - a.open.critical ||
    b.open.high - a.open.high ||
    b.open.medium - a.open.medium ||
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)
  );
}

/** A CSV cell: quoted, quotes doubled, and a leading = + - @ neutralised so that spreadsheets do not run it. */
function csvCell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export function indexCsv(rows: readonly ScreenRow[]): string {
  const header = ['rank', 'submission', 'state', 'rating', 'critical', 'high', 'medium', 'low', 'info', 'fail', 'needs_info', 'warn', 'declarant', 'organisation_type', 'campaign', 'report_html', 'report_json', 'problems'];
  const lines = [header.join(',')];
  rows.forEach((r, i) => {
    lines.push(
      [
        r.rating === null ? '' : i + 1,
        r.file,
        r.state,
        r.rating,
        r.open.critical,
        r.open.high,
        r.open.medium,
        r.open.low,
        r.open.info,
        r.fail,
        r.needsInfo,
        r.warn,
        r.declarant,
        r.organisationType,
        r.campaign,
        r.reports.find((p) => p.endsWith('.html')) ?? '',
        r.reports.find((p) => p.endsWith('.json')) ?? '',
        [...r.problems, ...(r.reportError ? [`REPORT_NOT_WRITTEN: ${r.reportError}`] : [])].join('; '),
      ]
        .map(csvCell)
        .join(','),
    );
  });
  return `${lines.join('\r\n')}\r\n`;
}

function esc(text: string | number | null): string {
  return safeText(String(text ?? '')).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function link(r: ScreenRow): string {
  const html = r.reports.find((p) => p.endsWith('.html'));
  const href = html ? html.split('/').map(encodeURIComponent).join('/') : undefined;
  return href ? `<a href="${esc(href)}">${esc(r.file)}</a>` : esc(r.file);
}

export function indexHtml(rows: readonly ScreenRow[], meta: { folder: string; ruleset: string; date: string }): string {
  const rated = rows.filter((r) => r.rating !== null);
  const broken = rows.filter((r) => r.rating === null || r.state !== 'evaluated' || r.reportError);
  const count = (rating: string): number => rated.filter((r) => r.rating === rating).length;
  const ratedRows = rated
    .map(
      (r, i) =>
        `<tr><td>${i + 1}</td><td>${link(r)}</td><td class="${esc(r.rating)}">${esc(r.rating)}</td><td>${r.open.critical}</td><td>${r.open.high}</td><td>${r.open.medium}</td><td>${r.open.low}</td><td>${esc(r.declarant)}</td><td>${esc(r.organisationType)}</td><td>${esc(r.campaign)}</td></tr>`,
    )
    .join('\n');
  const brokenRows = broken
    .map((r) => `<tr><td>${link(r)}</td><td>${esc(r.state)}</td><td>${[...r.problems, ...(r.reportError ? [`REPORT_NOT_WRITTEN: ${r.reportError}`] : [])].map(esc).join('<br>')}</td></tr>`)
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>campaigncheck screening: ${esc(meta.folder)}</title>
<style>
body{font-family:system-ui,sans-serif;margin:2rem;color:#1b1b1b}
table{border-collapse:collapse;margin:1rem 0;width:100%}
th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f2f2f2}
td.red{background:#f8d7da}td.amber{background:#fff3cd}td.green{background:#d4edda}
</style>
</head>
<body>
<h1>Screening of ${esc(meta.folder)}</h1>
<p>${rows.length} submissions; ruleset ${esc(meta.ruleset)}; evaluated at ${esc(meta.date)}.
Red: ${count('red')}, amber: ${count('amber')}, green: ${count('green')}, could not be evaluated: ${rows.length - rated.length}.</p>
<h2>Ranked by risk</h2>
<p>Overall rating, then open critical, high and medium findings.</p>
<table>
<thead><tr><th>Rank</th><th>Submission</th><th>Rating</th><th>Critical</th><th>High</th><th>Medium</th><th>Low</th><th>Declarant</th><th>Type</th><th>Campaign</th></tr></thead>
<tbody>
${ratedRows}
</tbody>
</table>
<h2>Submissions with problems</h2>
${broken.length === 0 ? '<p>None.</p>' : `<table>\n<thead><tr><th>Submission</th><th>State</th><th>Problems</th></tr></thead>\n<tbody>\n${brokenRows}\n</tbody>\n</table>`}
</body>
</html>
`;
}

export async function command(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse('screen', args, OPTIONS);
  if (positionals.length !== 1) throw new UsageError('give one folder of submissions: campaigncheck screen <folder> --out <dir>', 'screen');
  if (values.out === undefined) throw new UsageError('--out <dir> is required: the folder for index.html, index.csv and the reports.', 'screen');
  const config = loadConfig(io.cwd, values['no-config'] ? false : values.config, 'screen');
  const settings: EvalSettings = buildEvalSettings('screen', values, config, io.cwd);
  const failOn = oneOf<FailOn>('screen', '--fail-on', values['fail-on'] ?? config.failOn ?? 'high', FAIL_ON_VALUES);
  const needsInfoIsFailure = !(values['needs-info-is-not-failure'] ?? config.needsInfoIsNotFailure ?? false);
  const jobs = values.jobs !== undefined ? positiveInt('screen', '--jobs', values.jobs, 256) : availableParallelism();
  const quiet = values.quiet === true;
  const p = await paint(colorEnabled(io, 'stderr', values['no-color'] === true));

  const folder = resolve(io.cwd, positionals[0]!);
  let isDir = false;
  try {
    isDir = statSync(folder).isDirectory();
  } catch {
    // reported below
  }
  if (!isDir) throw new UsageError(`${positionals[0]} is not a folder.`, 'screen');
  const out = resolve(io.cwd, values.out);
  const reportsDir = join(out, 'reports');
  try {
    mkdirSync(reportsDir, { recursive: true });
  } catch (error) {
    await say(io, `campaigncheck screen: error: cannot create ${reportsDir}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`);
    return ExitCode.Error;
  }
  for (const name of ['html', 'json'] as const) {
    const formatter = await getFormatter(name);
    if (typeof formatter === 'string') {
      await say(io, `campaigncheck screen: error: ${formatter}.`);
      return ExitCode.Error;
    }
  }

  const files = listFolder(folder);
  const names = reportNames(files, folder);
  const tasks: FileTask[] = files.map((path, i) => ({ path, filename: relative(folder, path), name: names[i]! }));
  const rows: ScreenRow[] = new Array(tasks.length);

  let bar: { increment(): void; stop(): void } | undefined;
  if (io.stderrIsTTY && !quiet && tasks.length > 0) {
    const { SingleBar, Presets } = (await import('cli-progress')).default;
    const progress = new SingleBar(
      { stream: io.stderr as unknown as NodeJS.WritableStream, format: 'screening [{bar}] {value}/{total} submissions, {eta_formatted} left', hideCursor: true, clearOnComplete: true, etaBuffer: 200 },
      Presets.shades_classic,
    );
    progress.start(tasks.length, 0);
    bar = progress;
  }
  try {
    const crashOn = io.env.CAMPAIGNCHECK_TEST_WORKER_CRASH;
    await runPool<ScreenRow>(tasks, {
      init: { campaigncheckWorker: true, kind: 'screen', settings, screen: { reportsDir, failOn, needsInfoIsFailure }, ...(crashOn ? { crashOn } : {}) },
      jobs,
      signal: io.signal,
      mainThread: !io.env.CAMPAIGNCHECK_TEST_WORKERS_ONLY,
      onResult: (index, row) => {
        rows[index] = row;
        bar?.increment();
      },
      onLost: lostRow,
    });
  } finally {
    bar?.stop();
  }
  if (io.signal?.aborted) {
    removePendingTempFiles();
    // Workers stopped mid-write may leave their temporary files (never a report under its final name).
    try {
      for (const f of readdirSync(reportsDir)) if (f.startsWith('.') && f.endsWith('.tmp')) rmSync(join(reportsDir, f), { force: true });
    } catch {
      // nothing to clean
    }
    await say(io, 'campaigncheck screen: interrupted; the index was not written.');
    return ExitCode.Error;
  }

  rows.sort(compareRows);
  let code: ExitCode = ExitCode.Ok;
  for (const row of rows) code = worst(code, row.exitCode);
  const ruleset = rulesetById(settings.rulesetId)!;
  try {
    writeFileAtomic(join(out, 'index.csv'), indexCsv(rows));
    writeFileAtomic(join(out, 'index.html'), indexHtml(rows, { folder: positionals[0]!, ruleset: `${ruleset.id} ${ruleset.version}`, date: settings.evaluationDate }));
  } catch (error) {
    if (!(error instanceof OutputError)) throw error;
    await say(io, `campaigncheck screen: error: ${error.message}`);
    return ExitCode.Error;
  }
  const broken = rows.filter((r) => r.state !== 'evaluated' || r.reportError);
  for (const row of broken) {
    const problems = [...row.problems, ...(row.reportError ? [`REPORT_NOT_WRITTEN: ${row.reportError}`] : [])];
    await say(io, `${row.file}: ${p.red(row.state)}: ${safeText(problems.join('; '))}`);
  }
  if (!quiet) {
    const count = (rating: string): number => rows.filter((r) => r.rating === rating).length;
    await say(
      io,
      `${rows.length} submissions screened: ${p.red(`${count('red')} red`)}, ${p.yellow(`${count('amber')} amber`)}, ${p.green(`${count('green')} green`)}, ${broken.length} with problems. Index: ${join(out, 'index.html')}`,
    );
  }
  return code;
}
