import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { RunEvidenceSchema } from '@crucible/core';
import { type LoopbackGitHub, pushEvent, runAction, shaOf, type SlurmCluster, standardSeed, standInGpuBin, startLoopbackGitHub, startSlurmCluster } from '@crucible/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The train bundle with backend: slurm, started as the runner starts it, against the loopback GitHub and a real
 * one-node Slurm cluster: the command runs as a batch job, its output reaches the step's log, the job is recorded in
 * the run evidence and the artifacts are uploaded as for a local run.
 */
const ACTION = join(import.meta.dirname, '..');

let cluster: SlurmCluster | undefined;
let skip = '';
let github: LoopbackGitHub | undefined;
const scratch: string[] = [];

beforeAll(async () => {
  const started = await startSlurmCluster();
  if ('skip' in started) {
    skip = started.skip;
    // Said where the test log shows it: CI without Slurm skips these with its reason.
    process.stderr.write(`train with backend slurm: skipped, ${skip}\n`);
    return;
  }
  cluster = started;
  github = await startLoopbackGitHub({ seed: standardSeed() });
}, 90_000);

afterAll(async () => {
  await github?.close();
  await cluster?.stop();
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const TRAIN_SH = `
set -u
env > env.txt
echo "training on $(hostname -s) as job $SLURM_JOB_ID"
echo "step,loss,acc" > metrics.csv
for step in 1 2 3 4 5; do
  printf '\\rstep %s/5' "$step"
  echo "$step,$((100 / step)),0.$((50 + step))" >> metrics.csv
  sleep 0.3
done
echo
exit "\${EXIT:-0}"
`;

function setup(): { workspace: string; env: Record<string, string> } {
  // The job reads the workspace and writes its log beside RUNNER_TEMP: on one machine both are "shared storage".
  const workspace = mkdtempSync(join(tmpdir(), 'crucible-train-slurm-'));
  scratch.push(workspace);
  writeFileSync(join(workspace, 'train.sh'), TRAIN_SH);
  const runner = (github as LoopbackGitHub).runnerEnv({ repo: 'octo-org/models', workflow: 'ML', eventName: 'push', sha: shaOf('c3'), ref: 'refs/heads/main', job: 'train' });
  const env: Record<string, string> = {
    ...runner,
    SLURM_CONF: (cluster as SlurmCluster).env['SLURM_CONF'] as string,
    // The stand-in nvidia-smi answers the sampler that runs in the job's allocation (srun --overlap).
    PATH: `${standInGpuBin()}${delimiter}${process.env['PATH'] ?? ''}`,
    RUNNER_ENVIRONMENT: 'self-hosted',
  };
  return { workspace, env };
}

describe('train with backend: slurm, through the runner simulator', () => {
  it('runs the command as a Slurm job, streams its output, records the job and uploads the artifacts', async (context) => {
    if (cluster === undefined) return context.skip(skip);
    const { workspace, env } = setup();
    const result = await runAction({
      action: ACTION,
      inputs: {
        run: 'sh train.sh',
        backend: 'slurm',
        'slurm-partition': cluster.partitions[0] as string,
        'gpus-per-node': '1',
        'cpus-per-task': '1',
        'sbatch-options': '--time=00:05:00\n--comment=crucible-contract-test',
        'metrics-path': 'metrics.csv',
        'telemetry-interval': '1',
        env: 'SEED=7',
      },
      env,
      event: pushEvent({ repository: 'octo-org/models', ref: 'refs/heads/main', after: shaOf('c3') }),
      workspace,
      matrix: { seed: 7 },
      keepTemp: true,
    });
    scratch.push(result.runnerTemp);
    expect(result.stderr).toBe('');
    expect(result.exitCode, result.log).toBe(0);
    expect(result.groups).toEqual(expect.arrayContaining(['Preflight', 'Training (Slurm)']));
    // The job's own output, progress bar collapsed, in the step's log.
    expect(result.log).toMatch(/training on \S+ as job \d+/);
    expect(result.log).toContain('step 5/5');
    expect(result.log).not.toContain('step 2/5');
    expect(result.log).toMatch(/Submitted Slurm job \d+/);

    const evidence = RunEvidenceSchema.parse(JSON.parse(readFileSync(result.outputs['evidence-path'] ?? '', 'utf8')));
    expect(evidence).toMatchObject({ backend: 'slurm', exitCode: 0, timedOut: false, cancelled: false, command: 'sh train.sh' });
    expect(evidence.slurm).toMatchObject({ jobId: expect.stringMatching(/^\d+$/), partition: cluster.partitions[0], nodes: 1, nodeList: cluster.node, gpus: 1, state: 'COMPLETED' });
    expect(evidence.slurm?.sbatchOptions).toEqual(expect.arrayContaining([`--partition=${cluster.partitions[0]}`, '--gres=gpu:1', '--cpus-per-task=1', '--time=00:05:00']));
    expect(evidence.slurm?.queueSeconds).toBeGreaterThanOrEqual(0);
    expect(evidence.slurm?.runSeconds).toBeGreaterThanOrEqual(1);
    expect(evidence.metrics['acc']).toBeCloseTo(0.55);
    // GPUs were sampled inside the allocation, by an srun --overlap step running the (stand-in) nvidia-smi.
    expect(evidence.telemetry?.samples ?? 0).toBeGreaterThan(0);
    expect(result.outputs['gpu-count']).toBe('1');
    // The job saw the step's environment less its private variables.
    const jobEnv = readFileSync(join(workspace, 'env.txt'), 'utf8');
    expect(jobEnv).toMatch(/^SEED=7$/m);
    expect(jobEnv).not.toMatch(/^(INPUT_|STATE_|ACTIONS_RUNTIME_TOKEN=|GITHUB_STATE=)/m);
    expect(result.summary).toMatch(/Slurm job: <code>\d+<\/code> on partition <code>/);
    const artifacts = [...(github?.state.artifacts.values() ?? [])].filter((artifact) => artifact.runId === Number(env['GITHUB_RUN_ID'])).map((artifact) => artifact.name).sort();
    expect(artifacts).toEqual(['crucible-run-train-seed-7', 'train-log-train-seed-7']);
    // Nothing of the job is left in the queue.
    expect(readQueue()).toBe('');
  }, 120_000);

  it("passes the runner's cancel on to the job as scancel, and post uploads the evidence with nothing left in the queue", async (context) => {
    if (cluster === undefined) return context.skip(skip);
    const { workspace, env } = setup();
    writeFileSync(join(workspace, 'long.sh'), "trap 'echo; echo saving; exit 0' INT\necho started\nwhile :; do sleep 0.2; done\n");
    const result = await runAction({
      action: ACTION,
      inputs: { run: 'bash long.sh', backend: 'slurm', gpu: 'none', grace: '3' },
      env,
      workspace,
      cancelAfterMs: 5_000,
      keepTemp: true,
    });
    scratch.push(result.runnerTemp);
    expect(result.conclusion).toBe('cancelled');
    expect(result.log).toMatch(/Received SIGINT \(the job is being cancelled\): forwarded it to Slurm job \d+/);
    expect(result.log).toContain('saving');
    const evidence = RunEvidenceSchema.parse(JSON.parse(readFileSync(join(result.runnerTemp, 'crucible', 'train', 'crucible-run-train', 'run.json'), 'utf8')));
    expect(evidence).toMatchObject({ backend: 'slurm', cancelled: true, slurm: { state: expect.any(String) } });
    const artifacts = [...(github?.state.artifacts.values() ?? [])].filter((artifact) => artifact.runId === Number(env['GITHUB_RUN_ID'])).map((artifact) => artifact.name).sort();
    expect(artifacts).toEqual(['crucible-run-train', 'train-log-train']);
    expect(readQueue()).toBe('');
  }, 120_000);

  it("starts torchrun in the job with the allocation's rendezvous: its first node, the node's rank, the master port", async (context) => {
    if (cluster === undefined) return context.skip(skip);
    const { workspace, env } = setup();
    // A stand-in torchrun that says what it was given and where.
    const bin = mkdtempSync(join(tmpdir(), 'crucible-torchrun-'));
    scratch.push(bin);
    writeFileSync(join(bin, 'torchrun'), '#!/bin/sh\necho "torchrun $* MASTER_ADDR=$MASTER_ADDR MASTER_PORT=$MASTER_PORT"\n', { mode: 0o755 });
    const result = await runAction({
      action: ACTION,
      inputs: { run: 'train.py --epochs 3', backend: 'slurm', launcher: 'torchrun', 'gpus-per-node': '2', 'master-port': '29611' },
      env: { ...env, PATH: `${bin}${delimiter}${env['PATH']}` },
      workspace,
      keepTemp: true,
    });
    scratch.push(result.runnerTemp);
    expect(result.exitCode, result.log).toBe(0);
    const node = (cluster as SlurmCluster).node;
    expect(result.log).toContain(`torchrun --nnodes=1 --nproc_per_node=2 --node_rank=0 --master_addr=${node} --master_port=29611 train.py --epochs 3 MASTER_ADDR=${node} MASTER_PORT=29611`);
    const evidence = RunEvidenceSchema.parse(JSON.parse(readFileSync(result.outputs['evidence-path'] ?? '', 'utf8')));
    expect(evidence.launcher?.kind).toBe('torchrun');
    expect(evidence.slurm).toMatchObject({ nodes: 1, gpus: 2 });
  }, 120_000);

  it('fails the step with the job exit code, and refuses a partition the cluster does not have before anything runs', async (context) => {
    if (cluster === undefined) return context.skip(skip);
    const failing = setup();
    const failed = await runAction({
      action: ACTION,
      inputs: { run: 'sh train.sh', backend: 'slurm', gpu: 'none', 'metrics-path': 'metrics.csv', env: 'EXIT=3' },
      env: failing.env,
      workspace: failing.workspace,
      keepTemp: true,
    });
    scratch.push(failed.runnerTemp);
    expect(failed.exitCode).toBe(1);
    expect(failed.outputs['exit-code']).toBe('3');
    expect(failed.annotations.find((annotation) => annotation.level === 'error')?.message).toMatch(/Training failed: exit code 3/);

    const refused = setup();
    const bad = await runAction({ action: ACTION, inputs: { run: 'sh train.sh', backend: 'slurm', gpu: 'none', 'slurm-partition': 'no-such-partition' }, env: refused.env, workspace: refused.workspace });
    expect(bad.exitCode).toBe(1);
    const message = bad.annotations.find((annotation) => annotation.level === 'error')?.message ?? '';
    expect(message).toMatch(/slurm-partition/);
    expect(message).toContain(cluster.partitions[0] as string);
    expect(message).not.toMatch(/\n\s+at /);
    expect(bad.log).not.toContain('training on');
    expect(readQueue()).toBe('');
  }, 120_000);
});

function readQueue(): string {
  return spawnSync('squeue', ['-h', '-o', '%i %T'], { env: (cluster as SlurmCluster).env, encoding: 'utf8' }).stdout.trim();
}
