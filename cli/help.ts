/**
 * The help texts, written by hand (the meow way): usage, options, examples, exit codes. docs/cli.md says the same
 * at more length. A test checks that every option a command accepts appears in its help.
 */
export const EXIT_CODES_HELP = `Exit codes:
  0  nothing at or above the --fail-on threshold
  1  findings at or above the threshold, or an invalid declaration
  2  usage error, unreadable input, output that could not be written, or an internal
     error (including a rule in engine error); with several inputs the worst code wins`;

const MAIN = `campaigncheck: checks a political campaign's declaration of how it uses personal data
against the UK ICO guidance and the law behind it (UK GDPR, DPA 2018, PECR, electoral law).

Usage:
  campaigncheck <command> [options]

Commands:
  check     evaluate declarations and write reports
  validate  check declarations against the schema only
  rules     list the rules
  explain   everything about one rule
  init      write a commented starter declaration
  schema    print the declaration (or result) JSON Schema
  screen    evaluate a folder of submissions and rank them by risk (for regulators)
  diff      what got better or worse between two declarations or results
  serve     start the HTTP service

Options:
  -h, --help     show help (also: campaigncheck <command> --help)
  -v, --version  print the version

Examples:
  campaigncheck init --type candidate --output declaration.yaml
  campaigncheck check declaration.yaml
  campaigncheck check declarations/ --format html=report.html --format sarif=report.sarif
  cat declaration.json | campaigncheck check - --stdin-filename declaration.json

${EXIT_CODES_HELP}

Environment:
  NO_COLOR     no colour (as does --no-color, or output that is not a terminal)
  FORCE_COLOR  colour even when the output is not a terminal

Config: campaigncheck.config.json or campaigncheck.config.yaml, found from the working
directory upwards, sets defaults for check, screen and diff (see docs/cli.md).`;

const EVAL_OPTIONS_HELP = `  --ruleset <id>          ruleset to judge by (default: uk-political-campaigning)
  --date <YYYY-MM-DD>     evaluation date, for time-dependent rules and waiver expiry
                          (default: today in UTC; recorded in the result)
  --tailoring <file>      tailoring file: switch rules off or change severities
  --waivers <file>        waivers file (repeatable)
  --rule <id>             only these rules (repeatable, or comma-separated)
  --area <area>           only rules of these areas (repeatable)
  --severity <severity>   only rules of these severities (repeatable)
  --tag <tag>             only rules with these tags (repeatable)
  --config <file>         use this config file instead of searching for one
  --no-config             ignore config files`;

const COMMON_HELP = `  --no-color              no colour
  -q, --quiet             print only errors on stderr
  -h, --help              show this help`;

export const HELP: Record<string, string> = {
  main: MAIN,
  check: `Usage:
  campaigncheck check <files | folders | globs | -> [options]

Evaluates declarations (YAML or JSON). A folder means every .json, .yaml and .yml file in it,
recursively (hidden files and node_modules are skipped); a quoted glob is expanded; - reads
standard input. Every input gets one record in every report, even when it cannot be read.

Options:
  -f, --format <name[=path]>  report format, repeatable: text (default), json, html, markdown,
                          sarif, junit, csv, ndjson. With =path the report goes to that file
                          (written to a temporary file, then renamed); without, to stdout
                          (at most one format may go to stdout)
  --fail-on <severity>    exit 1 on findings at or above: critical, high (default), medium,
                          low, info, or none (never fail on findings)
  --needs-info-is-not-failure
                          do not count needs_info outcomes (a fact the rule needs is not
                          declared) toward --fail-on; by default they count like a fail
  --baseline <file>       fail only on findings that are new since this result
                          (a JSON result or array of results, from --format json)
  --write-baseline <file> write the results as a baseline file
  --stdin-filename <name> the file name to show (and to pick JSON or YAML) for stdin
  -j, --jobs <n>          worker threads (default: 1, or the CPUs available for 200+ files)
${EVAL_OPTIONS_HELP}
${COMMON_HELP}

Findings that fail: fail outcomes (and needs_info, unless relaxed) at or above --fail-on.
warn, manual and waived outcomes are reported but never fail. --fail-on none still exits 1
for an invalid declaration.

Examples:
  campaigncheck check declaration.yaml
  campaigncheck check declarations/ 'archive/**/*.json' --fail-on critical
  campaigncheck check declaration.yaml --format html=report.html --format sarif=report.sarif
  campaigncheck check declaration.yaml --format json --date 2029-05-03 > result.json
  campaigncheck check declaration.yaml --baseline baseline.json
  cat declaration.yaml | campaigncheck check - --stdin-filename declaration.yaml

${EXIT_CODES_HELP}`,
  validate: `Usage:
  campaigncheck validate <files | folders | globs | -> [options]

Checks declarations against the schema only (parse and validate; no rules are run). Prints
each issue as  file:line:col  CODE  message  and a hint.

Options:
  --stdin-filename <name> the file name to show (and to pick JSON or YAML) for stdin
${COMMON_HELP}

Examples:
  campaigncheck validate declaration.yaml
  campaigncheck validate declarations/
  cat declaration.json | campaigncheck validate -

Exit codes:
  0  every declaration is valid
  1  at least one declaration is invalid
  2  a file could not be read, or a usage error`,
  rules: `Usage:
  campaigncheck rules [options]

Lists the rules of a ruleset.

Options:
  --format <table|json|markdown>  output format (default: table)
  --area <area>           only rules of these areas (repeatable)
  --severity <severity>   only rules of these severities (repeatable)
  --tag <tag>             only rules with these tags (repeatable)
  --ruleset <id>          ruleset (default: uk-political-campaigning)
${COMMON_HELP}

Examples:
  campaigncheck rules
  campaigncheck rules --area pecr --severity critical
  campaigncheck rules --format markdown > rules.md

Exit codes:
  0  listed (an empty list included)
  2  usage error`,
  explain: `Usage:
  campaigncheck explain <rule-id> [options]

Everything about one rule: the requirement, area, severity, rationale, citations with links,
remediation steps, the obligations of the law digest it covers, notes, and a passing and a
failing example.

Options:
  --format <text|json>    output format (default: text)
  --ruleset <id>          ruleset (default: uk-political-campaigning)
${COMMON_HELP}

Examples:
  campaigncheck explain PECR-01
  campaigncheck explain pecr-01 --format json

Exit codes:
  0  explained
  2  unknown rule (with a did-you-mean) or usage error`,
  init: `Usage:
  campaigncheck init [--type <organisationType>] [--output <file>] [--force]

Writes a commented starter declaration (YAML) that explains each section for a volunteer and
leaves the facts to fill. It validates as written.

Options:
  -t, --type <type>       registered_party (default), local_party_unit, candidate,
                          elected_representative, referendum_campaigner, non_party_campaigner,
                          recall_petition_campaigner, vendor, data_broker, platform
  -o, --output <file>     write to this file (default: stdout)
  --force                 overwrite an existing file
  --schema-url <url>      the schema address for the editor modeline (default: the copy in
                          node_modules/campaigncheck when installed there, else the published URL)
${COMMON_HELP}

Examples:
  campaigncheck init --type candidate --output declaration.yaml
  campaigncheck init --type vendor > vendor-declaration.yaml

Exit codes:
  0  written
  2  usage error, the file exists (without --force), or it could not be written`,
  schema: `Usage:
  campaigncheck schema [--result | --tailoring | --waivers]

Prints the declaration's JSON Schema (draft-07), or the schema of a result, a tailoring file or
a waivers file.

Options:
  --result                the result schema (what --format json writes)
  --tailoring             the tailoring file schema
  --waivers               the waivers file schema
${COMMON_HELP}

Examples:
  campaigncheck schema > declaration.schema.json
  campaigncheck schema --result > result.schema.json

Exit codes:
  0  printed
  2  usage error`,
  screen: `Usage:
  campaigncheck screen <folder> --out <dir> [options]

For regulators: evaluates every submission in a folder (recursively) and writes
  <dir>/index.html, <dir>/index.csv   every submission, ranked by risk (overall rating, then
                                      open critical and high findings), one row per file
  <dir>/reports/<name>.html, .json    a report per submission
Broken submissions do not stop the run: they are listed with their errors. Progress is shown
on a terminal. Memory stays flat however many files there are.

Options:
  -o, --out <dir>         output folder (created if missing)
  -j, --jobs <n>          worker threads (default: the CPUs available; 1 = in-process)
  --fail-on <severity>    threshold for exit 1 (default: high; none: never fail on findings)
  --needs-info-is-not-failure
                          do not count needs_info outcomes toward --fail-on
${EVAL_OPTIONS_HELP}
${COMMON_HELP}

Examples:
  campaigncheck screen submissions/ --out screening/
  campaigncheck screen submissions/ --out screening/ --jobs 4 --date 2029-05-03 --fail-on none

${EXIT_CODES_HELP}`,
  diff: `Usage:
  campaigncheck diff <old> <new> [options]

What got better and what got worse between two declarations (evaluated with the same options)
or two results (JSON from --format json): new findings, resolved findings, status changes
(matched by fingerprint) and rating changes per area.

Options:
  --format <text|json>    output format (default: text)
${EVAL_OPTIONS_HELP}
${COMMON_HELP}

Examples:
  campaigncheck diff declaration-v1.yaml declaration-v2.yaml
  campaigncheck diff old-result.json new-result.json --format json

Exit codes:
  0  nothing got worse
  1  something got worse (a new finding, a worse status or rating, or an invalid declaration)
  2  unreadable input or usage error`,
  serve: `Usage:
  campaigncheck serve [--host <host>] [--port <port>]

Starts the HTTP service.

Options:
  --host <host>           address to listen on (default: $CAMPAIGNCHECK_HOST or 127.0.0.1)
  --port <port>           port (default: $CAMPAIGNCHECK_PORT or 3000)
${COMMON_HELP}

Examples:
  campaigncheck serve
  CAMPAIGNCHECK_PORT=8080 campaigncheck serve --host 0.0.0.0

Exit codes:
  0  stopped cleanly
  2  usage error, or the service could not start`,
};
