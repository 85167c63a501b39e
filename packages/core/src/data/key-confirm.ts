/**
 * Exact key counts from every part of the file, once the pass is over (scan.ts calls `settleKeys`).
 *
 * Numeric keys are the numbers themselves (hashNumber is a bijection): their counts are exact as counted, and an
 * example's value is read back from its key. A text key is a 64-bit hash, and two texts may share one. That can
 * only make values look repeated, never hide a repeat, so a text key counted once is a unique value, and only keys
 * counted more than once are confirmed: either the column's few values were all compared as text during the pass
 * (FrequentItems with `verify`), or the file is read again for the rows holding those keys, and their text is
 * grouped exactly. Either way a collision changes neither a count nor a verdict. The second read happens when a
 * text column or compound key really has repeated values (a failing `unique`) or has more than 1024 distinct values
 * under a `distinct` check; it holds about `roundKeys` repeated keys (at most twice as many) and their texts at a
 * time, one reading each.
 */

import { type Example, type ExampleValue, MAX_EXAMPLES } from './checks-state.ts';
import type { ColumnAccumulator, KeyCount } from './column.ts';
import { unhashNumber } from './sketch/hash.ts';
import { FirstLines, GROUP_ENTRIES, type KeyCounter, KeyCountPass } from './sketch/key-counter.ts';
import type { TableAccumulator } from './table.ts';
import { formatTypedValue } from './values.ts';

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

/** Reads the whole file again, offering the given columns' and compound keys' text to their confirmers. */
export type Rescan = (columns: Map<number, KeyConfirmer>, compound: Map<number, KeyConfirmer>) => Promise<void>;

/** Thrown when the file read again does not hold the rows the pass counted. */
export class ChangedFileError extends Error {
  constructor() {
    super('the data file changed while it was being validated (a second reading found other rows); validate it again once it is written');
    this.name = 'ChangedFileError';
  }
}

type Pending = {
  counter: KeyCounter;
  distinct: number;
  maxDistinct: number;
  set: (count: KeyCount) => void;
  column?: number;
  compound?: number;
  show?: (bytes: Uint8Array, start: number, end: number) => string;
  keys: number[];
  expectedRows: number;
  duplicateRows: number;
  extraDistinct: number;
  examples: Example[];
};

function shownNumber(column: ColumnAccumulator, h1: number, h2: number): ExampleValue {
  const value = unhashNumber(h1, h2);
  return column.plan.type === 'boolean' ? value === 1 : formatTypedValue(column.plan.type, value);
}

function firstExamples(lines: FirstLines, value: (h1: number, h2: number) => ExampleValue): Example[] {
  return lines.lines.map(({ line, h1, h2 }) => ({ value: value(h1, h2), line }));
}

/**
 * Counts every exact key counter of a merged table (and of the parts merged into it) and sets each column's and
 * compound key's `KeyCount`. `rescan` reads the file again, for text keys that need confirming.
 */
export async function settleKeys(table: TableAccumulator, rescan: Rescan, roundKeys: number): Promise<void> {
  const pending: Pending[] = [];
  const validUtf8 = table.problems.utf8.unexpected === 0;
  table.columns.forEach((column, c) => {
    const counter = column.keys;
    if (counter === null) return;
    const maxDistinct = column.plan.maxDistinct;
    const set = (count: KeyCount) => {
      column.keyCount = count;
    };
    if (column.plan.type !== 'string') {
      const pass = new KeyCountPass(counter).run();
      set({ distinct: pass.distinct, duplicateRows: pass.duplicateRows, examples: firstExamples(pass.firstLines, (h1, h2) => shownNumber(column, h1, h2)), overflowed: pass.distinct > maxDistinct });
      return;
    }
    const frequent = column.frequent;
    // Every distinct text was kept and compared as text (and survived merging as it was): one key per text.
    if (frequent !== null && frequent.verify && frequent.offset === 0 && !frequent.collided && validUtf8) {
      const pass = new KeyCountPass(counter).run();
      set({ distinct: pass.distinct, duplicateRows: pass.duplicateRows, examples: firstExamples(pass.firstLines, (h1, h2) => frequent.textOf(h1, h2) ?? null), overflowed: pass.distinct > maxDistinct });
      return;
    }
    pending.push({ counter, distinct: 0, maxDistinct, set, column: c, keys: [], expectedRows: 0, duplicateRows: 0, extraDistinct: 0, examples: [] });
  });
  table.compound.forEach((key, k) => {
    pending.push({
      counter: key.keys,
      distinct: 0,
      maxDistinct: table.plan.maxDistinct,
      set: (count) => {
        key.count = count;
      },
      compound: k,
      show: showTuple,
      keys: [],
      expectedRows: 0,
      duplicateRows: 0,
      extraDistinct: 0,
      examples: [],
    });
  });

  let held = 0;
  const confirm = async () => {
    const columns = new Map<number, KeyConfirmer>();
    const compound = new Map<number, KeyConfirmer>();
    const confirmers = new Map<Pending, KeyConfirmer>();
    for (const entry of pending) {
      if (entry.keys.length === 0) continue;
      const confirmer = new KeyConfirmer(Int32Array.from(entry.keys), entry.show);
      confirmers.set(entry, confirmer);
      if (entry.column !== undefined) columns.set(entry.column, confirmer);
      if (entry.compound !== undefined) compound.set(entry.compound, confirmer);
    }
    await rescan(columns, compound);
    for (const [entry, confirmer] of confirmers) {
      if (confirmer.seen !== entry.expectedRows) throw new ChangedFileError();
      const result = confirmer.result();
      entry.duplicateRows += result.duplicateRows;
      entry.extraDistinct += result.extraDistinct;
      entry.examples = [...entry.examples, ...result.examples].sort((a, b) => a.line - b.line).slice(0, MAX_EXAMPLES);
      entry.keys = [];
      entry.expectedRows = 0;
    }
    held = 0;
  };
  for (const entry of pending) {
    const onRepeated = (h1: number, h2: number, count: number) => {
      entry.keys.push(h1, h2);
      entry.expectedRows += count;
      held++;
    };
    // One pass at a time: each holds a group's entries and counts (a few MB). Groups no larger than a round keep
    // the keys held for one reading near `roundKeys`.
    const pass = new KeyCountPass(entry.counter, Math.min(GROUP_ENTRIES, roundKeys));
    while (pass.next(onRepeated)) if (held >= roundKeys) await confirm();
    entry.distinct = pass.distinct;
  }
  if (held > 0) await confirm();
  for (const entry of pending) {
    const distinct = entry.distinct + entry.extraDistinct;
    entry.set({ distinct, duplicateRows: entry.duplicateRows, examples: entry.examples, overflowed: distinct > entry.maxDistinct });
  }
}
