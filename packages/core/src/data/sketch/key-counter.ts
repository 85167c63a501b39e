/**
 * Exact counts per distinct key (uniqueness of a column or a compound key, exact distinct counts) in memory that
 * does not grow with the data. A key is a value's 64-bit hash (sketch/hash.ts) as two 32-bit halves.
 *
 * Each thread counts into a table of 16-byte slots (the two halves, a count, the first line) at most 60% full, kept
 * in the order of the keys' top bits (linear probing with each run of slots sorted by home slot). When the table
 * reaches its memory budget it is written to a temporary file as it stands, already sorted, and emptied: a run.
 * At the end the counts of every thread's table and runs are added up one group of key pages at a time, each group
 * small enough for a few megabytes: distinct keys, rows whose key occurs more than once, and where those rows are.
 *
 * A numeric key is the number itself (hashNumber is a bijection), so its counts are exact. Two texts can share a
 * hash; the caller confirms text keys seen more than once against the text itself (data/key-confirm.ts).
 */

import { closeSync, openSync, readSync, writeSync } from 'node:fs';

const STRIDE = 4;
/** Keys are ordered by their top PAGE_BITS bits in every table and run; the final count reads them a page range at a time. */
const PAGE_BITS = 10;
const PAGES = 1 << PAGE_BITS;
const PAGE_SHIFT = 32 - PAGE_BITS;
const MAX_LOAD = 0.6;
/** Rows whose key the table had already seen, kept for examples (line, h1, h2 each). */
const MAX_REPEATS = 20;
/** Entries counted at once at the end: 1 MB of entries and a 2 MB table. */
export const GROUP_ENTRIES = 1 << 16;
export const SLOT_BYTES = STRIDE * 4;
/** The smallest table: one slot per page, so that the table's order is the pages' order. */
export const MIN_KEY_BITS = PAGE_BITS;

/** A table written to the spill file: `pages[q]` is the index of its first entry of page q (`pages[PAGES]`: all). */
export type KeyRun = { offset: number; pages: Int32Array };

export type KeyCounterState = { bits: number; size: number; slots: Int32Array | null; path: string | null; runs: KeyRun[]; repeats: number[] };

export type KeyCounterOptions = {
  /** The table's largest size, as a power of two of slots (16 bytes each, plus an eighth for probing past the end). */
  maxBits: number;
  /** Where runs go once the table is full; without one the table grows instead. */
  spillPath?: string | null;
  /** Distinct keys expected (sizes the table up front, within maxBits). */
  expected?: number;
};

export class SpillError extends Error {
  constructor(path: string, cause: unknown) {
    super(`cannot write the temporary file ${path} of an exact uniqueness count (${(cause as Error).message})`);
    this.name = 'SpillError';
  }
}

function bitsFor(keys: number): number {
  return Math.max(MIN_KEY_BITS, Math.ceil(Math.log2((keys + 1) / MAX_LOAD)));
}

function tailOf(bits: number): number {
  return ((1 << bits) >>> 3) + 64;
}

export class KeyCounter {
  /** Keys in the table (not in runs). */
  size = 0;
  readonly runs: KeyRun[] = [];
  /** line, h1, h2 of the first rows whose key the table already held. */
  readonly repeats: number[] = [];
  /** Parts of the file counted by other threads, merged in: their counters and how far their lines are shifted. */
  private readonly others: { counter: KeyCounter; lineOffset: number }[] = [];
  private bits: number;
  private shift: number;
  private slots: Int32Array;
  /** Slots in the table: 2^bits and the tail that probing may run into. */
  private end: number;
  private limit: number;
  private readonly maxBits: number;
  private readonly path: string | null;
  private fd = -1;
  private written = 0;

  constructor(options: KeyCounterOptions) {
    this.maxBits = Math.max(MIN_KEY_BITS, options.maxBits);
    this.path = options.spillPath ?? null;
    this.bits = Math.min(this.maxBits, bitsFor(options.expected ?? 0));
    this.shift = 32 - this.bits;
    this.end = (1 << this.bits) + tailOf(this.bits);
    this.limit = Math.floor((1 << this.bits) * MAX_LOAD);
    this.slots = new Int32Array(this.end * STRIDE);
  }

  /** Counts one row's key. */
  add(h1: number, h2: number, line: number): void {
    const slots = this.slots;
    const shift = this.shift;
    const home = h1 >>> shift;
    const end = this.end;
    let i = home;
    for (; i < end; i++) {
      const at = i * STRIDE;
      const count = slots[at + 2] as number;
      if (count === 0) break;
      const k1 = slots[at] as number;
      if (k1 === h1 && slots[at + 1] === h2) {
        slots[at + 2] = count + 1;
        if (this.repeats.length < MAX_REPEATS * 3) this.repeats.push(line, h1, h2);
        return;
      }
      // The run is sorted by home slot: past the keys that belong here, this one is not in the table.
      if (k1 >>> shift > home) break;
    }
    if (this.size >= this.limit || !this.place(slots, i, end, h1, h2, 1, line)) {
      this.makeRoom();
      this.add(h1, h2, line);
      return;
    }
    this.size++;
  }

  /** Puts an entry at slot i, moving the rest of the run up by one; false when the run would pass the table's end. */
  private place(slots: Int32Array, i: number, end: number, h1: number, h2: number, count: number, line: number): boolean {
    let empty = i;
    while (empty < end && slots[empty * STRIDE + 2] !== 0) empty++;
    if (empty === end) return false;
    if (empty > i) slots.copyWithin((i + 1) * STRIDE, i * STRIDE, empty * STRIDE);
    const at = i * STRIDE;
    slots[at] = h1;
    slots[at + 1] = h2;
    slots[at + 2] = count;
    slots[at + 3] = line;
    return true;
  }

  private makeRoom(): void {
    if ((this.bits < this.maxBits || this.path === null) && this.grow()) return;
    if (this.path !== null) this.spill();
    // No file to spill to and the keys crowd the table's end: a larger tail.
    else this.resize(this.bits, this.end + tailOf(this.bits));
  }

  private grow(): boolean {
    return this.resize(this.bits + 1, (1 << (this.bits + 1)) + tailOf(this.bits + 1));
  }

  /** Re-sorts the entries into a table of 2^bits slots; false (and no change) when they do not fit. */
  private resize(bits: number, end: number): boolean {
    const slots = new Int32Array(end * STRIDE);
    const shift = 32 - bits;
    const old = this.slots;
    for (let j = 0; j < old.length; j += STRIDE) {
      if (old[j + 2] === 0) continue;
      const h1 = old[j] as number;
      const home = h1 >>> shift;
      let i = home;
      while (i < end && slots[i * STRIDE + 2] !== 0 && (slots[i * STRIDE] as number) >>> shift <= home) i++;
      if (!this.place(slots, i, end, h1, old[j + 1] as number, old[j + 2] as number, old[j + 3] as number)) return false;
    }
    this.slots = slots;
    this.bits = bits;
    this.shift = shift;
    this.end = end;
    this.limit = Math.floor((1 << bits) * MAX_LOAD);
    return true;
  }

  /** Writes the table, in order, as one run of the spill file and empties it. */
  private spill(): void {
    const slots = this.slots;
    let w = 0;
    for (let r = 0; r < slots.length; r += STRIDE) {
      if (slots[r + 2] === 0) continue;
      if (r !== w) {
        slots[w] = slots[r] as number;
        slots[w + 1] = slots[r + 1] as number;
        slots[w + 2] = slots[r + 2] as number;
        slots[w + 3] = slots[r + 3] as number;
      }
      w += STRIDE;
    }
    const entries = w / STRIDE;
    const pages = new Int32Array(PAGES + 1);
    for (let e = 0; e < entries; e++) {
      const q = ((slots[e * STRIDE] as number) >>> PAGE_SHIFT) + 1;
      pages[q] = (pages[q] as number) + 1;
    }
    for (let q = 1; q <= PAGES; q++) pages[q] = (pages[q] as number) + (pages[q - 1] as number);
    const path = this.path as string;
    try {
      if (this.fd === -1) this.fd = openSync(path, 'w');
      const bytes = new Uint8Array(slots.buffer, slots.byteOffset, w * 4);
      for (let done = 0; done < bytes.length; ) done += writeSync(this.fd, bytes, done, bytes.length - done, this.written + done);
    } catch (error) {
      throw new SpillError(path, error);
    }
    this.runs.push({ offset: this.written, pages });
    this.written += w * 4;
    slots.fill(0);
    this.size = 0;
  }

  /**
   * The pass is over. `toFile`: a table that has spilled before goes to the file too, so that it need not travel to
   * the thread that adds up the counts (which then holds only its own table in memory).
   */
  finishPass(toFile: boolean): void {
    if (toFile && this.runs.length > 0 && this.size > 0) this.spill();
    if (this.fd !== -1) closeSync(this.fd);
    this.fd = -1;
  }

  /** Takes in the counter of the part of the file that follows (its lines shifted by `lineOffset`). */
  merge(other: KeyCounter, lineOffset: number): void {
    this.others.push({ counter: other, lineOffset });
    for (const part of other.others.splice(0)) this.others.push({ counter: part.counter, lineOffset: part.lineOffset + lineOffset });
  }

  /** This counter and the ones merged into it. */
  parts(): { counter: KeyCounter; lineOffset: number }[] {
    return [{ counter: this, lineOffset: 0 }, ...this.others];
  }

  /** The table's entries, sorted by page (h1, h2, count, line per slot; count 0 is an empty slot). */
  table(): Int32Array {
    return this.slots;
  }

  save(): KeyCounterState {
    return { bits: this.bits, size: this.size, slots: this.size > 0 ? this.slots : null, path: this.path, runs: this.runs, repeats: this.repeats };
  }

  /** The spill file (runs are read back from it). */
  get file(): string | null {
    return this.path;
  }

  static load(state: KeyCounterState): KeyCounter {
    const counter = new KeyCounter({ maxBits: state.bits, spillPath: state.path });
    counter.bits = state.bits;
    counter.shift = 32 - state.bits;
    counter.size = state.size;
    if (state.slots !== null) {
      counter.slots = state.slots;
      counter.end = state.slots.length / STRIDE;
    }
    counter.limit = Math.floor((1 << state.bits) * MAX_LOAD);
    counter.runs.push(...state.runs);
    counter.repeats.push(...state.repeats);
    return counter;
  }
}

/** The rows of a key seen more than once, as the count found them: the line of one of them and the key. */
export type KeyedLine = { line: number; h1: number; h2: number };

/** The first `limit` lines offered, in line order. */
export class FirstLines {
  readonly lines: KeyedLine[] = [];
  private readonly limit: number;

  constructor(limit = MAX_REPEATS) {
    this.limit = limit;
  }

  offer(line: number, h1: number, h2: number): void {
    const lines = this.lines;
    if (lines.length >= this.limit && line >= (lines[lines.length - 1] as KeyedLine).line) return;
    let at = lines.length;
    while (at > 0 && (lines[at - 1] as KeyedLine).line > line) at--;
    lines.splice(at, 0, { line, h1, h2 });
    if (lines.length > this.limit) lines.pop();
  }
}

/**
 * Adds up a counter's parts (every thread's table and runs), one group of pages at a time. `next` counts the next
 * group and hands each key seen more than once to `onRepeated`; it returns false when all are counted.
 */
export class KeyCountPass {
  distinct = 0;
  /** Rows whose key occurs more than once (exact for numeric keys; text keys are confirmed by the caller). */
  duplicateRows = 0;
  /** The first lines, in file order, of rows whose key occurs more than once. */
  readonly firstLines = new FirstLines();
  private readonly parts: { counter: KeyCounter; lineOffset: number; cursor: number; fd: number }[];
  private readonly groups: number[] = [];
  private group = 0;
  private readonly entries: Int32Array;
  private readonly table: CountTable;

  /** `groupEntries`: entries counted at once, at most (a page with more is a group alone). */
  constructor(counter: KeyCounter, groupEntries = GROUP_ENTRIES) {
    this.parts = counter.parts().map((part) => ({ ...part, cursor: 0, fd: -1 }));
    const perPage = new Float64Array(PAGES);
    for (const { counter: part } of this.parts) {
      const slots = part.table();
      if (part.size > 0) {
        for (let j = 0; j < slots.length; j += STRIDE) {
          if (slots[j + 2] === 0) continue;
          const q = (slots[j] as number) >>> PAGE_SHIFT;
          perPage[q] = (perPage[q] as number) + 1;
        }
      }
      for (const run of part.runs) for (let q = 0; q < PAGES; q++) perPage[q] = (perPage[q] as number) + (run.pages[q + 1] as number) - (run.pages[q] as number);
    }
    let largest = 0;
    let inGroup = 0;
    for (let q = 0; q < PAGES; q++) {
      const count = perPage[q] as number;
      if (inGroup > 0 && inGroup + count > groupEntries) {
        this.groups.push(q);
        largest = Math.max(largest, inGroup);
        inGroup = 0;
      }
      inGroup += count;
    }
    this.groups.push(PAGES);
    largest = Math.max(largest, inGroup);
    this.entries = new Int32Array(Math.max(1, largest) * STRIDE);
    this.table = new CountTable(largest);
    for (const { counter: part, lineOffset } of this.parts) {
      for (let j = 0; j < part.repeats.length; j += 3) this.firstLines.offer((part.repeats[j] as number) + lineOffset, part.repeats[j + 1] as number, part.repeats[j + 2] as number);
    }
  }

  next(onRepeated?: (h1: number, h2: number, count: number) => void): boolean {
    if (this.group >= this.groups.length) {
      this.close();
      return false;
    }
    const from = this.group === 0 ? 0 : (this.groups[this.group - 1] as number);
    const to = this.groups[this.group++] as number;
    const entries = this.entries;
    let n = 0;
    for (const part of this.parts) {
      const { counter, lineOffset } = part;
      const slots = counter.table();
      if (counter.size > 0) {
        let j = part.cursor;
        for (; j < slots.length; j += STRIDE) {
          if (slots[j + 2] === 0) continue;
          if ((slots[j] as number) >>> PAGE_SHIFT >= to) break;
          const at = n * STRIDE;
          entries[at] = slots[j] as number;
          entries[at + 1] = slots[j + 1] as number;
          entries[at + 2] = slots[j + 2] as number;
          entries[at + 3] = (slots[j + 3] as number) + lineOffset;
          n++;
        }
        part.cursor = j;
      }
      for (const run of counter.runs) {
        const first = run.pages[from] as number;
        const count = (run.pages[to] as number) - first;
        if (count === 0) continue;
        if (part.fd === -1) part.fd = openSync(counter.file as string, 'r');
        const bytes = new Uint8Array(entries.buffer, n * SLOT_BYTES, count * SLOT_BYTES);
        for (let done = 0; done < bytes.length; ) {
          const read = readSync(part.fd, bytes, done, bytes.length - done, run.offset + first * SLOT_BYTES + done);
          if (read === 0) throw new Error(`${counter.file}: the key file ended early`);
          done += read;
        }
        if (lineOffset !== 0) for (let e = n; e < n + count; e++) entries[e * STRIDE + 3] = (entries[e * STRIDE + 3] as number) + lineOffset;
        n += count;
      }
    }
    const table = this.table;
    table.clear();
    for (let e = 0; e < n; e++) {
      const at = e * STRIDE;
      table.add(entries[at] as number, entries[at + 1] as number, entries[at + 2] as number);
    }
    this.distinct += table.size;
    const repeated = table.repeated();
    if (repeated > 0) {
      this.duplicateRows += repeated;
      table.forEachRepeated((h1, h2, count) => onRepeated?.(h1, h2, count));
      // The first row of a repeated key in each table or run (the later ones in a table are among its repeats).
      for (let e = 0; e < n; e++) {
        const at = e * STRIDE;
        const line = entries[at + 3] as number;
        if (table.count(entries[at] as number, entries[at + 1] as number) >= 2) this.firstLines.offer(line, entries[at] as number, entries[at + 1] as number);
      }
    }
    return true;
  }

  /** Counts everything; for keys that are exact (numeric). */
  run(): this {
    while (this.next());
    return this;
  }

  close(): void {
    for (const part of this.parts) {
      if (part.fd !== -1) closeSync(part.fd);
      part.fd = -1;
    }
  }
}

/**
 * Counts per key for one group of pages: open addressing on h2 (h1's top bits are the pages, nearly all alike here),
 * h1, h2 and the count side by side so that a probe touches one cache line. A count past 2^31 - 1 goes on in `large`.
 */
class CountTable {
  size = 0;
  /** The counts added up. */
  rows = 0;
  private readonly mask: number;
  private readonly slots: Int32Array;
  private readonly large = new Map<number, number>();

  constructor(keys: number) {
    const capacity = 2 ** Math.max(4, Math.ceil(Math.log2((keys + 1) / MAX_LOAD)));
    this.mask = capacity - 1;
    this.slots = new Int32Array(capacity * 4);
  }

  clear(): void {
    if (this.size > 0) this.slots.fill(0);
    this.size = 0;
    this.rows = 0;
    this.large.clear();
  }

  add(h1: number, h2: number, count: number): void {
    this.rows += count;
    const slots = this.slots;
    const mask = this.mask;
    let i = (h2 ^ (h1 << 13)) & mask;
    for (;;) {
      const at = i * 4;
      const c = slots[at + 2] as number;
      if (c === 0) {
        slots[at] = h1;
        slots[at + 1] = h2;
        slots[at + 2] = count;
        this.size++;
        return;
      }
      if (slots[at] === h1 && slots[at + 1] === h2) {
        const sum = c + count;
        if (sum <= 0x7fffffff) slots[at + 2] = sum;
        else this.large.set(i, (this.large.get(i) ?? c) + count);
        return;
      }
      i = (i + 1) & mask;
    }
  }

  count(h1: number, h2: number): number {
    const slots = this.slots;
    const mask = this.mask;
    let i = (h2 ^ (h1 << 13)) & mask;
    for (;;) {
      const at = i * 4;
      const c = slots[at + 2] as number;
      if (c === 0) return 0;
      if (slots[at] === h1 && slots[at + 1] === h2) return this.large.get(i) ?? c;
      i = (i + 1) & mask;
    }
  }

  /** Rows of keys counted more than once (none, without looking, when there are as many keys as rows). */
  repeated(): number {
    if (this.rows === this.size) return 0;
    const slots = this.slots;
    let repeated = 0;
    for (let at = 0; at < slots.length; at += 4) {
      const c = slots[at + 2] as number;
      if (c > 1) repeated += this.large.get(at / 4) ?? c;
    }
    return repeated;
  }

  forEachRepeated(visit: (h1: number, h2: number, count: number) => void): void {
    const slots = this.slots;
    for (let at = 0; at < slots.length; at += 4) {
      const c = slots[at + 2] as number;
      if (c > 1) visit(slots[at] as number, slots[at + 1] as number, this.large.get(at / 4) ?? c);
    }
  }
}

/** A small set of keys held whole in memory (the values of `in:` and `not-in:`). */
export class KeySet {
  private readonly mask: number;
  private readonly keys: Int32Array;
  private readonly used: Uint8Array;

  constructor(capacity: number) {
    const size = 2 ** Math.max(4, Math.ceil(Math.log2((capacity + 1) / MAX_LOAD)));
    this.mask = size - 1;
    this.keys = new Int32Array(size * 2);
    this.used = new Uint8Array(size);
  }

  add(h1: number, h2: number): void {
    let i = (h1 ^ (h2 >>> 11)) & this.mask;
    while (this.used[i] === 1) {
      if (this.keys[i * 2] === h1 && this.keys[i * 2 + 1] === h2) return;
      i = (i + 1) & this.mask;
    }
    this.used[i] = 1;
    this.keys[i * 2] = h1;
    this.keys[i * 2 + 1] = h2;
  }

  has(h1: number, h2: number): boolean {
    let i = (h1 ^ (h2 >>> 11)) & this.mask;
    while (this.used[i] === 1) {
      if (this.keys[i * 2] === h1 && this.keys[i * 2 + 1] === h2) return true;
      i = (i + 1) & this.mask;
    }
    return false;
  }
}
