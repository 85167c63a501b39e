/**
 * One pass over a data file: its header, then every record into a TableAccumulator. An uncompressed CSV, TSV or
 * JSON Lines file of some size is cut into byte ranges, one per thread: the main thread reads the first, worker
 * threads the others, and their states merge in file order.
 *
 * Where a range starts is a guess: the first line feed after an even cut. The guess is checked, not trusted: the
 * range before it must end exactly there, at a record boundary, having read the bytes before it as CSV. When the cut
 * fell inside a quoted field that holds a line break, the range before it reads on past the cut and the guessed
 * range's result is thrown away, so the result is always the single-threaded one.
 *
 * Exact key counts (unique, distinct, compound keys) spill to files in a temporary folder when they outgrow their
 * memory; once every range is merged they are added up there, and text keys seen more than once are confirmed
 * against their text, which may read the file a second time (key-confirm.ts). The folder is removed at the end.
 */

import { createHash } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { CsvParser } from './csv.ts';
import { JsonlParser, jsonlHeader } from './jsonl.ts';
import { ChangedFileError, type Rescan, settleKeys } from './key-confirm.ts';
import { type RecordParser, RecordTooLongError } from './records.ts';
import { SpillError } from './sketch/key-counter.ts';
import { DataFileError, type Inspected, readChunks, readCsvHeader, type SourceInfo } from './source.ts';
import { KEY_MEMORY_BYTES, type KeySpill, type TablePlan, TableAccumulator, type TableState } from './table.ts';

const HEAD_BYTES = 1 << 20;
/** Below this size threads cost more to start than they save. */
export const MIN_SPLIT_BYTES = 8 << 20;

export type ScanOptions = {
  /** Threads to use (default: the machine's cores, at most 4); 1 reads on the main thread only. */
  threads?: number;
  /** Split even small files (tests of the worker path). */
  forceSplit?: boolean;
  /**
   * The worker scripts, when they are not the .ts files beside this module: a bundled action ships them as
   * their own bundles and passes their URLs.
   */
  workerScripts?: { range: URL; digest: URL };
  /** Where exact key counts may spill (default: the system's temporary folder). */
  tempDir?: string;
  /** Bytes of memory per thread for exact key counts before they spill (default KEY_MEMORY_BYTES). */
  keyMemory?: number;
};

export type ScanResult = {
  table: TableAccumulator;
  sha256: string;
  threads: number;
  readMs: number;
};

async function readHead(source: SourceInfo): Promise<{ head: Buffer; complete: boolean }> {
  const parts: Buffer[] = [];
  let size = 0;
  let complete = true;
  for await (const chunk of readChunks(source)) {
    parts.push(chunk);
    size += chunk.length;
    if (size >= HEAD_BYTES) {
      complete = false;
      break;
    }
  }
  return { head: Buffer.concat(parts), complete };
}

/** The header and a sample of rows; throws DataFileError for a file that cannot be read at all. */
export async function inspectSource(source: SourceInfo): Promise<Inspected> {
  if (source.format === 'parquet') {
    const { inspectParquet } = await import('./parquet.ts');
    return inspectParquet(source);
  }
  const { head, complete } = await readHead(source);
  if (source.format === 'jsonl') {
    const bom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
    if (head.subarray(bom).toString('utf8').trim() === '') throw new DataFileError(`${source.label}: the file is empty; JSON Lines needs one JSON object per line.`);
    const { names, sample } = jsonlHeader(head.subarray(bom), complete);
    if (names.length === 0) throw new DataFileError(`${source.label}:1: no JSON object in the first lines; JSON Lines needs one JSON object per line, like {"id": 1, "name": "a"}.`);
    const lines = head.subarray(bom).toString('latin1').split('\n').length - (complete ? 0 : 1);
    return { names, sample, dataStart: bom, firstLine: 1, rowsPerByte: head.length > 0 ? lines / head.length : 0 };
  }
  const header = readCsvHeader(head, complete, source);
  return { names: header.names, sample: header.sample, dataStart: header.dataStart, headerLine: header.headerLine, firstLine: header.firstLine, rowsPerByte: header.rowsPerByte };
}

function newParser(source: SourceInfo, table: TableAccumulator, names: string[]): RecordParser {
  const parser: RecordParser =
    source.format === 'jsonl'
      ? new JsonlParser(names, (values, line) => table.addRecord(values, line))
      : new CsvParser(source.delimiter.charCodeAt(0), names.length, (block) => table.consumeBlock(block), source.dialect);
  table.problems = parser.problems;
  return parser;
}

export type RangeTask = {
  source: SourceInfo;
  names: string[];
  plan: TablePlan;
  from: number;
  limit: number;
  firstLine: number;
  /** Rows the range probably holds (sizes exact key counters). */
  expectedRows?: number;
  /** Where its exact key counters spill. */
  spill?: KeySpill;
};

export type RangeResult = { state: TableState; end: number; lines: number };

/**
 * Reads the records that start in [from, limit) of an uncompressed file (reading past `limit` to finish the last
 * one). `hash` sees every byte read, in order, when the caller wants a digest of a single-range read.
 */
export function readRange(task: RangeTask, table: TableAccumulator, hash?: (bytes: Buffer) => void): { parser: RecordParser; end: number; readTo: number } {
  const parser = newParser(task.source, table, task.names);
  parser.base = task.from;
  parser.line = task.firstLine;
  parser.limit = task.limit;
  const fd = openSync(task.source.path, 'r');
  let position = task.from;
  try {
    for (;;) {
      parser.makeRoom();
      const read = readSync(fd, parser.buf, parser.len, parser.buf.length - parser.len, position);
      if (hash !== undefined && read > 0) hash(parser.buf.subarray(parser.len, parser.len + read));
      position += read;
      parser.len += read;
      const eof = read === 0 || position >= task.source.bytes;
      parser.drain(eof);
      if (eof || parser.done) break;
    }
  } finally {
    closeSync(fd);
  }
  table.lines = parser.line - 1;
  return { parser, end: parser.base + parser.pos, readTo: position };
}

/**
 * A worker on `entry`. A TypeScript entry starts from a line of JavaScript that switches Node's compile cache on
 * first: the cache is per thread, so an entry that switches it on itself is never cached, and stripping its types
 * loads Node's TypeScript stripper into the thread, some 100 ms of each worker's start. A bundle's entry (.js)
 * starts as it is.
 */
function startWorker(entry: URL, options: WorkerOptions): Worker {
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, options);
  return new Worker(`require('node:module').enableCompileCache?.();import(${JSON.stringify(entry.href)});`, { ...options, eval: true });
}

/** Runs a range in a worker thread. */
function runWorker(task: RangeTask, script: URL | undefined): { promise: Promise<RangeResult>; worker: Worker } {
  // A smaller young generation than V8's default keeps each worker's resident memory down, at no measurable cost.
  const worker = startWorker(script ?? new URL('./worker.ts', import.meta.url), { workerData: task, resourceLimits: { maxYoungGenerationSizeMb: 16 } });
  const promise = new Promise<RangeResult>((resolve, reject) => {
    worker.once('message', (message: { ok: true; result: RangeResult } | { ok: false; error: string; tooLongAt?: number }) => {
      if (message.ok) resolve(message.result);
      else reject(message.tooLongAt === undefined ? new Error(message.error) : new RecordTooLongError(message.tooLongAt, message.error));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`data worker exited with code ${code}`));
    });
  });
  return { promise, worker };
}

function digestWorker(path: string, script: URL | undefined): Promise<string> {
  const worker = startWorker(script ?? new URL('./digest-worker.ts', import.meta.url), { workerData: { path } });
  return new Promise<string>((resolve, reject) => {
    worker.once('message', (digest: string) => resolve(digest));
    worker.once('error', reject);
  });
}

/** Hashes bytes [from, to) of a file. */
function hashSpan(path: string, from: number, to: number, hash: ReturnType<typeof createHash>): void {
  if (to <= from) return;
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(1 << 20);
    for (let position = from; position < to; ) {
      const read = readSync(fd, buffer, 0, Math.min(buffer.length, to - position), position);
      if (read === 0) break;
      hash.update(buffer.subarray(0, read));
      position += read;
    }
  } finally {
    closeSync(fd);
  }
}

/** The first offset after a line feed at or after `offset` (the guessed start of a range), or -1. */
function nextLineStart(path: string, offset: number, size: number): number {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(1 << 16);
    let position = offset;
    while (position < size) {
      const read = readSync(fd, buffer, 0, buffer.length, position);
      if (read === 0) break;
      const at = buffer.subarray(0, read).indexOf(10);
      if (at !== -1) return position + at + 1;
      position += read;
    }
    return -1;
  } finally {
    closeSync(fd);
  }
}

/** Reads a gzip-compressed file's records into `table`. */
async function readCompressed(source: SourceInfo, inspected: Inspected, table: TableAccumulator): Promise<void> {
  const parser = newParser(source, table, inspected.names);
  let skip = inspected.dataStart;
  parser.line = inspected.firstLine;
  for await (const chunk of readChunks(source)) {
    if (skip >= chunk.length) {
      skip -= chunk.length;
      continue;
    }
    parser.push(skip > 0 ? chunk.subarray(skip) : chunk);
    skip = 0;
  }
  parser.drain(true);
  table.lines = parser.line - 1;
}

export async function scanSource(source: SourceInfo, inspected: Inspected, plan: TablePlan, options: ScanOptions = {}): Promise<ScanResult> {
  const exact = plan.compoundKeys.length > 0 || plan.columns.some((column) => column.exactKeys);
  const dir = exact ? mkdtempSync(join(options.tempDir ?? tmpdir(), 'crucible-keys-')) : undefined;
  try {
    const result = await readSource(source, inspected, plan, options, dir);
    if (exact) {
      const started = performance.now();
      const rescan: Rescan = async (columns, compound) => {
        const table = TableAccumulator.confirming(plan, columns, compound);
        if (source.format === 'parquet') {
          const { scanParquet } = await import('./parquet.ts');
          await scanParquet(source, inspected.names, table, { digest: false });
        } else if (source.gzip) await readCompressed(source, inspected, table);
        else readRange({ source, names: inspected.names, plan, from: inspected.dataStart, limit: Number.POSITIVE_INFINITY, firstLine: inspected.firstLine }, table);
      };
      // Texts to confirm per reading (131,072 by default): some tens of MB, once the counting is over.
      await settleKeys(result.table, rescan, Math.max(16, Math.floor((options.keyMemory ?? KEY_MEMORY_BYTES) / 16)));
      result.readMs += performance.now() - started;
    }
    return result;
  } catch (error) {
    if (error instanceof SpillError) throw new DataFileError(`${source.label}: ${error.message}. Free some space there, or set TMPDIR to a folder with room.`);
    if (error instanceof ChangedFileError) throw new DataFileError(`${source.label}: ${error.message}.`);
    if (error instanceof RecordTooLongError) throw new DataFileError(`${source.label}:${error.line}: ${error.message}`);
    throw error;
  } finally {
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  }
}

async function readSource(source: SourceInfo, inspected: Inspected, plan: TablePlan, options: ScanOptions, dir: string | undefined): Promise<ScanResult> {
  const started = performance.now();
  const names = inspected.names;
  const memory = options.keyMemory ?? KEY_MEMORY_BYTES;
  const spill = (tag: string): KeySpill | undefined => (dir === undefined ? undefined : { dir, tag, memory });
  if (source.format === 'parquet') {
    const { scanParquet } = await import('./parquet.ts');
    const table = new TableAccumulator(plan, inspected.rowCount ?? 0, spill('m'));
    const sha256 = await scanParquet(source, names, table);
    table.finishPass(false);
    return { table, sha256, threads: 1, readMs: performance.now() - started };
  }
  if (source.gzip) {
    const table = new TableAccumulator(plan, 0, spill('m'));
    // The digest is of the file as stored (compressed), so it is taken from a plain read.
    // Where no worker can start (a bundle without the worker file), the digest is taken on this thread instead.
    const compressed = digestWorker(source.path, options.workerScripts?.digest).catch(() => {
      const hash = createHash('sha256');
      hashSpan(source.path, 0, statSync(source.path).size, hash);
      return hash.digest('hex');
    });
    await readCompressed(source, inspected, table);
    table.finishPass(false);
    return { table, sha256: await compressed, threads: 1, readMs: performance.now() - started };
  }

  const size = source.bytes;
  const wanted = Math.max(1, Math.min(options.threads ?? Math.min(availableParallelism(), 4), 16));
  const splittable = options.forceSplit === true || size - inspected.dataStart >= MIN_SPLIT_BYTES;
  const starts = [inspected.dataStart];
  if (wanted > 1 && splittable) {
    // The main thread starts at once and a worker some 50 ms later, but the main thread also merges at the end:
    // its share is a little larger than the others'.
    const weights = Array.from({ length: wanted }, (_, i) => (i === 0 ? 1.04 : 1));
    const total = weights.reduce((a, b) => a + b, 0);
    let cut = 0;
    for (let i = 1; i < wanted; i++) {
      cut += (weights[i - 1] as number) / total;
      const start = nextLineStart(source.path, Math.floor(inspected.dataStart + (size - inspected.dataStart) * cut), size);
      if (start > (starts[starts.length - 1] as number) && start < size) starts.push(start);
    }
  }
  const rowsIn = (from: number, to: number) => Math.ceil((to - from) * (inspected.rowsPerByte ?? 0) * 1.05);
  if (starts.length === 1) {
    const table = new TableAccumulator(plan, rowsIn(inspected.dataStart, size), spill('m'));
    const hash = createHash('sha256');
    const fd = openSync(source.path, 'r');
    const head = Buffer.alloc(inspected.dataStart);
    readSync(fd, head, 0, head.length, 0);
    closeSync(fd);
    hash.update(head);
    readRange({ source, names, plan, from: inspected.dataStart, limit: Number.POSITIVE_INFINITY, firstLine: inspected.firstLine }, table, (bytes) => hash.update(bytes));
    table.finishPass(false);
    return { table, sha256: hash.digest('hex'), threads: 1, readMs: performance.now() - started };
  }

  const limits = [...starts.slice(1), Number.POSITIVE_INFINITY];
  const workers = starts.slice(1).map((from, i) =>
    runWorker(
      { source, names, plan, from, limit: limits[i + 1] as number, firstLine: 1, expectedRows: rowsIn(from, Math.min(limits[i + 1] as number, size)), ...(dir === undefined ? {} : { spill: { dir, tag: `w${i}`, memory } }) },
      options.workerScripts?.range,
    ),
  );
  try {
    const table = new TableAccumulator(plan, rowsIn(inspected.dataStart, limits[0] as number), spill('m'));
    // The digest is taken on this thread: its own range as it reads it, then the rest while the workers finish.
    const hash = createHash('sha256');
    hashSpan(source.path, 0, inspected.dataStart, hash);
    const first = readRange({ source, names, plan, from: inspected.dataStart, limit: limits[0] as number, firstLine: inspected.firstLine }, table, (bytes) => hash.update(bytes));
    let end = first.end;
    hashSpan(source.path, first.readTo, size, hash);
    const sha256 = hash.digest('hex');
    let used = 1;
    for (let i = 1; i < starts.length; i++) {
      // A worker that could not run (say, a bundle that did not ship worker.ts) leaves its range to this thread.
      const result = await (workers[i - 1] as { promise: Promise<RangeResult> }).promise.catch(() => undefined);
      if (end === starts[i] && result !== undefined) {
        table.merge(TableAccumulator.load(plan, result.state));
        end = result.end;
        used++;
      } else if (end < (starts[i] as number)) {
        throw new Error(`range reader stopped at ${end} before ${starts[i]}`);
      }
      // Otherwise the range before read on past this start (the cut fell inside a quoted line break) or the worker
      // failed: read on, on this thread, from where the result so far ends to the next start (or the end).
      const next = i + 1 < starts.length ? (starts[i + 1] as number) : size;
      if ((end > (starts[i] as number) || result === undefined) && end < next) {
        const rest = new TableAccumulator(plan, 0, spill(`r${i}`));
        const carried = readRange({ source, names, plan, from: end, limit: i + 1 < starts.length ? next : Number.POSITIVE_INFINITY, firstLine: 1 }, rest);
        rest.finishPass(false);
        table.merge(rest);
        end = carried.end;
      }
    }
    table.finishPass(false);
    return { table, sha256, threads: used, readMs: performance.now() - started };
  } finally {
    for (const { worker } of workers) void worker.terminate();
  }
}
