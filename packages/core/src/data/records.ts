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
export type TextProblems = { rowWidth: Tally; quotes: Tally; utf8: Tally; json: Tally };
export const PROBLEM_KINDS = ['rowWidth', 'quotes', 'utf8', 'json'] as const;

export function newProblems(): TextProblems {
  return { rowWidth: new Tally(), quotes: new Tally(), utf8: new Tally(), json: new Tally() };
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
