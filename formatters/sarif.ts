/**
 * sarif: SARIF 2.1.0 (OASIS), for code-scanning tools such as GitHub code scanning and Azure DevOps.
 * One run for the whole batch. The driver lists every rule evaluated (metadata from the results); results are
 * the open outcomes (fail, warn, needs_info) and the waived ones (as accepted external suppressions), plus
 * one result per validation issue of an invalid declaration. Engine errors are tool execution notifications.
 * docs/reports.md documents the mapping.
 */
import { createHash } from 'node:crypto';
import { isAbsolute, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CheckResult, Outcome, Position, RuleSummary, Severity, Status, ValidationIssue } from '../schema/generated/result.js';
import { TOOL_VERSION } from '../core/version.js';
import { cleanText, escapeMarkdown, markdownUrl, safeUrl } from './_escape.js';
import type { FormatOptions } from './types.js';
import { verdictOf } from './view-model.js';

export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
export const INFORMATION_URI = 'https://campaigncheck.dev';
export const VALIDATION_RULE_ID = 'campaigncheck/validation';
/** The key of partialFingerprints: bump the version if the fingerprint recipe ever changes. */
export const FINGERPRINT_KEY = 'campaigncheck/v1';

type Level = 'error' | 'warning' | 'note' | 'none';

/**
 * Result level by status: fail is an error; warn and needs_info are warnings (needs_info means the rule could
 * not decide because a fact is missing, and it rates like a warn). A waived result keeps the level of the
 * status it had before the waiver, and carries a suppression.
 */
const LEVELS: Partial<Record<Status, Level>> = { fail: 'error', warn: 'warning', needs_info: 'warning', manual: 'note' };

/** A rule's default level, from its severity (a result's level comes from its status). */
const DEFAULT_LEVELS: Record<Severity, Level> = { critical: 'error', high: 'error', medium: 'warning', low: 'note', info: 'note' };

const REPORTED = new Set<Status>(['fail', 'warn', 'needs_info', 'waived']);

interface Json {
  [key: string]: unknown;
}

/** The input file name as a URI reference: relative (to baseDir, when given) and percent-encoded. */
export function artifactUri(filename: string, baseDir?: string): string {
  let path = filename;
  const windowsAbsolute = /^[A-Za-z]:[\\/]/.test(path);
  if (isAbsolute(path) || windowsAbsolute) {
    const rel = baseDir ? relative(baseDir, path) : '';
    if (!baseDir || rel === '' || rel.startsWith('..') || isAbsolute(rel)) return pathToFileURL(path).href;
    path = rel.split(sep).join('/');
  }
  return path
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

function pascalCase(text: string): string {
  return text
    .replace(/[^A-Za-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

/**
 * Descriptors are the same in every report for the same rule: remembered by rule, and reused only while the
 * summary's fields are the very same values (the engine shares a rule's metadata between results). Never
 * mutated after they are built.
 */
const descriptors = new Map<string, { from: readonly unknown[]; descriptor: Json }>();
const DESCRIPTOR_MEMO_SIZE = 1_000;

function descriptorInputs(rule: RuleSummary): readonly unknown[] {
  return [rule.id, rule.title, rule.area, rule.severity, rule.rationale, rule.helpUri, rule.citations, rule.remediation, rule.tags];
}

function ruleDescriptor(rule: RuleSummary): Json {
  const from = descriptorInputs(rule);
  const known = descriptors.get(rule.id);
  if (known && known.from.every((value, i) => value === from[i])) return known.descriptor;
  const descriptor = buildRuleDescriptor(rule);
  if (descriptors.size >= DESCRIPTOR_MEMO_SIZE) descriptors.clear();
  descriptors.set(rule.id, { from, descriptor });
  return descriptor;
}

function buildRuleDescriptor(rule: RuleSummary): Json {
  // Rules with nothing to act on carry no metadata in the result (see ruleSummary in the result schema).
  const ruleCitations = rule.citations ?? [];
  const citations = ruleCitations.map((c) => cleanText(c.text));
  const steps = (rule.remediation ?? []).map(cleanText);
  const rationale = rule.rationale ?? rule.title;
  const textLines = [
    cleanText(rationale),
    '',
    'What to do:',
    ...steps.map((s, i) => `${i + 1}. ${s}`),
    '',
    'Law and guidance:',
    ...ruleCitations.map((c) => `- ${cleanText(c.text)}${safeUrl(c.url) ? ` ${safeUrl(c.url)}` : ''}`),
  ];
  const markdownLines = [
    escapeMarkdown(rationale),
    '',
    '**What to do**',
    '',
    ...steps.map((s, i) => `${i + 1}. ${escapeMarkdown(s)}`),
    '',
    '**Law and guidance**',
    '',
    ...ruleCitations.map((c) => {
      const url = markdownUrl(c.url);
      return url ? `- [${escapeMarkdown(c.text)}](${url})` : `- ${escapeMarkdown(c.text)}`;
    }),
  ];
  const descriptor: Json = {
    id: rule.id,
    name: pascalCase(rule.title) || rule.id,
    shortDescription: { text: cleanText(rule.title) },
    fullDescription: { text: cleanText(rationale) },
    help: { text: textLines.join('\n'), markdown: markdownLines.join('\n') },
  };
  const helpUri = safeUrl(rule.helpUri);
  if (helpUri) descriptor.helpUri = helpUri;
  descriptor.defaultConfiguration = { level: DEFAULT_LEVELS[rule.severity] ?? 'warning' };
  descriptor.properties = {
    tags: [...new Set([...(rule.tags ?? []), rule.area].map(cleanText))],
    area: rule.area,
    severity: rule.severity,
    citations,
  };
  return descriptor;
}

const VALIDATION_RULE: Json = {
  id: VALIDATION_RULE_ID,
  name: 'DeclarationIsValid',
  shortDescription: { text: 'The declaration can be read and is valid against the declaration schema' },
  fullDescription: {
    text: 'A declaration that cannot be read, does not match the declaration schema or refers to items that do not exist is not checked against any rule.',
  },
  help: {
    text: 'Fix each problem at the line and column shown, then check the declaration again.',
    markdown: 'Fix each problem at the line and column shown, then check the declaration again.',
  },
  defaultConfiguration: { level: 'error' },
  properties: { tags: ['validation'] },
};

function location(uri: string, index: number, position: Pick<Position, 'pointer' | 'line' | 'column'>): Json {
  const physicalLocation: Json = { artifactLocation: { uri, index } };
  if (position.line !== undefined) {
    const region: Json = { startLine: position.line };
    if (position.column !== undefined) region.startColumn = position.column;
    physicalLocation.region = region;
  }
  const loc: Json = { physicalLocation };
  if (position.pointer !== '') {
    const last = position.pointer.split('/').at(-1) ?? '';
    loc.logicalLocations = [{ name: last.replace(/~1/g, '/').replace(/~0/g, '~'), fullyQualifiedName: position.pointer }];
  }
  return loc;
}

function outcomeResult(outcome: Outcome, ruleIndex: Map<string, number>, uri: string, artifactIndex: number): Json {
  const positions = outcome.evidence.length > 0 ? outcome.evidence : [{ pointer: outcome.subject.pointer }];
  const original = outcome.status === 'waived' ? (outcome.waivedStatus ?? 'fail') : outcome.status;
  const result: Json = {
    ruleId: outcome.ruleId,
  };
  const index = ruleIndex.get(outcome.ruleId);
  if (index !== undefined) result.ruleIndex = index;
  result.level = LEVELS[original] ?? 'warning';
  result.message = { text: cleanText(outcome.message) };
  result.locations = [location(uri, artifactIndex, positions[0]!)];
  if (positions.length > 1) {
    result.relatedLocations = positions.slice(1).map((p, i) => ({ id: i + 1, ...location(uri, artifactIndex, p) }));
  }
  result.partialFingerprints = { [FINGERPRINT_KEY]: outcome.fingerprint };
  if (outcome.status === 'waived' && outcome.waiver) {
    const w = outcome.waiver;
    result.suppressions = [
      {
        kind: 'external',
        status: 'accepted',
        justification: cleanText(
          `${w.justification} (approved by ${w.approvedBy.name}, ${w.approvedBy.role}${w.approvedOn ? `, on ${w.approvedOn}` : ''}; expires ${w.expires}${w.reference ? `; reference ${w.reference}` : ''})`,
        ),
      },
    ];
  }
  const properties: Json = { severity: outcome.severity, status: outcome.status, area: outcome.area, subject: outcome.subject.key };
  if (outcome.waivedStatus) properties.waivedStatus = outcome.waivedStatus;
  if (outcome.waiver) properties.waiverExpires = outcome.waiver.expires;
  result.properties = properties;
  return result;
}

function issueFingerprint(issue: ValidationIssue): string {
  return createHash('sha256').update(`${issue.code}\u0000${issue.pointer}\u0000${issue.message}`).digest('hex').slice(0, 32);
}

function issueResult(issue: ValidationIssue, ruleIndex: number, uri: string, artifactIndex: number): Json {
  return {
    ruleId: VALIDATION_RULE_ID,
    ruleIndex,
    level: 'error',
    message: { text: cleanText(issue.hint ? `${issue.message} ${issue.hint}` : issue.message) },
    locations: [location(uri, artifactIndex, issue)],
    partialFingerprints: { [FINGERPRINT_KEY]: issueFingerprint(issue) },
    properties: { code: issue.code, source: issue.source },
  };
}

const MIME_TYPES: Record<string, string> = { json: 'application/json', yaml: 'application/yaml' };

export function sarif(results: readonly CheckResult[], options: FormatOptions = {}): string {
  const rules: Json[] = [];
  const ruleIndex = new Map<string, number>();
  for (const result of results) {
    for (const rule of result.rules) {
      if (ruleIndex.has(rule.id)) continue;
      ruleIndex.set(rule.id, rules.length);
      rules.push(ruleDescriptor(rule));
    }
  }
  if (results.some((r) => !r.valid)) {
    ruleIndex.set(VALIDATION_RULE_ID, rules.length);
    rules.push(VALIDATION_RULE);
  }

  const artifacts: Json[] = [];
  const sarifResults: Json[] = [];
  const notifications: Json[] = [];
  results.forEach((result, artifactIndex) => {
    const uri = artifactUri(result.input.filename, options.baseDir);
    const artifact: Json = { location: { uri } };
    if (result.input.bytes !== undefined) artifact.length = result.input.bytes;
    const mimeType = MIME_TYPES[result.input.format];
    if (mimeType) artifact.mimeType = mimeType;
    if (result.input.sha256) artifact.hashes = { 'sha-256': result.input.sha256 };
    artifacts.push(artifact);

    if (!result.valid) {
      for (const issue of result.validation.issues) sarifResults.push(issueResult(issue, ruleIndex.get(VALIDATION_RULE_ID)!, uri, artifactIndex));
      const hidden = result.validation.totalIssues - result.validation.issues.length;
      if (hidden > 0) {
        notifications.push({
          level: 'warning',
          message: { text: `${hidden} more validation issues in ${cleanText(result.input.filename)} are not listed.` },
          descriptor: { id: 'ISSUES_CAPPED' },
          locations: [{ physicalLocation: { artifactLocation: { uri, index: artifactIndex } } }],
        });
      }
    }
    for (const outcome of result.outcomes) {
      if (REPORTED.has(outcome.status)) sarifResults.push(outcomeResult(outcome, ruleIndex, uri, artifactIndex));
    }
    for (const error of result.errors) {
      const notification: Json = {
        level: 'error',
        message: { text: cleanText(error.message) },
        descriptor: { id: error.code },
        locations: [{ physicalLocation: { artifactLocation: { uri, index: artifactIndex } } }],
      };
      if (error.ruleId !== undefined) {
        const index = ruleIndex.get(error.ruleId);
        notification.associatedRule = index === undefined ? { id: error.ruleId } : { id: error.ruleId, index };
      }
      notifications.push(notification);
    }
  });

  const first = results[0];
  const version = first?.tool.version ?? TOOL_VERSION;
  const rulesets = [...new Map(results.map((r) => [`${r.ruleset.id}@${r.ruleset.version}`, { id: r.ruleset.id, version: r.ruleset.version, effectiveDate: r.ruleset.effectiveDate }])).values()];
  const invocation: Json = { executionSuccessful: results.every((r) => r.errors.length === 0) };
  if (notifications.length > 0) invocation.toolExecutionNotifications = notifications;

  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'campaigncheck',
            version,
            semanticVersion: version,
            informationUri: INFORMATION_URI,
            rules,
          },
        },
        invocations: [invocation],
        artifacts,
        results: sarifResults,
        columnKind: 'utf16CodeUnits',
        properties: {
          rulesetId: first?.ruleset.id ?? null,
          rulesetVersion: first?.ruleset.version ?? null,
          rulesets,
          inputs: results.map((r, i) => ({
            uri: artifactUri(r.input.filename, options.baseDir),
            index: i,
            sha256: r.input.sha256 ?? null,
            valid: r.valid,
            verdict: verdictOf(r).code,
            rating: r.valid ? r.summary.rating.overall : null,
            evaluationDate: r.evaluationDate,
          })),
        },
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
