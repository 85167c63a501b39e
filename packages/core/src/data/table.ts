/**
 * The whole table's state during one pass: every column's accumulator, compound keys, and problems with the text
 * itself. A worker thread builds one of these for its byte range; the main thread merges them in file order.
 */

import { join } from 'node:path';
import { Tally, type TallyState } from './checks-state.ts';
import { ColumnAccumulator, type ColumnAccumulatorState, type ColumnPlan } from './column.ts';
import { type KeyConfirmer, type KeyCount, tupleBytes } from './key-count.ts';
import { QualityAccumulator, type QualityPlan, type QualityState } from './quality.ts';
import { type CellBlock, newProblems, PROBLEM_KINDS, type TextProblems } from './records.ts';
import { fmix32, hashed, hashBytes } from './sketch/hash.ts';
import { KeyCounter, type KeyCounterOptions, type KeyCounterState, MIN_KEY_BITS, SLOT_BYTES } from './sketch/key-counter.ts';

/** What the pass computes: plain data, sent as is to worker threads. */
export type TablePlan = {
  /** The data's columns in file order, each with its plan. */
  columns: ColumnPlan[];
  /** Compound keys that must be unique, as column indexes. */
  compoundKeys: number[][];
  maxDistinct: number;
  /** A model's target and prediction columns, counted together for its live quality (monitor). */
  quality?: QualityPlan;
};

/**
 * Memory for exact key counts, per thread and shared by the columns and compound keys that need them. A table that
 * reaches its share spills to a file in `dir` (named after `tag`, one per thread) and starts again.
 */
export const KEY_MEMORY_BYTES = 2 << 20;

export type KeySpill = { dir: string; tag: string; memory: number };

export type TableState = {
  rows: number;
  columns: ColumnAccumulatorState[];
  compound: { keys: KeyCounterState }[];
  problems: Record<keyof TextProblems, TallyState>;
  /** Lines this part of the file spans (the next part's lines start after them). */
  lines: number;
  quality?: QualityState;
};

const encoder = new TextEncoder();

export class TableAccumulator {
  readonly plan: TablePlan;
  rows = 0;
  lines = 0;
  readonly columns: ColumnAccumulator[];
  readonly compound: { columns: number[]; keys: KeyCounter; count: KeyCount | null; confirmer: KeyConfirmer | null }[];
  problems: TextProblems = newProblems();
  quality: QualityAccumulator | null;
  /** A confirming pass (data/key-confirm.ts) reads only these columns. */
  private only: number[] | null = null;

  /**
   * `expectedRows` sizes the exact key counters up front (within their memory); `spill` says where they spill. Without
   * it they grow in memory as they must (a part of the file loaded from a worker's state, tests).
   */
  constructor(plan: TablePlan, expectedRows = 0, spill?: KeySpill) {
    this.plan = plan;
    const counters = plan.columns.filter((column) => column.exactKeys).length + plan.compoundKeys.length;
    const maxBits = Math.max(MIN_KEY_BITS, Math.floor(Math.log2((spill?.memory ?? KEY_MEMORY_BYTES) / SLOT_BYTES / Math.max(1, counters))));
    const keys = (name: string): KeyCounterOptions =>
      spill === undefined ? { maxBits: 30 } : { maxBits, spillPath: join(spill.dir, `${spill.tag}-${name}.keys`), expected: expectedRows };
    this.columns = plan.columns.map((column, c) => new ColumnAccumulator(column, keys(String(c))));
    this.compound = plan.compoundKeys.map((columns, k) => ({ columns, keys: new KeyCounter(keys(`k${k}`)), count: null, confirmer: null }));
    this.quality = plan.quality === undefined ? null : new QualityAccumulator(plan.quality);
  }

  /** A table for a confirming pass: only the columns and compound keys given a confirmer read anything. */
  static confirming(plan: TablePlan, columns: Map<number, KeyConfirmer>, compound: Map<number, KeyConfirmer>): TableAccumulator {
    const { quality: _quality, ...rest } = plan;
    const table = new TableAccumulator({ ...rest, columns: plan.columns.map((column) => ({ ...column, exactKeys: false })), compoundKeys: [] });
    table.only = [...columns.keys()];
    for (const [c, confirmer] of columns) (table.columns[c] as ColumnAccumulator).confirmer = confirmer;
    for (const [k, confirmer] of compound) table.compound.push({ columns: plan.compoundKeys[k] as number[], keys: new KeyCounter({ maxBits: MIN_KEY_BITS }), count: null, confirmer });
    return table;
  }

  /** The pass is over; `toFile`: key tables that spilled before go to their files too (see KeyCounter.finishPass). */
  finishPass(toFile: boolean): void {
    for (const column of this.columns) column.keys?.finishPass(toFile);
    for (const key of this.compound) key.keys.finishPass(toFile);
  }

  consumeBlock(block: CellBlock): void {
    this.rows += block.rows;
    this.quality?.consumeBlock(block);
    if (this.only === null) for (let c = 0; c < this.columns.length; c++) (this.columns[c] as ColumnAccumulator).consumeBlock(block, c);
    else for (const c of this.only) (this.columns[c] as ColumnAccumulator).consumeBlock(block, c);
    for (const key of this.compound) {
      const { starts, ends, lines, width, bytes } = block;
      for (let r = 0; r < block.rows; r++) {
        let h1 = 0x12345679;
        let h2 = 0x7654321;
        for (const c of key.columns) {
          const i = r * width + c;
          hashBytes(bytes, starts[i] as number, ends[i] as number);
          h1 = fmix32(Math.imul(h1, 31) ^ hashed.h1);
          h2 = fmix32(Math.imul(h2, 37) ^ hashed.h2);
        }
        const line = lines[r] as number;
        if (key.confirmer === null) key.keys.add(h1, h2, line);
        else if (key.confirmer.wants(h1, h2)) {
          const tuple = tupleBytes(key.columns.map((c) => bytes.subarray(starts[r * width + c] as number, ends[r * width + c] as number)));
          key.confirmer.offer(h1, h2, tuple, 0, tuple.length, line);
        }
      }
    }
  }

  /** One record of JavaScript values (JSON Lines, Parquet), in the plan's column order. */
  addRecord(values: unknown[], line: number): void {
    this.rows++;
    this.quality?.addRecord(values);
    if (this.only === null) for (let c = 0; c < this.columns.length; c++) (this.columns[c] as ColumnAccumulator).addValue(values[c], line);
    else for (const c of this.only) (this.columns[c] as ColumnAccumulator).addValue(values[c], line);
    for (const key of this.compound) {
      let h1 = 0x12345679;
      let h2 = 0x7654321;
      const texts = key.columns.map((c) => {
        const value = values[c];
        return value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
      });
      const parts = texts.map((text) => encoder.encode(text));
      for (const bytes of parts) {
        hashBytes(bytes, 0, bytes.length);
        h1 = fmix32(Math.imul(h1, 31) ^ hashed.h1);
        h2 = fmix32(Math.imul(h2, 37) ^ hashed.h2);
      }
      if (key.confirmer === null) key.keys.add(h1, h2, line);
      else if (key.confirmer.wants(h1, h2)) {
        const tuple = tupleBytes(parts);
        key.confirmer.offer(h1, h2, tuple, 0, tuple.length, line);
      }
    }
  }

  /** Adds the state of the part of the file that follows this one. */
  merge(other: TableAccumulator): void {
    const offset = this.lines;
    this.columns.forEach((column, c) => column.merge(other.columns[c] as ColumnAccumulator, offset));
    this.compound.forEach((key, k) => {
      const theirs = other.compound[k];
      if (theirs !== undefined) key.keys.merge(theirs.keys, offset);
    });
    for (const name of PROBLEM_KINDS) this.problems[name].merge(other.problems[name], offset);
    if (this.quality !== null && other.quality !== null) this.quality.merge(other.quality);
    this.rows += other.rows;
    this.lines += other.lines;
  }

  save(): TableState {
    return {
      rows: this.rows,
      lines: this.lines,
      columns: this.columns.map((column) => column.save()),
      compound: this.compound.map((key) => ({ keys: key.keys.save() })),
      problems: Object.fromEntries(PROBLEM_KINDS.map((name) => [name, this.problems[name].save()])) as TableState['problems'],
      ...(this.quality === null ? {} : { quality: this.quality.save() }),
    };
  }

  static load(plan: TablePlan, state: TableState): TableAccumulator {
    const table = new TableAccumulator(plan);
    table.rows = state.rows;
    table.lines = state.lines;
    state.columns.forEach((saved, c) => {
      table.columns[c] = ColumnAccumulator.load(plan.columns[c] as ColumnPlan, saved);
    });
    state.compound.forEach((saved, k) => {
      const key = table.compound[k];
      if (key === undefined) return;
      key.keys = KeyCounter.load(saved.keys);
    });
    for (const name of PROBLEM_KINDS) table.problems[name] = Tally.load(state.problems[name]);
    if (plan.quality !== undefined && state.quality !== undefined) table.quality = QualityAccumulator.load(plan.quality, state.quality);
    return table;
  }
}
