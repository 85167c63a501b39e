import { z } from 'zod';
import { GitInfoSchema } from './common.ts';
import { CheckResultSchema, DriftResultSchema } from './validation.ts';

/**
 * crucible/monitoring@1: production data against the reference the model was trained and evaluated on. The contract
 * fields (ARCHITECTURE.md) are `healthy`, `rows`, `batches[]` of {source, rows, driftedShare}, `drift[]` of
 * {column, statistic, value, threshold, drifted} over all batches, `datasetDrift`, `performance[]` of {name,
 * expected, observed, status} when target and prediction are given, and `git`. Too few rows is `healthy: false`
 * with `status: "not-judged"` and the reason in `reasons`.
 */

const text = z.string().max(10_000);

export const MonitoringBatchSchema = z
  .object({
    source: text,
    rows: z.number().int().nonnegative(),
    /** Share of the tested columns that drifted in this batch alone (0 when nothing could be tested). */
    driftedShare: z.number().min(0).max(1),
    drifted: z.array(text).max(10_000).optional(),
    columns: z.number().int().nonnegative().optional(),
    datasetDrift: z.boolean().optional(),
    checksFailed: z.number().int().nonnegative().optional(),
    labelledRows: z.number().int().nonnegative().optional(),
    sha256: z.string().max(64).optional(),
  })
  .loose();
export type MonitoringBatch = z.infer<typeof MonitoringBatchSchema>;

export const PerformanceResultSchema = z
  .object({
    name: z.string().min(1).max(512),
    expected: z.number().nullable(),
    observed: z.number().nullable(),
    status: z.enum(['ok', 'degraded', 'not-judged']),
    direction: z.enum(['higher', 'lower', 'none']).optional(),
    /** The live metric this expected one matched (`eval.accuracy` matches `accuracy`). */
    metric: z.string().max(64).optional(),
    /** The confidence bound on the observed value that is judged: the upper one for higher-is-better metrics. */
    bound: z.number().nullable().optional(),
    tolerance: z.number().nonnegative().optional(),
    rows: z.number().int().nonnegative().optional(),
    required: z.boolean().optional(),
    note: text.optional(),
  })
  .loose();
export type PerformanceResult = z.infer<typeof PerformanceResultSchema>;

export const MonitoringEvidenceSchema = z
  .object({
    schema: z.literal('crucible/monitoring@1'),
    createdAt: z.string().max(64).optional(),
    git: GitInfoSchema,
    healthy: z.boolean(),
    status: z.enum(['healthy', 'alert', 'not-judged']).optional(),
    /** One sentence per reason the data is not healthy (empty when healthy). */
    reasons: z.array(text).max(1000).optional(),
    rows: z.number().int().nonnegative(),
    batches: z.array(MonitoringBatchSchema).max(100_000),
    drift: z.array(DriftResultSchema).max(100_000),
    datasetDrift: z.boolean(),
    driftSummary: z
      .object({ columns: z.number().int().nonnegative(), drifted: z.number().int().nonnegative(), share: z.number(), threshold: z.number(), datasetDrift: z.boolean() })
      .nullable()
      .optional(),
    alertOn: z.enum(['column', 'dataset']).optional(),
    minRows: z.number().int().nonnegative().optional(),
    /** Failed data checks, each with the batch it failed in (`source`). */
    checks: z.array(CheckResultSchema.and(z.object({ source: text.optional() }).loose())).max(100_000).optional(),
    statistics: z.object({ checks: z.number().int().nonnegative(), failed: z.number().int().nonnegative() }).optional(),
    performance: z.array(PerformanceResultSchema).max(10_000).optional(),
    task: z.enum(['classification', 'regression']).nullable().optional(),
    labelledRows: z.number().int().nonnegative().optional(),
    predictionDrift: DriftResultSchema.nullable().optional(),
    reference: z.object({ file: text, kind: z.enum(['profile', 'data']), rows: z.number().int().nonnegative(), sha256: z.string().max(64).optional() }).nullable().optional(),
    expected: z.object({ file: text, sha256: z.string().max(64).optional() }).nullable().optional(),
    /** What the action monitored: the model, its version, the stage or environment (absent from the CLI). */
    model: z
      .object({ name: text, version: z.string().max(256).nullable().optional(), stage: z.string().max(256).nullable().optional(), environment: z.string().max(256).nullable().optional() })
      .loose()
      .optional(),
    timings: z.record(z.string().max(64), z.number()).optional(),
  })
  .loose();
export type MonitoringEvidence = z.infer<typeof MonitoringEvidenceSchema>;
