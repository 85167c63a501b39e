/**
 * What the readers (csv.ts, jsonl.ts) hand on and what the range reader (scan.ts) needs of them: a block of CSV
 * cells as byte ranges, the tallies of problems with the text itself, and the parser contract. A leaf module: it
 * imports nothing from this folder but checks-state.ts, so the readers and the accumulators they feed (column.ts,
 * table.ts) can both import it without importing each other.
 */

import { Tally } from './checks-state.ts';

/** A block of CSV rows: per row and column the byte range of the cell in `bytes`. */
export type CellBlock = {
  bytes: Buffer;
  starts: Int32Array;
  ends: Int32Array;
  /** 1 where a quoted cell holds doubled quotes and must be unescaped. */
  escaped: Uint8Array;
  lines: Int32Array;
  rows: number;
  width: number;
};

/** Problems with the text of the file itself, each a failed check with its lines. */
export type TextProblems = {
  rowWidth: Tally;
  quotes: Tally;
  utf8: Tally;
  json: Tally;
  /** Rows with fewer fields than the header, whether they fail (`short-rows: fail`) or not: what --infer reads. */
  shortRows: Tally;
};
export const PROBLEM_KINDS = ['rowWidth', 'quotes', 'utf8', 'json', 'shortRows'] as const;

export function newProblems(): TextProblems {
  return { rowWidth: new Tally(), quotes: new Tally(), utf8: new Tally(), json: new Tally(), shortRows: new Tally() };
}

/** How a CSV/TSV file departs from RFC 4180 (the schema's `comment`, `skip-rows` and `short-rows`). */
export type CsvDialect = {
  /** Lines that start with this byte are skipped, before the header and among the rows; -1 for none. */
  comment: number;
  /** Lines skipped before the header (titles). */
  skipRows: number;
  /** A row with fewer fields than the header: its last fields are missing values, not a failure. */
  shortRowsMissing: boolean;
};

export const STRICT_DIALECT: CsvDialect = { comment: -1, skipRows: 0, shortRowsMissing: false };

/**
 * The longest record (row or JSON line) and the longest CSV field the readers take. Without a cap a quote that is
 * never closed, or one 2 GB row inside a small gzip, grows the read buffer until memory runs out. A row this long is
 * not something a check can say anything useful about, so the file fails with the line, naming the limit.
 */
export const MAX_RECORD_BYTES = 32 * 1024 * 1024;
export const MAX_FIELD_BYTES = 16 * 1024 * 1024;

/** A record or field past the caps above; scan.ts adds the file's name. */
export class RecordTooLongError extends Error {
  readonly line: number;
  constructor(line: number, message: string) {
    super(message);
    this.name = 'RecordTooLongError';
    this.line = line;
  }
}

const QUOTE_HINT = 'A quote that is never closed makes the rest of the file one field: check the quotes from this line on.';

export function recordTooLong(line: number): RecordTooLongError {
  return new RecordTooLongError(line, `a row longer than ${MAX_RECORD_BYTES / (1024 * 1024)} MiB starts here, more than a row may hold. ${QUOTE_HINT}`);
}

export function fieldTooLong(line: number, field: number, bytes: number): RecordTooLongError {
  return new RecordTooLongError(line, `field ${field} holds ${Math.ceil(bytes / (1024 * 1024))} MiB, more than the ${MAX_FIELD_BYTES / (1024 * 1024)} MiB a field may hold. ${QUOTE_HINT}`);
}

/** What the range reader needs of a parser (CSV and JSON Lines). */
export interface RecordParser {
  buf: Buffer;
  len: number;
  pos: number;
  base: number;
  line: number;
  limit: number;
  rowsRead: number;
  readonly problems: TextProblems;
  readonly done: boolean;
  makeRoom(): void;
  push(chunk: Uint8Array): void;
  drain(final: boolean): void;
}
