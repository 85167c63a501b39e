/**
 * The whole table's state during one pass: every column's accumulator, compound keys, and problems with the text
 * itself. A worker thread builds one of these for its byte range; the main thread merges them in file order.
 */

import { Tally, type TallyState } from './checks-state.ts';
import { type CellBlock, ColumnAccumulator, type ColumnAccumulatorState, type ColumnPlan } from './column.ts';
import { newProblems, PROBLEM_KINDS, type TextProblems } from './csv.ts';
import { fmix32, hashed, hashBytes } from './sketch/hash.ts';
import { KeyCounter, type KeyCounterState } from './sketch/key-counter.ts';

/** What the pass computes: plain data, sent as is to worker threads. */
export type TablePlan = {
  /** The data's columns in file order, each with its plan. */
  columns: ColumnPlan[];
  /** Compound keys that must be unique, as column indexes. */
  compoundKeys: number[][];
  maxDistinct: number;
};

export type TableState = {
  rows: number;
  columns: ColumnAccumulatorState[];
  compound: { keys: KeyCounterState; tally: TallyState }[];
  problems: Record<keyof TextProblems, TallyState>;
  /** Lines this part of the file spans (the next part's lines start after them). */
  lines: number;
};

const encoder = new TextEncoder();

export class TableAccumulator {
  readonly plan: TablePlan;
  rows = 0;
  lines = 0;
  readonly columns: ColumnAccumulator[];
  readonly compound: { columns: number[]; keys: KeyCounter; tally: Tally }[];
  problems: TextProblems = newProblems();

  constructor(plan: TablePlan, expectedRows = 0) {
    this.plan = plan;
    this.columns = plan.columns.map((column) => new ColumnAccumulator(column, expectedRows));
    this.compound = plan.compoundKeys.map((columns) => ({ columns, keys: new KeyCounter(plan.maxDistinct), tally: new Tally() }));
  }

  consumeBlock(block: CellBlock): void {
    this.rows += block.rows;
    for (let c = 0; c < this.columns.length; c++) (this.columns[c] as ColumnAccumulator).consumeBlock(block, c);
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
        const before = key.keys.add(h1, h2, line);
        if (before > 0) {
          const text = () => key.columns.map((c) => bytes.toString('utf8', starts[r * width + c] as number, ends[r * width + c] as number)).join(', ');
          if (before === 1) key.tally.note(key.keys.firstLine, text);
          key.tally.note(line, text);
        }
      }
    }
  }

  /** One record of JavaScript values (JSON Lines, Parquet), in the plan's column order. */
  addRecord(values: unknown[], line: number): void {
    this.rows++;
    for (let c = 0; c < this.columns.length; c++) (this.columns[c] as ColumnAccumulator).addValue(values[c], line);
    for (const key of this.compound) {
      let h1 = 0x12345679;
      let h2 = 0x7654321;
      const texts = key.columns.map((c) => {
        const value = values[c];
        return value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
      });
      for (const text of texts) {
        const bytes = encoder.encode(text);
        hashBytes(bytes, 0, bytes.length);
        h1 = fmix32(Math.imul(h1, 31) ^ hashed.h1);
        h2 = fmix32(Math.imul(h2, 37) ^ hashed.h2);
      }
      const before = key.keys.add(h1, h2, line);
      if (before === 1) key.tally.noteValue(key.keys.firstLine, texts.join(', '));
      if (before > 0) key.tally.noteValue(line, texts.join(', '));
    }
  }

  /**
   * Adds the state of the part of the file that follows this one. Returns the pairs of lines that hold the same
   * unique value on either side of the boundary, per column index (their values are read back by the caller).
   */
  merge(other: TableAccumulator): Map<number, { firstLine: number; otherLine: number }[]> {
    const offset = this.lines;
    const crossing = new Map<number, { firstLine: number; otherLine: number }[]>();
    this.columns.forEach((column, c) => {
      const pairs = column.merge(other.columns[c] as ColumnAccumulator, offset);
      if (pairs.length > 0) crossing.set(c, pairs);
    });
    this.compound.forEach((key, k) => {
      const theirs = other.compound[k];
      if (theirs === undefined) return;
      key.keys.merge(theirs.keys, offset, (firstLine, otherLine) => {
        key.tally.noteValue(firstLine, '(same key on both sides of a worker boundary)');
        key.tally.noteValue(otherLine, '(same key on both sides of a worker boundary)');
      });
      key.tally.merge(theirs.tally, offset);
    });
    for (const name of PROBLEM_KINDS) this.problems[name].merge(other.problems[name], offset);
    this.rows += other.rows;
    this.lines += other.lines;
    return crossing;
  }

  save(): TableState {
    return {
      rows: this.rows,
      lines: this.lines,
      columns: this.columns.map((column) => column.save()),
      compound: this.compound.map((key) => ({ keys: key.keys.save(), tally: key.tally.save() })),
      problems: Object.fromEntries(PROBLEM_KINDS.map((name) => [name, this.problems[name].save()])) as TableState['problems'],
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
      key.tally = Tally.load(saved.tally);
    });
    for (const name of PROBLEM_KINDS) table.problems[name] = Tally.load(state.problems[name]);
    return table;
  }
}
