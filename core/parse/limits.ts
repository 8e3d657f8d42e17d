import type { SourceFormat } from './types.js';

export interface ParseLimits {
  /** Largest accepted JSON input, in bytes (UTF-8 length for string input). */
  maxJsonBytes: number;
  /** Largest accepted YAML input, in bytes. YAML costs far more to parse than JSON, hence the lower cap. */
  maxYamlBytes: number;
  /** Deepest accepted nesting of objects/arrays; the root object is level 1. */
  maxDepth: number;
  /** At most this many issues are returned for one input. */
  maxIssues: number;
}

export const DEFAULT_PARSE_LIMITS: Readonly<ParseLimits> = Object.freeze({
  maxJsonBytes: 1_048_576, // 1 MiB, the same as Fastify's default bodyLimit
  maxYamlBytes: 262_144, // 256 KiB: about 0.3 s of parsing at worst
  maxDepth: 64,
  maxIssues: 100,
});

/** Fills in defaults; a value that is not a positive whole number falls back to its default. */
export function resolveLimits(partial: Partial<ParseLimits> | undefined): ParseLimits {
  const pick = (key: keyof ParseLimits): number => {
    const value: unknown = partial?.[key];
    return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : DEFAULT_PARSE_LIMITS[key];
  };
  return {
    maxJsonBytes: pick('maxJsonBytes'),
    maxYamlBytes: pick('maxYamlBytes'),
    maxDepth: pick('maxDepth'),
    maxIssues: pick('maxIssues'),
  };
}

export function byteLimitFor(format: SourceFormat, limits: ParseLimits): number {
  return format === 'json' ? limits.maxJsonBytes : limits.maxYamlBytes;
}

/** "812 bytes", "256.0 KB", "50.0 MB" (binary units, one decimal, as file managers show them). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return bytes === 1 ? '1 byte' : `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 * 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${(bytes / (1024 * 1024 * 1024)).toFixed(1)} GB`;
}
