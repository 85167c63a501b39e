/**
 * Frequent values (Misra-Gries, with DataSketches' purge by the median count): at most `capacity` counters; when
 * they are full, the median count is subtracted from all and the ones at zero or below are dropped, and `offset`
 * adds up what was subtracted. A tracked count is then a lower bound and count + offset an upper bound on the true
 * one; while offset is 0 the table is the exact distribution. Summaries merge by adding counts, then purging.
 *
 * Keys are the 64-bit hashes of sketch/hash.ts. Text values are kept as bytes in an arena and decoded only when
 * the summary is saved, so counting a text column allocates no string per cell.
 */

import { hashed, hashNumber, hashText } from './hash.ts';
import { selectNth } from './sort.ts';

export type FrequentValue = string | number;
export type FrequentState = { capacity: number; offset: number; n: number; items: [FrequentValue, number][] };

const decoder = new TextDecoder();

export class FrequentItems {
  readonly capacity: number;
  readonly textual: boolean;
  /**
   * Compare text with the text kept for its hash, not the hash alone: then while `offset` is 0 and nothing
   * `collided`, every distinct text has its own hash, which makes an exact count by hash exact for the text too.
   */
  readonly verify: boolean;
  /** Two different texts had the same hash (verify only). */
  collided = false;
  n = 0;
  offset = 0;
  private mask: number;
  private keys1: Int32Array;
  private keys2: Int32Array;
  private counts: Float64Array;
  private numbers: Float64Array;
  private textStart: Int32Array;
  private textLength: Int32Array;
  private arena = new Uint8Array(4096);
  private arenaUsed = 0;
  private active = 0;
  // A second set of the arrays above: a purge moves the survivors from one to the other without allocating, since
  // it runs every few hundred new values of a column with many.
  private spareKeys1: Int32Array;
  private spareKeys2: Int32Array;
  private spareCounts: Float64Array;
  private spareNumbers: Float64Array;
  private spareTextStart: Int32Array;
  private spareTextLength: Int32Array;
  private spareArena = new Uint8Array(4096);
  private readonly liveCounts: Float64Array;

  constructor(textual: boolean, capacity = 1024, verify = false) {
    this.textual = textual;
    this.verify = verify;
    this.capacity = capacity;
    const size = 1 << Math.ceil(Math.log2(capacity * 2));
    this.mask = size - 1;
    this.keys1 = new Int32Array(size);
    this.keys2 = new Int32Array(size);
    this.counts = new Float64Array(size);
    this.numbers = new Float64Array(textual ? 0 : size);
    this.textStart = new Int32Array(textual ? size : 0);
    this.textLength = new Int32Array(textual ? size : 0);
    this.spareKeys1 = new Int32Array(size);
    this.spareKeys2 = new Int32Array(size);
    this.spareCounts = new Float64Array(size);
    this.spareNumbers = new Float64Array(textual ? 0 : size);
    this.spareTextStart = new Int32Array(textual ? size : 0);
    this.spareTextLength = new Int32Array(textual ? size : 0);
    this.liveCounts = new Float64Array(size);
  }

  get size(): number {
    return this.active;
  }

  /** The slot holding (h1, h2), or the empty slot where it belongs. */
  private slot(h1: number, h2: number): number {
    const mask = this.mask;
    let i = (h1 ^ (h2 >>> 7)) & mask;
    for (;;) {
      if (this.counts[i] === 0) return i;
      if (this.keys1[i] === h1 && this.keys2[i] === h2) return i;
      i = (i + 1) & mask;
    }
  }

  /** Counts text given as bytes; `h1`/`h2` are its hash (hashBytes). */
  addBytes(h1: number, h2: number, bytes: Uint8Array, start: number, end: number, weight = 1): void {
    this.n += weight;
    const i = this.slot(h1, h2);
    const count = this.counts[i] as number;
    if (count > 0) {
      this.counts[i] = count + weight;
      if (this.verify && !this.collided && !this.holds(i, bytes, start, end)) this.collided = true;
      return;
    }
    const length = end - start;
    if (this.arenaUsed + length > this.arena.length) {
      const bigger = new Uint8Array(Math.max(this.arena.length * 2, this.arenaUsed + length));
      bigger.set(this.arena.subarray(0, this.arenaUsed));
      this.arena = bigger;
    }
    const arena = this.arena;
    const at = this.arenaUsed - start;
    for (let j = start; j < end; j++) arena[at + j] = bytes[j] as number;
    this.textStart[i] = this.arenaUsed;
    this.textLength[i] = length;
    this.arenaUsed += length;
    this.keys1[i] = h1;
    this.keys2[i] = h2;
    this.counts[i] = weight;
    if (++this.active > this.capacity) this.purge();
  }

  private holds(i: number, bytes: Uint8Array, start: number, end: number): boolean {
    const length = end - start;
    if (this.textLength[i] !== length) return false;
    const arena = this.arena;
    const at = (this.textStart[i] as number) - start;
    for (let j = start; j < end; j++) if (arena[at + j] !== bytes[j]) return false;
    return true;
  }

  /** The text kept for a hash (textual only), if it is tracked. */
  textOf(h1: number, h2: number): string | undefined {
    const i = this.slot(h1, h2);
    return (this.counts[i] as number) > 0 ? (this.value(i) as string) : undefined;
  }

  /** Counts a number; `h1`/`h2` are its hash (hashNumber). */
  addNumber(h1: number, h2: number, value: number, weight = 1): void {
    this.n += weight;
    const i = this.slot(h1, h2);
    const count = this.counts[i] as number;
    if (count > 0) {
      this.counts[i] = count + weight;
      return;
    }
    this.keys1[i] = h1;
    this.keys2[i] = h2;
    this.numbers[i] = value;
    this.counts[i] = weight;
    if (++this.active > this.capacity) this.purge();
  }

  private value(i: number): FrequentValue {
    if (!this.textual) return this.numbers[i] as number;
    const start = this.textStart[i] as number;
    return decoder.decode(this.arena.subarray(start, start + (this.textLength[i] as number)));
  }

  private purge(): void {
    const counts = this.counts;
    let live = 0;
    for (let i = 0; i <= this.mask; i++) if ((counts[i] as number) > 0) this.liveCounts[live++] = counts[i] as number;
    const median = selectNth(this.liveCounts, live, live >> 1);
    this.offset += median;
    const keys1 = this.keys1;
    const keys2 = this.keys2;
    const numbers = this.numbers;
    const textStart = this.textStart;
    const textLength = this.textLength;
    const arena = this.arena;
    this.keys1 = this.spareKeys1;
    this.keys2 = this.spareKeys2;
    this.counts = this.spareCounts;
    this.numbers = this.spareNumbers;
    this.textStart = this.spareTextStart;
    this.textLength = this.spareTextLength;
    this.arena = this.spareArena;
    this.spareKeys1 = keys1;
    this.spareKeys2 = keys2;
    this.spareCounts = counts;
    this.spareNumbers = numbers;
    this.spareTextStart = textStart;
    this.spareTextLength = textLength;
    this.spareArena = arena;
    this.counts.fill(0);
    this.arenaUsed = 0;
    this.active = 0;
    const n = this.n;
    for (let i = 0; i <= this.mask; i++) {
      const count = (counts[i] as number) - median;
      if ((counts[i] as number) <= 0 || count <= 0) continue;
      if (this.textual) {
        const start = textStart[i] as number;
        this.addBytes(keys1[i] as number, keys2[i] as number, arena, start, start + (textLength[i] as number), count);
      } else this.addNumber(keys1[i] as number, keys2[i] as number, numbers[i] as number, count);
    }
    this.n = n;
  }

  /** Tracked values, most frequent first (ties in value order). */
  items(): [FrequentValue, number][] {
    const out: [FrequentValue, number][] = [];
    for (let i = 0; i <= this.mask; i++) if ((this.counts[i] as number) > 0) out.push([this.value(i), this.counts[i] as number]);
    return out.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  }

  /** The tracked count of a value (0 when not tracked). */
  countOf(value: FrequentValue): number {
    if (typeof value === 'number') hashNumber(value);
    else hashText(value);
    const i = this.slot(hashed.h1, hashed.h2);
    return this.counts[i] as number;
  }

  add(value: FrequentValue, weight: number): void {
    if (typeof value === 'number') {
      hashNumber(value);
      this.addNumber(hashed.h1, hashed.h2, value, weight);
    } else {
      const bytes = new TextEncoder().encode(value);
      hashText(value);
      this.addBytes(hashed.h1, hashed.h2, bytes, 0, bytes.length, weight);
    }
  }

  merge(other: FrequentItems): void {
    this.collided ||= other.collided;
    const n = this.n + other.n;
    for (const [value, count] of other.items()) this.add(value, count);
    this.offset += other.offset;
    this.n = n;
  }

  /** `limit` keeps the saved summary small: the most frequent values, and only those above the error bound. */
  save(limit = this.capacity): FrequentState {
    const items = this.items().filter(([, count]) => this.offset === 0 || count > this.offset);
    // Values left out may be as frequent as the first one left out: that becomes the error bound.
    const offset = items.length > limit ? Math.max(this.offset, (items[limit] as [FrequentValue, number])[1]) : this.offset;
    return { capacity: this.capacity, offset, n: this.n, items: items.slice(0, limit) };
  }

  static load(state: FrequentState, textual: boolean): FrequentItems {
    const sketch = new FrequentItems(textual, state.capacity);
    for (const [value, count] of state.items) sketch.add(textual ? String(value) : Number(value), count);
    sketch.n = state.n;
    sketch.offset = state.offset;
    return sketch;
  }
}
