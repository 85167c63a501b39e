/**
 * Exact counts per distinct key, for uniqueness (single and compound keys) and exact distinct counts. Memory is
 * proportional to the number of distinct keys: a slot is 16 bytes (two hash halves, a count, the first line, side
 * by side so a lookup touches one cache line), the table at most 60% full, so 27 to 54 MB per million distinct
 * values. Past `limit` distinct keys it stops adding and says so (`overflowed`); the check then fails with the
 * reason instead of passing on partial knowledge.
 */

export type KeyCounterState = { limit: number; overflowed: boolean; size: number; slots: Int32Array };

const STRIDE = 4;

export class KeyCounter {
  readonly limit: number;
  overflowed = false;
  size = 0;
  /** The first line of the key last passed to `add`. */
  firstLine = 0;
  private mask: number;
  /** [h1, h2, count, first line] per slot; count 0 marks an empty slot. */
  private slots: Int32Array;

  constructor(limit: number, capacity = 1024) {
    this.limit = limit;
    this.mask = capacity - 1;
    this.slots = new Int32Array(capacity * STRIDE);
  }

  /** Counts one occurrence; returns how many times the key was seen before (0: new) and sets `firstLine`. */
  add(h1: number, h2: number, line: number, weight = 1): number {
    const mask = this.mask;
    const slots = this.slots;
    let i = (h1 ^ (h2 >>> 11)) & mask;
    for (;;) {
      const at = i * STRIDE;
      const count = slots[at + 2] as number;
      if (count === 0) break;
      if (slots[at] === h1 && slots[at + 1] === h2) {
        slots[at + 2] = count + weight;
        this.firstLine = slots[at + 3] as number;
        return count;
      }
      i = (i + 1) & mask;
    }
    if (this.size >= this.limit) {
      this.overflowed = true;
      return 0;
    }
    const at = i * STRIDE;
    slots[at] = h1;
    slots[at + 1] = h2;
    slots[at + 2] = weight;
    slots[at + 3] = line;
    this.firstLine = line;
    if (++this.size * 10 > (mask + 1) * 6) this.grow();
    return 0;
  }

  /** Whether the key was ever added (for small sets such as `in:`). */
  has(h1: number, h2: number): boolean {
    const mask = this.mask;
    const slots = this.slots;
    let i = (h1 ^ (h2 >>> 11)) & mask;
    for (;;) {
      const at = i * STRIDE;
      if (slots[at + 2] === 0) return false;
      if (slots[at] === h1 && slots[at + 1] === h2) return true;
      i = (i + 1) & mask;
    }
  }

  private grow(): void {
    const old = this.slots;
    const capacity = (this.mask + 1) * 2;
    this.mask = capacity - 1;
    const slots = new Int32Array(capacity * STRIDE);
    for (let j = 0; j < old.length; j += STRIDE) {
      if (old[j + 2] === 0) continue;
      let i = ((old[j] as number) ^ ((old[j + 1] as number) >>> 11)) & this.mask;
      while (slots[i * STRIDE + 2] !== 0) i = (i + 1) & this.mask;
      slots.set(old.subarray(j, j + STRIDE), i * STRIDE);
    }
    this.slots = slots;
  }

  /** Rows whose key occurs more than once (Great Expectations' unexpected count for uniqueness). */
  duplicateRows(): number {
    let rows = 0;
    const slots = this.slots;
    for (let j = 2; j < slots.length; j += STRIDE) {
      const count = slots[j] as number;
      if (count > 1) rows += count;
    }
    return rows;
  }

  /**
   * Adds another counter's keys; `lineOffset` turns its lines into this one's. `onNewDuplicate` hears of keys that
   * are on both sides (this side's first line, the other side's first line): duplicates neither side saw alone.
   */
  merge(other: KeyCounter, lineOffset: number, onNewDuplicate?: (firstLine: number, otherLine: number) => void): void {
    this.overflowed ||= other.overflowed;
    while ((this.size + other.size) * 10 > (this.mask + 1) * 6 && this.size + other.size <= this.limit) this.grow();
    const theirs = other.slots;
    for (let j = 0; j < theirs.length; j += STRIDE) {
      const count = theirs[j + 2] as number;
      if (count === 0) continue;
      const line = (theirs[j + 3] as number) + lineOffset;
      const before = this.add(theirs[j] as number, theirs[j + 1] as number, line, count);
      if (before > 0 && onNewDuplicate !== undefined) onNewDuplicate(this.firstLine, line);
    }
  }

  save(): KeyCounterState {
    return { limit: this.limit, overflowed: this.overflowed, size: this.size, slots: this.slots };
  }

  static load(state: KeyCounterState): KeyCounter {
    const counter = new KeyCounter(state.limit, state.slots.length / STRIDE);
    counter.slots = state.slots;
    counter.size = state.size;
    counter.overflowed = state.overflowed;
    return counter;
  }
}
