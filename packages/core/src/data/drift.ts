/**
 * Drift of each column against a reference profile, with Evidently's defaults: a reference of at most 1000 rows
 * uses KS (numeric) and chi-square (categorical; a Z-test for proportions when there are two values) at p < 0.05;
 * a larger one uses the Wasserstein distance over the reference's standard deviation (numeric, drift at >= 0.1) and
 * the Jensen-Shannon distance (categorical, >= 0.1), because on large samples p-values flag trivial shifts. Numeric
 * columns with at most 5 distinct values are tested as categories. PSI (>= 0.1) and Hellinger (>= 0.4, whylogs'
 * threshold) can be chosen per schema or column. The dataset drifts when the share of drifted columns is >= 0.5.
 *
 * What is exact and what is estimated (README.md, "Drift"): a reference of <= 1000 values keeps them all, and the
 * current data is counted at those values during the pass, so KS is exact; otherwise distribution functions come
 * from the KLL sketches (rank error about 1%). Category counts are exact while a column has at most 1024 distinct
 * values; beyond that the rarest are lumped into one "(other)" category.
 */

import type { DriftResult } from '../evidence/validation.ts';
import type { ColumnAccumulator } from './column.ts';
import { chiSquareSurvival, ksPValue, normalCdf } from './distributions.ts';
import type { DataSchema, DriftMethod } from './schema.ts';
import { HyperLogLog } from './sketch/hll.ts';
import { isNumericType } from './values.ts';

export const DEFAULT_THRESHOLDS: Record<Exclude<DriftMethod, 'auto'>, number> = {
  ks: 0.05,
  'chi-square': 0.05,
  z: 0.05,
  wasserstein: 0.1,
  'jensen-shannon': 0.1,
  psi: 0.1,
  hellinger: 0.4,
};
const P_VALUE_METHODS = new Set(['ks', 'chi-square', 'z']);
export const DEFAULT_DRIFT_SHARE = 0.5;
const SMALL_REFERENCE = 1000;

/** One side of a comparison: a column's accumulator (from the pass, or loaded from a profile). */
type Side = ColumnAccumulator;

/** A distribution function: weighted values in order (exact values with equal weights, or a sketch's items). */
type Steps = { values: Float64Array; weights: Float64Array };

function steps(column: Side): Steps {
  if (column.n > 0 && column.n <= column.sample.length) {
    const values = Float64Array.from(column.sample).sort();
    return { values, weights: new Float64Array(values.length).fill(1 / values.length) };
  }
  if (column.kll === null || column.kll.n === 0) return { values: new Float64Array(0), weights: new Float64Array(0) };
  return column.kll.weightedItems();
}

/** F(x) = share of values <= x (or < x). */
function cdfAt(s: Steps, x: number, inclusive: boolean): number {
  let low = 0;
  let high = s.values.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const v = s.values[middle] as number;
    if (inclusive ? v <= x : v < x) low = middle + 1;
    else high = middle;
  }
  let total = 0;
  for (let i = 0; i < low; i++) total += s.weights[i] as number;
  return total;
}

function cumulative(s: Steps): Float64Array {
  const out = new Float64Array(s.values.length);
  let total = 0;
  for (let i = 0; i < s.values.length; i++) out[i] = total += s.weights[i] as number;
  return out;
}

/** max |F_ref - F_cur| over every value of either side. */
function ksStatistic(reference: Side, current: Side): number {
  if (current.referencePoints !== null && current.referenceBelow !== null && current.referenceAt !== null) {
    // Exact: the current values were counted at the reference's own values during the pass.
    const points = current.referencePoints;
    const ref = steps(reference);
    const refCum = cumulative(ref);
    const below = current.referenceBelow;
    const at = current.referenceAt;
    const m = current.n;
    let curLess = 0;
    let d = 0;
    let refIndex = 0;
    for (let i = 0; i < points.length; i++) {
      const x = points[i] as number;
      curLess += below[i] as number;
      // Left of x: F_ref is the value before x, F_cur has reached every current value < x.
      while (refIndex < ref.values.length && (ref.values[refIndex] as number) < x) refIndex++;
      const refBefore = refIndex === 0 ? 0 : (refCum[refIndex - 1] as number);
      d = Math.max(d, Math.abs(refBefore - curLess / m));
      curLess += at[i] as number;
      let refAt = refIndex;
      while (refAt < ref.values.length && ref.values[refAt] === x) refAt++;
      const refUpTo = refAt === 0 ? 0 : (refCum[refAt - 1] as number);
      d = Math.max(d, Math.abs(refUpTo - curLess / m));
    }
    return d;
  }
  const a = steps(reference);
  const b = steps(current);
  let d = 0;
  for (const s of [a, b]) for (const x of s.values) d = Math.max(d, Math.abs(cdfAt(a, x, true) - cdfAt(b, x, true)));
  return d;
}

/** ∫ |F_ref(x) - F_cur(x)| dx, over the merged steps of both. */
function wasserstein(reference: Side, current: Side): number {
  const a = steps(reference);
  const b = steps(current);
  const points = Float64Array.from([...a.values, ...b.values]).sort();
  let ia = 0;
  let ib = 0;
  let fa = 0;
  let fb = 0;
  let total = 0;
  for (let i = 0; i < points.length - 1; i++) {
    const x = points[i] as number;
    while (ia < a.values.length && (a.values[ia] as number) <= x) fa += a.weights[ia++] as number;
    while (ib < b.values.length && (b.values[ib] as number) <= x) fb += b.weights[ib++] as number;
    total += Math.abs(fa - fb) * ((points[i + 1] as number) - x);
  }
  return total;
}

/** Shares of each side in equal-width bins over both sides' range (numpy.histogram: the last bin is closed). */
function binShares(reference: Side, current: Side, bins: number): [number[], number[]] {
  const low = Math.min(reference.min, current.min);
  const high = Math.max(reference.max, current.max);
  if (!(high > low)) return [[1], [1]];
  const edges = Array.from({ length: bins + 1 }, (_, i) => (i === bins ? high : low + ((high - low) * i) / bins));
  const share = (side: Side) => {
    const s = steps(side);
    return edges.slice(0, -1).map((edge, i) => cdfAt(s, edges[i + 1] as number, i === bins - 1) - cdfAt(s, edge, false));
  };
  return [share(reference), share(current)];
}

/** Category counts of a column (values as text), with what the summary does not list as "(other)". */
function categories(column: Side): Map<string, number> {
  const counts = new Map<string, number>();
  if (column.plan.type === 'boolean') {
    if (column.trues > 0) counts.set('true', column.trues);
    if (column.n - column.trues > 0) counts.set('false', column.n - column.trues);
    return counts;
  }
  let listed = 0;
  const offset = column.frequent?.offset ?? 0;
  // Past 1024 distinct values only values counted above the summary's error are named; the rest is "(other)".
  for (const [value, count] of column.frequent?.items() ?? []) {
    if (count <= offset) continue;
    counts.set(String(value), count);
    listed += count;
  }
  const total = nonMissing(column);
  if (total - listed > 0.5) counts.set('(other)', total - listed);
  return counts;
}

/** Values the tests see: present, and finite for numbers (Evidently drops NaN and infinities). */
function nonMissing(column: Side): number {
  if (column.kll !== null) return column.n;
  return column.rows - column.nulls - column.invalid;
}

function categoricalShares(reference: Side, current: Side): { keys: string[]; ref: number[]; cur: number[]; refCounts: number[]; curCounts: number[] } {
  const a = categories(reference);
  const b = categories(current);
  const keys = [...new Set([...a.keys(), ...b.keys()])];
  const refCounts = keys.map((key) => a.get(key) ?? 0);
  const curCounts = keys.map((key) => b.get(key) ?? 0);
  const na = nonMissing(reference) || 1;
  const nb = nonMissing(current) || 1;
  return { keys, ref: refCounts.map((c) => c / na), cur: curCounts.map((c) => c / nb), refCounts, curCounts };
}

const sharesOf = (shares: { ref: number[]; cur: number[] }): [number[], number[]] => [shares.ref, shares.cur];

/** Evidently's zero filling before JS and PSI: a zero share becomes 0.0001, or a millionth of the smallest share. */
function fillZeroes(shares: number[]): number[] {
  const positive = shares.filter((share) => share > 0);
  const smallest = positive.length === 0 ? 0.0001 : Math.min(...positive);
  const fill = smallest <= 0.0001 ? smallest / 1e6 : 0.0001;
  return shares.map((share) => (share === 0 ? fill : share));
}

/** scipy.spatial.distance.jensenshannon (natural log): the square root of the JS divergence. */
export function jensenShannonDistance(p: number[], q: number[]): number {
  const sp = p.reduce((a, b) => a + b, 0);
  const sq = q.reduce((a, b) => a + b, 0);
  let divergence = 0;
  p.forEach((pi, i) => {
    const a = pi / sp;
    const b = (q[i] as number) / sq;
    const m = (a + b) / 2;
    if (a > 0) divergence += a * Math.log(a / m);
    if (b > 0) divergence += b * Math.log(b / m);
  });
  return Math.sqrt(Math.max(0, divergence / 2));
}

export function populationStabilityIndex(ref: number[], cur: number[]): number {
  return ref.reduce((sum, r, i) => sum + (r - (cur[i] as number)) * Math.log(r / (cur[i] as number)), 0);
}

export function hellingerDistance(p: number[], q: number[]): number {
  let sum = 0;
  p.forEach((pi, i) => {
    sum += (Math.sqrt(pi) - Math.sqrt(q[i] as number)) ** 2;
  });
  return Math.sqrt(sum) / Math.SQRT2;
}

/** Distinct values of both sides together (exact when both have exact summaries). */
function unionDistinct(reference: Side, current: Side): number {
  const exact = (side: Side) => side.plan.type === 'boolean' || (side.frequent !== null && side.frequent.offset === 0);
  if (exact(reference) && exact(current)) return categories(reference).size + [...categories(current).keys()].filter((key) => !categories(reference).has(key)).length;
  const union = new HyperLogLog(new Uint8Array(reference.hll.registers));
  union.merge(current.hll);
  return union.estimate();
}

export type DriftOptions = { referenceRows: number; schema: DataSchema };

function testColumn(reference: Side, current: Side, options: DriftOptions): DriftResult | undefined {
  const name = current.plan.name;
  const setting = options.schema.drift?.columns?.[name] ?? options.schema.columns[name]?.drift;
  if (setting === false) return undefined;
  const numeric = isNumericType(current.plan.type) && isNumericType(reference.plan.type);
  const categorical = !isNumericType(current.plan.type) && !isNumericType(reference.plan.type);
  if (!numeric && !categorical) {
    return { column: name, statistic: 'jensen-shannon', value: null, threshold: 0, drifted: true, note: `the reference holds ${reference.plan.type} values and the data ${current.plan.type} values` };
  }
  const refCount = nonMissing(reference);
  const curCount = nonMissing(current);
  const distinct = unionDistinct(reference, current);
  const fewValues = numeric && distinct <= 5;
  let method: Exclude<DriftMethod, 'auto'>;
  const chosen = setting?.method ?? options.schema.drift?.method ?? 'auto';
  if (chosen !== 'auto') method = chosen;
  else if (options.referenceRows <= SMALL_REFERENCE) method = numeric && !fewValues ? 'ks' : distinct > 2 ? 'chi-square' : 'z';
  else method = numeric && !fewValues ? 'wasserstein' : 'jensen-shannon';
  if (numeric && !fewValues && (method === 'chi-square' || method === 'z')) method = 'ks';
  const threshold = setting?.threshold ?? options.schema.drift?.threshold ?? DEFAULT_THRESHOLDS[method];
  const base = { column: name, statistic: method, threshold, kind: numeric ? ('numeric' as const) : ('categorical' as const), referenceCount: refCount, currentCount: curCount };
  if (refCount === 0 || curCount === 0) return { ...base, value: null, drifted: false, note: 'no values on one side; nothing to compare' };
  const asCategories = !numeric || fewValues;
  const decide = (value: number, extra: Partial<DriftResult> = {}): DriftResult => ({
    ...base,
    ...extra,
    value,
    drifted: P_VALUE_METHODS.has(method) ? value < threshold : value >= threshold,
  });
  switch (method) {
    case 'ks': {
      const d = ksStatistic(reference, current);
      return decide(ksPValue(d, refCount, curCount), { score: d });
    }
    case 'wasserstein': {
      const std = Math.sqrt(reference.m2 / Math.max(reference.n, 1));
      return decide(wasserstein(reference, current) / Math.max(std, 0.001));
    }
    case 'chi-square': {
      const { refCounts, curCounts } = categoricalShares(reference, current);
      const scale = curCount / refCount;
      let statistic = 0;
      refCounts.forEach((count, i) => {
        const expected = count * scale;
        const observed = curCounts[i] as number;
        statistic += expected === 0 ? (observed === 0 ? 0 : Number.POSITIVE_INFINITY) : (observed - expected) ** 2 / expected;
      });
      return decide(chiSquareSurvival(statistic, refCounts.length - 1), { score: Number.isFinite(statistic) ? statistic : null });
    }
    case 'z': {
      const { keys, refCounts, curCounts } = categoricalShares(reference, current);
      if (keys.length <= 1) return decide(1, { score: 0 });
      const p1 = (refCounts[0] as number) / refCount;
      const p2 = (curCounts[0] as number) / curCount;
      const pooled = (p1 * refCount + p2 * curCount) / (refCount + curCount);
      const denominator = Math.sqrt(pooled * (1 - pooled) * (1 / refCount + 1 / curCount));
      if (denominator === 0) return decide(1, { score: 0 });
      const z = (p1 - p2) / denominator;
      return decide(2 * (1 - normalCdf(Math.abs(z))), { score: z });
    }
    case 'jensen-shannon':
    case 'psi': {
      const [ref, cur] = asCategories ? sharesOf(categoricalShares(reference, current)) : binShares(reference, current, 30);
      const r = fillZeroes(ref);
      const c = fillZeroes(cur);
      return decide(method === 'psi' ? populationStabilityIndex(r, c) : jensenShannonDistance(r, c));
    }
    case 'hellinger': {
      const sturges = Math.ceil(Math.log2(refCount + curCount) + 1);
      const [ref, cur] = asCategories ? sharesOf(categoricalShares(reference, current)) : binShares(reference, current, sturges);
      return decide(hellingerDistance(ref, cur));
    }
  }
}

export type DriftReport = { columns: DriftResult[]; summary: { columns: number; drifted: number; share: number; threshold: number; datasetDrift: boolean } };

/** Tests every column present on both sides (by name). */
export function computeDrift(reference: Map<string, ColumnAccumulator>, current: ColumnAccumulator[], options: DriftOptions): DriftReport {
  const columns: DriftResult[] = [];
  for (const column of current) {
    const ref = reference.get(column.plan.name);
    if (ref === undefined) continue;
    const result = testColumn(ref, column, options);
    if (result !== undefined) columns.push(result);
  }
  const tested = columns.filter((column) => column.value !== null || column.drifted);
  const drifted = tested.filter((column) => column.drifted).length;
  const share = tested.length === 0 ? 0 : drifted / tested.length;
  const threshold = options.schema.drift?.share ?? DEFAULT_DRIFT_SHARE;
  return { columns, summary: { columns: tested.length, drifted, share, threshold, datasetDrift: tested.length > 0 && share >= threshold } };
}
