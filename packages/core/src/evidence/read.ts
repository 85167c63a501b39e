import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { CrucibleError } from '../errors.ts';
import { formatIssues } from '../issues.ts';
import type { EvidenceKind } from './common.ts';
import { ComparisonEvidenceSchema } from './comparison.ts';
import { ProfileEvidenceSchema } from './profile.ts';
import { RunEvidenceSchema } from './run.ts';
import { ValidationEvidenceSchema } from './validation.ts';

/** Evidence may come from a fork's pull request: every document is bounded and parsed with its schema. */
export const MAX_EVIDENCE_BYTES = 32 * 1024 * 1024;
const MAX_FILES = 10_000;

/** An evidence file that is too large, not JSON, or does not fit its kind's schema. */
export class EvidenceError extends CrucibleError {
  constructor(message: string) {
    super(message);
    this.name = 'EvidenceError';
  }
}

const SCHEMAS = {
  'crucible/comparison@1': ['comparison', ComparisonEvidenceSchema],
  'crucible/run@1': ['run', RunEvidenceSchema],
  'crucible/validation@1': ['validation', ValidationEvidenceSchema],
  'crucible/profile@1': ['profile', ProfileEvidenceSchema],
} as const satisfies Record<string, readonly [EvidenceKind, z.ZodType]>;

type Known = typeof SCHEMAS;
export type FoundEvidence = {
  [K in keyof Known]: { path: string; kind: Known[K][0]; document: z.output<Known[K][1]> };
}[keyof Known];

const tooLarge = (label: string, size: number) =>
  new EvidenceError(`${label}: ${size} bytes is over the ${MAX_EVIDENCE_BYTES}-byte limit for an evidence file; refusing to read it.`);

/** The `schema` field of a JSON text, or undefined when it names no evidence kind Crucible reads. */
function schemaName(document: unknown): keyof Known | undefined {
  const name = (document as { schema?: unknown } | null)?.schema;
  return typeof name === 'string' && name in SCHEMAS ? (name as keyof Known) : undefined;
}

/**
 * Reads one evidence document: at most MAX_EVIDENCE_BYTES, valid JSON, and valid for the kind its `schema` field
 * names. Returns undefined for JSON that is not evidence (a metrics file beside it, say).
 */
export function readEvidenceFile(path: string, label = path): FoundEvidence | undefined {
  const size = statSync(path).size;
  // Checked before reading, so an oversized file is never loaded into memory.
  if (size > MAX_EVIDENCE_BYTES) throw tooLarge(label, size);
  return parseEvidence(readFileSync(path), path, label);
}

/**
 * Parses evidence held in memory (a file from an artifact that never touched the disk). `path` is what the result
 * records; `label` names it in errors.
 */
export function parseEvidence(content: Buffer, path: string, label = path): FoundEvidence | undefined {
  if (content.length > MAX_EVIDENCE_BYTES) throw tooLarge(label, content.length);
  let document: unknown;
  try {
    document = JSON.parse(content.toString('utf8'));
  } catch (error) {
    throw new EvidenceError(`${label}: not valid JSON (${(error as Error).message}).`);
  }
  const name = schemaName(document);
  if (name === undefined) return undefined;
  const [kind, schema] = SCHEMAS[name];
  const result = schema.safeParse(document);
  if (!result.success) {
    throw new EvidenceError(`${label}: not a valid ${name} document:\n${formatIssues(result.error.issues)}`);
  }
  return { path, kind, document: result.data } as FoundEvidence;
}

/** Every evidence document below `dir` (JSON files whose `schema` names a kind), in path order. */
export function findEvidence(dir: string): FoundEvidence[] {
  const found: FoundEvidence[] = [];
  let files = 0;
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && entry.name.endsWith('.json')) {
        if (++files > MAX_FILES) throw new EvidenceError(`${dir}: more than ${MAX_FILES} JSON files; point at the evidence folder itself.`);
        const evidence = readEvidenceFile(path);
        if (evidence !== undefined) found.push(evidence);
      }
    }
  };
  walk(dir);
  return found;
}
