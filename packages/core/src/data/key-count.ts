/**
 * What the accumulators share with the exact key counting of key-confirm.ts: the count a column or compound key
 * ends with (`KeyCount`), the unambiguous text of a compound key's cells, and the `KeyConfirmer` that a confirming
 * pass offers the rows of repeated text keys to. A leaf module: it imports nothing from this folder but
 * checks-state.ts, so column.ts and table.ts use it without importing key-confirm.ts, which reads them.
 */

import { type Example, MAX_EXAMPLES } from './checks-state.ts';

/** What the exact count of a column's (or a compound key's) values found, once every part of the file is in. */
export type KeyCount = {
  distinct: number;
  /** Rows whose value occurs more than once (Great Expectations' unexpected count for uniqueness). */
  duplicateRows: number;
  /** The first rows of repeated values, in file order (at most MAX_EXAMPLES). */
  examples: Example[];
  /** More distinct values than limits.max-distinct. */
  overflowed: boolean;
};

/**
 * Rows of repeated keys kept as examples per reading, before the ones that turn out to be collisions are dropped:
 * the first 20 repeated rows survive unless more than 20 of these are collisions, which only shortens the list.
 */
const EXAMPLE_ROWS = 2 * MAX_EXAMPLES;

/** The text of a compound key's cells, unambiguous: each cell's length (4 bytes) and bytes. */
export function tupleBytes(cells: Uint8Array[]): Buffer {
  let length = 0;
  for (const cell of cells) length += 4 + cell.length;
  const tuple = Buffer.allocUnsafe(length);
  let at = 0;
  for (const cell of cells) {
    tuple.writeUInt32LE(cell.length, at);
    tuple.set(cell, at + 4);
    at += 4 + cell.length;
  }
  return tuple;
}

/** A compound key's text as the examples show it: its cells joined by ", ". */
export function showTuple(bytes: Uint8Array, start: number, end: number): string {
  const cells: string[] = [];
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = start; at < end; ) {
    const length = buffer.readUInt32LE(at);
    cells.push(buffer.toString('utf8', at + 4, at + 4 + length));
    at += 4 + length;
  }
  return cells.join(', ');
}

function showText(bytes: Uint8Array, start: number, end: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8', start, end);
}

/**
 * Groups the rows of some repeated text keys by their exact text: the first text of each key is kept, and a row
 * with another text under the same key (a hash collision) starts a group of its own.
 */
export class KeyConfirmer {
  /** Rows offered: with the counts the pass found, a check that the file did not change in between. */
  seen = 0;
  private readonly mask: number;
  private readonly index: Int32Array;
  private readonly keys: Int32Array;
  private readonly firstStart: Int32Array;
  private readonly firstLength: Int32Array;
  private readonly sameAsFirst: Float64Array;
  private arena = new Uint8Array(1 << 16);
  private arenaUsed = 0;
  /** Groups of rows whose text differs from their key's first text, by key index and text. */
  private readonly others = new Map<string, number>();
  private readonly rows: { line: number; group: number | string; value: string }[] = [];
  private readonly show: (bytes: Uint8Array, start: number, end: number) => string;

  /** `keys`: h1, h2 of each key to confirm. */
  constructor(keys: Int32Array, show: (bytes: Uint8Array, start: number, end: number) => string = showText) {
    const n = keys.length / 2;
    this.keys = keys;
    this.show = show;
    const capacity = 2 ** Math.max(4, Math.ceil(Math.log2((n + 1) / 0.5)));
    this.mask = capacity - 1;
    this.index = new Int32Array(capacity).fill(-1);
    for (let k = 0; k < n; k++) {
      let i = this.home(keys[k * 2] as number, keys[k * 2 + 1] as number);
      while (this.index[i] !== -1) i = (i + 1) & this.mask;
      this.index[i] = k;
    }
    this.firstStart = new Int32Array(n);
    this.firstLength = new Int32Array(n).fill(-1);
    this.sameAsFirst = new Float64Array(n);
  }

  private home(h1: number, h2: number): number {
    return (Math.imul(h1, 0x9e3779b1) ^ h2) & this.mask;
  }

  private find(h1: number, h2: number): number {
    for (let i = this.home(h1, h2); ; i = (i + 1) & this.mask) {
      const k = this.index[i] as number;
      if (k === -1) return -1;
      if (this.keys[k * 2] === h1 && this.keys[k * 2 + 1] === h2) return k;
    }
  }

  /** Whether rows with this key are to be offered. */
  wants(h1: number, h2: number): boolean {
    return this.find(h1, h2) !== -1;
  }

  offer(h1: number, h2: number, bytes: Uint8Array, start: number, end: number, line: number): void {
    const k = this.find(h1, h2);
    if (k === -1) return;
    this.seen++;
    const length = end - start;
    let group: number | string = k;
    if (this.firstLength[k] === -1) {
      if (this.arenaUsed + length > this.arena.length) {
        const bigger = new Uint8Array(Math.max(this.arena.length * 2, this.arenaUsed + length));
        bigger.set(this.arena.subarray(0, this.arenaUsed));
        this.arena = bigger;
      }
      this.arena.set(bytes.subarray(start, end), this.arenaUsed);
      this.firstStart[k] = this.arenaUsed;
      this.firstLength[k] = length;
      this.arenaUsed += length;
      this.sameAsFirst[k] = 1;
    } else if (this.isFirst(k, bytes, start, end)) {
      this.sameAsFirst[k] = (this.sameAsFirst[k] as number) + 1;
    } else {
      group = `${k}:${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1', start, end)}`;
      this.others.set(group, (this.others.get(group) ?? 0) + 1);
    }
    if (this.rows.length < EXAMPLE_ROWS) this.rows.push({ line, group, value: this.show(bytes, start, end) });
  }

  private isFirst(k: number, bytes: Uint8Array, start: number, end: number): boolean {
    if (this.firstLength[k] !== end - start) return false;
    const arena = this.arena;
    const at = (this.firstStart[k] as number) - start;
    for (let j = start; j < end; j++) if (arena[at + j] !== bytes[j]) return false;
    return true;
  }

  /** Rows of repeated texts, distinct texts beyond one per key, and the first repeated rows. */
  result(): { duplicateRows: number; extraDistinct: number; examples: Example[] } {
    let duplicateRows = 0;
    for (const count of this.sameAsFirst) if (count >= 2) duplicateRows += count;
    for (const count of this.others.values()) if (count >= 2) duplicateRows += count;
    const countOf = (group: number | string) => (typeof group === 'number' ? (this.sameAsFirst[group] as number) : (this.others.get(group) ?? 0));
    const examples = this.rows.filter((row) => countOf(row.group) >= 2).map((row): Example => ({ value: row.value, line: row.line }));
    return { duplicateRows, extraDistinct: this.others.size, examples };
  }
}
