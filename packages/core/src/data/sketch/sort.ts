/**
 * Sorting and selection for the sketches' hot paths, in the order `Float64Array.prototype.sort` gives (ascending,
 * -0 before 0, NaN last), so that a sketch holds exactly what it would with the built-in sort.
 *
 * The built-in sort of a Float64Array costs about 70 ns an item at the sizes the sketches sort (a few hundred, many
 * thousand times a pass: every KLL compaction, every frequent-values purge). A radix sort on the bits takes a
 * third of that: each double becomes a 64-bit key that orders as unsigned integers, and the bytes that are the same
 * in every key (the sign and exponent of values of one magnitude) cost no pass.
 */

const SMALL = 48;
let keys = new Int32Array(2048);
let spare = new Int32Array(2048);
const counts = new Int32Array(8 * 256);

/** Sorts `values[0, n)` in place. */
export function sortNumbers(values: Float64Array, n = values.length): void {
  if (n < SMALL) {
    insertionSort(values, n);
    return;
  }
  if (keys.length < n * 2) {
    keys = new Int32Array(n * 2);
    spare = new Int32Array(n * 2);
  }
  const bits = new Int32Array(values.buffer, values.byteOffset, n * 2);
  counts.fill(0);
  // Little-endian words: [low, high]. Negative numbers have every bit flipped, the others only the sign bit, so
  // the keys order as unsigned integers; NaN of either sign gets the largest key.
  for (let i = 0; i < n; i++) {
    let low = bits[i * 2] as number;
    let high = bits[i * 2 + 1] as number;
    if ((high & 0x7ff00000) === 0x7ff00000 && ((high & 0xfffff) !== 0 || low !== 0)) {
      high = -1;
      low = -1;
    } else if (high < 0) {
      high = ~high;
      low = ~low;
    } else high |= 0x80000000;
    keys[i * 2] = low;
    keys[i * 2 + 1] = high;
    count(counts, low & 255);
    count(counts, 256 + ((low >>> 8) & 255));
    count(counts, 512 + ((low >>> 16) & 255));
    count(counts, 768 + (low >>> 24));
    count(counts, 1024 + (high & 255));
    count(counts, 1280 + ((high >>> 8) & 255));
    count(counts, 1536 + ((high >>> 16) & 255));
    count(counts, 1792 + (high >>> 24));
  }
  let from = keys;
  let to = spare;
  for (let pass = 0; pass < 8; pass++) {
    const base = pass * 256;
    const word = pass >> 2;
    const shift = (pass & 3) * 8;
    // A byte that is the same in every key orders nothing.
    if (counts[base + (((from[word] as number) >>> shift) & 255)] === n) continue;
    let sum = 0;
    for (let b = base; b < base + 256; b++) {
      const inBucket = counts[b] as number;
      counts[b] = sum;
      sum += inBucket;
    }
    for (let i = 0; i < n; i++) {
      const bucket = base + (((from[i * 2 + word] as number) >>> shift) & 255);
      const at = counts[bucket] as number;
      counts[bucket] = at + 1;
      to[at * 2] = from[i * 2] as number;
      to[at * 2 + 1] = from[i * 2 + 1] as number;
    }
    const swap = from;
    from = to;
    to = swap;
  }
  for (let i = 0; i < n; i++) {
    let low = from[i * 2] as number;
    let high = from[i * 2 + 1] as number;
    if (high < 0) high &= 0x7fffffff;
    else {
      high = ~high;
      low = ~low;
    }
    bits[i * 2] = low;
    bits[i * 2 + 1] = high;
  }
  // Every NaN came out as one key (all ones); the built-in sort leaves NaN as it was, which is a NaN all the same.
}

function count(counts: Int32Array, at: number): void {
  counts[at] = (counts[at] as number) + 1;
}

function insertionSort(values: Float64Array, n: number): void {
  for (let i = 1; i < n; i++) {
    const value = values[i] as number;
    if (value !== value) continue;
    let j = i - 1;
    while (j >= 0 && ((values[j] as number) > value || (values[j] as number) !== (values[j] as number) || (value === 0 && values[j] === 0 && Object.is(value, -0) && !Object.is(values[j], -0)))) {
      values[j + 1] = values[j] as number;
      j--;
    }
    values[j + 1] = value;
  }
}

/**
 * The value at index `k` of `values[0, n)` once sorted (Hoare's selection; the array is reordered). For counts:
 * positive numbers, no NaN.
 */
export function selectNth(values: Float64Array, n: number, k: number): number {
  let low = 0;
  let high = n - 1;
  while (high > low) {
    if (high - low < SMALL) {
      insertionSort(values.subarray(low, high + 1), high - low + 1);
      return values[k] as number;
    }
    const a = values[low] as number;
    const b = values[(low + high) >> 1] as number;
    const c = values[high] as number;
    const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
    let i = low;
    let j = high;
    for (;;) {
      while ((values[i] as number) < pivot) i++;
      while ((values[j] as number) > pivot) j--;
      if (i >= j) break;
      const swap = values[i] as number;
      values[i] = values[j] as number;
      values[j] = swap;
      i++;
      j--;
    }
    // [low, j] <= pivot <= [j + 1, high]
    if (k <= j) high = j;
    else low = j + 1;
  }
  return values[k] as number;
}
