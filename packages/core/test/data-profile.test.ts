import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FrequentItems, HyperLogLog, KllSketch, mergeProfiles, profileData } from '../src/data/index.ts';
import { hashed, hashNumber, hashText, unhashNumber } from '../src/data/sketch/hash.ts';
import { KeyCounter, KeyCountPass } from '../src/data/sketch/key-counter.ts';
import { ProfileEvidenceSchema } from '../src/evidence/profile.ts';
import { tempDir } from './data-helpers.ts';

function random(seed: number): () => number {
  let x = seed;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

/** How many sorted values are < x (or <= x). */
function rank(sorted: Float64Array, x: number, inclusive: boolean): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const v = sorted[middle] as number;
    if (inclusive ? v <= x : v < x) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The largest distance of q from the rank range of quantile(q), over q = 0.01 .. 0.99 (ties make a range). */
function worstRankError(sketch: KllSketch, sorted: Float64Array): number {
  let worst = 0;
  for (let i = 1; i < 100; i++) {
    const q = i / 100;
    const value = sketch.quantile(q);
    const below = rank(sorted, value, false) / sorted.length;
    const upTo = rank(sorted, value, true) / sorted.length;
    worst = Math.max(worst, below - q, q - upTo);
  }
  return worst;
}

describe('KLL quantile sketch', () => {
  it.each([
    ['uniform', (r: () => number) => r() * 1000],
    ['skewed', (r: () => number) => Math.exp(r() * 12)],
    ['few values', (r: () => number) => Math.floor(r() * 5)],
  ])('stays within 2%% rank error on 300,000 %s values, and after merging two halves', (_name, draw) => {
    const next = random(7);
    const values = Float64Array.from({ length: 300_000 }, () => draw(next));
    const whole = new KllSketch(200);
    const first = new KllSketch(200, 1);
    const second = new KllSketch(200, 2);
    values.forEach((value, i) => {
      whole.update(value);
      (i < 150_000 ? first : second).update(value);
    });
    first.merge(second);
    const sorted = values.slice().sort();
    expect(worstRankError(whole, sorted)).toBeLessThan(0.02);
    expect(worstRankError(first, sorted)).toBeLessThan(0.02);
    expect(first.n).toBe(300_000);
    expect(first.retained).toBeLessThan(1200);
    expect(whole.quantile(0)).toBe(sorted[0]);
    expect(whole.quantile(1)).toBe(sorted[sorted.length - 1]);
  });

  it('survives a save and load', () => {
    const sketch = new KllSketch(200);
    for (let i = 0; i < 50_000; i++) sketch.update(i);
    const loaded = KllSketch.load(sketch.save());
    expect(loaded.quantile(0.5)).toBeCloseTo(sketch.quantile(0.5), -2);
    expect(loaded.n).toBe(50_000);
  });
});

describe('HyperLogLog (lg_k 12)', () => {
  it.each([10, 1_000, 100_000, 1_000_000])('estimates %i distinct values within 5%% (1.6%% standard error)', (n) => {
    const sketch = new HyperLogLog();
    for (let i = 0; i < n; i++) {
      hashText(`user-${i}`);
      sketch.add(hashed.h1);
      sketch.add(hashed.h1); // repeats change nothing
    }
    expect(Math.abs(sketch.estimate() / n - 1)).toBeLessThan(n <= 1000 ? 0.02 : 0.05);
  });

  it('merges by register maximum', () => {
    const a = new HyperLogLog();
    const b = new HyperLogLog();
    for (let i = 0; i < 100_000; i++) {
      hashNumber(i);
      (i % 2 === 0 ? a : b).add(hashed.h1);
    }
    a.merge(b);
    expect(Math.abs(a.estimate() / 100_000 - 1)).toBeLessThan(0.05);
  });
});

describe('frequent values and exact keys', () => {
  it('finds the heavy hitters of a long tail, with counts within the error bound', () => {
    const items = new FrequentItems(true, 64);
    const truth = new Map<string, number>();
    const next = random(3);
    for (let i = 0; i < 50_000; i++) {
      const value = next() < 0.5 ? `hot-${Math.floor(next() * 5)}` : `tail-${Math.floor(next() * 20_000)}`;
      truth.set(value, (truth.get(value) ?? 0) + 1);
      items.add(value, 1);
    }
    const top = items.items().slice(0, 5);
    expect(top.map(([value]) => value).sort()).toEqual(['hot-0', 'hot-1', 'hot-2', 'hot-3', 'hot-4']);
    for (const [value, count] of top) {
      expect(count).toBeLessThanOrEqual(truth.get(value as string) as number);
      expect(count + items.offset).toBeGreaterThanOrEqual(truth.get(value as string) as number);
    }
  });

  it('counts every row of a repeated key, merged across parts with their lines', () => {
    const a = new KeyCounter({ maxBits: 10 });
    const b = new KeyCounter({ maxBits: 10 });
    for (const [counter, value, line] of [[a, 1, 2], [a, 2, 3], [b, 2, 1], [b, 3, 2], [b, 3, 3]] as const) {
      hashNumber(value);
      counter.add(hashed.h1, hashed.h2, line);
    }
    a.merge(b, 10);
    const pass = new KeyCountPass(a).run();
    expect(pass.duplicateRows).toBe(4);
    expect(pass.distinct).toBe(3);
    // Value 2 on lines 3 and 11 (across the parts), value 3 on lines 12 and 13 (within b).
    expect(pass.firstLines.lines.map((entry) => [entry.line, unhashNumber(entry.h1, entry.h2)])).toEqual([[3, 2], [11, 2], [12, 3], [13, 3]]);
  });
});

describe('profile', () => {
  it('of two halves merges into the profile of the whole: counts exactly, sketches within error', async () => {
    const dir = tempDir();
    const next = random(11);
    const header = 'id,x,cat,flag\n';
    const rows = Array.from({ length: 40_000 }, (_, i) => `${i},${i % 10 === 0 ? '' : (next() * 100).toFixed(3)},${['a', 'b', 'c'][i % 3]},${i % 4 === 0}`);
    writeFileSync(join(dir, 'all.csv'), header + rows.join('\n'));
    writeFileSync(join(dir, 'one.csv'), header + rows.slice(0, 15_000).join('\n'));
    writeFileSync(join(dir, 'two.csv'), header + rows.slice(15_000).join('\n'));
    const profile = (name: string) => profileData({ path: join(dir, name) }, { git: null, threads: 1 });
    const [whole, one, two] = await Promise.all([profile('all.csv'), profile('one.csv'), profile('two.csv')]);
    const merged = mergeProfiles(one, two);
    expect(() => ProfileEvidenceSchema.parse(merged)).not.toThrow();
    expect(merged.rows).toBe(whole.rows);
    for (const [m, w] of merged.columns.map((c, i) => [c, whole.columns[i]] as const)) {
      expect([m.name, m.type, m.count, m.nulls, m.invalid]).toEqual([w?.name, w?.type, w?.count, w?.nulls, w?.invalid]);
      if (m.numeric !== undefined && w?.numeric !== undefined) {
        expect(m.numeric.count).toBe(w.numeric.count);
        expect(m.numeric.min).toBe(w.numeric.min);
        expect(m.numeric.max).toBe(w.numeric.max);
        expect(m.numeric.sum).toBeCloseTo(w.numeric.sum, 6);
        expect(m.numeric.mean as number).toBeCloseTo(w.numeric.mean as number, 9);
        expect(m.numeric.std as number).toBeCloseTo(w.numeric.std as number, 9);
        const range = (w.numeric.max as number) - (w.numeric.min as number);
        expect(Math.abs((m.numeric.quantiles['0.5'] as number) - (w.numeric.quantiles['0.5'] as number))).toBeLessThan(0.03 * range);
      }
      expect(Math.abs(m.distinct - (w?.distinct ?? 0))).toBeLessThanOrEqual(0.05 * (w?.distinct ?? 0));
    }
    expect(merged.columns.find((c) => c.name === 'cat')?.frequent).toMatchObject({ exact: true, items: [['a', 13_334], ['b', 13_333], ['c', 13_333]] });
    expect(merged.columns.find((c) => c.name === 'flag')?.boolean).toEqual({ trues: 10_000, falses: 30_000 });
  });

  it('is small: kilobytes, whatever the rows', async () => {
    const dir = tempDir();
    const next = random(5);
    const rows = Array.from({ length: 200_000 }, (_, i) => `${i},${next()},${Math.floor(next() * 1e6)},name-${Math.floor(next() * 1e5)}`);
    writeFileSync(join(dir, 'big.csv'), `a,b,c,d\n${rows.join('\n')}\n`);
    const profile = await profileData({ path: join(dir, 'big.csv') }, { git: null, threads: 1 });
    expect(JSON.stringify(profile).length).toBeLessThan(80_000);
  });
});
