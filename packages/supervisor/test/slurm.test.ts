/**
 * The Slurm engine against a real one-node cluster (testkit's startSlurmCluster: slurm-wlm and munge, as root).
 * This file owns its cluster: the pending-job test fills the node. Without Slurm the tests skip and say why.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { setTimeout as delay } from 'node:timers/promises';
import { InputError } from '@crucible/core/errors';
import { type SlurmCluster, standInGpuBin, startSlurmCluster } from '@crucible/testkit';
import { afterAll, describe, expect, it } from 'vitest';
import { exitCodeOf } from '../src/process.ts';
import {
  cancelSlurmJob,
  preflightSlurm,
  type SlurmSuperviseOptions,
  type SlurmSupervisorEvent,
  slurmTelemetryPrefix,
  superviseSlurm,
} from '../src/slurm/index.ts';
import { startTelemetry } from '../src/telemetry.ts';

const started = await startSlurmCluster();
const skip = 'skip' in started ? started.skip : null;
// The reason the tests skip, and how long the cluster took to start, printed with the results where a person reads them.
if (skip !== null) process.stderr.write(`slurm.test.ts: skipped: ${skip}\n`);
else process.stdout.write(`slurm.test.ts: test Slurm cluster started in ${(started as SlurmCluster).startSeconds.toFixed(1)} s\n`);
const cluster = started as SlurmCluster;
afterAll(async () => {
  if (skip === null) await cluster.stop();
});

/** The live output, with when each piece came. */
function liveOutput(): { stream: Writable; text(): string; firstAt(text: string): number } {
  const pieces: { at: number; text: string }[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      pieces.push({ at: performance.now(), text: chunk.toString('utf8') });
      done();
    },
  });
  return {
    stream,
    text: () => pieces.map((piece) => piece.text).join(''),
    firstAt: (text) => pieces.find((piece) => piece.text.includes(text))?.at ?? Number.NaN,
  };
}

let runs = 0;
function options(script: string, overrides: Partial<SlurmSuperviseOptions> = {}): SlurmSuperviseOptions & { events: SlurmSupervisorEvent[]; live: ReturnType<typeof liveOutput> } {
  const folder = mkdtempSync(join(cluster.folder, 'jobs', `run-${runs++}-`));
  const events: SlurmSupervisorEvent[] = [];
  const live = liveOutput();
  return {
    argv: ['bash', '-c', script],
    cwd: folder,
    env: cluster.env,
    request: {},
    jobName: 'crucible-test',
    graceMs: 1000,
    rawLogPath: join(folder, 'train.log'),
    pollMs: 250,
    stdout: live.stream,
    onEvent: (event) => events.push(event),
    events,
    live,
    ...overrides,
  };
}

function queued(jobId: string): string {
  return execFileSync('squeue', ['-h', '-o', '%i %T', '-j', jobId], { env: cluster.env, encoding: 'utf8' }).trim();
}

describe.skipIf(skip !== null)('superviseSlurm on a real cluster', () => {
  it('runs a job to success, its output live, and records where and how long it ran', async () => {
    const run = options('echo first; echo "in $PWD on $(hostname -s) with GPUs ${CUDA_VISIBLE_DEVICES:-none}"; sleep 2; echo second', {
      request: { partition: 'gpu', gpusPerNode: 1, extra: ['--time=00:05:00'] },
    });
    const result = await superviseSlurm(run);
    expect(result.spawnError).toBeNull();
    expect(result.exitCode).toBe(0);
    expect(exitCodeOf(result)).toBe(0);
    expect(run.live.text()).toBe(`first\nin ${run.cwd} on ${cluster.node} with GPUs 0\nsecond\n`);
    // Live: the first line came while the job still slept.
    expect(run.live.firstAt('second') - run.live.firstAt('first')).toBeGreaterThan(1000);
    expect(readFileSync(run.rawLogPath, 'utf8')).toBe(run.live.text());
    expect(result.slurm).toMatchObject({ partition: 'gpu', nodes: 1, nodeList: cluster.node, gpus: 1, state: 'COMPLETED' });
    expect(result.slurm?.jobId).toMatch(/^\d+$/);
    expect(result.slurm?.sbatchOptions).toEqual([
      '--job-name=crucible-test',
      `--chdir=${run.cwd}`,
      `--output=${run.rawLogPath}`,
      '--export=ALL',
      '--partition=gpu',
      '--nodes=1',
      '--gres=gpu:1',
      '--time=00:05:00',
    ]);
    expect(result.slurm?.queueSeconds).toBeGreaterThanOrEqual(0);
    expect(result.slurm?.runSeconds).toBeGreaterThanOrEqual(1);
    expect(run.events.map((event) => event.kind)).toEqual(expect.arrayContaining(['submitted', 'started', 'finished']));
    expect(queued(result.slurm?.jobId ?? '')).toBe('');
  });

  it("returns the job's own exit code", async () => {
    const run = options('echo failing >&2; exit 3');
    const result = await superviseSlurm(run);
    expect(result).toMatchObject({ exitCode: 3, signal: null, timedOut: false, cancelled: null });
    expect(exitCodeOf(result)).toBe(3);
    expect(result.slurm?.state).toBe('FAILED');
    expect(run.live.text()).toBe('failing\n');
  });

  it('gives the job exactly the environment it is handed', async () => {
    process.env['CRUCIBLE_SLURM_NOT_HANDED'] = 'leaked';
    try {
      const run = options('echo "handed=${CRUCIBLE_SLURM_HANDED-unset} not-handed=${CRUCIBLE_SLURM_NOT_HANDED-unset}"', {
        env: { ...cluster.env, CRUCIBLE_SLURM_HANDED: 'yes' },
      });
      const result = await superviseSlurm(run);
      expect(exitCodeOf(result)).toBe(0);
      expect(run.live.text()).toBe('handed=yes not-handed=unset\n');
    } finally {
      delete process.env['CRUCIBLE_SLURM_NOT_HANDED'];
    }
  });

  it('stops a job that ignores SIGINT and SIGTERM at the time budget, leaving nothing in the queue', async () => {
    const run = options("trap '' INT TERM; echo started; while true; do sleep 0.2; done", { timeBudgetMs: 6000 });
    const result = await superviseSlurm(run);
    expect(result.timedOut).toBe(true);
    expect(exitCodeOf(result)).toBe(124);
    expect(result.slurm?.state).toBe('CANCELLED');
    expect(result.signal).toBe('SIGKILL');
    expect(run.events.filter((event) => event.kind === 'budget').map((event) => event.kind === 'budget' && event.step)).toEqual(['SIGINT', 'SIGTERM', 'SIGKILL']);
    expect(run.live.text()).toContain('started\n');
    expect(queued(result.slurm?.jobId ?? '')).toBe('');
  });

  it("passes the runner's SIGINT on to the job, which ends as it chooses", async () => {
    const before = new Set(process.listeners('SIGINT'));
    const run = options("trap 'echo got INT; exit 130' INT; echo ready; while true; do sleep 0.2; done", { forwardSignals: true });
    const supervised = superviseSlurm(run);
    await until(() => run.live.text().includes('ready'));
    // This process's signal handling, as a Ctrl-C or the runner's cancellation reaches it (without signalling the test runner).
    for (const listener of process.listeners('SIGINT')) if (!before.has(listener)) (listener as (signal: string) => void)('SIGINT');
    const result = await supervised;
    expect(result.cancelled).toBe('SIGINT');
    expect(result.exitCode).toBe(130);
    expect(exitCodeOf(result)).toBe(130);
    expect(run.live.text()).toContain('got INT\n');
    expect(run.events).toContainEqual({ kind: 'forwarded', signal: 'SIGINT' });
    expect(queued(result.slurm?.jobId ?? '')).toBe('');
    expect(process.listeners('SIGINT').filter((listener) => !before.has(listener))).toEqual([]);
  });

  it("cancels the job outright soon after the runner's SIGTERM, before the runner's own kill", async () => {
    const before = new Set(process.listeners('SIGTERM'));
    const run = options("trap '' INT TERM; echo ready; while true; do sleep 0.2; done", { forwardSignals: true, killAfterTermMs: 1000 });
    const supervised = superviseSlurm(run);
    await until(() => run.live.text().includes('ready'));
    for (const listener of process.listeners('SIGTERM')) if (!before.has(listener)) (listener as (signal: string) => void)('SIGTERM');
    const result = await supervised;
    expect(result.cancelled).toBe('SIGTERM');
    expect(exitCodeOf(result)).toBe(143);
    expect(result.slurm?.state).toBe('CANCELLED');
    expect(run.events.map((event) => event.kind)).toEqual(expect.arrayContaining(['forwarded', 'escalated']));
    expect(queued(result.slurm?.jobId ?? '')).toBe('');
  });

  it('cancels a job still waiting in the queue at the budget, and says it never ran', async () => {
    // Another job holds the whole node, so this one waits for resources.
    const blocker = execFileSync('sbatch', ['--parsable', '--exclusive', `--output=${join(cluster.folder, 'jobs', 'blocker.log')}`, '--wrap=sleep 120'], { env: cluster.env, encoding: 'utf8' }).trim();
    try {
      await until(() => queued(blocker).endsWith('RUNNING'));
      const run = options('echo should not run', { request: { extra: ['--exclusive'] }, timeBudgetMs: 3000 });
      const result = await superviseSlurm(run);
      expect(result).toMatchObject({ exitCode: null, signal: null, timedOut: true, cancelled: null });
      expect(exitCodeOf(result)).toBe(124);
      expect(result.slurm).toMatchObject({ state: 'PENDING', reason: 'Resources', nodeList: null, queueSeconds: null, runSeconds: null });
      const kinds = run.events.map((event) => event.kind);
      expect(kinds).toContain('pending');
      expect(kinds).toContain('cancelled-pending');
      expect(kinds).not.toContain('started');
      expect(run.live.text()).toBe('');
      expect(queued(result.slurm?.jobId ?? '')).toBe('');
    } finally {
      expect(await cancelSlurmJob(blocker, cluster.env)).toBe(true);
    }
  });

  it('cancels a job for a post step only when it is still in the queue', async () => {
    const ended = await superviseSlurm(options('true'));
    expect(await cancelSlurmJob(ended.slurm?.jobId ?? '', cluster.env)).toBe(false);
    expect(await cancelSlurmJob('999999', cluster.env)).toBe(false);
    expect(await cancelSlurmJob('1; rm -rf /', cluster.env)).toBe(false);
  });

  it('samples GPUs on the job’s node through srun --overlap', async () => {
    const run = options('echo ready; sleep 8', { request: { partition: 'gpu', gpusPerNode: 2 } });
    const supervised = superviseSlurm(run);
    await until(() => run.live.text().includes('ready'));
    const submitted = run.events.find((event) => event.kind === 'submitted');
    const jobId = submitted?.kind === 'submitted' ? submitted.jobId : '';
    const prefix = slurmTelemetryPrefix({ jobId, nodes: 1, gpus: 2 });
    expect(prefix).not.toBeNull();
    const csvPath = join(run.cwd, 'telemetry.csv');
    // The stand-in nvidia-smi on the step's PATH: srun passes the environment on to the node.
    const sampler = startTelemetry({ tool: 'nvidia-smi', intervalMs: 200, csvPath, gpuCount: 2, env: { ...cluster.env, PATH: `${standInGpuBin()}:${cluster.env['PATH'] ?? ''}` }, prefix: prefix ?? [] });
    await until(() => {
      try {
        return readFileSync(csvPath, 'utf8').trim().split('\n').length >= 7;
      } catch {
        return false;
      }
    });
    const summary = await sampler.stop();
    expect(sampler.problems).toEqual([]);
    expect(summary.samples).toBeGreaterThanOrEqual(3);
    expect(summary.gpus.map((gpu) => gpu.index)).toEqual([0, 1]);
    const result = await supervised;
    expect(exitCodeOf(result)).toBe(0);
    expect(result.slurm?.gpus).toBe(2);
    expect(queued(jobId)).toBe('');
  });
});

describe.skipIf(skip !== null)('Slurm preflight on a real cluster', () => {
  it('passes a request the cluster can run', async () => {
    expect(await preflightSlurm({ request: { partition: 'gpu', gpusPerNode: 2, extra: ['--time=00:10:00'] }, env: cluster.env })).toEqual({ partitions: ['debug', 'gpu'] });
  });

  it('names the partition input and lists the partitions there are', async () => {
    const refused = preflightSlurm({ request: { partition: 'a100' }, env: cluster.env });
    await expect(refused).rejects.toBeInstanceOf(InputError);
    await expect(refused).rejects.toThrow('Input "slurm-partition": the cluster has no partition "a100". This cluster\'s partitions: debug, gpu.');
    // sbatch's own refusal at submission reads the same.
    await expect(superviseSlurm(options('true', { request: { partition: 'a100' } }))).rejects.toThrow(/^Input "slurm-partition": the cluster has no partition "a100". This cluster's partitions: debug, gpu./);
  });

  it('refuses options it owns before asking the cluster', async () => {
    await expect(preflightSlurm({ request: { extra: ['--output=/tmp/elsewhere'] }, env: cluster.env })).rejects.toThrow('Input "sbatch-options": --output is not allowed');
    await expect(superviseSlurm(options('true', { request: { extra: ['--wait'] } }))).rejects.toBeInstanceOf(InputError);
  });

  it('says which inputs ask for more than a node has', async () => {
    await expect(preflightSlurm({ request: { partition: 'gpu', gpusPerNode: cluster.gpus + 1 }, env: cluster.env })).rejects.toThrow(
      `No node of partition "gpu" has what the job asks for: lower "gpus-per-node" (${cluster.gpus + 1}), or pick another partition with "slurm-partition". This cluster's partitions: debug, gpu.`,
    );
  });

  it('says sbatch is missing and where the step must run', async () => {
    await expect(preflightSlurm({ request: {}, env: { ...cluster.env, PATH: '/nonexistent' } })).rejects.toThrow(/^sbatch is not on PATH: a Slurm train step submits from a login node/);
  });
});

async function until(ready: () => boolean): Promise<void> {
  const deadline = performance.now() + 30_000;
  while (!ready()) {
    if (performance.now() > deadline) throw new Error('timed out waiting');
    await delay(100);
  }
}
