import { z } from 'zod';
import { GitInfoSchema, HistorySchema, MetricNameSchema } from './common.ts';

/**
 * crucible/run@1: what a training run did. The fields named in ARCHITECTURE.md are the contract; the train issue
 * fills in the rest (hardware, telemetry, digests). compare-metrics reads `metrics`, `histories` and `params`.
 */
export const RunEvidenceSchema = z
  .object({
    schema: z.literal('crucible/run@1'),
    command: z.string().max(100_000),
    exitCode: z.number().int().nullable(),
    signal: z.string().nullable(),
    durationSeconds: z.number().nonnegative(),
    timedOut: z.boolean(),
    gpus: z.array(z.record(z.string(), z.unknown())).max(1024),
    telemetry: z.record(z.string(), z.unknown()).nullable(),
    /** Metric name -> final value; null where the run wrote something that is not a finite number. */
    metrics: z.record(MetricNameSchema, z.number().nullable()),
    histories: z.record(MetricNameSchema, HistorySchema).optional(),
    params: z.record(MetricNameSchema, z.string().max(10_000)).optional(),
    git: GitInfoSchema,
  })
  .loose();
export type RunEvidence = z.infer<typeof RunEvidenceSchema>;
