/**
 * GPU telemetry beside a training run: one long-lived `nvidia-smi -lms` (or a rocm-smi poll), every sample
 * appended to a CSV, and per-GPU running aggregates that take the same memory after a week as after a minute.
 * A sampler that fails or dies costs the run nothing but telemetry: stop() returns what was gathered, and
 * `problems` says what went wrong, for the caller to log.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { RunEvidence } from '@crucible/core';
import { type GpuTool, invalidFieldIn, numberOf, parseRocmJson, rocmCards, stringField, valueOf } from './gpu.ts';

export type TelemetryOptions = {
  tool: GpuTool;
  /** Milliseconds between samples (the train action's telemetry-interval, 5 s by default). */
  intervalMs: number;
  /** Where every sample goes, one row per GPU per sample; its folder is created. */
  csvPath: string;
  /** The environment the tool runs in; its PATH is where the tool is looked up. Defaults to process.env. */
  env?: NodeJS.ProcessEnv;
  /** GPUs the probe found: each gets an entry in the summary, sampled or not (indexes 0 to gpuCount - 1). */
  gpuCount: number;
  /**
   * The GPUs to sample, by nvidia-smi index (GpuProbe's `gpus[].index` when CUDA_VISIBLE_DEVICES hides some):
   * nvidia-smi is asked with `--id=`, and rows of other GPUs are left out of the CSV and the summary. Each gets an
   * entry in the summary in place of 0 to gpuCount - 1. Absent: every GPU the tool lists. Empty: none is sampled.
   */
  gpuIndexes?: readonly number[] | undefined;
  /**
   * Words run before the tool, so it samples GPUs on another machine: for a Slurm job, an `srun --overlap
   * --jobid=N ...` step on its nodes (slurm/telemetry.ts). Absent: the tool runs here.
   */
  prefix?: readonly string[] | undefined;
};

/** One GPU's figures over the run: run@1's GpuTelemetry with every field filled (null where never read). */
export type SampledGpu = {
  index: number;
  samples: number;
  peakMemoryMiB: number | null;
  meanMemoryMiB: number | null;
  meanUtilizationPercent: number | null;
  p95UtilizationPercent: number | null;
  meanPowerW: number | null;
  peakPowerW: number | null;
  maxTemperatureC: number | null;
};

/**
 * run@1's TelemetrySummary with every field filled. Over all GPUs: peak of peaks, mean of the per-GPU means, and
 * the p95 of every GPU's samples together. `samples` counts sampling instants (the most any GPU got).
 */
export type SampledTelemetry = {
  tool: GpuTool;
  intervalSeconds: number;
  samples: number;
  durationSeconds: number;
  gpuHours: number;
  peakMemoryMiB: number | null;
  meanMemoryMiB: number | null;
  meanUtilizationPercent: number | null;
  p95UtilizationPercent: number | null;
  meanPowerW: number | null;
  gpus: SampledGpu[];
  file: string | null;
};

// SampledTelemetry must stay writable as run@1's TelemetrySummary.
type Assert<T extends true> = T;
type _SampledTelemetryIsTelemetrySummary = Assert<SampledTelemetry extends NonNullable<RunEvidence['telemetry']> ? true : false>;

export type TelemetrySampler = {
  /** Stops the sampler, flushes the CSV and summarises; safe to call twice. Never rejects for a sampler failure. */
  stop(): Promise<SampledTelemetry>;
  /** What went wrong while sampling (the tool missing, dying, rejecting a field), one line each. */
  readonly problems: readonly string[];
};

/** What the sampler asks nvidia-smi for; a field this driver rejects is dropped and the sampler restarted. */
const NVIDIA_FIELDS = ['timestamp', 'index', 'memory.used', 'memory.total', 'utilization.gpu', 'power.draw', 'temperature.gpu'];
const ROCM_ARGS = ['--showuse', '--showmeminfo', 'vram', '--showpower', '--showtemp', '--json'];
const CSV_HEADER = 'timestamp,gpu_index,memory_used_mib,memory_total_mib,utilization_gpu_percent,power_draw_w,temperature_gpu_c\n';
const STOP_GRACE_MS = 2000;
/** Failed rocm-smi polls in a row after which sampling gives up. */
const ROCM_FAILURE_LIMIT = 3;

type Reading = {
  index: number;
  timestamp: string;
  memoryUsed: number | null;
  memoryTotal: number | null;
  utilization: number | null;
  power: number | null;
  temperature: number | null;
};

/** Running figures for one GPU in constant memory: sums, peaks and a histogram of whole percents for the p95. */
class GpuAggregate {
  readonly index: number;
  samples = 0;
  memorySum = 0;
  memoryCount = 0;
  memoryPeak: number | null = null;
  utilizationSum = 0;
  utilizationCount = 0;
  readonly utilizationHistogram = new Uint32Array(101);
  powerSum = 0;
  powerCount = 0;
  powerPeak: number | null = null;
  temperatureMax: number | null = null;

  constructor(index: number) {
    this.index = index;
  }

  add(reading: Reading): void {
    this.samples += 1;
    if (reading.memoryUsed !== null) {
      this.memorySum += reading.memoryUsed;
      this.memoryCount += 1;
      this.memoryPeak = Math.max(this.memoryPeak ?? reading.memoryUsed, reading.memoryUsed);
    }
    if (reading.utilization !== null) {
      this.utilizationSum += reading.utilization;
      this.utilizationCount += 1;
      const bucket = Math.min(100, Math.max(0, Math.round(reading.utilization)));
      this.utilizationHistogram[bucket] = (this.utilizationHistogram[bucket] ?? 0) + 1;
    }
    if (reading.power !== null) {
      this.powerSum += reading.power;
      this.powerCount += 1;
      this.powerPeak = Math.max(this.powerPeak ?? reading.power, reading.power);
    }
    if (reading.temperature !== null) this.temperatureMax = Math.max(this.temperatureMax ?? reading.temperature, reading.temperature);
  }

  summary(): SampledGpu {
    return {
      index: this.index,
      samples: this.samples,
      peakMemoryMiB: this.memoryPeak,
      meanMemoryMiB: mean(this.memorySum, this.memoryCount),
      meanUtilizationPercent: mean(this.utilizationSum, this.utilizationCount),
      p95UtilizationPercent: percentile95(this.utilizationHistogram),
      meanPowerW: mean(this.powerSum, this.powerCount),
      peakPowerW: this.powerPeak,
      maxTemperatureC: this.temperatureMax,
    };
  }
}

function mean(sum: number, count: number): number | null {
  return count === 0 ? null : round(sum / count, 2);
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

/** The nearest-rank 95th percentile of whole percents: exact, from the histogram. */
function percentile95(histogram: Uint32Array): number | null {
  let total = 0;
  for (const count of histogram) total += count;
  if (total === 0) return null;
  const rank = Math.ceil(0.95 * total);
  let seen = 0;
  for (let percent = 0; percent < histogram.length; percent++) {
    seen += histogram[percent] ?? 0;
    if (seen >= rank) return percent;
  }
  return 100;
}

function meanOf(values: Array<number | null>): number | null {
  const present = values.filter((value): value is number => value !== null);
  return present.length === 0 ? null : round(present.reduce((sum, value) => sum + value, 0) / present.length, 2);
}

function maxOf(values: Array<number | null>): number | null {
  const present = values.filter((value): value is number => value !== null);
  return present.length === 0 ? null : Math.max(...present);
}

/** nvidia-smi's local "2024/03/12 10:15:32.123" as ISO 8601 UTC; null when it is not that. */
function isoFromNvidia(text: string | null): string | null {
  const match = text === null ? null : /^(\d{4})\/(\d{2})\/(\d{2}) (\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?$/.exec(text);
  if (match === null) return null;
  const [, year, month, day, hour, minute, second, millis] = match.map(Number) as number[];
  const date = new Date(year as number, (month as number) - 1, day, hour, minute, second, Number.isNaN(millis) ? 0 : millis);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

function csvCell(value: number | null): string {
  return value === null ? '' : String(value);
}

/** Ends a sampler child and everything it started: it leads its own process group. */
function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

function running(child: ChildProcess | null): child is ChildProcess {
  return child !== null && child.exitCode === null && child.signalCode === null;
}

export function startTelemetry(options: TelemetryOptions): TelemetrySampler {
  const env = options.env ?? process.env;
  const intervalMs = Math.max(1, Math.round(options.intervalMs));
  const problems: string[] = [];
  const aggregates = new Map<number, GpuAggregate>();
  const only = options.gpuIndexes === undefined ? null : new Set(options.gpuIndexes);
  const listed = only !== null ? [...only] : Array.from({ length: options.gpuCount }, (_, index) => index);
  for (const index of listed) aggregates.set(index, new GpuAggregate(index));
  let firstSampleAt: number | null = null;
  let lastSampleAt: number | null = null;
  let endedAt: number | null = null;
  let stopping = false;

  let csv: WriteStream | null = null;
  try {
    mkdirSync(dirname(options.csvPath), { recursive: true });
    csv = createWriteStream(options.csvPath, { flags: 'w' });
    csv.on('error', (error) => {
      problems.push(`telemetry CSV ${options.csvPath}: ${error.message}`);
      csv = null;
    });
    csv.write(CSV_HEADER);
  } catch (error) {
    problems.push(`telemetry CSV ${options.csvPath}: ${(error as Error).message}`);
  }

  function record(all: readonly Reading[]): void {
    const readings = only === null ? all : all.filter((reading) => only.has(reading.index));
    if (readings.length === 0) return;
    const now = Date.now();
    firstSampleAt ??= now;
    lastSampleAt = now;
    let rows = '';
    for (const reading of readings) {
      let aggregate = aggregates.get(reading.index);
      if (aggregate === undefined) {
        aggregate = new GpuAggregate(reading.index);
        aggregates.set(reading.index, aggregate);
      }
      aggregate.add(reading);
      rows +=
        `${reading.timestamp},${reading.index},${csvCell(reading.memoryUsed)},${csvCell(reading.memoryTotal)},` +
        `${csvCell(reading.utilization)},${csvCell(reading.power)},${csvCell(reading.temperature)}\n`;
    }
    csv?.write(rows);
  }

  const prefix = options.prefix ?? [];
  // In its own group, so stopping it stops what a prefix started too.
  const spawnTool = (tool: string, args: readonly string[]): ChildProcess =>
    prefix.length === 0
      ? spawn(tool, args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
      : spawn(prefix[0] as string, [...prefix.slice(1), tool, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });

  const sampler = only?.size === 0 ? { halt: () => Promise.resolve() } : options.tool === 'nvidia-smi' ? sampleNvidia() : sampleRocm();

  /** One `nvidia-smi --query-gpu=... -lms N`, read line by line by the field names it was asked for. */
  function sampleNvidia(): { halt(): Promise<void> } {
    let fields = [...NVIDIA_FIELDS];
    let child: ChildProcess | null = null;
    let closed: Promise<void> = Promise.resolve();

    const launch = (): void => {
      const started = spawnTool(
        'nvidia-smi',
        [
          `--query-gpu=${fields.join(',')}`,
          '--format=csv,noheader,nounits',
          ...(only === null ? [] : [`--id=${[...only].join(',')}`]),
          '-lms',
          String(intervalMs),
        ],
      );
      child = started;
      let partial = '';
      let said = '';
      let readingsSeen = 0;
      started.stdout?.setEncoding('utf8');
      started.stderr?.setEncoding('utf8');
      started.stdout?.on('data', (chunk: string) => {
        const lines = (partial + chunk).split('\n');
        partial = lines.pop() ?? '';
        const readings: Reading[] = [];
        for (const line of lines) {
          const reading = parseNvidiaLine(line, fields);
          if (reading !== null) readings.push(reading);
          else if (line.trim() !== '') said = line.trim().slice(0, 300);
        }
        readingsSeen += readings.length;
        record(readings);
      });
      started.stderr?.on('data', (chunk: string) => {
        const text = chunk.trim();
        if (text !== '') said = text.split('\n')[0]?.slice(0, 300) ?? said;
      });
      closed = new Promise((resolve) => {
        let failedToStart = false;
        started.on('error', (error: NodeJS.ErrnoException) => {
          failedToStart = true;
          problems.push(
            error.code === 'ENOENT' ? 'nvidia-smi: not found on PATH; no GPU telemetry was sampled' : `nvidia-smi: could not start the sampler (${error.message})`,
          );
          endedAt ??= Date.now();
          resolve();
        });
        started.on('close', (code, signal) => {
          if (started !== child || stopping || failedToStart) return resolve();
          const invalid = invalidFieldIn(said);
          if (code === 2 && invalid !== null && invalid !== 'index' && fields.includes(invalid) && readingsSeen === 0) {
            fields = fields.filter((field) => field !== invalid);
            problems.push(`nvidia-smi: this driver does not know the field "${invalid}"; telemetry goes on without it`);
            launch();
            return resolve(closed);
          }
          endedAt = Date.now();
          const how = signal !== null ? `was killed by ${signal}` : `exited with code ${code}`;
          const samples = Math.max(0, ...[...aggregates.values()].map((aggregate) => aggregate.samples));
          problems.push(
            `nvidia-smi: the telemetry sampler ${how} after ${samples} sample(s)${said === '' ? '' : `: ${said}`}; ` +
              'the run went on, and the summary covers the samples taken before',
          );
          resolve();
        });
      });
    };
    launch();

    return {
      async halt() {
        const current: ChildProcess | null = child;
        if (running(current)) {
          killGroup(current, 'SIGTERM');
          const exited = await Promise.race([closed.then(() => true), delay(STOP_GRACE_MS).then(() => false)]);
          if (!exited) {
            killGroup(current, 'SIGKILL');
            await Promise.race([closed, delay(STOP_GRACE_MS)]);
          }
        }
      },
    };
  }

  /** rocm-smi has no loop option: one short-lived process per sample, never two at a time. */
  function sampleRocm(): { halt(): Promise<void> } {
    const start = Date.now();
    let round = 0;
    let failures = 0;
    let timer: NodeJS.Timeout | null = null;
    let child: ChildProcess | null = null;
    let polled: Promise<void> = Promise.resolve();

    const schedule = (): void => {
      if (stopping) return;
      round += 1;
      timer = setTimeout(poll, Math.max(0, start + round * intervalMs - Date.now()));
    };
    const give = (problem: string): void => {
      problems.push(problem);
      endedAt = Date.now();
    };
    const poll = (): void => {
      timer = null;
      if (stopping) return;
      let stdout = '';
      let stderr = '';
      const started = spawnTool('rocm-smi', ROCM_ARGS);
      child = started;
      started.stdout?.setEncoding('utf8');
      started.stderr?.setEncoding('utf8');
      started.stdout?.on('data', (chunk: string) => (stdout += chunk));
      started.stderr?.on('data', (chunk: string) => (stderr += chunk));
      polled = new Promise((resolve) => {
        let failedToStart = false;
        started.on('error', (error: NodeJS.ErrnoException) => {
          failedToStart = true;
          give(error.code === 'ENOENT' ? 'rocm-smi: not found on PATH; no GPU telemetry was sampled' : `rocm-smi: could not start (${error.message})`);
          resolve();
        });
        started.on('close', (code) => {
          child = null;
          if (stopping || failedToStart) return resolve();
          const readings = code === 0 ? parseRocmSample(stdout) : [];
          if (readings.length > 0) {
            failures = 0;
            record(readings);
            schedule();
          } else if (++failures >= ROCM_FAILURE_LIMIT) {
            const said = (stderr.trim() || stdout.trim()).split('\n')[0]?.slice(0, 300) ?? '';
            give(
              `rocm-smi: ${ROCM_FAILURE_LIMIT} samples in a row failed (exit code ${code}${said === '' ? '' : `: ${said}`}); ` +
                'telemetry stopped there and the run went on',
            );
          } else schedule();
          resolve();
        });
      });
    };
    poll();

    return {
      async halt() {
        if (timer !== null) clearTimeout(timer);
        const current: ChildProcess | null = child;
        if (running(current)) killGroup(current, 'SIGKILL');
        await Promise.race([polled, delay(STOP_GRACE_MS)]);
      },
    };
  }

  let stopped: Promise<SampledTelemetry> | null = null;
  const stop = async (): Promise<SampledTelemetry> => {
    stopping = true;
    const stopAt = Date.now();
    await sampler.halt();
    endedAt ??= stopAt;
    const stream: WriteStream | null = csv;
    if (stream !== null) await new Promise<void>((resolve) => stream.end(resolve));

    const gpus = [...aggregates.values()].sort((a, b) => a.index - b.index).map((aggregate) => aggregate.summary());
    const overall = new Uint32Array(101);
    for (const aggregate of aggregates.values()) aggregate.utilizationHistogram.forEach((count, bucket) => (overall[bucket] = (overall[bucket] ?? 0) + count));
    // Each sample stands for the interval after it, up to the stop (or the sampler's end).
    const durationMs = firstSampleAt === null || lastSampleAt === null ? 0 : Math.min(endedAt, lastSampleAt + intervalMs) - firstSampleAt;
    const durationSeconds = round(Math.max(0, durationMs) / 1000, 3);
    const sampledGpus = gpus.filter((gpu) => gpu.samples > 0).length;
    return {
      tool: options.tool,
      intervalSeconds: intervalMs / 1000,
      samples: Math.max(0, ...gpus.map((gpu) => gpu.samples)),
      durationSeconds,
      gpuHours: round((sampledGpus * durationSeconds) / 3600, 6),
      peakMemoryMiB: maxOf(gpus.map((gpu) => gpu.peakMemoryMiB)),
      meanMemoryMiB: meanOf(gpus.map((gpu) => gpu.meanMemoryMiB)),
      meanUtilizationPercent: meanOf(gpus.map((gpu) => gpu.meanUtilizationPercent)),
      p95UtilizationPercent: percentile95(overall),
      meanPowerW: meanOf(gpus.map((gpu) => gpu.meanPowerW)),
      gpus,
      file: csv === null && problems.some((problem) => problem.startsWith('telemetry CSV')) ? null : basename(options.csvPath),
    };
  };

  return {
    stop: () => (stopped ??= stop()),
    problems,
  };
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

/** One line of `--format=csv,noheader,nounits`, by the names of the fields asked for; null when it is not data. */
function parseNvidiaLine(line: string, fields: readonly string[]): Reading | null {
  const cells = line.split(',');
  if (cells.length !== fields.length) return null;
  const at = (name: string): string | null => {
    const position = fields.indexOf(name);
    return position < 0 ? null : valueOf(cells[position]);
  };
  const index = numberOf(at('index'));
  if (index === null || !Number.isInteger(index)) return null;
  return {
    index,
    timestamp: isoFromNvidia(at('timestamp')) ?? new Date().toISOString(),
    memoryUsed: numberOf(at('memory.used')),
    memoryTotal: numberOf(at('memory.total')),
    utilization: numberOf(at('utilization.gpu')),
    power: numberOf(at('power.draw')),
    temperature: numberOf(at('temperature.gpu')),
  };
}

/** One rocm-smi --json sample: bytes to MiB; the edge temperature, else the junction one. */
function parseRocmSample(text: string): Reading[] {
  const document = parseRocmJson(text);
  if (document === null) return [];
  const timestamp = new Date().toISOString();
  const mebibytes = (bytes: number | null) => (bytes === null ? null : Math.round(bytes / 1024 / 1024));
  return rocmCards(document).map(({ index, fields }) => ({
    index,
    timestamp,
    memoryUsed: mebibytes(numberOf(stringField(fields, /^vram total used memory \(b\)$/i))),
    memoryTotal: mebibytes(numberOf(stringField(fields, /^vram total memory \(b\)$/i))),
    utilization: numberOf(stringField(fields, /^gpu use \(%\)$/i)),
    power: numberOf(stringField(fields, /^(average|current socket) graphics package power \(w\)$/i)),
    temperature:
      numberOf(stringField(fields, /^temperature \(sensor edge\) \(c\)$/i)) ?? numberOf(stringField(fields, /^temperature \(sensor junction\) \(c\)$/i)),
  }));
}
