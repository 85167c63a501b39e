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
import type { ColumnAccumulator } from './column.ts';
import { KeyConfirmer, type KeyCount, showTuple } from './key-count.ts';
import { unhashNumber } from './sketch/hash.ts';
import { FirstLines, GROUP_ENTRIES, type KeyCounter, KeyCountPass } from './sketch/key-counter.ts';
import type { TableAccumulator } from './table.ts';
import { formatTypedValue } from './values.ts';

// The confirmer lives in the leaf key-count.ts, which the accumulators import; confirming is still read from here.
export { KeyConfirmer, showTuple, tupleBytes } from './key-count.ts';

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
