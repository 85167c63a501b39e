import { z } from 'zod';
import { GitInfoSchema, HistorySchema, MetricNameSchema } from './common.ts';

const number = z.number().nullable();

const NoiseSchema = z.discriminatedUnion('method', [
  z.object({
    method: z.literal('welch'),
    confidence: z.number(),
    low: z.number(),
    high: z.number(),
    degreesOfFreedom: z.number().nullable(),
    threshold: z.number(),
    /** Base-branch runs pooled into the baseline's spread. */
    historyRuns: z.number().int().optional(),
  }),
  z.object({ method: z.literal('history'), standardDeviation: z.number(), runs: z.number().int(), threshold: z.number(), degreesOfFreedom: z.number().nullable().optional() }),
  z.object({ method: z.literal('tolerance'), threshold: z.number() }),
  z.object({ method: z.literal('none') }),
]);

export const MetricComparisonSchema = z.object({
  name: MetricNameSchema,
  baseline: number,
  current: number,
  delta: number,
  deltaPercent: number.optional(),
  direction: z.enum(['higher', 'lower', 'none']),
  directionSource: z.enum(['rule', 'inferred']).optional(),
  status: z.enum(['improved', 'regressed', 'unchanged', 'within-noise', 'added', 'removed', 'invalid']),
  required: z.boolean().optional(),
  tolerance: z.string().max(64).optional(),
  noise: NoiseSchema.optional(),
  baselineRuns: z.array(number).max(1000).optional(),
  currentRuns: z.array(number).max(1000).optional(),
  reason: z.string().max(1000).optional(),
  /** One-sided p-value against the tolerance boundary, before the correction across metrics (t-tested metrics only). */
  pValue: z.number().min(0).max(1).optional(),
});

/** How the metrics judged by a t test were corrected for their number (Benjamini-Hochberg at false-discovery rate `level`). */
export const CorrectionSchema = z.object({ method: z.literal('benjamini-hochberg'), level: z.number(), judged: z.number().int().nonnegative() });

export const BaselineInfoSchema = z.object({
  /** artifact: evidence of the base branch's run at the merge-base; ancestor-artifact: at an older commit. */
  source: z.enum(['artifact', 'ancestor-artifact', 'git', 'path', 'none']),
  sha: z.string().nullable(),
  ref: z.string().nullable().optional(),
  runId: z.number().int().nullable().optional(),
  createdAt: z.string().nullable().optional(),
  /** Age of the baseline commit (or run) in days when the comparison was made. */
  ageDays: z.number().nullable().optional(),
  /** True when it is not the evidence at the merge-base itself. */
  fellBack: z.boolean(),
  mergeBase: z.string().nullable().optional(),
  note: z.string().max(2000).optional(),
});
export type BaselineInfo = z.infer<typeof BaselineInfoSchema>;

/** Limits of a comparison document, shared with comparisonEvidence, which keeps what compare writes within them. */
export const COMPARISON_LIMITS = { rows: 100_000, paramChars: 10_000, failureChars: 2000 } as const;

export const ComparisonEvidenceSchema = z.object({
  schema: z.literal('crucible/comparison@1'),
  createdAt: z.string().optional(),
  git: GitInfoSchema,
  verdict: z.enum(['pass', 'fail']),
  metrics: z.array(MetricComparisonSchema).max(COMPARISON_LIMITS.rows),
  params: z
    .array(z.object({ name: MetricNameSchema, baseline: z.string().max(COMPARISON_LIMITS.paramChars).nullable(), current: z.string().max(COMPARISON_LIMITS.paramChars).nullable() }))
    .max(COMPARISON_LIMITS.rows),
  baseline: BaselineInfoSchema.optional(),
  confidence: z.number().optional(),
  runs: z.object({ baseline: z.number().int(), current: z.number().int() }).optional(),
  failures: z.array(z.string().max(COMPARISON_LIMITS.failureChars)).max(COMPARISON_LIMITS.rows).optional(),
  correction: CorrectionSchema.optional(),
  /** Per-step histories for curves: metric -> first baseline and first current run's points. */
  histories: z.record(MetricNameSchema, z.object({ baseline: HistorySchema, current: HistorySchema })).optional(),
});
export type ComparisonEvidence = z.infer<typeof ComparisonEvidenceSchema>;
