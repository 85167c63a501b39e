import { describe, expect, it } from 'vitest';
import { selectNth, sortNumbers } from '../src/data/sketch/sort.ts';

function random(seed: number): () => number {
  let x = seed;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

const SPECIALS = [0, -0, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.MIN_VALUE, -Number.MIN_VALUE, 1, -1, Number.MAX_VALUE, -Number.MAX_VALUE];

const KINDS: [string, (next: () => number) => number][] = [
  ['few small integers, both signs', (next) => Math.floor(next() * 10) - 5],
  ['wide floats, both signs', (next) => (next() - 0.5) * 1e6],
  ['specials: zeros of both signs, NaN, infinities, subnormals', (next) => SPECIALS[Math.floor(next() * SPECIALS.length)] as number],
  ['epoch milliseconds (one exponent)', (next) => 1.7e12 + Math.floor(next() * 1e9)],
  ['only zeros of both signs', (next) => (next() < 0.5 ? -0 : 0)],
];

/** The sketches must hold exactly what they held with the built-in sort: bit for bit, -0 apart from 0. */
function sameBits(actual: Float64Array, expected: Float64Array): boolean {
  return actual.length === expected.length && actual.every((value, i) => Object.is(value, expected[i]));
}

describe('sortNumbers', () => {
  it.each(KINDS.flatMap(([name, make]) => [5, 47, 48, 512, 3000].map((n) => [name, n, make] as const)))('orders %s (n = %i) as Float64Array.prototype.sort does', (_, n, make) => {
    const next = random(n * 31 + 7);
    for (let trial = 0; trial < 20; trial++) {
      const values = Float64Array.from({ length: n }, () => make(next));
      const expected = values.slice().sort();
      sortNumbers(values);
      expect(sameBits(values, expected)).toBe(true);
    }
  });

  it('sorts only the first n items when given n', () => {
    const values = Float64Array.of(3, 1, 2, 9, 0);
    sortNumbers(values, 3);
    expect([...values]).toEqual([1, 2, 3, 9, 0]);
  });
});

describe('selectNth', () => {
  it.each([1, 2, 47, 48, 1025, 4000])('finds the k-th smallest count of %i', (n) => {
    const next = random(n);
    for (let trial = 0; trial < 20; trial++) {
      const counts = Float64Array.from({ length: n }, () => 1 + Math.floor(next() * (trial % 2 === 0 ? 3 : 1000)));
      const sorted = counts.slice().sort();
      for (const k of [0, n >> 1, n - 1, Math.floor(next() * n)]) expect(selectNth(counts.slice(), n, k)).toBe(sorted[k]);
    }
  });
});
