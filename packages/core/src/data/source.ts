/**
 * Which reader a data file needs, and its header: format from the extension (or the schema), gzip by the `.gz`
 * suffix or the gzip magic bytes, and for CSV/TSV the header row and a sample of rows to sniff column types from.
 */

import { closeSync, constants, openSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import { createGunzip } from 'node:zlib';
import { createReadStream } from 'node:fs';
import { InputError } from '../errors.ts';
import { checkReadableFile, ensureUtf8, UnsafeFileError } from '../fs/safe-file.ts';
import { CsvParser, splitRecord } from './csv.ts';
import { type CsvDialect, STRICT_DIALECT } from './records.ts';
import type { ColumnType } from './values.ts';

export const DATA_FORMATS = ['csv', 'tsv', 'jsonl', 'parquet'] as const;
export type DataFormat = (typeof DATA_FORMATS)[number];

/** A data file that cannot be read at all (missing, empty, not the format it claims): exit 2, naming the file. */
export class DataFileError extends InputError {
  constructor(message: string) {
    super(message);
    this.name = 'DataFileError';
  }
}

export type SourceInfo = {
  path: string;
  label: string;
  format: DataFormat;
  gzip: boolean;
  bytes: number;
  delimiter: string;
  /** CSV/TSV only: comment lines, title lines before the header, short rows. */
  dialect: CsvDialect;
};

/** The start of a file: its columns and a sample of rows to sniff types from (`inspectSource`, `inspectParquet`). */
export type Inspected = {
  names: string[];
  sample: unknown[][];
  /** Where records start (after the BOM and the header). */
  dataStart: number;
  firstLine: number;
  /** CSV/TSV: the line the header is on. */
  headerLine?: number;
  sourceTypes?: (ColumnType | undefined)[];
  rowCount?: number;
  /** Rows per byte seen in the first MiB (0 when unknown). */
  rowsPerByte?: number;
};

export type DialectOptions = { comment?: string | undefined; skipRows?: number | undefined; shortRows?: 'fail' | 'missing' | undefined };

export function describeSource(
  path: string,
  label: string,
  options: { format?: DataFormat | undefined; delimiter?: string | undefined; workspace?: string | undefined } & DialectOptions,
): SourceInfo {
  let bytes: number;
  try {
    // Before anything opens it: a regular file only (a FIFO would hang the open, /proc/self/environ would end up
    // in the evidence), and no link out of the workspace (fs/safe-file.ts). The scan re-opens only this path.
    bytes = checkReadableFile(path, { label, workspace: options.workspace }).size;
  } catch (error) {
    if (error instanceof UnsafeFileError) throw new DataFileError(`${error.message.replace(/ Pass a regular file\.$/, '')} Pass a CSV, TSV, JSON Lines or Parquet file.`);
    throw new DataFileError(`${label}: cannot read the data file (${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}).`);
  }
  const name = basename(path).toLowerCase();
  let gzip = name.endsWith('.gz') || name.endsWith('.gzip');
  let head = Buffer.alloc(0);
  if (bytes >= 2) {
    const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      head = Buffer.alloc(Math.min(128, bytes));
      head = head.subarray(0, readSync(fd, head, 0, head.length, 0));
    } finally {
      closeSync(fd);
    }
    gzip ||= head[0] === 0x1f && head[1] === 0x8b;
  }
  const inner = name.replace(/\.(gz|gzip)$/, '');
  const byExtension: DataFormat | undefined = /\.(tsv|tab)$/.test(inner)
    ? 'tsv'
    : /\.(jsonl|ndjson|json)$/.test(inner)
      ? 'jsonl'
      : /\.(parquet|pq)$/.test(inner)
        ? 'parquet'
        : /\.(csv|txt)$/.test(inner)
          ? 'csv'
          : undefined;
  const format = options.format ?? byExtension ?? 'csv';
  if (!gzip && format !== 'parquet') {
    try {
      ensureUtf8(head, label);
    } catch (error) {
      throw new DataFileError((error as Error).message);
    }
  }
  if (format === 'parquet' && gzip) throw new DataFileError(`${label}: a gzipped Parquet file; Parquet compresses its own pages, so pass the .parquet file itself.`);
  const delimiter = options.delimiter ?? (format === 'tsv' ? '\t' : ',');
  const dialect: CsvDialect = {
    comment: options.comment === undefined ? STRICT_DIALECT.comment : options.comment.charCodeAt(0),
    skipRows: options.skipRows ?? STRICT_DIALECT.skipRows,
    shortRowsMissing: options.shortRows === 'missing',
  };
  return { path, label, format, gzip, bytes, delimiter, dialect };
}

/**
 * How far a gzip may inflate: past MIN_INFLATED_BYTES, no more than MAX_INFLATION times its compressed size. Real
 * CSV compresses 3-20 times, very repetitive columns some tens of times; deflate's limit is about 1,000, which is
 * what a gzip bomb uses to turn a few megabytes into tens of gigabytes of work.
 */
export const MAX_INFLATION = 250;
export const MIN_INFLATED_BYTES = 256 * 1024 * 1024;

/** Bytes of a file as a stream of chunks, decompressed when gzipped. */
export async function* readChunks(source: SourceInfo): AsyncGenerator<Buffer> {
  const stream = createReadStream(source.path, { highWaterMark: 1 << 20 });
  if (!source.gzip) {
    for await (const chunk of stream) yield chunk as Buffer;
    return;
  }
  const gunzip = createGunzip({ chunkSize: 1 << 18 });
  stream.pipe(gunzip);
  stream.on('error', (error) => gunzip.destroy(error));
  const cap = Math.max(MIN_INFLATED_BYTES, source.bytes * MAX_INFLATION);
  let inflated = 0;
  try {
    for await (const chunk of gunzip) {
      inflated += (chunk as Buffer).length;
      if (inflated > cap) {
        gunzip.destroy();
        stream.destroy();
        throw new DataFileError(
          `${source.label}: inflates to more than ${MAX_INFLATION} times its compressed size (${source.bytes} bytes) past ${MIN_INFLATED_BYTES / (1024 * 1024)} MiB, as a gzip bomb does. If it is real data, decompress it yourself and pass the plain file.`,
        );
      }
      yield chunk as Buffer;
    }
  } catch (error) {
    if (error instanceof DataFileError) throw error;
    if ((error as NodeJS.ErrnoException).code?.startsWith('Z_') === true) {
      throw new DataFileError(`${source.label}: not a valid gzip file (${(error as Error).message}). Pass the file uncompressed, or re-compress it with gzip.`);
    }
    throw error;
  }
}

export type CsvHeader = {
  names: string[];
  /** Byte offset where data rows start (after the BOM and the header record). */
  dataStart: number;
  /** Line the header starts on (after skipped title and comment lines). */
  headerLine: number;
  /** Line of the first data row. */
  firstLine: number;
  /** The first rows as text, to sniff column types from. */
  sample: string[][];
  /** Rows per byte in the first MiB, to size tables for the whole file. */
  rowsPerByte: number;
};

const SAMPLE_ROWS = 1000;

/** Column names as pandas makes them usable: blanks become `column_N`, repeats get `.1`, `.2`. */
export function uniqueNames(raw: string[]): string[] {
  const seen = new Map<string, number>();
  return raw.map((name, i) => {
    let result = name.trim() === '' ? `column_${i + 1}` : name;
    const count = seen.get(result) ?? 0;
    seen.set(result, count + 1);
    if (count > 0) result = `${result}.${count}`;
    return result;
  });
}

/**
 * Reads the header record and up to SAMPLE_ROWS rows from the start of a CSV/TSV text (the first chunks of the
 * file, decompressed). Throws DataFileError for an empty file.
 */
export function readCsvHeader(head: Buffer, complete: boolean, source: SourceInfo): CsvHeader {
  let start = 0;
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) start = 3;
  // Title lines (`skip-rows`), then comment lines and blank lines, come before the header.
  let headerLine = 1;
  const { skipRows, comment } = source.dialect;
  for (;;) {
    const skip = headerLine <= skipRows || head[start] === comment || head[start] === 10 || (head[start] === 13 && head[start + 1] === 10);
    if (!skip) break;
    const end = head.indexOf(10, start);
    if (end === -1) {
      if (!complete) throw new DataFileError(`${source.label}:${headerLine}: a line before the header is longer than 1 MiB; check skip-rows and comment in the schema.`);
      start = head.length;
      break;
    }
    start = end + 1;
    headerLine++;
  }
  if (head.length <= start || head.subarray(start).toString('utf8').trim() === '') {
    const skipped = headerLine > 1 && (skipRows > 0 || comment >= 0) ? ` after the ${headerLine - 1} line${headerLine === 2 ? '' : 's'} skipped before the header` : '';
    throw new DataFileError(`${source.label}: the file is empty${skipped}; a ${source.format.toUpperCase()} file needs a header row naming its columns.`);
  }
  // The header record: up to the first line feed outside quotes.
  let quoted = false;
  let end = -1;
  let lines = headerLine;
  for (let i = start; i < head.length; i++) {
    const c = head[i];
    if (c === 34) quoted = !quoted;
    else if (c === 10) {
      if (!quoted) {
        end = i;
        break;
      }
      lines++;
    }
  }
  if (end === -1) {
    if (!complete) throw new DataFileError(`${source.label}:1: the header row is longer than 1 MiB or has a quote that is never closed.`);
    end = head.length;
  }
  const text = head.toString('utf8', start, end);
  const names = uniqueNames(splitRecord(text, source.delimiter));
  const sample: string[][] = [];
  const dataStart = Math.min(end + 1, head.length);
  const parser = new CsvParser(source.delimiter.charCodeAt(0), names.length, (block) => {
    for (let r = 0; r < block.rows && sample.length < SAMPLE_ROWS; r++) {
      const row: string[] = [];
      for (let c = 0; c < names.length; c++) {
        const i = r * block.width + c;
        let cell = block.bytes.toString('utf8', block.starts[i] as number, block.ends[i] as number);
        if (block.escaped[i] === 1) cell = cell.replaceAll('""', '"');
        row.push(cell);
      }
      sample.push(row);
    }
  }, source.dialect);
  const rest = head.subarray(dataStart);
  parser.push(rest);
  parser.drain(complete);
  const consumed = parser.base + parser.pos;
  return { names, dataStart, headerLine, firstLine: lines + 1, sample, rowsPerByte: consumed > 0 ? parser.rowsRead / consumed : 0 };
}
