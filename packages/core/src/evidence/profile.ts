import { z } from 'zod';
import { GitInfoSchema } from './common.ts';

/**
 * crucible/profile@1: one pass's statistics of a data file, small (kilobytes, whatever the rows) and mergeable:
 * exact counts, sums and moments, and sketches (KLL quantiles, HyperLogLog distinct count, frequent values) that
 * packages/core/src/data/profile.ts can load back, merge, and use as the drift reference without the data.
 * It may come from another branch's artifact: every field is bounded.
 */

const finite = z.number().nullable();
const text = z.string().max(10_000);
const base64 = z.string().max(200_000).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64');
export const ColumnTypeSchema = z.enum(['integer', 'number', 'string', 'boolean', 'date', 'datetime']);

export const ProfileColumnSchema = z.object({
  name: text,
  type: ColumnTypeSchema,
  declared: z.boolean(),
  /** Rows, missing values, and values that are not of the column's type. */
  count: z.number().int().nonnegative(),
  nulls: z.number().int().nonnegative(),
  invalid: z.number().int().nonnegative(),
  distinct: z.number().nonnegative(),
  numeric: z
    .object({
      /** Finite values. */
      count: z.number().int().nonnegative(),
      min: finite,
      max: finite,
      mean: finite,
      /** Sample standard deviation (n - 1). */
      std: finite,
      /** Sum of squared deviations from the mean, for exact merges (Chan et al.). */
      m2: z.number(),
      sum: z.number(),
      nan: z.number().int().nonnegative(),
      positiveInfinity: z.number().int().nonnegative(),
      negativeInfinity: z.number().int().nonnegative(),
      integer: z.boolean(),
      quantiles: z.record(z.string().max(16), finite),
      histogram: z.object({ edges: z.array(z.number()).max(1001), counts: z.array(z.number()).max(1000) }),
    })
    .optional(),
  boolean: z.object({ trues: z.number().int().nonnegative(), falses: z.number().int().nonnegative() }).optional(),
  text: z.object({ minLength: finite, maxLength: finite, meanLength: finite, lengthSum: z.number().nonnegative() }).optional(),
  frequent: z
    .object({
      /** True when `items` is the complete distribution of the column's values. */
      exact: z.boolean(),
      /** Largest possible undercount of a listed value, and largest count of one not listed. */
      offset: z.number().nonnegative(),
      n: z.number().nonnegative(),
      items: z.array(z.tuple([z.union([text, z.number()]), z.number().nonnegative()])).max(4096),
    })
    .optional(),
  /** Every finite value, when there are at most 1000 of them: a small reference keeps them for exact tests. */
  sample: z.array(z.number()).max(1000).optional(),
  sketches: z.object({
    kll: z.object({ k: z.number().int().min(8).max(4096), n: z.number().nonnegative(), min: finite, max: finite, seed: z.number().int(), levels: z.array(base64).max(64) }).optional(),
    hll: base64,
  }),
});
export type ProfileColumn = z.infer<typeof ProfileColumnSchema>;

export const DataFileInfoSchema = z.object({
  file: text,
  format: z.enum(['csv', 'tsv', 'jsonl', 'parquet']),
  gzip: z.boolean(),
  bytes: z.number().nonnegative(),
  sha256: z.string().regex(/^([0-9a-f]{64})?$/),
  columns: z.array(text).max(10_000),
});
export type DataFileInfo = z.infer<typeof DataFileInfoSchema>;

export const ProfileEvidenceSchema = z
  .object({
    schema: z.literal('crucible/profile@1'),
    createdAt: z.string().max(64).optional(),
    git: GitInfoSchema,
    data: DataFileInfoSchema,
    rows: z.number().int().nonnegative(),
    columns: z.array(ProfileColumnSchema).max(10_000),
    timings: z.record(z.string().max(64), z.number()).optional(),
  })
  .loose();
export type ProfileEvidence = z.infer<typeof ProfileEvidenceSchema>;
