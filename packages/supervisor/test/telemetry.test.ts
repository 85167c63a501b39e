import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { RunEvidenceSchema } from '@crucible/core';
import { afterAll, describe, expect, it } from 'vitest';
import { standInGpuBin } from '@crucible/testkit';
import { type SampledTelemetry, startTelemetry } from '../src/telemetry.ts';

const scratch = mkdtempSync(join(tmpdir(), 'crucible-telemetry-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let files = 0;
const csvPath = () => join(scratch, `run-${files++}`, 'telemetry.csv');

function machine(knobs: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, PATH: `${standInGpuBin()}:${process.env['PATH'] ?? ''}`, ...knobs };
}

type Row = { timestamp: string; gpu: number; memory: number | null; total: number | null; utilization: number | null; power: number | null; temperature: number | null };

function readCsv(path: string): { header: string; rows: Row[] } {
  const [header = '', ...lines] = readFileSync(path, 'utf8').trimEnd().split('\n');
  const cell = (text: string | undefined) => (text === undefined || text === '' ? null : Number(text));
  const rows = lines.map((line) => {
    const [timestamp = '', gpu, memory, total, utilization, power, temperature] = line.split(',');
    return { timestamp, gpu: Number(gpu), memory: cell(memory), total: cell(total), utilization: cell(utilization), power: cell(power), temperature: cell(temperature) };
  });
  return { header, rows };
}

/**
 * Waits until `ready` holds (at most 15 s): a sample count, not a fixed time, so a loaded machine that starts the
 * stand-in slowly does not fail the test.
 */
async function until(ready: () => boolean): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (!ready() && Date.now() < deadline) await delay(50);
}

function csvRows(path: string): number {
  try {
    return readCsv(path).rows.filter((row) => row.timestamp !== '').length;
  } catch {
    return 0;
  }
}

/** What the summary must say for one GPU, recomputed the slow way from the CSV. */
function expectedFor(rows: Row[]) {
  const numbers = (values: Array<number | null>) => values.filter((value): value is number => value !== null);
  const meanOf = (values: number[]) => (values.length === 0 ? null : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100);
  const utilization = numbers(rows.map((row) => row.utilization)).sort((a, b) => a - b);
  const power = numbers(rows.map((row) => row.power));
  const memory = numbers(rows.map((row) => row.memory));
  return {
    samples: rows.length,
    peakMemoryMiB: memory.length === 0 ? null : Math.max(...memory),
    meanMemoryMiB: meanOf(memory),
    meanUtilizationPercent: meanOf(utilization),
    p95UtilizationPercent: utilization.length === 0 ? null : utilization[Math.ceil(0.95 * utilization.length) - 1],
    meanPowerW: meanOf(power),
    peakPowerW: power.length === 0 ? null : Math.max(...power),
    maxTemperatureC: Math.max(...numbers(rows.map((row) => row.temperature))),
  };
}

/** The summary fits run@1 as written: every field there, the whole object accepted by the schema. */
function expectFitsRunEvidence(summary: SampledTelemetry) {
  const evidence = {
    schema: 'crucible/run@1',
    command: 'python train.py',
    exitCode: 0,
    signal: null,
    durationSeconds: 1,
    timedOut: false,
    gpus: [],
    telemetry: summary,
    metrics: {},
    git: { sha: 'a'.repeat(40), ref: 'refs/heads/main' },
  };
  const parsed = RunEvidenceSchema.safeParse(evidence);
  expect(parsed.success ? [] : parsed.error.issues.filter((issue) => issue.path[0] === 'telemetry')).toEqual([]);
}

describe('startTelemetry with nvidia-smi', () => {
  it('samples every GPU into the CSV and summarises it exactly', async () => {
    const path = csvPath();
    const sampler = startTelemetry({ tool: 'nvidia-smi', intervalMs: 100, csvPath: path, env: machine(), gpuCount: 2 });
    await until(() => csvRows(path) >= 12);
    const summary = await sampler.stop();
    expect(sampler.problems).toEqual([]);

    const { header, rows } = readCsv(path);
    expect(header).toBe('timestamp,gpu_index,memory_used_mib,memory_total_mib,utilization_gpu_percent,power_draw_w,temperature_gpu_c');
    // The first sample of the stand-in is the idle machine, read as nvidia-smi printed it.
    expect(rows.slice(0, 2).map(({ timestamp: _, ...row }) => row)).toEqual([
      { gpu: 0, memory: 1, total: 81920, utilization: 0, power: 61.37, temperature: 31 },
      { gpu: 1, memory: 1, total: 81920, utilization: 0, power: 63.02, temperature: 33 },
    ]);
    expect(rows[0]?.timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(Math.abs(Date.parse(rows[0]?.timestamp ?? '') - Date.now())).toBeLessThan(60_000);

    const perGpu = [0, 1].map((gpu) => rows.filter((row) => row.gpu === gpu));
    expect(perGpu[0]?.length).toBe(perGpu[1]?.length);
    const samples = perGpu[0]?.length ?? 0;
    expect(samples).toBeGreaterThanOrEqual(5); // ~15 at 100 ms; fewer only on a starved machine
    expect(summary.gpus).toEqual(perGpu.map((gpuRows, index) => ({ index, ...expectedFor(gpuRows) })));
    const all = expectedFor(rows);
    expect(summary).toMatchObject({
      tool: 'nvidia-smi',
      intervalSeconds: 0.1,
      samples,
      file: 'telemetry.csv',
      peakMemoryMiB: all.peakMemoryMiB,
      p95UtilizationPercent: all.p95UtilizationPercent,
    });
    expect(summary.meanUtilizationPercent).toBeCloseTo(((summary.gpus[0]?.meanUtilizationPercent ?? 0) + (summary.gpus[1]?.meanUtilizationPercent ?? 0)) / 2, 1);
    // Each sample covers the interval after it: about samples x 100 ms, never past the stop.
    expect(summary.durationSeconds).toBeGreaterThan((samples - 1) * 0.1 - 0.05);
    expect(summary.durationSeconds).toBeLessThanOrEqual(samples * 0.1 + 0.05);
    expect(summary.gpuHours).toBeCloseTo((2 * summary.durationSeconds) / 3600, 6);
    expectFitsRunEvidence(summary);
  });

  it('stops the sampler for good: the CSV does not grow after stop(), and stop() can be called again', async () => {
    const path = csvPath();
    const sampler = startTelemetry({ tool: 'nvidia-smi', intervalMs: 50, csvPath: path, env: machine(), gpuCount: 2 });
    await delay(400);
    const first = await sampler.stop();
    const size = statSync(path).size;
    await delay(300);
    expect(statSync(path).size).toBe(size);
    expect(await sampler.stop()).toEqual(first);
  });

  it('restarts without a field the driver rejects, and reads it as null', async () => {
    const path = csvPath();
    const sampler = startTelemetry({ tool: 'nvidia-smi', intervalMs: 100, csvPath: path, env: machine({ CRUCIBLE_STANDIN_INVALID_FIELDS: 'power.draw' }), gpuCount: 2 });
    await until(() => csvRows(path) >= 4);
    const summary = await sampler.stop();
    expect(sampler.problems).toEqual(['nvidia-smi: this driver does not know the field "power.draw"; telemetry goes on without it']);
    expect(summary.samples).toBeGreaterThan(0);
    expect(summary.meanPowerW).toBeNull();
    expect(summary.gpus.map((gpu) => [gpu.meanPowerW, gpu.peakPowerW])).toEqual([
      [null, null],
      [null, null],
    ]);
    expect(summary.gpus[0]?.maxTemperatureC).not.toBeNull();
    expect(readCsv(path).rows.every((row) => row.power === null && row.memory !== null)).toBe(true);
  });

  it('reads "[N/A]" power as null', async () => {
    const sampler = startTelemetry({ tool: 'nvidia-smi', intervalMs: 100, csvPath: csvPath(), env: machine({ CRUCIBLE_STANDIN_NA: 'power.draw' }), gpuCount: 2 });
    await delay(500);
    const summary = await sampler.stop();
    expect(sampler.problems).toEqual([]);
    expect(summary.samples).toBeGreaterThan(0);
    expect(summary.meanPowerW).toBeNull();
    expectFitsRunEvidence(summary);
  });

  it('keeps what it had when the sampler dies early, and says so without failing', async () => {
    const path = csvPath();
    const sampler = startTelemetry({ tool: 'nvidia-smi', intervalMs: 100, csvPath: path, env: machine({ CRUCIBLE_STANDIN_LOOP_LIMIT: '3' }), gpuCount: 2 });
    await until(() => sampler.problems.length > 0);
    const summary = await sampler.stop();
    expect(summary.samples).toBe(3);
    expect(summary.gpus.map((gpu) => gpu.samples)).toEqual([3, 3]);
    expect(readCsv(path).rows).toHaveLength(6);
    // The duration ends with the sampler, not with stop().
    expect(summary.durationSeconds).toBeLessThan(0.6);
    expect(sampler.problems).toHaveLength(1);
    expect(sampler.problems[0]).toMatch(/^nvidia-smi: the telemetry sampler exited with code 15 after 3 sample\(s\): Unable to determine the device handle .* GPU is lost/);
    expect(sampler.problems[0]).toContain('the run went on');
  });

  it('without nvidia-smi on PATH, summarises nothing and says why', async () => {
    const sampler = startTelemetry({ tool: 'nvidia-smi', intervalMs: 100, csvPath: csvPath(), env: { ...process.env, PATH: scratch }, gpuCount: 2 });
    await delay(200);
    const summary = await sampler.stop();
    expect(sampler.problems).toEqual(['nvidia-smi: not found on PATH; no GPU telemetry was sampled']);
    expect(summary).toMatchObject({ samples: 0, durationSeconds: 0, gpuHours: 0, peakMemoryMiB: null, p95UtilizationPercent: null });
    expect(summary.gpus.map((gpu) => [gpu.index, gpu.samples, gpu.meanUtilizationPercent])).toEqual([
      [0, 0, null],
      [1, 0, null],
    ]);
    expectFitsRunEvidence(summary);
  });
});

describe('startTelemetry with gpuIndexes (the GPUs CUDA_VISIBLE_DEVICES leaves the job)', () => {
  it('asks nvidia-smi for those GPUs only, and summarises them under their own indexes', async () => {
    const path = csvPath();
    const sampler = startTelemetry({ tool: 'nvidia-smi', intervalMs: 100, csvPath: path, env: machine(), gpuCount: 1, gpuIndexes: [1] });
    await until(() => csvRows(path) >= 3);
    const summary = await sampler.stop();
    expect(sampler.problems).toEqual([]);
    const { rows } = readCsv(path);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(rows.every((row) => row.gpu === 1)).toBe(true);
    expect(rows[0]).toMatchObject({ memory: 1, power: 63.02, temperature: 33 });
    expect(summary.gpus).toEqual([{ index: 1, ...expectedFor(rows) }]);
    expect(summary.samples).toBe(rows.length);
    // One GPU sampled: GPU-hours are that GPU's time, not the machine's.
    expect(summary.gpuHours).toBeCloseTo(summary.durationSeconds / 3600, 6);
    expectFitsRunEvidence(summary);
  });

  it('passes --id to nvidia-smi: the sampler that dies names the GPU it was given', async () => {
    const sampler = startTelemetry({ tool: 'nvidia-smi', intervalMs: 100, csvPath: csvPath(), env: machine({ CRUCIBLE_STANDIN_LOOP_LIMIT: '2' }), gpuCount: 1, gpuIndexes: [1] });
    await until(() => sampler.problems.length > 0);
    const summary = await sampler.stop();
    expect(summary.gpus.map((gpu) => [gpu.index, gpu.samples])).toEqual([[1, 2]]);
    // GPU 1's bus id in the stand-in; without --id the stand-in names GPU 0's (00000000:07:00.0).
    expect(sampler.problems[0]).toContain('device handle for GPU 00000000:0F:00.0');
  });

  it('keeps only the listed GPUs from rocm-smi, which answers for all', async () => {
    const path = csvPath();
    const sampler = startTelemetry({ tool: 'rocm-smi', intervalMs: 200, csvPath: path, env: machine({ CRUCIBLE_STANDIN_VENDOR: 'amd' }), gpuCount: 1, gpuIndexes: [1] });
    await until(() => csvRows(path) >= 2);
    const summary = await sampler.stop();
    expect(sampler.problems).toEqual([]);
    const { rows } = readCsv(path);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(rows.every((row) => row.gpu === 1)).toBe(true);
    expect(summary.gpus).toEqual([{ index: 1, ...expectedFor(rows) }]);
  });

  it('samples nothing for an empty list, without a problem', async () => {
    const sampler = startTelemetry({ tool: 'nvidia-smi', intervalMs: 100, csvPath: csvPath(), env: machine(), gpuCount: 0, gpuIndexes: [] });
    await delay(300);
    const summary = await sampler.stop();
    expect(sampler.problems).toEqual([]);
    expect(summary).toMatchObject({ samples: 0, gpuHours: 0, gpus: [] });
  });
});

describe('startTelemetry with rocm-smi', () => {
  it('polls rocm-smi and converts its bytes to MiB', async () => {
    const path = csvPath();
    const sampler = startTelemetry({ tool: 'rocm-smi', intervalMs: 200, csvPath: path, env: machine({ CRUCIBLE_STANDIN_VENDOR: 'amd' }), gpuCount: 2 });
    await until(() => csvRows(path) >= 4);
    const summary = await sampler.stop();
    expect(sampler.problems).toEqual([]);
    const { rows } = readCsv(path);
    expect(summary.samples).toBeGreaterThanOrEqual(2);
    expect(rows).toHaveLength(summary.samples * 2);
    expect(rows.every((row) => row.total === 65520 && row.power !== null && row.temperature !== null)).toBe(true);
    expect(summary.gpus).toEqual([0, 1].map((index) => ({ index, ...expectedFor(rows.filter((row) => row.gpu === index)) })));
    expect(summary.tool).toBe('rocm-smi');
    expectFitsRunEvidence(summary);
  });

  it('gives up after repeated failures and keeps the run going', async () => {
    const sampler = startTelemetry({ tool: 'rocm-smi', intervalMs: 50, csvPath: csvPath(), env: machine(), gpuCount: 1 });
    await until(() => sampler.problems.length > 0);
    const summary = await sampler.stop();
    expect(summary.samples).toBe(0);
    expect(sampler.problems).toEqual([
      'rocm-smi: 3 samples in a row failed (exit code 0: ERROR:root:Driver not initialized (amdgpu not found in modules)); telemetry stopped there and the run went on',
    ]);
  });
});
