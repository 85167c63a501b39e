import { z } from 'zod';
import { GitInfoSchema, HistorySchema, MetricNameSchema } from './common.ts';

/** Text that came from a machine or a person (GPU names, labels, paths): bounded so it cannot balloon a report. */
const Text = (max: number) => z.string().max(max);
const Quantity = z.number().finite().nullable();

/**
 * One GPU as the preflight saw it. Every field is optional on read (the contract names only `gpus[]`, so evidence
 * written by other tools may carry less); Crucible itself writes them all. Numbers a tool printed as "[N/A]" or "[Not Supported]" are null. Memory in MiB,
 * as nvidia-smi reports it (rocm-smi's bytes are converted).
 */
export const GpuInfoSchema = z
  .object({
    vendor: z.enum(['nvidia', 'amd']).optional(),
    index: z.number().int().nonnegative().optional(),
    name: Text(200).optional(),
    uuid: Text(200).nullable().optional(),
    memoryTotalMiB: Quantity.optional(),
    memoryUsedMiB: Quantity.optional(),
    driverVersion: Text(100).nullable().optional(),
    /** CUDA version the driver supports (nvidia-smi -q); null for AMD or when the driver does not say. */
    cudaVersion: Text(100).nullable().optional(),
  })
  .loose();
export type GpuInfo = z.infer<typeof GpuInfoSchema>;

/** One GPU's telemetry over the run. Utilisation in percent, power in watts, temperature in degrees Celsius. */
export const GpuTelemetrySchema = z
  .object({
    index: z.number().int().nonnegative().optional(),
    samples: z.number().int().nonnegative().optional(),
    peakMemoryMiB: Quantity.optional(),
    meanMemoryMiB: Quantity.optional(),
    meanUtilizationPercent: Quantity.optional(),
    p95UtilizationPercent: Quantity.optional(),
    meanPowerW: Quantity.optional(),
    peakPowerW: Quantity.optional(),
    maxTemperatureC: Quantity.optional(),
  })
  .loose();
export type GpuTelemetry = z.infer<typeof GpuTelemetrySchema>;

/**
 * What the telemetry sampler saw: per GPU, and over all GPUs (peak of peaks, mean of means). GPU-hours are the
 * GPUs sampled times the sampled time, as a cloud bill counts them. `file` names the CSV of every sample, beside
 * the evidence (an artifact on GitHub).
 */
export const TelemetrySummarySchema = z
  .object({
    tool: z.enum(['nvidia-smi', 'rocm-smi']).optional(),
    intervalSeconds: z.number().positive().optional(),
    samples: z.number().int().nonnegative().optional(),
    durationSeconds: z.number().nonnegative().optional(),
    gpuHours: z.number().nonnegative().optional(),
    peakMemoryMiB: Quantity.optional(),
    meanMemoryMiB: Quantity.optional(),
    meanUtilizationPercent: Quantity.optional(),
    p95UtilizationPercent: Quantity.optional(),
    meanPowerW: Quantity.optional(),
    gpus: z.array(GpuTelemetrySchema).max(1024).optional(),
    file: Text(1000).nullable().optional(),
  })
  .loose();
export type TelemetrySummary = z.infer<typeof TelemetrySummarySchema>;

/** A file or folder digested for the evidence: a folder's digest covers its files' relative paths and digests. */
export const DigestSchema = z
  .object({
    path: Text(4096),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    bytes: z.number().int().nonnegative(),
    files: z.number().int().nonnegative(),
  })
  .loose();
export type Digest = z.infer<typeof DigestSchema>;

export const RunnerInfoSchema = z
  .object({
    name: Text(200).nullable(),
    os: Text(50).nullable(),
    arch: Text(50).nullable(),
    /** github-hosted or self-hosted (RUNNER_ENVIRONMENT). */
    environment: Text(50).nullable(),
    /** The job's runner labels, from the jobs API when the token may read it; null when unknown. */
    labels: z.array(Text(200)).max(100).nullable(),
  })
  .loose();
export type RunnerInfo = z.infer<typeof RunnerInfoSchema>;

/**
 * The Slurm job of a run with backend slurm (ARCHITECTURE.md names jobId to sbatchOptions): the queue's answers,
 * null where the cluster did not say. `state` is the job's last state (PENDING when it was cancelled unstarted).
 */
export const SlurmRecordSchema = z
  .object({
    jobId: Text(64),
    partition: Text(200).nullable(),
    nodes: z.number().int().nonnegative().nullable(),
    nodeList: Text(10_000).nullable(),
    gpus: z.number().int().nonnegative().nullable(),
    queueSeconds: z.number().nonnegative().nullable(),
    runSeconds: z.number().nonnegative().nullable(),
    sbatchOptions: z.array(Text(4096)).max(200),
    state: Text(100).optional(),
    reason: Text(1000).nullable().optional(),
  })
  .loose();
export type SlurmRecord = z.infer<typeof SlurmRecordSchema>;

/**
 * crucible/run@1: what a training run did. The fields named in ARCHITECTURE.md are the contract (command,
 * exitCode, signal, durationSeconds, timedOut, gpus, telemetry, metrics, git, backend, slurm); the rest is what the train action
 * and `crucible train` record beside them. compare-metrics reads `metrics`, `histories` and `params`.
 */
export const RunEvidenceSchema = z
  .object({
    schema: z.literal('crucible/run@1'),
    command: z.string().max(100_000),
    /** The child's exit code; null when a signal ended it. */
    exitCode: z.number().int().nullable(),
    /** The signal that ended the child (SIGKILL, ...), else null. */
    signal: z.string().max(20).nullable(),
    durationSeconds: z.number().nonnegative(),
    /** The time budget stopped the run. */
    timedOut: z.boolean(),
    /** The job was cancelled while the run went on (the runner's SIGINT/SIGTERM, forwarded). */
    cancelled: z.boolean().optional(),
    startedAt: z.string().max(40).optional(),
    endedAt: z.string().max(40).optional(),
    timeBudgetSeconds: z.number().positive().nullable().optional(),
    /** none, torchrun or accelerate, and the argv that ran. */
    launcher: z.object({ kind: z.enum(['none', 'torchrun', 'accelerate']), argv: z.array(z.string().max(100_000)).max(1000) }).loose().optional(),
    runner: RunnerInfoSchema.nullable().optional(),
    /** Where the command ran: on the runner itself, or as a Slurm batch job submitted from it. Absent: local. */
    backend: z.enum(['local', 'slurm']).optional(),
    slurm: SlurmRecordSchema.nullable().optional(),
    gpus: z.array(GpuInfoSchema).max(1024),
    telemetry: TelemetrySummarySchema.nullable(),
    /** Metric name -> final value; null where the run wrote something that is not a finite number. */
    metrics: z.record(MetricNameSchema, z.number().nullable()),
    histories: z.record(MetricNameSchema, HistorySchema).optional(),
    params: z.record(MetricNameSchema, z.string().max(10_000)).optional(),
    data: z.array(DigestSchema).max(1000).optional(),
    outputs: z.array(DigestSchema).max(1000).optional(),
    checkpoint: z
      .object({ path: Text(4096), restoredKey: Text(512).nullable(), bytes: z.number().int().nonnegative().nullable() })
      .loose()
      .nullable()
      .optional(),
    git: GitInfoSchema,
  })
  .loose();
export type RunEvidence = z.infer<typeof RunEvidenceSchema>;
