import { z } from 'zod';
import { GitInfoSchema } from './common.ts';
import { DataFileInfoSchema } from './profile.ts';

/**
 * crucible/validation@1: the checks of a data file against its schema and the drift against a reference. The
 * contract fields (ARCHITECTURE.md) are `success`, `rows`, `checks[]` of {type, column?, success, unexpectedCount?,
 * observed?} and `drift[]` of {column, statistic, value, threshold, drifted}; each check also carries Great
 * Expectations' result fields, and examples name the line of the data file (the row for Parquet).
 */

const text = z.string().max(10_000);
const ExampleSchema = z.object({ value: z.union([z.string().max(10_000), z.number(), z.boolean(), z.null()]), line: z.number().int().nonnegative() });

export const CheckResultSchema = z
  .object({
    type: z.string().max(64),
    column: text.optional(),
    columns: z.array(text).max(100).optional(),
    success: z.boolean(),
    elementCount: z.number().int().nonnegative().optional(),
    missingCount: z.number().int().nonnegative().optional(),
    missingPercent: z.number().nullable().optional(),
    unexpectedCount: z.number().int().nonnegative().optional(),
    unexpectedPercent: z.number().nullable().optional(),
    examples: z.array(ExampleSchema).max(20).optional(),
    observed: z.unknown().optional(),
    expected: text.optional(),
    mostly: z.number().optional(),
    /** Why the check could not decide (say, too many distinct values to check exactly). */
    reason: text.optional(),
    approximate: z.boolean().optional(),
    /** Where to point an annotation when there are no examples (the header line, say). */
    line: z.number().int().nonnegative().optional(),
  })
  .loose();
export type CheckResult = z.infer<typeof CheckResultSchema>;

export const DriftResultSchema = z
  .object({
    column: text,
    statistic: z.enum(['ks', 'chi-square', 'z', 'wasserstein', 'jensen-shannon', 'psi', 'hellinger']),
    /** A p-value for ks, chi-square and z (drift below the threshold); a distance for the others (drift at or above). */
    value: z.number().nullable(),
    threshold: z.number(),
    drifted: z.boolean(),
    kind: z.enum(['numeric', 'categorical']).optional(),
    /** The test statistic behind a p-value (D for ks, chi-square, z). */
    score: z.number().nullable().optional(),
    referenceCount: z.number().nonnegative().optional(),
    currentCount: z.number().nonnegative().optional(),
    note: text.optional(),
  })
  .loose();
export type DriftResult = z.infer<typeof DriftResultSchema>;

export const ValidationEvidenceSchema = z
  .object({
    schema: z.literal('crucible/validation@1'),
    createdAt: z.string().max(64).optional(),
    git: GitInfoSchema,
    success: z.boolean(),
    rows: z.number().int().nonnegative(),
    checks: z.array(CheckResultSchema).max(100_000),
    drift: z.array(DriftResultSchema).max(100_000),
    data: DataFileInfoSchema.optional(),
    schemaFile: z.object({ file: text, sha256: z.string().max(64) }).nullable().optional(),
    reference: z.object({ file: text, kind: z.enum(['profile', 'data']), rows: z.number().int().nonnegative(), sha256: z.string().max(64).optional() }).nullable().optional(),
    driftSummary: z
      .object({ columns: z.number().int().nonnegative(), drifted: z.number().int().nonnegative(), share: z.number(), threshold: z.number(), datasetDrift: z.boolean() })
      .nullable()
      .optional(),
    statistics: z.object({ checks: z.number().int().nonnegative(), failed: z.number().int().nonnegative() }).optional(),
    timings: z.record(z.string().max(64), z.number()).optional(),
  })
  .loose();
export type ValidationEvidence = z.infer<typeof ValidationEvidenceSchema>;
