/**
 * The data engine's entry points: `validateData` (checks + profile + drift in one pass), `profileData` (the profile
 * alone) and `inferSchema` (a starter schema that accepts the file it came from).
 */

import { createHash } from 'node:crypto';
import { stringify } from 'yaml';
import { CrucibleError } from '../errors.ts';
import { readFileSafely } from '../fs/safe-file.ts';
import { jsonProblem } from '../evidence/read.ts';
import { MAX_YAML_FILE_BYTES } from '../yaml-file.ts';
import type { GitInfo } from '../evidence/common.ts';
import { type ProfileEvidence, ProfileEvidenceSchema } from '../evidence/profile.ts';
import type { ValidationEvidence } from '../evidence/validation.ts';
import { formatIssues } from '../issues.ts';
import { evaluateChecks } from './checks.ts';
import type { ColumnAccumulator } from './column.ts';
import { detectDialect } from './dialect.ts';
import { computeDrift } from './drift.ts';
import { buildPlan } from './plan.ts';
import { accumulatorFromProfile, distinctOf, profileColumn, profileEvidence, profiledType } from './profile.ts';
import { inspectSource, scanSource, type ScanOptions, type ScanResult } from './scan.ts';
import { type DataSchema, EMPTY_SCHEMA } from './schema.ts';
import { type DataFormat, DataFileError, describeSource, readChunks, type SourceInfo } from './source.ts';
import { formatTypedValue, isNumericType } from './values.ts';

export type DataInput = {
  /** Path of the data file. */
  path: string;
  /** How messages and evidence name it (a path relative to the workspace, say); defaults to `path`. */
  label?: string;
  format?: DataFormat;
  delimiter?: string;
  /** The workspace root: a file inside it that links out of it is refused (fs/safe-file.ts). */
  workspace?: string | undefined;
};

export type EngineOptions = ScanOptions & {
  git: GitInfo;
  /** ISO time written into evidence (the edge passes the clock's). */
  createdAt?: string;
};

export type ValidateOptions = EngineOptions & {
  data: DataInput;
  schema?: DataSchema;
  /** The schema file, recorded in the evidence with its digest. */
  schemaFile?: { path: string; label?: string };
  /** A crucible/profile@1 JSON file, or a data file to profile first. */
  reference?: DataInput;
};

export type ValidateResult = { evidence: ValidationEvidence; profile: ProfileEvidence };

/** A data input as the readers see it, with the schema's dialect (format, delimiter, comment, title and short rows). */
export function sourceOf(input: DataInput, schema: DataSchema): SourceInfo {
  return describeSource(input.path, input.label ?? input.path, {
    format: input.format ?? schema.format,
    delimiter: input.delimiter ?? schema.delimiter,
    workspace: input.workspace,
    comment: schema.comment,
    skipRows: schema['skip-rows'],
    shortRows: schema['short-rows'],
  });
}

async function scan(src: SourceInfo, schema: DataSchema, options: EngineOptions, referencePoints?: Map<string, number[]>) {
  const inspected = await inspectSource(src);
  const plan = buildPlan({ names: inspected.names, sample: inspected.sample, schema, ...(referencePoints === undefined ? {} : { referencePoints }), ...(inspected.sourceTypes === undefined ? {} : { sourceTypes: inspected.sourceTypes }) });
  const result = await scanSource(src, inspected, plan, options);
  return { inspected, result };
}

function dataInfo(src: SourceInfo, result: ScanResult, names: string[]) {
  return { file: src.label, format: src.format, gzip: src.gzip, bytes: src.bytes, sha256: result.sha256, columns: names };
}

/** The schema without its checks: types and missing-value spellings only (for profiling a reference). */
function typesOnly(schema: DataSchema): DataSchema {
  return {
    ...(schema.format === undefined ? {} : { format: schema.format }),
    ...(schema.delimiter === undefined ? {} : { delimiter: schema.delimiter }),
    ...(schema.comment === undefined ? {} : { comment: schema.comment }),
    ...(schema['skip-rows'] === undefined ? {} : { 'skip-rows': schema['skip-rows'] }),
    ...(schema['short-rows'] === undefined ? {} : { 'short-rows': schema['short-rows'] }),
    ...(schema['null-values'] === undefined ? {} : { 'null-values': schema['null-values'] }),
    columns: Object.fromEntries(Object.entries(schema.columns).map(([name, column]) => [name, column.type === undefined ? {} : { type: column.type }])),
  };
}

export async function profileData(input: DataInput, options: EngineOptions & { schema?: DataSchema }): Promise<ProfileEvidence> {
  const schema = typesOnly(options.schema ?? EMPTY_SCHEMA);
  const started = performance.now();
  const src = sourceOf(input, schema);
  const { inspected, result } = await scan(src, schema, options);
  return profileEvidence(result.table, {
    data: dataInfo(src, result, inspected.names),
    git: options.git,
    ...(options.createdAt === undefined ? {} : { createdAt: options.createdAt }),
    timings: { totalMs: Math.round(performance.now() - started), threads: result.threads },
  });
}

const MAX_PROFILE_BYTES = 32 * 1024 * 1024;

/** A reference: a profile JSON file as it is, or a data file profiled now with the schema's types. */
export async function loadReference(input: DataInput, options: EngineOptions & { schema?: DataSchema }): Promise<{ profile: ProfileEvidence; kind: 'profile' | 'data'; sha256: string }> {
  const label = input.label ?? input.path;
  if (/\.json$/i.test(input.path)) {
    let bytes: Buffer;
    try {
      bytes = readFileSafely(input.path, {
        maxBytes: MAX_PROFILE_BYTES,
        label,
        workspace: input.workspace,
        tooLarge: (name, size) => new DataFileError(`${name}: ${size} bytes is over the ${MAX_PROFILE_BYTES}-byte limit for a profile.`),
      });
    } catch (error) {
      if (error instanceof CrucibleError) throw new DataFileError(error.message);
      const code = (error as NodeJS.ErrnoException).code;
      throw new DataFileError(`${label}: cannot read the reference (${code === 'ENOENT' ? 'no such file' : String(code)}). Pass a crucible/profile@1 JSON file or a data file with --reference.`);
    }
    let document: unknown;
    try {
      document = JSON.parse(bytes.toString('utf8'));
    } catch {
      throw new DataFileError(`${label}: not valid JSON (${jsonProblem(bytes.toString('utf8'))}). Pass a crucible/profile@1 file written by --profile-out.`);
    }
    if ((document as { schema?: unknown } | null)?.schema === 'crucible/profile@1') {
      const parsed = ProfileEvidenceSchema.safeParse(document);
      if (!parsed.success) throw new DataFileError(`${label}: not a valid crucible/profile@1 document:\n${formatIssues(parsed.error.issues)}`);
      return { profile: parsed.data, kind: 'profile', sha256: createHash('sha256').update(bytes).digest('hex') };
    }
    if (input.format === undefined && !/\.(jsonl|ndjson)$/i.test(input.path)) {
      throw new DataFileError(`${label}: a JSON file that is not a crucible/profile@1 document. Pass a profile written by --profile-out, or a data file.`);
    }
  }
  const profile = await profileData(input, options);
  return { profile, kind: 'data', sha256: profile.data.sha256 };
}

export async function validateData(options: ValidateOptions): Promise<ValidateResult> {
  const started = performance.now();
  const schema = options.schema ?? EMPTY_SCHEMA;
  const referenceLoaded = options.reference === undefined ? undefined : await loadReference(options.reference, { ...options, schema });
  const referenceMs = performance.now() - started;
  const reference = new Map<string, ColumnAccumulator>();
  const referencePoints = new Map<string, number[]>();
  if (referenceLoaded !== undefined) {
    for (const column of referenceLoaded.profile.columns) {
      reference.set(column.name, accumulatorFromProfile(column));
      if (referenceLoaded.profile.rows <= 1000 && column.sample !== undefined && column.numeric !== undefined) {
        referencePoints.set(column.name, [...new Set(column.sample)].sort((a, b) => a - b));
      }
    }
  }
  const src = sourceOf(options.data, schema);
  const scanStarted = performance.now();
  const { inspected, result } = await scan(src, schema, options, referencePoints);
  const scanMs = performance.now() - scanStarted;
  const table = result.table;
  const checks = evaluateChecks({ schema, table, names: inspected.names, headerLine: inspected.headerLine });
  const drift = referenceLoaded === undefined ? undefined : computeDrift(reference, table.columns, { referenceRows: referenceLoaded.profile.rows, schema });
  const data = dataInfo(src, result, inspected.names);
  const createdAt = options.createdAt === undefined ? {} : { createdAt: options.createdAt };
  const failed = checks.filter((check) => !check.success).length;
  const timings = { totalMs: Math.round(performance.now() - started), scanMs: Math.round(scanMs), referenceMs: Math.round(referenceMs), threads: result.threads };
  const schemaFile = options.schemaFile === undefined ? null : { file: options.schemaFile.label ?? options.schemaFile.path, sha256: createHash('sha256').update(readFileSafely(options.schemaFile.path, { maxBytes: MAX_YAML_FILE_BYTES })).digest('hex') };
  const evidence: ValidationEvidence = {
    schema: 'crucible/validation@1',
    ...createdAt,
    git: options.git,
    success: failed === 0 && drift?.summary.datasetDrift !== true,
    rows: table.rows,
    checks,
    drift: drift?.columns ?? [],
    data,
    schemaFile,
    reference:
      referenceLoaded === undefined || options.reference === undefined
        ? null
        : { file: options.reference.label ?? options.reference.path, kind: referenceLoaded.kind, rows: referenceLoaded.profile.rows, sha256: referenceLoaded.sha256 },
    driftSummary: drift?.summary ?? null,
    statistics: { checks: checks.length, failed },
    timings,
  };
  const profile = profileEvidence(table, { data, git: options.git, ...createdAt, timings: { totalMs: timings.totalMs, threads: result.threads } });
  return { evidence, profile };
}

/** The first MiB of a file as text (decompressed), to read its dialect off. */
async function headText(src: SourceInfo): Promise<{ text: string; complete: boolean }> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of readChunks(src)) {
    parts.push(chunk);
    size += chunk.length;
    if (size >= 1 << 20) return { text: Buffer.concat(parts).toString('utf8'), complete: false };
  }
  return { text: Buffer.concat(parts).toString('utf8'), complete: true };
}

/** Small domains become `in:` lists. */
const MAX_INFERRED_DOMAIN = 20;

/**
 * A starter schema: each column's type, `nullable: false` where nothing is missing, the observed range of numbers
 * and dates, `in:` for text with at most 20 distinct values, `unique: true` where every value was seen once and the
 * pass could tell exactly. It accepts the file it came from, by construction; a person then tightens it.
 */
export async function inferSchema(input: DataInput, options: EngineOptions): Promise<{ yaml: string; profile: ProfileEvidence }> {
  // The dialect the file needs (comment and title lines from its start, short rows from the whole pass), so that the
  // schema's promise holds on files other programs wrote.
  const dialect: Partial<DataSchema> = {};
  const plain = sourceOf(input, EMPTY_SCHEMA);
  if (plain.format === 'csv' || plain.format === 'tsv') {
    const { text, complete } = await headText(plain);
    const detected = detectDialect(text, plain.delimiter, complete);
    if (detected.comment !== undefined) dialect.comment = detected.comment;
    if (detected.skipRows !== undefined) dialect['skip-rows'] = detected.skipRows;
  }
  const src = sourceOf(input, { ...EMPTY_SCHEMA, ...dialect });
  const inspected = await inspectSource(src);
  const plan = buildPlan({ names: inspected.names, sample: inspected.sample, schema: EMPTY_SCHEMA, ...(inspected.sourceTypes === undefined ? {} : { sourceTypes: inspected.sourceTypes }) });
  const result = await scanSource(src, inspected, plan, options);
  const table = result.table;
  const columns: Record<string, Record<string, unknown>> = {};
  const notes: string[] = [];
  for (const column of table.columns) {
    const spec: Record<string, unknown> = {};
    const type = column.invalid > 0 ? 'string' : profiledType(column);
    spec.type = type;
    if (column.nulls === 0 && column.rows > 0) spec.nullable = false;
    if (column.invalid === 0 && isNumericType(type) && column.n > 0 && column.positiveInfinity === 0 && column.negativeInfinity === 0) {
      spec.min = formatTypedValue(type, column.min);
      spec.max = formatTypedValue(type, column.max);
    }
    if (column.invalid === 0 && type === 'string' && column.frequent !== null && column.frequent.offset === 0) {
      const items = column.frequent.items();
      if (items.length > 0 && items.length <= MAX_INFERRED_DOMAIN && items.length < column.n) spec.in = items.map(([value]) => String(value)).sort();
      if (items.length === column.n && column.n > 1) spec.unique = true;
    } else if (column.invalid === 0 && column.frequent !== null && column.frequent.offset === 0 && isNumericType(type)) {
      const items = column.frequent.items();
      if (items.length === column.n && column.n > 1) spec.unique = true;
    } else if (column.n > 1) {
      const distinct = distinctOf(column);
      if (!distinct.exact && distinct.value >= 0.98 * column.n) notes.push(`# ${column.plan.name}: about ${distinct.value} distinct values in ${column.n}; add "unique: true" if it is a key.`);
    }
    columns[column.plan.name] = spec;
  }
  const { shortRows, rowWidth } = table.problems;
  if (shortRows.unexpected > 0 && rowWidth.unexpected === shortRows.unexpected) dialect['short-rows'] = 'missing';
  else if (rowWidth.unexpected > shortRows.unexpected) {
    const line = rowWidth.examples.find((example) => Number.parseInt(String(example.value), 10) > inspected.names.length)?.line;
    notes.push(`# ${rowWidth.unexpected - shortRows.unexpected} row(s) have more fields than the header${line === undefined ? '' : ` (line ${line})`}: the file itself needs fixing; row-width fails until it is.`);
  }
  const dialectNotes = [
    ...(dialect.comment === undefined ? [] : [`# comment: lines starting with "${dialect.comment}" are skipped.`]),
    ...(dialect['skip-rows'] === undefined ? [] : [`# skip-rows: ${dialect['skip-rows']} line(s) before the header are a title, not data.`]),
    ...(dialect['short-rows'] === undefined ? [] : [`# short-rows: ${shortRows.unexpected} row(s) leave their last fields out; read as missing values (pandas does the same).`]),
  ];
  const header = [
    `# Starter schema inferred by \`crucible validate --infer\` from ${src.label} (${table.rows} rows).`,
    '# It accepts that file as it is: tighten the ranges, add checks, then validate with --schema.',
    ...dialectNotes,
    ...notes,
  ].join('\n');
  const yaml = `${header}\n${stringify({ ...dialect, columns, table: { rows: { min: 1 } } }, { lineWidth: 0 })}`;
  const profile = profileEvidence(table, { data: dataInfo(src, result, inspected.names), git: options.git, ...(options.createdAt === undefined ? {} : { createdAt: options.createdAt }) });
  return { yaml, profile };
}

export { profileColumn };
