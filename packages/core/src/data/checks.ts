/**
 * Check results from a finished pass, in Great Expectations' terms: element count, missing count and percent,
 * unexpected count and percent (of the non-missing values, as GE's default), up to 20 examples with their lines,
 * the observed value, and success judged against `mostly` (the share of values that must pass, default 1).
 * Every check of the schema is evaluated; none stops the others.
 */

import type { CheckResult } from '../evidence/validation.ts';
import type { Example } from './checks-state.ts';
import type { ColumnAccumulator } from './column.ts';
import { distinctOf, quantileOf } from './profile.ts';
import { boundValue, type ColumnSchema, type DataSchema } from './schema.ts';
import type { TableAccumulator } from './table.ts';
import { formatTypedValue, isNumericType, type ColumnType } from './values.ts';

const percent = (part: number, whole: number) => (whole === 0 ? null : (100 * part) / whole);

function describeRange(range: { min?: number | string | undefined; max?: number | string | undefined }): string {
  if (range.min !== undefined && range.max !== undefined) return `between ${range.min} and ${range.max}`;
  return range.min !== undefined ? `at least ${range.min}` : `at most ${range.max}`;
}

function inRange(value: number, range: { min?: number | string | undefined; max?: number | string | undefined }, type: ColumnType): boolean {
  const low = range.min === undefined ? Number.NEGATIVE_INFINITY : typeof range.min === 'number' && type !== 'date' && type !== 'datetime' ? range.min : boundValue(type, range.min);
  const high = range.max === undefined ? Number.POSITIVE_INFINITY : typeof range.max === 'number' && type !== 'date' && type !== 'datetime' ? range.max : boundValue(type, range.max);
  return value >= low && value <= high;
}

/** Lines in file order, each once (merging parts may name a line twice). */
function tidy(examples: Example[]): Example[] {
  const seen = new Set<number>();
  return examples
    .filter((example) => {
      if (seen.has(example.line)) return false;
      seen.add(example.line);
      return true;
    })
    .sort((a, b) => a.line - b.line)
    .slice(0, 20)
    .map((example) => (typeof example.value === 'string' && example.value.length > MAX_EXAMPLE_CHARS ? { ...example, value: `${example.value.slice(0, MAX_EXAMPLE_CHARS)}... (${example.value.length} characters)` } : example));
}

/**
 * The most characters of a cell kept as an example in the evidence (and so in the report): a cell may be
 * anything, a whole file's worth of text; a glimpse says which value it was.
 */
export const MAX_EXAMPLE_CHARS = 200;

export type CheckContext = {
  schema: DataSchema;
  table: TableAccumulator;
  /** The data's column names in file order. */
  names: string[];
  /** Line of the header (CSV/TSV: 1), where a missing column is pointed at. */
  headerLine: number | undefined;
};

function columnChecks(name: string, spec: ColumnSchema, column: ColumnAccumulator): CheckResult[] {
  const results: CheckResult[] = [];
  const type = column.plan.type;
  const mostly = spec.mostly ?? 1;
  const elementCount = column.rows;
  const missingCount = column.nulls;
  const present = elementCount - missingCount;
  const evaluated = present - column.invalid;
  const common = { column: name, elementCount, missingCount, missingPercent: percent(missingCount, elementCount) };
  const judge = (unexpected: number, whole: number, share = mostly) => whole === 0 || 1 - unexpected / whole >= share - 1e-12;
  const valueCheck = (kind: string, unexpected: number, examples: Example[], expected: string, extra: Partial<CheckResult> = {}, whole = evaluated) => {
    results.push({
      type: kind,
      ...common,
      success: judge(unexpected, whole),
      unexpectedCount: unexpected,
      unexpectedPercent: percent(unexpected, whole),
      examples: tidy(examples),
      expected,
      ...(mostly < 1 ? { mostly } : {}),
      ...extra,
    });
  };
  const show = (value: number) => formatTypedValue(type, value);
  if (spec.type !== undefined) valueCheck('type', column.invalid, column.typeTally.examples, `${spec.type} values (README.md, "Type parsing rules")`, { observed: column.invalid === 0 ? spec.type : `${column.invalid} value(s) are not ${spec.type}` }, present);
  if (column.plan.notNull !== undefined) {
    const share = column.plan.notNull.mostly;
    results.push({
      type: 'not-null',
      ...common,
      success: judge(missingCount, elementCount, share),
      unexpectedCount: missingCount,
      unexpectedPercent: percent(missingCount, elementCount),
      examples: tidy(column.nullTally.examples),
      observed: missingCount,
      expected: 'no missing values',
      ...(share < 1 ? { mostly: share } : {}),
    });
  }
  if (spec.min !== undefined || spec.max !== undefined) {
    valueCheck('between', column.betweenTally.unexpected, column.betweenTally.examples, `every value ${describeRange(spec)}`, {
      observed: column.n > 0 ? { min: show(column.min), max: show(column.max) } : null,
    });
  }
  if (spec.in !== undefined) valueCheck('in', column.inTally.unexpected, column.inTally.examples, `one of ${JSON.stringify(spec.in).slice(0, 500)}`);
  if (spec['not-in'] !== undefined) valueCheck('not-in', column.notInTally.unexpected, column.notInTally.examples, `none of ${JSON.stringify(spec['not-in']).slice(0, 500)}`);
  if (spec.regex !== undefined) valueCheck('regex', column.regexTally.unexpected, column.regexTally.examples, `matches /${spec.regex}/`, {}, present);
  if (spec.format !== undefined) valueCheck('format', column.formatTally.unexpected, column.formatTally.examples, `dates written as ${spec.format}`, {}, present);
  if (spec.length !== undefined) {
    const range = typeof spec.length === 'number' ? { min: spec.length, max: spec.length } : spec.length;
    valueCheck('length', column.lengthTally.unexpected, column.lengthTally.examples, `length ${describeRange(range)} characters`, {
      observed: column.plan.type === 'string' && column.n > 0 ? { min: column.minLength, max: column.maxLength } : undefined,
    }, present);
  }
  if (spec.unique === true) {
    const keys = column.keyCount;
    if (keys === null || keys.overflowed) {
      results.push({
        type: 'unique',
        ...common,
        success: false,
        expected: 'every value once',
        reason: `could not check exactly: more than ${column.plan.maxDistinct.toLocaleString('en-US')} distinct values, the schema's limits.max-distinct. Raise it or leave it out to count them all.`,
        observed: { distinctEstimate: column.hll.estimate() },
        approximate: true,
      });
    } else {
      valueCheck('unique', keys.duplicateRows, keys.examples, 'every value once (every row of a repeated value counts)', { observed: { distinct: keys.distinct, duplicatedRows: keys.duplicateRows } });
    }
  }
  if (spec.distinct !== undefined) {
    const distinct = distinctOf(column);
    const overflowed = column.keyCount?.overflowed === true;
    results.push({
      type: 'distinct',
      ...common,
      success: inRange(distinct.value, spec.distinct, 'integer'),
      observed: distinct.value,
      expected: `${describeRange(spec.distinct)} distinct values`,
      ...(distinct.exact ? {} : { approximate: true, reason: overflowed ? `more than ${column.plan.maxDistinct} distinct values: a HyperLogLog estimate (about 1.6% error)` : 'a HyperLogLog estimate (about 1.6% error)' }),
    });
  }
  const aggregate = (kind: string, range: { min?: number | string | undefined; max?: number | string | undefined } | undefined, value: number | undefined, extra: Partial<CheckResult> = {}) => {
    if (range === undefined) return;
    const defined = value !== undefined && Number.isFinite(value);
    results.push({
      type: kind,
      ...common,
      success: defined && inRange(value, range, kind === 'mean' || kind === 'std' || kind === 'sum' ? 'number' : type),
      observed: defined ? (kind === 'mean' || kind === 'std' || kind === 'sum' ? value : show(value)) : null,
      expected: `${kind} ${describeRange(range)}`,
      ...(defined ? {} : { reason: 'no finite values to compute it from' }),
      ...extra,
    });
  };
  if (isNumericType(type) && column.kll !== null) {
    const approximate = column.n > column.sample.length ? { approximate: true } : {};
    aggregate('column-min', spec['column-min'], column.n > 0 ? column.min : undefined);
    aggregate('column-max', spec['column-max'], column.n > 0 ? column.max : undefined);
    aggregate('mean', spec.mean, column.n > 0 ? column.mean : undefined);
    aggregate('std', spec.std, column.n > 1 ? Math.sqrt(column.m2 / (column.n - 1)) : undefined);
    aggregate('sum', spec.sum, column.n > 0 ? column.sum : undefined);
    aggregate('median', spec.median, column.n > 0 ? quantileOf(column, 0.5) : undefined, approximate);
    for (const [q, range] of Object.entries(spec.quantiles ?? {})) {
      aggregate('quantile', range, column.n > 0 ? quantileOf(column, Number(q)) : undefined, { ...approximate, quantile: Number(q) } as Partial<CheckResult>);
    }
    if (spec.finite === true) {
      valueCheck('finite', column.nan + column.positiveInfinity + column.negativeInfinity, column.finiteTally.examples, 'no NaN or Infinity', {
        observed: { nan: column.nan, infinity: column.positiveInfinity + column.negativeInfinity },
      });
    }
    for (const key of ['increasing', 'decreasing'] as const) {
      const state = column[key];
      if (state !== null) valueCheck(key, state.tally.unexpected, state.tally.examples, `each value ${state.strict ? 'strictly ' : ''}${key === 'increasing' ? 'above' : 'below'} the one before`);
    }
  }
  return results;
}

export function evaluateChecks(context: CheckContext): CheckResult[] {
  const { schema, table, names } = context;
  const results: CheckResult[] = [];
  const problems = table.problems;
  const problemCheck = (type: string, tally: { unexpected: number; examples: Example[] }, expected: string) => {
    if (tally.unexpected === 0) return;
    results.push({ type, success: false, elementCount: table.rows, unexpectedCount: tally.unexpected, unexpectedPercent: percent(tally.unexpected, table.rows), examples: tidy(tally.examples), expected });
  };
  problemCheck('row-width', problems.rowWidth, 'every row has as many fields as the header');
  problemCheck('quotes', problems.quotes, 'every quoted field is closed');
  problemCheck('utf8', problems.utf8, 'text is valid UTF-8');
  problemCheck('json', problems.json, 'every line is a JSON object');

  const rows = schema.table?.rows ?? { min: 1 };
  results.push({
    type: 'rows',
    success: inRange(table.rows, rows, 'integer'),
    observed: table.rows,
    expected: `${describeRange(rows)} rows`,
    ...(schema.table?.rows === undefined && table.rows === 0 ? { reason: 'the file has a header and no data rows', line: context.headerLine ?? 1 } : {}),
  });
  const declared = Object.keys(schema.columns);
  const match = schema.table?.columns;
  if (match !== undefined) {
    const missing = declared.filter((name) => !names.includes(name));
    const extra = names.filter((name) => !declared.includes(name));
    const success = match === 'subset' ? missing.length === 0 : match === 'exact' ? missing.length === 0 && extra.length === 0 : names.length === declared.length && names.every((name, i) => name === declared[i]);
    results.push({
      type: 'columns',
      success,
      observed: names,
      expected: match === 'subset' ? `at least the columns ${declared.join(', ')}` : match === 'exact' ? `exactly the columns ${declared.join(', ')} (any order)` : `the columns ${declared.join(', ')} in this order`,
      ...(success ? {} : { reason: [missing.length > 0 ? `missing: ${missing.join(', ')}` : '', extra.length > 0 && match !== 'subset' ? `not in the schema: ${extra.join(', ')}` : '', match === 'ordered' && missing.length === 0 && extra.length === 0 ? 'same columns, another order' : ''].filter(Boolean).join('; ') }),
      ...(context.headerLine === undefined ? {} : { line: context.headerLine }),
    });
  }
  for (const key of schema.table?.unique ?? []) {
    const missing = key.filter((name) => !names.includes(name));
    if (missing.length > 0) {
      results.push({ type: 'compound-unique', columns: key, success: false, reason: `the data has no column ${missing.join(', ')}`, expected: 'each combination once' });
      continue;
    }
    const state = table.compound.find((entry) => entry.columns.join(',') === key.map((name) => names.indexOf(name)).join(','))?.count;
    if (state === undefined) continue;
    if (state === null || state.overflowed) {
      results.push({ type: 'compound-unique', columns: key, success: false, elementCount: table.rows, reason: `could not check exactly: more than ${table.plan.maxDistinct} distinct combinations, the schema's limits.max-distinct`, expected: 'each combination once' });
      continue;
    }
    const duplicated = state.duplicateRows;
    results.push({
      type: 'compound-unique',
      columns: key,
      success: duplicated === 0,
      elementCount: table.rows,
      unexpectedCount: duplicated,
      unexpectedPercent: percent(duplicated, table.rows),
      examples: tidy(state.examples),
      observed: { distinct: state.distinct, duplicatedRows: duplicated },
      expected: 'each combination once (every row of a repeated combination counts)',
    });
  }
  for (const [name, spec] of Object.entries(schema.columns)) {
    const index = names.indexOf(name);
    if (index === -1) {
      results.push({
        type: 'column-exists',
        column: name,
        success: false,
        observed: null,
        expected: `a column named "${name}"`,
        reason: `the data has no column "${name}" (its columns: ${names.slice(0, 30).join(', ')}${names.length > 30 ? ', ...' : ''}); fix the name in the schema or the data`,
        ...(context.headerLine === undefined ? {} : { line: context.headerLine }),
      });
      continue;
    }
    results.push(...columnChecks(name, spec, table.columns[index] as ColumnAccumulator));
  }
  return results;
}
