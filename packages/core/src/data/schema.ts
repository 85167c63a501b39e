import { z } from 'zod';
import { ConfigError } from '../errors.ts';
import { parseYamlFile, readYamlText } from '../yaml-file.ts';
import { compileDateFormat } from './date-format.ts';
import { compilePattern } from './pattern.ts';
import { COLUMN_TYPES, parseTypedText, type ColumnType } from './values.ts';

/**
 * The data schema file (README.md, "Schema file"): columns with their type and checks, table checks, drift
 * settings. Unknown keys are errors, so a typo cannot silently turn a check off.
 */

export const DRIFT_METHODS = ['auto', 'ks', 'chi-square', 'z', 'wasserstein', 'jensen-shannon', 'psi', 'hellinger'] as const;
export type DriftMethod = (typeof DRIFT_METHODS)[number];

const bound = z.union([z.number(), z.string()]);
const range = z
  .object({ min: bound.optional(), max: bound.optional() })
  .strict()
  .refine((value) => value.min !== undefined || value.max !== undefined, 'give min, max or both');
const numberRange = z
  .object({ min: z.number().optional(), max: z.number().optional() })
  .strict()
  .refine((value) => value.min !== undefined || value.max !== undefined, 'give min, max or both');
const countRange = z
  .object({ min: z.number().int().nonnegative().optional(), max: z.number().int().nonnegative().optional() })
  .strict()
  .refine((value) => value.min !== undefined || value.max !== undefined, 'give min, max or both');
const share = z.number().gt(0, 'must be a share above 0 (0.95 means 95%)').max(1, 'must be a share up to 1 (0.95 means 95%)');
const scalar = z.union([z.string(), z.number(), z.boolean()]);
const order = z.union([z.boolean(), z.literal('strictly')]);

const driftSetting = z.union([
  z.literal(false),
  z.object({ method: z.enum(DRIFT_METHODS).optional(), threshold: z.number().positive().optional() }).strict(),
]);

export const ColumnSchemaSchema = z
  .object({
    type: z.enum(COLUMN_TYPES, { message: `must be one of ${COLUMN_TYPES.join(', ')}` }).optional(),
    nullable: z.boolean().optional(),
    'not-null': z.union([z.boolean(), z.object({ mostly: share }).strict()]).optional(),
    mostly: share.optional(),
    min: bound.optional(),
    max: bound.optional(),
    in: z.array(scalar).min(1).max(100_000).optional(),
    'not-in': z.array(scalar).min(1).max(100_000).optional(),
    regex: z
      .string()
      .superRefine((source, ctx) => {
        try {
          compilePattern(source);
        } catch (error) {
          ctx.addIssue({ code: 'custom', message: (error as Error).message });
        }
      })
      .optional(),
    format: z
      .string()
      .superRefine((format, ctx) => {
        try {
          compileDateFormat(format);
        } catch (error) {
          ctx.addIssue({ code: 'custom', message: (error as Error).message });
        }
      })
      .optional(),
    length: z.union([z.number().int().nonnegative(), countRange]).optional(),
    unique: z.boolean().optional(),
    distinct: countRange.optional(),
    'column-min': range.optional(),
    'column-max': range.optional(),
    mean: numberRange.optional(),
    median: range.optional(),
    std: numberRange.optional(),
    sum: numberRange.optional(),
    quantiles: z
      .record(
        z.string().refine((key) => /^(0(\.\d+)?|1(\.0+)?)$/.test(key), 'a quantile must be a number from 0 to 1, like 0.5'),
        range,
      )
      .optional(),
    finite: z.boolean().optional(),
    increasing: order.optional(),
    decreasing: order.optional(),
    drift: driftSetting.optional(),
  })
  .strict();

export type ColumnSchema = z.output<typeof ColumnSchemaSchema>;

export const DataSchemaSchema = z
  .object({
    format: z.enum(['csv', 'tsv', 'jsonl', 'parquet']).optional(),
    delimiter: z.string().length(1, 'must be one character (use "\\t" for a tab)').optional(),
    // How CSV/TSV files other programs write differ from RFC 4180 (README.md, "Dialect"); strict by default.
    comment: z
      .string()
      .length(1, 'must be one character, like "#"')
      .refine((c) => c !== '"' && c !== '\n' && c !== '\r', 'cannot be a quote or a line break')
      .optional(),
    'skip-rows': z.number().int().nonnegative().max(1000).optional(),
    'short-rows': z.enum(['fail', 'missing'], { message: 'must be fail (a row with fewer fields than the header fails row-width) or missing (its last fields are missing values)' }).optional(),
    'null-values': z.array(z.string()).max(100).optional(),
    columns: z.record(z.string(), ColumnSchemaSchema.nullable().transform((column) => column ?? {})).default({}),
    table: z
      .object({
        rows: countRange.optional(),
        columns: z.enum(['exact', 'subset', 'ordered']).optional(),
        unique: z.array(z.array(z.string()).min(1)).optional(),
      })
      .strict()
      .optional(),
    drift: z
      .object({
        method: z.enum(DRIFT_METHODS).optional(),
        threshold: z.number().positive().optional(),
        share: share.optional(),
        columns: z.record(z.string(), driftSetting).optional(),
      })
      .strict()
      .optional(),
    limits: z.object({ 'max-distinct': z.number().int().positive().optional() }).strict().optional(),
  })
  .strict()
  .superRefine((schema, ctx) => {
    if (schema.comment !== undefined && schema.comment === (schema.delimiter ?? (schema.format === 'tsv' ? '\t' : ','))) {
      ctx.addIssue({ code: 'custom', path: ['comment'], message: 'cannot be the delimiter' });
    }
    for (const [name, column] of Object.entries(schema.columns)) {
      const type: ColumnType = column.type ?? 'string';
      const at = (key: string) => ['columns', name, key];
      for (const key of ['min', 'max'] as const) {
        const value = column[key];
        if (value === undefined) continue;
        if (!Number.isFinite(boundValue(type, value))) {
          ctx.addIssue({ code: 'custom', path: at(key), message: `${JSON.stringify(value)} is not a ${column.type ?? 'number'} bound${column.type === undefined ? '; set the column type' : ''}` });
        }
      }
      for (const key of ['column-min', 'column-max', 'median'] as const) {
        for (const side of ['min', 'max'] as const) {
          const value = column[key]?.[side];
          if (value !== undefined && !Number.isFinite(boundValue(type, value))) {
            ctx.addIssue({ code: 'custom', path: [...at(key), side], message: `${JSON.stringify(value)} is not a ${type} bound` });
          }
        }
      }
      for (const [q, limits] of Object.entries(column.quantiles ?? {})) {
        for (const side of ['min', 'max'] as const) {
          const value = limits[side];
          if (value !== undefined && !Number.isFinite(boundValue(type, value))) {
            ctx.addIssue({ code: 'custom', path: [...at('quantiles'), q, side], message: `${JSON.stringify(value)} is not a ${type} bound` });
          }
        }
      }
      const numericOnly = ['min', 'max', 'column-min', 'column-max', 'mean', 'median', 'std', 'sum', 'quantiles', 'finite', 'increasing', 'decreasing'] as const;
      if (column.type === 'string' || column.type === 'boolean') {
        for (const key of numericOnly) {
          if (column[key] !== undefined) ctx.addIssue({ code: 'custom', path: at(key), message: `needs a numeric, date or datetime column, but the type is ${column.type}` });
        }
      }
      if (column.nullable === false && column['not-null'] !== undefined) {
        ctx.addIssue({ code: 'custom', path: at('not-null'), message: 'give either nullable: false or not-null, not both' });
      }
    }
  });

export type DataSchema = z.output<typeof DataSchemaSchema>;

/** A bound from YAML as the column's type holds values: dates and datetimes as text, the rest as numbers. */
export function boundValue(type: ColumnType, value: string | number): number {
  if (typeof value === 'number') return type === 'date' || type === 'datetime' ? Number.NaN : value;
  if (type === 'date' || type === 'datetime') return parseTypedText(type, value);
  return Number.NaN;
}

/** Parses schema text; errors name the file, the line and the YAML path. */
export function parseDataSchema(text: string, file: string): DataSchema {
  return parseYamlFile(text, file, DataSchemaSchema);
}

export function loadDataSchema(path: string, label = path, options: { workspace?: string | undefined } = {}): DataSchema {
  let text: string;
  try {
    text = readYamlText(path, label, options.workspace);
  } catch (error) {
    const code = ((error as { cause?: NodeJS.ErrnoException }).cause)?.code;
    if (code === undefined) throw error;
    throw new ConfigError(`${label}: cannot read the schema file (${code === 'ENOENT' ? 'no such file' : code}). Pass an existing YAML file with --schema.`);
  }
  return parseDataSchema(text, label);
}

/** The empty schema: profile and drift only, every column's type sniffed from the data. */
export const EMPTY_SCHEMA: DataSchema = { columns: {} };
