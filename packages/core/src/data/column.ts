/**
 * One column's profile and per-value checks, fed cell by cell in one pass: from the CSV reader as byte ranges of a
 * block of rows (no string per cell unless a check needs the text), or from JSON Lines and Parquet as JavaScript
 * values. Every piece of state merges with the same column's state from another part of the file, so workers can
 * each take a byte range.
 */

import { Tally, type ExampleValue, type TallyState } from './checks-state.ts';
import { compileDateFormat } from './date-format.ts';
import { compilePattern, type Pattern } from './pattern.ts';
import type { KeyConfirmer, KeyCount } from './key-count.ts';
import type { CellBlock } from './records.ts';
import { FrequentItems, type FrequentState } from './sketch/frequent.ts';
import { hashed, hashBytes, hashNumber, hashText } from './sketch/hash.ts';
import { HyperLogLog } from './sketch/hll.ts';
import { KeyCounter, type KeyCounterOptions, type KeyCounterState, KeySet } from './sketch/key-counter.ts';
import { KllSketch, type KllState } from './sketch/kll.ts';
import {
  type ColumnType,
  formatTypedValue,
  infinitySign,
  isNanToken,
  lastNumber,
  parseBooleanBytes,
  parseDateBytes,
  parseDatetimeBytes,
  parseIntegerBytes,
  parseNumberBytes,
  utf8Length,
} from './values.ts';

/** What to compute for one column: plain data, so it travels to worker threads unchanged. */
export type ColumnPlan = {
  name: string;
  type: ColumnType;
  /** The schema named the type, so values of another type fail the `type` check. */
  declared: boolean;
  /** Spellings of a missing value besides the empty cell (schema `null-values`). */
  nullValues: string[];
  notNull?: { mostly: number };
  mostly: number;
  between?: { min?: number; max?: number };
  in?: (string | number | boolean)[];
  notIn?: (string | number | boolean)[];
  regex?: string;
  format?: string;
  length?: { min?: number; max?: number };
  /** Keep exact counts per value (unique and distinct checks). */
  exactKeys: boolean;
  finite: boolean;
  increasing?: { strict: boolean };
  decreasing?: { strict: boolean };
  /** Sorted finite values of a small reference (<= 1000 rows): the current data is counted at them for an exact KS. */
  referencePoints?: number[];
  maxDistinct: number;
  kllK: number;
  frequentCapacity: number;
};

const NUMERIC = 0;
const TEXT = 1;
const BOOLEAN = 2;

const P_INTEGER = 0;
const P_NUMBER = 1;
const P_DATE = 2;
const P_DATETIME = 3;
/** A column whose type was not declared and sniffed as numeric: every decimal is accepted, integer-ness recorded. */
const P_SNIFFED = 4;

const encoder = new TextEncoder();
/**
 * Results of the regex per recent text value (direct-mapped by hash): repeated values are tested once. 2^16 slots
 * (576 KiB, only in a column with a regex) keep about 70% of the values of a column with 50,000 distinct ones.
 */
const REGEX_CACHE = 1 << 16;

function keySet(values: (string | number | boolean)[], type: ColumnType): KeySet {
  const set = new KeySet(values.length);
  for (const value of values) {
    if (type === 'string') hashText(String(value));
    else if (type === 'boolean') hashNumber(value === true || value === 'true' ? 1 : value === false || value === 'false' ? 0 : Number(value));
    else if (typeof value === 'number') hashNumber(value);
    else {
      const parsed = typeof value === 'string' && (type === 'date' || type === 'datetime') ? parseDatePlain(type, value) : Number(value);
      hashNumber(parsed);
    }
    set.add(hashed.h1, hashed.h2);
  }
  return set;
}

function parseDatePlain(type: ColumnType, text: string): number {
  const bytes = encoder.encode(text);
  return type === 'date' ? parseDateBytes(bytes, 0, bytes.length) : parseDatetimeBytes(bytes, 0, bytes.length);
}

type OrderState = { strict: boolean; tally: Tally; first: number; firstLine: number; last: number; lastLine: number; seen: boolean };

function newOrder(strict: boolean): OrderState {
  return { strict, tally: new Tally(), first: Number.NaN, firstLine: 0, last: Number.NaN, lastLine: 0, seen: false };
}

export type ColumnAccumulatorState = {
  rows: number;
  nulls: number;
  invalid: number;
  n: number;
  mean: number;
  m2: number;
  sum: number;
  min: number;
  max: number;
  nan: number;
  positiveInfinity: number;
  negativeInfinity: number;
  fraction: boolean;
  trues: number;
  minLength: number;
  maxLength: number;
  sumLength: number;
  kll: KllState | null;
  hll: Uint8Array;
  frequent: FrequentState | null;
  frequentCollided: boolean;
  keys: KeyCounterState | null;
  tallies: Record<string, TallyState>;
  orders: Record<string, Omit<OrderState, 'tally'> & { tally: TallyState }>;
  referenceBelow: Float64Array | null;
  referenceAt: Float64Array | null;
  sample: number[];
};

export class ColumnAccumulator {
  readonly plan: ColumnPlan;
  private readonly kind: number;
  private readonly parser: number;
  rows = 0;
  nulls = 0;
  invalid = 0;
  // numeric
  n = 0;
  mean = 0;
  m2 = 0;
  sum = 0;
  min = Number.POSITIVE_INFINITY;
  max = Number.NEGATIVE_INFINITY;
  nan = 0;
  positiveInfinity = 0;
  negativeInfinity = 0;
  fraction = false;
  kll: KllSketch | null;
  // boolean
  trues = 0;
  // text
  minLength = Number.POSITIVE_INFINITY;
  maxLength = 0;
  sumLength = 0;
  hll = new HyperLogLog();
  frequent: FrequentItems | null;
  keys: KeyCounter | null;
  /** Set once all parts of the file are counted (data/key-confirm.ts). */
  keyCount: KeyCount | null = null;
  /** In a confirming pass (data/key-confirm.ts), text goes only here. */
  confirmer: KeyConfirmer | null = null;
  /** The first 1000 finite values: a small reference keeps its exact values for KS and chi-square. */
  sample: number[] = [];
  // checks
  readonly typeTally = new Tally();
  readonly nullTally = new Tally();
  readonly betweenTally = new Tally();
  readonly inTally = new Tally();
  readonly notInTally = new Tally();
  readonly regexTally = new Tally();
  readonly formatTally = new Tally();
  readonly lengthTally = new Tally();
  readonly finiteTally = new Tally();
  increasing: OrderState | null;
  decreasing: OrderState | null;
  referencePoints: Float64Array | null;
  referenceBelow: Float64Array | null;
  referenceAt: Float64Array | null;
  private readonly low: number;
  private readonly high: number;
  private readonly inSet: KeySet | null;
  private readonly notInSet: KeySet | null;
  private readonly regex: Pattern | null;
  private readonly formatTest: ((text: string) => boolean) | null;
  private readonly minLen: number;
  private readonly maxLen: number;
  private readonly textChecks: boolean;
  private readonly nullTokens: Uint8Array[];
  /** h1, h2 of the value in each slot of the regex cache, and 1 + its result (0: an empty slot). */
  private readonly regexCacheKeys: Int32Array;
  private readonly regexCacheResult: Uint8Array;
  private scratch = Buffer.alloc(256);

  /** `keys` bounds the exact key counter's memory and says where it spills (and how many keys to expect). */
  constructor(plan: ColumnPlan, keys: KeyCounterOptions = { maxBits: 30 }) {
    this.plan = plan;
    const type = plan.type;
    this.kind = type === 'string' ? TEXT : type === 'boolean' ? BOOLEAN : NUMERIC;
    this.parser = !plan.declared && (type === 'integer' || type === 'number') ? P_SNIFFED : type === 'integer' ? P_INTEGER : type === 'number' ? P_NUMBER : type === 'date' ? P_DATE : P_DATETIME;
    this.kll = this.kind === NUMERIC ? new KllSketch(plan.kllK) : null;
    // A text column counted exactly has its few values compared as text, so that it needs no confirming pass.
    this.frequent = this.kind === BOOLEAN ? null : new FrequentItems(this.kind === TEXT, plan.frequentCapacity, this.kind === TEXT && plan.exactKeys);
    this.keys = plan.exactKeys ? new KeyCounter(keys) : null;
    this.low = plan.between?.min ?? Number.NEGATIVE_INFINITY;
    this.high = plan.between?.max ?? Number.POSITIVE_INFINITY;
    this.inSet = plan.in === undefined ? null : keySet(plan.in, type);
    this.notInSet = plan.notIn === undefined ? null : keySet(plan.notIn, type);
    this.regex = plan.regex === undefined ? null : compilePattern(plan.regex);
    this.formatTest = plan.format === undefined ? null : compileDateFormat(plan.format);
    this.minLen = plan.length?.min ?? 0;
    this.maxLen = plan.length?.max ?? Number.POSITIVE_INFINITY;
    this.textChecks = this.regex !== null || this.formatTest !== null || plan.length !== undefined;
    this.nullTokens = plan.nullValues.filter((token) => token !== '').map((token) => encoder.encode(token));
    this.increasing = plan.increasing === undefined ? null : newOrder(plan.increasing.strict);
    this.decreasing = plan.decreasing === undefined ? null : newOrder(plan.decreasing.strict);
    this.referencePoints = plan.referencePoints === undefined ? null : Float64Array.from(plan.referencePoints);
    this.referenceBelow = this.referencePoints === null ? null : new Float64Array(this.referencePoints.length + 1);
    this.referenceAt = this.referencePoints === null ? null : new Float64Array(this.referencePoints.length);
    this.regexCacheKeys = new Int32Array(this.regex === null ? 0 : REGEX_CACHE * 2);
    this.regexCacheResult = new Uint8Array(this.regex === null ? 0 : REGEX_CACHE);
  }

  private isNullToken(bytes: Uint8Array, start: number, end: number): boolean {
    const length = end - start;
    for (const token of this.nullTokens) {
      if (token.length !== length) continue;
      let same = true;
      for (let i = 0; i < length; i++) {
        if (token[i] !== bytes[start + i]) {
          same = false;
          break;
        }
      }
      if (same) return true;
    }
    return false;
  }

  /**
   * Consumes this column's cells of a CSV block. Numbers and text each have their own loop: one loop shared by every
   * column mixes their types' code, and the compiler then inlines less of each.
   */
  consumeBlock(block: CellBlock, column: number): void {
    if (this.kind === NUMERIC) this.consumeNumbers(block, column);
    else if (this.kind === TEXT) this.consumeTexts(block, column);
    else this.consumeCells(block, column);
  }

  private consumeNumbers(block: CellBlock, column: number): void {
    const { starts, ends, escaped, lines, rows, width } = block;
    const checkNullTokens = this.nullTokens.length > 0;
    const parser = this.parser;
    let bytes = block.bytes;
    for (let r = 0, i = column; r < rows; r++, i += width) {
      let start = starts[i] as number;
      let end = ends[i] as number;
      const line = lines[r] as number;
      if (escaped[i] === 1) {
        end = this.unescape(block.bytes, start, end);
        start = 0;
        bytes = this.scratch;
      } else bytes = block.bytes;
      if (start === end || (checkNullTokens && this.isNullToken(bytes, start, end))) {
        this.addNull(line);
        continue;
      }
      let value: number;
      if (parser === P_INTEGER) value = parseIntegerBytes(bytes, start, end);
      else if (parser === P_DATE) value = parseDateBytes(bytes, start, end);
      else if (parser === P_DATETIME) value = parseDatetimeBytes(bytes, start, end);
      else {
        value = parseNumberBytes(bytes, start, end);
        if (value === value && lastNumber.fraction) this.fraction = true;
      }
      // Not a plain number of the type (NaN, infinity or invalid): the general path reads it again.
      if (value !== value) this.addCell(bytes, start, end, line);
      else this.addNumber(value, line, bytes, start, end);
    }
  }

  private consumeTexts(block: CellBlock, column: number): void {
    const { starts, ends, escaped, lines, rows, width } = block;
    const checkNullTokens = this.nullTokens.length > 0;
    let bytes = block.bytes;
    for (let r = 0, i = column; r < rows; r++, i += width) {
      let start = starts[i] as number;
      let end = ends[i] as number;
      const line = lines[r] as number;
      if (escaped[i] === 1) {
        end = this.unescape(block.bytes, start, end);
        start = 0;
        bytes = this.scratch;
      } else bytes = block.bytes;
      if (start === end || (checkNullTokens && this.isNullToken(bytes, start, end))) {
        this.addNull(line);
        continue;
      }
      this.addText(bytes, start, end, line);
    }
  }

  private consumeCells(block: CellBlock, column: number): void {
    const { starts, ends, escaped, lines, rows, width } = block;
    const checkNullTokens = this.nullTokens.length > 0;
    let bytes = block.bytes;
    for (let r = 0, i = column; r < rows; r++, i += width) {
      let start = starts[i] as number;
      let end = ends[i] as number;
      const line = lines[r] as number;
      if (escaped[i] === 1) {
        end = this.unescape(block.bytes, start, end);
        start = 0;
        bytes = this.scratch;
      } else bytes = block.bytes;
      if (start === end || (checkNullTokens && this.isNullToken(bytes, start, end))) {
        this.addNull(line);
        continue;
      }
      this.addCell(bytes, start, end, line);
    }
  }

  /** Copies a quoted cell's content with each doubled quote made single into the scratch buffer; returns its length. */
  private unescape(bytes: Buffer, start: number, end: number): number {
    if (this.scratch.length < end - start) this.scratch = Buffer.alloc((end - start) * 2);
    let out = 0;
    for (let i = start; i < end; i++) {
      const c = bytes[i] as number;
      this.scratch[out++] = c;
      if (c === 34 && bytes[i + 1] === 34) i++;
    }
    return out;
  }

  addNull(line: number): void {
    this.rows++;
    this.nulls++;
    if (this.plan.notNull !== undefined) this.nullTally.noteValue(line, null);
  }

  /** One non-empty cell as bytes (CSV, or text from JSON/Parquet encoded to bytes). */
  addCell(bytes: Buffer, start: number, end: number, line: number): void {
    const kind = this.kind;
    if (kind === NUMERIC) {
      let value: number;
      switch (this.parser) {
        case P_INTEGER:
          value = parseIntegerBytes(bytes, start, end);
          break;
        case P_DATE:
          value = parseDateBytes(bytes, start, end);
          break;
        case P_DATETIME:
          value = parseDatetimeBytes(bytes, start, end);
          break;
        default:
          value = parseNumberBytes(bytes, start, end);
          if (value === value && lastNumber.fraction) this.fraction = true;
      }
      if (value !== value) {
        if (this.parser === P_NUMBER || this.parser === P_SNIFFED) {
          if (isNanToken(bytes, start, end)) {
            this.addNumber(Number.NaN, line, bytes, start, end);
            return;
          }
          const sign = infinitySign(bytes, start, end);
          if (sign !== 0) {
            this.addNumber(sign * Number.POSITIVE_INFINITY, line, bytes, start, end);
            return;
          }
        }
        this.addInvalid(line, bytes, start, end);
        return;
      }
      this.addNumber(value, line, bytes, start, end);
    } else if (kind === TEXT) {
      this.addText(bytes, start, end, line);
    } else {
      const value = parseBooleanBytes(bytes, start, end);
      if (value !== value) this.addInvalid(line, bytes, start, end);
      else this.addBoolean(value, line, bytes, start, end);
    }
  }

  addInvalid(line: number, bytes: Buffer, start: number, end: number): void {
    this.rows++;
    this.invalid++;
    this.typeTally.note(line, () => bytes.toString('utf8', start, end));
  }

  addNumber(value: number, line: number, bytes: Buffer | null, start: number, end: number): void {
    this.rows++;
    if (value !== value) {
      this.nan++;
      if (this.plan.finite) this.finiteTally.noteValue(line, 'NaN');
      if (this.textChecks && bytes !== null) this.checkText(bytes, start, end, line);
      return;
    }
    if (value === Number.POSITIVE_INFINITY || value === Number.NEGATIVE_INFINITY) {
      if (value > 0) this.positiveInfinity++;
      else this.negativeInfinity++;
      if (this.plan.finite) this.finiteTally.noteValue(line, value > 0 ? 'Infinity' : '-Infinity');
    } else {
      const n = ++this.n;
      const delta = value - this.mean;
      this.mean += delta / n;
      this.m2 += delta * (value - this.mean);
      this.sum += value;
      if (value < this.min) this.min = value;
      if (value > this.max) this.max = value;
      (this.kll as KllSketch).update(value);
      if (this.sample.length < 1000) this.sample.push(value);
      if (this.referencePoints !== null) this.countAtReference(value);
    }
    hashNumber(value);
    const h1 = hashed.h1;
    const h2 = hashed.h2;
    this.hll.add(h1);
    const frequent = this.frequent;
    if (frequent !== null) {
      frequent.addNumber(h1, h2, value);
      // Frequent values of a continuous column say nothing; stop paying for them once it has many.
      if (frequent.offset > 0) this.frequent = null;
    }
    if (value < this.low || value > this.high) this.betweenTally.noteValue(line, formatTypedValue(this.plan.type, value));
    if (this.inSet !== null && !this.inSet.has(h1, h2)) this.inTally.noteValue(line, formatTypedValue(this.plan.type, value));
    if (this.notInSet !== null && this.notInSet.has(h1, h2)) this.notInTally.noteValue(line, formatTypedValue(this.plan.type, value));
    if (this.keys !== null) this.keys.add(h1, h2, line);
    if (this.increasing !== null) this.order(this.increasing, value, line, 1);
    if (this.decreasing !== null) this.order(this.decreasing, value, line, -1);
    if (this.textChecks && bytes !== null) this.checkText(bytes, start, end, line);
  }

  private countAtReference(value: number): void {
    const points = this.referencePoints as Float64Array;
    let low = 0;
    let high = points.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((points[middle] as number) < value) low = middle + 1;
      else high = middle;
    }
    if (low < points.length && points[low] === value) {
      const at = this.referenceAt as Float64Array;
      at[low] = (at[low] as number) + 1;
    } else {
      const below = this.referenceBelow as Float64Array;
      below[low] = (below[low] as number) + 1;
    }
  }

  private order(state: OrderState, value: number, line: number, direction: number): void {
    if (state.seen) {
      const step = (value - state.last) * direction;
      if (step < 0 || (state.strict && step === 0)) state.tally.noteValue(line, formatTypedValue(this.plan.type, value));
    } else {
      state.seen = true;
      state.first = value;
      state.firstLine = line;
    }
    state.last = value;
    state.lastLine = line;
  }

  addBoolean(value: number, line: number, bytes: Buffer | null, start: number, end: number): void {
    this.rows++;
    this.n++;
    this.trues += value;
    hashNumber(value);
    const h1 = hashed.h1;
    const h2 = hashed.h2;
    this.hll.add(h1);
    if (this.inSet !== null && !this.inSet.has(h1, h2)) this.inTally.noteValue(line, value === 1);
    if (this.notInSet !== null && this.notInSet.has(h1, h2)) this.notInTally.noteValue(line, value === 1);
    if (this.keys !== null) this.keys.add(h1, h2, line);
    if (this.textChecks && bytes !== null) this.checkText(bytes, start, end, line);
  }

  addText(bytes: Buffer, start: number, end: number, line: number): void {
    this.rows++;
    this.n++;
    hashBytes(bytes, start, end);
    if (this.confirmer !== null) {
      this.confirmer.offer(hashed.h1, hashed.h2, bytes, start, end, line);
      return;
    }
    const h1 = hashed.h1;
    const h2 = hashed.h2;
    const length = hashed.chars;
    this.hll.add(h1);
    (this.frequent as FrequentItems).addBytes(h1, h2, bytes, start, end);
    if (length < this.minLength) this.minLength = length;
    if (length > this.maxLength) this.maxLength = length;
    this.sumLength += length;
    if (this.inSet !== null && !this.inSet.has(h1, h2)) this.inTally.note(line, () => bytes.toString('utf8', start, end));
    if (this.notInSet !== null && this.notInSet.has(h1, h2)) this.notInTally.note(line, () => bytes.toString('utf8', start, end));
    if (this.keys !== null) this.keys.add(h1, h2, line);
    if (this.textChecks) this.checkText(bytes, start, end, line, h1, h2, length);
  }

  /** regex, format and length look at the text as written, whatever the column's type. */
  private checkText(bytes: Buffer, start: number, end: number, line: number, h1?: number, h2?: number, length?: number): void {
    const regex = this.regex;
    if (regex !== null) {
      let ok: boolean;
      if (h1 !== undefined && h2 !== undefined) {
        // Repeated values (most categorical columns) are tested once.
        const slot = h1 & (REGEX_CACHE - 1);
        const keys = this.regexCacheKeys;
        const cached = this.regexCacheResult[slot] as number;
        if (cached !== 0 && keys[slot * 2] === h1 && keys[slot * 2 + 1] === h2) ok = cached === 2;
        else {
          ok = regex.test(bytes.toString('utf8', start, end));
          keys[slot * 2] = h1;
          keys[slot * 2 + 1] = h2;
          this.regexCacheResult[slot] = ok ? 2 : 1;
        }
      } else ok = regex.test(bytes.toString('utf8', start, end));
      if (!ok) this.regexTally.note(line, () => bytes.toString('utf8', start, end));
    }
    if (this.formatTest !== null && !this.formatTest(bytes.toString('utf8', start, end))) this.formatTally.note(line, () => bytes.toString('utf8', start, end));
    if (this.plan.length !== undefined) {
      const chars = length ?? utf8Length(bytes, start, end);
      if (chars < this.minLen || chars > this.maxLen) this.lengthTally.note(line, () => bytes.toString('utf8', start, end));
    }
  }

  /** A value from JSON Lines or Parquet: JavaScript values, typed by the source where it has types. */
  addValue(value: unknown, line: number): void {
    if (value === null || value === undefined) {
      this.addNull(line);
      return;
    }
    if (typeof value === 'number' || typeof value === 'bigint') {
      const number = Number(value);
      if (this.kind === NUMERIC && this.parser !== P_DATE && this.parser !== P_DATETIME) {
        if (this.parser === P_INTEGER && Number.isFinite(number) && !Number.isInteger(number)) {
          this.addInvalidValue(line, number);
          return;
        }
        if (!Number.isInteger(number)) this.fraction = true;
        this.addNumber(number, line, this.textChecks ? this.encode(String(value)) : null, 0, this.encodedLength);
        return;
      }
      if (this.kind === NUMERIC) {
        this.addInvalidValue(line, number);
        return;
      }
    }
    if (typeof value === 'boolean') {
      if (this.kind === BOOLEAN) {
        this.addBoolean(value ? 1 : 0, line, this.textChecks ? this.encode(String(value)) : null, 0, this.encodedLength);
        return;
      }
      if (this.kind === NUMERIC) {
        this.addInvalidValue(line, value);
        return;
      }
    }
    if (value instanceof Date && this.kind === NUMERIC && (this.parser === P_DATE || this.parser === P_DATETIME)) {
      const ms = value.getTime();
      this.addNumber(this.parser === P_DATE ? Math.floor(ms / 86_400_000) : ms, line, null, 0, 0);
      return;
    }
    const text = value instanceof Date ? value.toISOString() : typeof value === 'object' ? JSON.stringify(value) : String(value);
    const bytes = this.encode(text);
    if (bytes.length === 0 || (this.nullTokens.length > 0 && this.isNullToken(bytes, 0, this.encodedLength))) {
      this.addNull(line);
      return;
    }
    this.addCell(bytes, 0, this.encodedLength, line);
  }

  private encodedLength = 0;

  private encode(text: string): Buffer {
    if (this.scratch.length < text.length * 3) this.scratch = Buffer.alloc(text.length * 3 + 16);
    this.encodedLength = this.scratch.write(text, 0, 'utf8');
    return this.encodedLength === 0 ? Buffer.alloc(0) : this.scratch;
  }

  private addInvalidValue(line: number, value: ExampleValue): void {
    this.rows++;
    this.invalid++;
    this.typeTally.noteValue(line, value);
  }

  /** Adds the same column's state from a later part of the file; its lines are shifted by `lineOffset`. */
  merge(other: ColumnAccumulator, lineOffset: number): void {
    this.rows += other.rows;
    this.nulls += other.nulls;
    this.invalid += other.invalid;
    if (other.n > 0) {
      // Chan et al.'s parallel update of mean and sum of squared deviations.
      const n = this.n + other.n;
      const delta = other.mean - this.mean;
      this.mean += (delta * other.n) / n;
      this.m2 += other.m2 + (delta * delta * this.n * other.n) / n;
      this.n = n;
    }
    this.sum += other.sum;
    this.min = Math.min(this.min, other.min);
    this.max = Math.max(this.max, other.max);
    this.nan += other.nan;
    this.positiveInfinity += other.positiveInfinity;
    this.negativeInfinity += other.negativeInfinity;
    this.fraction ||= other.fraction;
    this.trues += other.trues;
    this.minLength = Math.min(this.minLength, other.minLength);
    this.maxLength = Math.max(this.maxLength, other.maxLength);
    this.sumLength += other.sumLength;
    if (this.kll !== null && other.kll !== null) this.kll.merge(other.kll);
    this.hll.merge(other.hll);
    if (this.frequent !== null && other.frequent !== null) {
      this.frequent.merge(other.frequent);
      if (!this.frequent.textual && this.frequent.offset > 0) this.frequent = null;
    } else this.frequent = null;
    for (const value of other.sample) {
      if (this.sample.length >= 1000) break;
      this.sample.push(value);
    }
    if (this.keys !== null && other.keys !== null) this.keys.merge(other.keys, lineOffset);
    for (const [mine, theirs] of this.tallyPairs(other)) mine.merge(theirs, lineOffset);
    for (const [mine, theirs, direction] of [
      [this.increasing, other.increasing, 1],
      [this.decreasing, other.decreasing, -1],
    ] as const) {
      if (mine === null || theirs === null || !theirs.seen) continue;
      if (mine.seen) {
        const step = (theirs.first - mine.last) * direction;
        if (step < 0 || (mine.strict && step === 0)) mine.tally.noteValue(theirs.firstLine + lineOffset, formatTypedValue(this.plan.type, theirs.first));
      } else {
        mine.seen = true;
        mine.first = theirs.first;
        mine.firstLine = theirs.firstLine + lineOffset;
      }
      mine.tally.merge(theirs.tally, lineOffset);
      mine.last = theirs.last;
      mine.lastLine = theirs.lastLine + lineOffset;
    }
    if (this.referenceBelow !== null && other.referenceBelow !== null && this.referenceAt !== null && other.referenceAt !== null) {
      for (let i = 0; i < this.referenceBelow.length; i++) this.referenceBelow[i] = (this.referenceBelow[i] as number) + (other.referenceBelow[i] as number);
      for (let i = 0; i < this.referenceAt.length; i++) this.referenceAt[i] = (this.referenceAt[i] as number) + (other.referenceAt[i] as number);
    }
  }

  private tallies(): Record<string, Tally> {
    return {
      type: this.typeTally,
      null: this.nullTally,
      between: this.betweenTally,
      in: this.inTally,
      notIn: this.notInTally,
      regex: this.regexTally,
      format: this.formatTally,
      length: this.lengthTally,
      finite: this.finiteTally,
    };
  }

  private tallyPairs(other: ColumnAccumulator): [Tally, Tally][] {
    const mine = this.tallies();
    const theirs = other.tallies();
    return Object.keys(mine).map((key) => [mine[key] as Tally, theirs[key] as Tally]);
  }

  save(): ColumnAccumulatorState {
    const orders: ColumnAccumulatorState['orders'] = {};
    if (this.increasing !== null) orders.increasing = { ...this.increasing, tally: this.increasing.tally.save() };
    if (this.decreasing !== null) orders.decreasing = { ...this.decreasing, tally: this.decreasing.tally.save() };
    return {
      rows: this.rows,
      nulls: this.nulls,
      invalid: this.invalid,
      n: this.n,
      mean: this.mean,
      m2: this.m2,
      sum: this.sum,
      min: this.min,
      max: this.max,
      nan: this.nan,
      positiveInfinity: this.positiveInfinity,
      negativeInfinity: this.negativeInfinity,
      fraction: this.fraction,
      trues: this.trues,
      minLength: this.minLength,
      maxLength: this.maxLength,
      sumLength: this.sumLength,
      kll: this.kll?.save() ?? null,
      hll: this.hll.registers,
      frequent: this.frequent?.save() ?? null,
      frequentCollided: this.frequent?.collided ?? false,
      keys: this.keys?.save() ?? null,
      tallies: Object.fromEntries(Object.entries(this.tallies()).map(([key, tally]) => [key, tally.save()])),
      orders,
      referenceBelow: this.referenceBelow,
      referenceAt: this.referenceAt,
      sample: this.sample,
    };
  }

  static load(plan: ColumnPlan, state: ColumnAccumulatorState): ColumnAccumulator {
    const column = new ColumnAccumulator(plan);
    Object.assign(column, {
      rows: state.rows,
      nulls: state.nulls,
      invalid: state.invalid,
      n: state.n,
      mean: state.mean,
      m2: state.m2,
      sum: state.sum,
      min: state.min,
      max: state.max,
      nan: state.nan,
      positiveInfinity: state.positiveInfinity,
      negativeInfinity: state.negativeInfinity,
      fraction: state.fraction,
      trues: state.trues,
      minLength: state.minLength,
      maxLength: state.maxLength,
      sumLength: state.sumLength,
      sample: state.sample,
      referenceBelow: state.referenceBelow,
      referenceAt: state.referenceAt,
    });
    column.kll = state.kll === null ? null : KllSketch.load(state.kll);
    column.hll = new HyperLogLog(state.hll);
    column.frequent = state.frequent === null ? null : FrequentItems.load(state.frequent, column.kind === TEXT);
    if (column.frequent !== null) column.frequent.collided = state.frequentCollided;
    column.keys = state.keys === null ? null : KeyCounter.load(state.keys);
    const tallies = column.tallies();
    for (const [key, saved] of Object.entries(state.tallies)) (tallies[key] as Tally).merge(saved, 0);
    for (const key of ['increasing', 'decreasing'] as const) {
      const saved = state.orders[key];
      if (saved !== undefined) column[key] = { ...saved, tally: Tally.load(saved.tally) };
    }
    return column;
  }
}
