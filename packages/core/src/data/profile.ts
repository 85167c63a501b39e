/**
 * The profile of a pass (`crucible/profile@1`): per column exact counts and moments plus the sketches, encoded
 * small (KLL levels as little-endian float64, HyperLogLog registers deflated, both base64). A profile loads back
 * into accumulators, so profiles merge (`mergeProfiles`) and serve as the drift reference without the data.
 */

import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { GitInfo } from '../evidence/common.ts';
import type { DataFileInfo, ProfileColumn, ProfileEvidence } from '../evidence/profile.ts';
import { ColumnAccumulator, type ColumnPlan } from './column.ts';
import { FREQUENT_CAPACITY, KLL_K } from './plan.ts';
import { FrequentItems } from './sketch/frequent.ts';
import { HyperLogLog } from './sketch/hll.ts';
import { KllSketch } from './sketch/kll.ts';
import type { TableAccumulator } from './table.ts';
import type { ColumnType } from './values.ts';

export const PROFILE_QUANTILES = [0, 0.01, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 1];
const HISTOGRAM_BINS = 20;
/** Frequent values kept in a saved profile when the column has more distinct values than that. */
const SAVED_FREQUENT = 100;

const nullable = (value: number) => (Number.isFinite(value) ? value : null);

function encodeFloats(values: Float64Array): string {
  return Buffer.from(values.buffer, values.byteOffset, values.byteLength).toString('base64');
}

function decodeFloats(text: string): Float64Array {
  const bytes = Buffer.from(text, 'base64');
  const copy = new Uint8Array(bytes.length - (bytes.length % 8));
  copy.set(bytes.subarray(0, copy.length));
  return new Float64Array(copy.buffer);
}

/** The type a column turned out to have: a sniffed numeric column without fractions is integer. */
export function profiledType(column: ColumnAccumulator): ColumnType {
  const { type, declared } = column.plan;
  if (!declared && (type === 'integer' || type === 'number')) return column.fraction ? 'number' : 'integer';
  return type;
}

/** Distinct values: exact where the pass kept every value, else the HyperLogLog estimate. */
export function distinctOf(column: ColumnAccumulator): { value: number; exact: boolean } {
  if (column.keyCount !== null && !column.keyCount.overflowed) return { value: column.keyCount.distinct, exact: true };
  if (column.frequent !== null && column.frequent.offset === 0) return { value: column.frequent.size, exact: true };
  if (column.plan.type === 'boolean') return { value: (column.trues > 0 ? 1 : 0) + (column.n - column.trues > 0 ? 1 : 0), exact: true };
  return { value: column.hll.estimate(), exact: false };
}

function histogram(column: ColumnAccumulator): { edges: number[]; counts: number[] } {
  const kll = column.kll;
  if (kll === null || column.n === 0) return { edges: [], counts: [] };
  const { min, max, n } = column;
  if (min === max) return { edges: [min, max], counts: [n] };
  const edges = Array.from({ length: HISTOGRAM_BINS + 1 }, (_, i) => (i === HISTOGRAM_BINS ? max : min + ((max - min) * i) / HISTOGRAM_BINS));
  const exact = column.n <= column.sample.length ? [...column.sample].sort((a, b) => a - b) : undefined;
  const below = (x: number, inclusive: boolean) => {
    if (exact === undefined) return kll.cdf(x, inclusive) * n;
    let count = 0;
    for (const value of exact) if (inclusive ? value <= x : value < x) count++;
    return count;
  };
  const counts = edges.slice(0, -1).map((edge, i) => Math.round(below(edges[i + 1] as number, i === HISTOGRAM_BINS - 1) - below(edge, false)));
  return { edges, counts };
}

export function profileColumn(column: ColumnAccumulator): ProfileColumn {
  const type = profiledType(column);
  const distinct = distinctOf(column);
  const out: ProfileColumn = {
    name: column.plan.name,
    type,
    declared: column.plan.declared,
    count: column.rows,
    nulls: column.nulls,
    invalid: column.invalid,
    distinct: distinct.value,
    sketches: { hll: deflateRawSync(column.hll.registers).toString('base64') },
  };
  if (column.kll !== null) {
    const kll = column.kll;
    out.numeric = {
      count: column.n,
      min: column.n > 0 ? column.min : null,
      max: column.n > 0 ? column.max : null,
      mean: column.n > 0 ? column.mean : null,
      std: column.n > 1 ? Math.sqrt(column.m2 / (column.n - 1)) : column.n === 1 ? 0 : null,
      m2: column.m2,
      sum: column.sum,
      nan: column.nan,
      positiveInfinity: column.positiveInfinity,
      negativeInfinity: column.negativeInfinity,
      integer: type === 'integer',
      quantiles: Object.fromEntries(PROFILE_QUANTILES.map((q) => [String(q), column.n > 0 ? nullable(quantileOf(column, q)) : null])),
      histogram: histogram(column),
    };
    const state = kll.save();
    out.sketches.kll = { k: state.k, n: state.n, min: nullable(state.min), max: nullable(state.max), seed: state.seed, levels: state.levels.map(encodeFloats) };
    if (column.n <= 1000 && column.sample.length === column.n) out.sample = column.sample;
  }
  if (column.plan.type === 'boolean') out.boolean = { trues: column.trues, falses: column.n - column.trues };
  if (column.plan.type === 'string') {
    out.text = {
      minLength: column.n > 0 ? column.minLength : null,
      maxLength: column.n > 0 ? column.maxLength : null,
      meanLength: column.n > 0 ? column.sumLength / column.n : null,
      lengthSum: column.sumLength,
    };
  }
  if (column.frequent !== null) {
    const exact = column.frequent.offset === 0;
    const saved = column.frequent.save(exact ? FREQUENT_CAPACITY : SAVED_FREQUENT);
    out.frequent = { exact: saved.offset === 0, offset: saved.offset, n: saved.n, items: saved.items };
  } else if (column.plan.type === 'boolean') {
    const items: [string | number, number][] = [];
    if (column.trues > 0) items.push(['true', column.trues]);
    if (column.n - column.trues > 0) items.push(['false', column.n - column.trues]);
    out.frequent = { exact: true, offset: 0, n: column.n, items };
  }
  return out;
}

/** A quantile of a column: exact from the kept values when there are few, else the KLL estimate. */
export function quantileOf(column: ColumnAccumulator, q: number): number {
  if (column.n > 0 && column.n <= column.sample.length) {
    // Linear interpolation between order statistics (numpy's default, Great Expectations' "linear").
    const sorted = [...column.sample].sort((a, b) => a - b);
    const position = q * (sorted.length - 1);
    const low = Math.floor(position);
    const high = Math.ceil(position);
    return (sorted[low] as number) + ((sorted[high] as number) - (sorted[low] as number)) * (position - low);
  }
  return (column.kll as KllSketch).quantile(q);
}

/** A profile column back as an accumulator (no checks): for merging profiles and as a drift reference. */
export function accumulatorFromProfile(profile: ProfileColumn): ColumnAccumulator {
  const plan: ColumnPlan = {
    name: profile.name,
    type: profile.type,
    declared: true,
    nullValues: [''],
    mostly: 1,
    exactKeys: false,
    finite: false,
    maxDistinct: 0,
    kllK: profile.sketches.kll?.k ?? KLL_K,
    frequentCapacity: FREQUENT_CAPACITY,
  };
  const column = new ColumnAccumulator(plan);
  column.rows = profile.count;
  column.nulls = profile.nulls;
  column.invalid = profile.invalid;
  column.hll = new HyperLogLog(new Uint8Array(inflateRawSync(Buffer.from(profile.sketches.hll, 'base64'))));
  const numeric = profile.numeric;
  if (numeric !== undefined) {
    column.n = numeric.count;
    column.mean = numeric.mean ?? 0;
    column.m2 = numeric.m2;
    column.sum = numeric.sum;
    column.min = numeric.min ?? Number.POSITIVE_INFINITY;
    column.max = numeric.max ?? Number.NEGATIVE_INFINITY;
    column.nan = numeric.nan;
    column.positiveInfinity = numeric.positiveInfinity;
    column.negativeInfinity = numeric.negativeInfinity;
    column.fraction = !numeric.integer;
    column.sample = profile.sample ?? [];
    const kll = profile.sketches.kll;
    if (kll !== undefined) {
      column.kll = KllSketch.load({
        k: kll.k,
        n: kll.n,
        min: kll.min ?? Number.POSITIVE_INFINITY,
        max: kll.max ?? Number.NEGATIVE_INFINITY,
        seed: kll.seed,
        levels: kll.levels.map(decodeFloats),
      });
    }
  }
  if (profile.boolean !== undefined) {
    column.n = profile.boolean.trues + profile.boolean.falses;
    column.trues = profile.boolean.trues;
  }
  if (profile.text !== undefined) {
    column.n = profile.count - profile.nulls - profile.invalid;
    column.minLength = profile.text.minLength ?? Number.POSITIVE_INFINITY;
    column.maxLength = profile.text.maxLength ?? 0;
    column.sumLength = profile.text.lengthSum;
  }
  if (profile.frequent !== undefined && profile.type !== 'boolean') {
    column.frequent = FrequentItems.load({ capacity: FREQUENT_CAPACITY, offset: profile.frequent.offset, n: profile.frequent.n, items: profile.frequent.items }, profile.type === 'string');
  } else column.frequent = null;
  return column;
}

export type ProfileContext = { data: DataFileInfo; git: GitInfo; createdAt?: string; timings?: Record<string, number> };

export function profileEvidence(table: TableAccumulator, context: ProfileContext): ProfileEvidence {
  return {
    schema: 'crucible/profile@1',
    ...(context.createdAt === undefined ? {} : { createdAt: context.createdAt }),
    git: context.git,
    data: context.data,
    rows: table.rows,
    columns: table.columns.map(profileColumn),
    ...(context.timings === undefined ? {} : { timings: context.timings }),
  };
}

/**
 * Two profiles of parts of one data set as the profile of the whole: counts, sums, moments, minima and maxima
 * exactly; quantiles, distinct counts and frequent values within their sketches' error. Columns are matched by name.
 */
export function mergeProfiles(first: ProfileEvidence, second: ProfileEvidence): ProfileEvidence {
  const names = [...first.columns.map((c) => c.name), ...second.columns.map((c) => c.name).filter((name) => !first.columns.some((c) => c.name === name))];
  const columns = names.map((name) => {
    const a = first.columns.find((c) => c.name === name);
    const b = second.columns.find((c) => c.name === name);
    if (a === undefined) return b as ProfileColumn;
    if (b === undefined) return a;
    const merged = accumulatorFromProfile(a);
    merged.merge(accumulatorFromProfile(b), 0);
    // The kept values are only complete when both sides kept all of theirs.
    if (a.sample === undefined || b.sample === undefined) merged.sample = [];
    const out = profileColumn(merged);
    if (a.sample === undefined || b.sample === undefined) delete out.sample;
    out.declared = a.declared && b.declared;
    return out;
  });
  return {
    schema: 'crucible/profile@1',
    git: first.git,
    data: { ...first.data, file: `${first.data.file} + ${second.data.file}`, bytes: first.data.bytes + second.data.bytes, sha256: '' },
    rows: first.rows + second.rows,
    columns,
  };
}
