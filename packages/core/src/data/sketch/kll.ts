/**
 * KLL quantile sketch (Karnin, Lang, Liberty 2016). Level h holds items of weight 2^h; a full level is compacted:
 * every other item of it in sorted order (random offset) moves up a level. Capacities shrink by 2/3 per level below
 * the top one (k at the top, at least 8 below, as DataSketches), so the state is about 3k numbers and the
 * normalised rank error about 1.3% for k = 200 (99% of the time below ~2%), independent of n.
 *
 * As in DataSketches, level 0 is an unsorted buffer and every level above it is kept sorted, so the only sort is of
 * level 0 (512 items at a time, natively) and compactions above it are linear merges. A larger level 0 only makes
 * the sketch more accurate. Two sketches merge by merging levels and compacting, so partial sketches from workers
 * combine into one with the same error bound.
 *
 * Past 2^17 items, the sketch samples its input as the KLL paper's final algorithm does (its lowest compactors
 * become a sampler): an item enters with probability 2^-s, carrying weight 2^s, where s grows by one each time n
 * doubles. The sampling adds a rank error of standard deviation at most about 0.2% (sqrt(n·2^s)/2 items), below
 * the compactors' own, and takes the sorting off most items: at a million items two in three are never sorted.
 *
 * Written by hand: the npm KLL ports are unmaintained or pull in the whole DataSketches runtime, and this is ~200
 * lines. The random offsets come from a seeded xorshift, so a profile is reproducible run to run.
 */

import { sortNumbers } from './sort.ts';

const C = 2 / 3;
const LEVEL0 = 512;
/** n at which sampling starts (s = 1); s grows by one each time n doubles again. */
const SAMPLE_FROM = 1 << 17;

export type KllState = { k: number; n: number; min: number; max: number; levels: Float64Array[]; seed: number };

export class KllSketch {
  readonly k: number;
  n = 0;
  min = Number.POSITIVE_INFINITY;
  max = Number.NEGATIVE_INFINITY;
  /** The sampler's level: the buffer's items weigh 2^sampleLevel, and an item enters with probability 2^-sampleLevel. */
  private sampleLevel = 0;
  private nextSampleAt = SAMPLE_FROM;
  /** Unsorted items of weight 2^sampleLevel. */
  private buffer: Float64Array;
  private buffered = 0;
  /** Levels 1.. (each sorted); index 0 unused. */
  private levels: Float64Array[] = [new Float64Array(0)];
  private capacities: number[] = [LEVEL0];
  private seed: number;
  private sorted: { values: Float64Array; cumulative: Float64Array } | undefined;

  constructor(k = 200, seed = 0x9e3779b9) {
    this.k = k;
    this.seed = seed | 0 || 1;
    this.buffer = new Float64Array(Math.max(LEVEL0, k));
    this.capacities = [this.buffer.length];
  }

  private nextRandomBits(): number {
    let x = this.seed;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.seed = x;
    return x;
  }

  private random(): number {
    let x = this.seed;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.seed = x;
    return x & 1;
  }

  private grow(): void {
    this.levels.push(new Float64Array(0));
    const count = this.levels.length;
    this.capacities = Array.from({ length: count }, (_, h) => (h === 0 ? this.buffer.length : Math.max(8, Math.ceil(C ** (count - 1 - h) * this.k))));
  }

  /** Adds one finite number. */
  update(value: number): void {
    const n = ++this.n;
    if (value < this.min) this.min = value;
    if (value > this.max) this.max = value;
    if (n >= this.nextSampleAt) this.raiseSampler();
    if (this.sampleLevel > 0) {
      let x = this.seed;
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      this.seed = x;
      // Keep the item with probability 2^-sampleLevel.
      if ((x & ((1 << this.sampleLevel) - 1)) !== 0) return;
    }
    this.buffer[this.buffered++] = value;
    if (this.buffered === this.buffer.length) this.compress();
  }

  /** Moves the buffer's items to their level, then samples at half the rate. */
  private raiseSampler(): void {
    this.flushBuffer();
    this.sampleLevel++;
    this.nextSampleAt *= 2;
  }

  /** Sorts the buffer into the level its items belong to (sampleLevel). */
  private flushBuffer(): void {
    if (this.buffered === 0) return;
    const run = this.buffer.slice(0, this.buffered);
    sortNumbers(run);
    this.buffered = 0;
    if (this.sampleLevel === 0) {
      // Level 0 has no sorted array of its own: halve the run upward as a compaction would, keeping the odd one.
      const { up, stay } = this.halve(run);
      this.addToLevel(1, up);
      this.buffer.set(stay);
      this.buffered = stay.length;
      if (stay.length > 0) {
        // One leftover of weight 1 cannot move up; it goes to level 1 with probability 1/2, as sampling would.
        this.buffered = 0;
        if (this.random() === 1) this.addToLevel(1, stay);
      }
    } else this.addToLevel(this.sampleLevel, run);
    this.sorted = undefined;
  }

  /** Every other item of a sorted run (random offset), the odd one out staying behind. */
  private halve(sorted: Float64Array): { up: Float64Array; stay: Float64Array } {
    const keep = sorted.length % 2;
    const pairs = sorted.length - keep;
    const up = new Float64Array(pairs >> 1);
    let j = 0;
    for (let i = this.random(); i < pairs; i += 2) up[j++] = sorted[i] as number;
    return { up, stay: keep === 1 ? sorted.slice(pairs) : new Float64Array(0) };
  }

  private compress(): void {
    this.sorted = undefined;
    if (this.buffered >= (this.capacities[0] as number)) this.compressBuffer();
    for (let h = 1; h < this.levels.length; h++) {
      const level = this.levels[h] as Float64Array;
      if (level.length < (this.capacities[h] as number)) continue;
      const { up, stay } = this.halve(level);
      this.levels[h] = stay;
      this.addToLevel(h + 1, up);
    }
  }

  /** Merges a sorted run into a level. */
  private addToLevel(h: number, run: Float64Array): void {
    while (this.levels.length <= h) this.grow();
    this.levels[h] = mergeSorted(this.levels[h] as Float64Array, run);
  }

  merge(other: KllSketch): void {
    if (other.n === 0) return;
    const theirs = KllSketch.load(other.save());
    theirs.flushBuffer();
    this.flushBuffer();
    for (let h = 1; h < theirs.levels.length; h++) this.addToLevel(h, theirs.levels[h] as Float64Array);
    this.n += other.n;
    this.min = Math.min(this.min, other.min);
    this.max = Math.max(this.max, other.max);
    while (this.n >= this.nextSampleAt) {
      this.sampleLevel++;
      this.nextSampleAt *= 2;
    }
    for (let pass = 0; pass < 64; pass++) {
      const before = this.levels.map((level) => level.length).join();
      this.compress();
      if (this.levels.map((level) => level.length).join() === before) break;
    }
  }

  private compressBuffer(): void {
    const run = this.buffer.subarray(0, this.buffered);
    sortNumbers(run);
    const { up, stay } = this.halve(run);
    this.buffer.set(stay);
    this.buffered = stay.length;
    this.addToLevel(this.sampleLevel + 1, up);
  }

  /** Retained items in order with their cumulative weights (built once, until the next update). */
  private view(): { values: Float64Array; cumulative: Float64Array } {
    if (this.sorted !== undefined && this.sortedAt === this.n) return this.sorted;
    const items: { value: number; weight: number }[] = [];
    for (let i = 0; i < this.buffered; i++) items.push({ value: this.buffer[i] as number, weight: 2 ** this.sampleLevel });
    for (let h = 1; h < this.levels.length; h++) for (const value of this.levels[h] as Float64Array) items.push({ value, weight: 2 ** h });
    items.sort((a, b) => a.value - b.value);
    const values = new Float64Array(items.length);
    const cumulative = new Float64Array(items.length);
    let total = 0;
    items.forEach((item, i) => {
      total += item.weight;
      values[i] = item.value;
      cumulative[i] = total;
    });
    this.sorted = { values, cumulative };
    this.sortedAt = this.n;
    return this.sorted;
  }

  private sortedAt = -1;

  /** The estimated value below which a share `q` of the items lie (0 gives the minimum, 1 the maximum). */
  quantile(q: number): number {
    if (this.n === 0) return Number.NaN;
    if (q <= 0) return this.min;
    if (q >= 1) return this.max;
    const { values, cumulative } = this.view();
    const total = cumulative[cumulative.length - 1] as number;
    const target = q * total;
    let low = 0;
    let high = values.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((cumulative[middle] as number) < target) low = middle + 1;
      else high = middle;
    }
    return values[low] as number;
  }

  /** The estimated share of items <= x (`inclusive`) or < x. */
  cdf(x: number, inclusive = true): number {
    if (this.n === 0) return Number.NaN;
    if (x < this.min) return 0;
    if (x > this.max || (inclusive && x === this.max)) return 1;
    const { values, cumulative } = this.view();
    const total = cumulative[cumulative.length - 1] as number;
    let low = 0;
    let high = values.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      const v = values[middle] as number;
      if (inclusive ? v <= x : v < x) low = middle + 1;
      else high = middle;
    }
    return low === 0 ? 0 : (cumulative[low - 1] as number) / total;
  }

  /** Retained items and their shares of the total, in value order: the step function drift statistics integrate. */
  weightedItems(): { values: Float64Array; weights: Float64Array } {
    const { values, cumulative } = this.view();
    const weights = new Float64Array(values.length);
    const total = cumulative.length === 0 ? 1 : (cumulative[cumulative.length - 1] as number);
    for (let i = 0; i < values.length; i++) weights[i] = ((cumulative[i] as number) - (i === 0 ? 0 : (cumulative[i - 1] as number))) / total;
    return { values, weights };
  }

  /** Retained items (the sketch's size). */
  get retained(): number {
    return this.buffered + this.levels.reduce((sum, level) => sum + level.length, 0);
  }

  /** Levels from 0 up, each item of level h weighing 2^h (level 0 holds the buffer when it is not sampling). */
  save(): KllState {
    const levels: Float64Array[] = this.levels.map((level) => level.slice());
    levels[0] = new Float64Array(0);
    if (this.buffered > 0) {
      const buffer = this.buffer.slice(0, this.buffered);
      sortNumbers(buffer);
      levels[this.sampleLevel] = mergeSorted(levels[this.sampleLevel] ?? new Float64Array(0), buffer);
    }
    return { k: this.k, n: this.n, min: this.min, max: this.max, seed: this.seed, levels };
  }

  static load(state: KllState): KllSketch {
    const sketch = new KllSketch(state.k, state.seed);
    const [first, ...rest] = state.levels;
    rest.forEach((level, i) => {
      const sorted = Float64Array.from(level);
      sortNumbers(sorted);
      sketch.addToLevel(i + 1, sorted);
    });
    while (state.n >= sketch.nextSampleAt) {
      sketch.sampleLevel++;
      sketch.nextSampleAt *= 2;
    }
    if (first !== undefined && first.length > 0) {
      // Weight-1 items: a sampling sketch takes them at its level, as sampling would.
      if (sketch.sampleLevel === 0) {
        for (const value of first) {
          sketch.buffer[sketch.buffered++] = value;
          if (sketch.buffered === sketch.buffer.length) sketch.compressBuffer();
        }
      } else {
        for (const value of first) if ((sketch.nextRandomBits() & ((1 << sketch.sampleLevel) - 1)) === 0) sketch.addToLevel(sketch.sampleLevel, Float64Array.of(value));
      }
    }
    sketch.n = state.n;
    sketch.min = state.n === 0 ? Number.POSITIVE_INFINITY : state.min;
    sketch.max = state.n === 0 ? Number.NEGATIVE_INFINITY : state.max;
    return sketch;
  }
}

function mergeSorted(a: Float64Array, b: Float64Array): Float64Array {
  if (a.length === 0) return b.slice();
  if (b.length === 0) return a;
  const out = new Float64Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let o = 0;
  while (i < a.length && j < b.length) out[o++] = (a[i] as number) <= (b[j] as number) ? (a[i++] as number) : (b[j++] as number);
  while (i < a.length) out[o++] = a[i++] as number;
  while (j < b.length) out[o++] = b[j++] as number;
  return out;
}
