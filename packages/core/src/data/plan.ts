/**
 * From a schema, the data's header and a sample of its rows to the plan of the pass: each column's type (declared,
 * or sniffed from the sample) and the per-value checks it runs.
 */

import type { ColumnPlan } from './column.ts';
import { type DataSchema, boundValue } from './schema.ts';
import type { TablePlan } from './table.ts';
import { type ColumnType, parseTypedText } from './values.ts';

/**
 * Exact uniqueness counts every distinct value in bounded memory, spilling to temporary files (README.md, "Memory"),
 * so by default there is no limit; a schema's limits.max-distinct sets one.
 */
export const DEFAULT_MAX_DISTINCT = Number.POSITIVE_INFINITY;
export const KLL_K = 200;
export const FREQUENT_CAPACITY = 1024;

/**
 * The type a column's sample fits, narrowest first: boolean (true/false words), integer, number (decimals, NaN,
 * Infinity), date, datetime, else string. Missing values are ignored; a column with none but missing is string.
 */
export function sniffType(values: readonly unknown[], nullValues: readonly string[]): ColumnType {
  const present = values.filter((value) => value !== null && value !== undefined && !(typeof value === 'string' && (value === '' || nullValues.includes(value))));
  if (present.length === 0) return 'string';
  if (present.every((value) => typeof value === 'boolean' || (typeof value === 'string' && /^\s*(true|false)\s*$/i.test(value)))) return 'boolean';
  const fits = (type: ColumnType) =>
    present.every((value) => {
      if (typeof value === 'number' || typeof value === 'bigint') return type === 'number' || (type === 'integer' && Number.isInteger(Number(value)));
      if (typeof value !== 'string') return false;
      return !Number.isNaN(parseTypedText(type, value)) || (type === 'number' && /^\s*[+-]?(nan|inf|infinity)\s*$/i.test(value));
    });
  for (const type of ['integer', 'number'] as const) if (fits(type)) return type;
  if (present.every((value) => typeof value === 'string')) {
    for (const type of ['date', 'datetime'] as const) if (fits(type)) return type;
  }
  return 'string';
}

export type PlanInput = {
  names: string[];
  sample: unknown[][];
  schema: DataSchema;
  /** Sorted finite values per column of a reference small enough to keep them all (exact KS). */
  referencePoints?: Map<string, number[]>;
  /** Types fixed by the file format (Parquet). */
  sourceTypes?: (ColumnType | undefined)[];
};

export function buildPlan(input: PlanInput): TablePlan {
  const { names, sample, schema } = input;
  const nullValues = schema['null-values'] ?? [''];
  const maxDistinct = schema.limits?.['max-distinct'] ?? DEFAULT_MAX_DISTINCT;
  const columns = names.map((name, c): ColumnPlan => {
    const spec = schema.columns[name] ?? {};
    const sourceType = input.sourceTypes?.[c];
    const type: ColumnType = spec.type ?? sourceType ?? sniffType(sample.map((row) => row[c]), nullValues);
    const mostly = spec.mostly ?? 1;
    const notNull =
      spec.nullable === false
        ? { mostly }
        : spec['not-null'] === true
          ? { mostly }
          : typeof spec['not-null'] === 'object'
            ? { mostly: spec['not-null'].mostly }
            : undefined;
    const bound = (value: string | number | undefined) => (value === undefined ? undefined : boundValue(type, value));
    const between = spec.min !== undefined || spec.max !== undefined ? { min: bound(spec.min), max: bound(spec.max) } : undefined;
    const length = typeof spec.length === 'number' ? { min: spec.length, max: spec.length } : spec.length;
    const order = (value: boolean | 'strictly' | undefined) => (value === undefined || value === false ? undefined : { strict: value === 'strictly' });
    const points = input.referencePoints?.get(name);
    return {
      name,
      type,
      declared: spec.type !== undefined || sourceType !== undefined,
      nullValues,
      mostly,
      ...(notNull === undefined ? {} : { notNull }),
      ...(between === undefined ? {} : { between: { ...(between.min === undefined ? {} : { min: between.min }), ...(between.max === undefined ? {} : { max: between.max }) } }),
      ...(spec.in === undefined ? {} : { in: spec.in }),
      ...(spec['not-in'] === undefined ? {} : { notIn: spec['not-in'] }),
      ...(spec.regex === undefined ? {} : { regex: spec.regex }),
      ...(spec.format === undefined ? {} : { format: spec.format }),
      ...(length === undefined ? {} : { length }),
      exactKeys: spec.unique === true || spec.distinct !== undefined,
      finite: spec.finite === true,
      ...(order(spec.increasing) === undefined ? {} : { increasing: order(spec.increasing) }),
      ...(order(spec.decreasing) === undefined ? {} : { decreasing: order(spec.decreasing) }),
      ...(points === undefined ? {} : { referencePoints: points }),
      maxDistinct,
      kllK: KLL_K,
      frequentCapacity: FREQUENT_CAPACITY,
    };
  });
  const compoundKeys = (schema.table?.unique ?? []).filter((key) => key.every((name) => names.includes(name))).map((key) => key.map((name) => names.indexOf(name)));
  return { columns, compoundKeys, maxDistinct };
}
