import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { CrucibleError } from '../errors.ts';
import { decodeUtf8, readFileSafely, type SafeFileOptions } from '../fs/safe-file.ts';
import { formatIssues } from '../issues.ts';
import { JsonSyntaxError, parseJsonAllowingNonFinite } from '../text/json.ts';
import type { EvidenceKind } from './common.ts';
import { ComparisonEvidenceSchema } from './comparison.ts';
import { MonitoringEvidenceSchema } from './monitoring.ts';
import { ProfileEvidenceSchema } from './profile.ts';
import { PromotionEvidenceSchema } from './promotion.ts';
import { RunEvidenceSchema } from './run.ts';
import { ValidationEvidenceSchema } from './validation.ts';

/** Evidence may come from a fork's pull request: every document is bounded and parsed with its schema. */
export const MAX_EVIDENCE_BYTES = 32 * 1024 * 1024;
const MAX_FILES = 10_000;
/** Folders nested deeper than this are not evidence; without a cap the walk ends in ENAMETOOLONG. */
export const MAX_EVIDENCE_DEPTH = 32;

/** An evidence file that is too large, not JSON, or does not fit its kind's schema. */
export class EvidenceError extends CrucibleError {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'EvidenceError';
  }
}

const SCHEMAS = {
  'crucible/comparison@1': ['comparison', ComparisonEvidenceSchema],
  'crucible/run@1': ['run', RunEvidenceSchema],
  'crucible/validation@1': ['validation', ValidationEvidenceSchema],
  'crucible/profile@1': ['profile', ProfileEvidenceSchema],
  'crucible/promotion@1': ['promotion', PromotionEvidenceSchema],
  'crucible/monitoring@1': ['monitoring', MonitoringEvidenceSchema],
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
export function readEvidenceFile(path: string, label = path, options: Pick<SafeFileOptions, 'workspace'> = {}): FoundEvidence | undefined {
  // Only a regular file, no link out of the workspace, and at most MAX_EVIDENCE_BYTES read (fs/safe-file.ts).
  const content = readFileSafely(path, { maxBytes: MAX_EVIDENCE_BYTES, label, workspace: options.workspace, tooLarge: (name, size) => tooLarge(name, size) });
  return parseEvidence(content, path, label);
}

/**
 * Parses evidence held in memory (a file from an artifact that never touched the disk). `path` is what the result
 * records; `label` names it in errors.
 */
export function parseEvidence(content: Buffer, path: string, label = path): FoundEvidence | undefined {
  if (content.length > MAX_EVIDENCE_BYTES) throw tooLarge(label, content.length);
  let document: unknown;
  const text = decodeUtf8(content, label);
  try {
    document = JSON.parse(text);
  } catch {
    throw new EvidenceError(`${label}: not valid JSON (${jsonProblem(text)}).`);
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

/**
 * A JSON file a command was handed beside the evidence (a REST body, a run context): read as evidence is (regular
 * file, no link out of the workspace, at most MAX_EVIDENCE_BYTES, UTF-8) and parsed, any shape. Every failure is
 * one EvidenceError line naming the file and the fix, never the file's content.
 */
export function readJsonInput(path: string, label: string, options: Pick<SafeFileOptions, 'workspace'> = {}): unknown {
  let content: Buffer;
  try {
    content = readFileSafely(path, { maxBytes: MAX_EVIDENCE_BYTES, label, workspace: options.workspace, tooLarge: (name, size) => tooLarge(name, size) });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | null)?.code;
    if (code === undefined) throw error;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code;
    throw new EvidenceError(`${label}: cannot read the file (${why}); check the path.`, { cause: error });
  }
  const text = decodeUtf8(content, label);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new EvidenceError(`${label}: not valid JSON (${jsonProblem(text)}); pass the JSON body as written.`);
  }
}

/**
 * Where and why JSON text fails to parse, without quoting it: V8's own message repeats the start of the text,
 * which may be anything a link pointed at.
 */
export function jsonProblem(text: string): string {
  try {
    parseJsonAllowingNonFinite(text);
  } catch (error) {
    if (error instanceof JsonSyntaxError) return error.message;
  }
  return 'NaN, Infinity or another value JSON does not allow';
}

/**
 * Every evidence document below `dir` (JSON files whose `schema` names a kind), in path order. Links to files are
 * read as the files they name, checked as any file (fs/safe-file.ts); links to folders are not followed. The first
 * file that is not valid evidence throws.
 */
export function findEvidence(dir: string, options: Pick<SafeFileOptions, 'workspace'> = {}): FoundEvidence[] {
  return walkEvidence(dir, options, (_path, error) => {
    throw error;
  });
}

/** An evidence file that could not be read or parsed, and why (one line, the file's content never quoted). */
export type UnreadableEvidence = { path: string; reason: string };

/**
 * As findEvidence, but a file that is not valid evidence (too large, not JSON, not its kind's schema, refused by
 * the safe reader) is listed with its reason instead of thrown, so a gate can deny naming every bad file rather
 * than stop at the first. Folders nested too deep or too many files still throw: the folder itself is wrong.
 */
export function scanEvidence(dir: string, options: Pick<SafeFileOptions, 'workspace'> = {}): { found: FoundEvidence[]; unreadable: UnreadableEvidence[] } {
  const unreadable: UnreadableEvidence[] = [];
  const found = walkEvidence(dir, options, (path, error) => {
    if (!(error instanceof CrucibleError) && (error as NodeJS.ErrnoException | null)?.code === undefined) throw error;
    unreadable.push({ path, reason: error instanceof Error ? error.message : String(error) });
  });
  return { found, unreadable };
}

function walkEvidence(dir: string, options: Pick<SafeFileOptions, 'workspace'>, onError: (path: string, error: unknown) => void): FoundEvidence[] {
  const found: FoundEvidence[] = [];
  let files = 0;
  const walk = (folder: string, depth: number) => {
    if (depth > MAX_EVIDENCE_DEPTH) {
      throw new EvidenceError(`${dir}: folders nest more than ${MAX_EVIDENCE_DEPTH} deep (at ${folder.slice(0, 120)}...); point at the evidence folder itself.`);
    }
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENAMETOOLONG') throw new EvidenceError(`${dir}: folders nest too deep to read (${depth} levels, path too long); point at the evidence folder itself.`);
      throw error;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path, depth + 1);
      else if ((entry.isFile() || entry.isSymbolicLink()) && entry.name.endsWith('.json')) {
        if (entry.isSymbolicLink() && !isLinkToNonFolder(path)) continue;
        if (++files > MAX_FILES) throw new EvidenceError(`${dir}: more than ${MAX_FILES} JSON files; point at the evidence folder itself.`);
        let evidence: FoundEvidence | undefined;
        try {
          evidence = readEvidenceFile(path, path, options);
        } catch (error) {
          onError(path, error);
          continue;
        }
        if (evidence !== undefined) found.push(evidence);
      }
    }
  };
  walk(dir, 0);
  return found;
}

/** A link that resolves, and not to a folder (a dangling link or a loop is left out, as a folder link is). */
function isLinkToNonFolder(path: string): boolean {
  try {
    return !statSync(path).isDirectory();
  } catch {
    return false;
  }
}
