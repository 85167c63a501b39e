import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { RunEvidenceSchema } from '@crucible/core';
import { type LoopbackGitHub, pushEvent, runAction, shaOf, standardSeed, standInGpuBin, startLoopbackGitHub } from '@crucible/testkit';
import { afterEach, describe, expect, it } from 'vitest';

const ACTION = join(import.meta.dirname, '..');
let github: LoopbackGitHub | undefined;
const scratch: string[] = [];
afterEach(async () => {
  expect(github?.violations ?? []).toEqual([]);
  await github?.close();
  github = undefined;
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/**
 * A training script in plain sh: resumes from ckpt/step, shows a progress bar with carriage returns, appends
 * metrics.csv, and on SIGINT saves its step and exits 0, as a trainer with a signal handler does.
 */
const TRAIN_SH = `
set -u
env > env.txt
[ -n "\${1:-}" ] && echo "logging in with $1"
mkdir -p ckpt
step=0
[ -f ckpt/step ] && step=$(cat ckpt/step)
echo "resuming from step $step"
trap 'echo; echo "saving at step $step"; echo $step > ckpt/step; exit 0' INT
[ -f metrics.csv ] || echo "step,loss,acc" > metrics.csv
while [ "$step" -lt "\${TOTAL:-10}" ]; do
  step=$((step + 1))
  printf '\\rstep %s/%s' "$step" "\${TOTAL:-10}"
  echo "$step,$((100 / step)),0.$((50 + step))" >> metrics.csv
  sleep "\${PAUSE:-0.02}"
done
echo
echo $step > ckpt/step
mkdir -p model && echo "weights at $step" > model/weights.bin
exit "\${EXIT:-0}"
`;

async function setup() {
  github = await startLoopbackGitHub({ seed: standardSeed() });
  const workspace = mkdtempSync(join(tmpdir(), 'crucible-train-'));
  scratch.push(workspace);
  writeFileSync(join(workspace, 'train.sh'), TRAIN_SH);
  writeFileSync(join(workspace, 'data.csv'), 'x,y\n1,2\n');
  writeFileSync(join(workspace, 'params.yaml'), 'lr: 0.01\nepochs: 10\n');
  return workspace;
}

function envFor(extra: Record<string, string> = {}): Record<string, string> {
  const env = (github as LoopbackGitHub).runnerEnv({ repo: 'octo-org/models', workflow: 'ML', eventName: 'push', sha: shaOf('c3'), ref: 'refs/heads/main', job: 'train' });
  return { ...env, PATH: `${standInGpuBin()}${delimiter}${process.env['PATH'] ?? ''}`, RUNNER_ENVIRONMENT: 'self-hosted', ...extra };
}

const BASE_INPUTS = {
  run: 'sh train.sh',
  'metrics-path': 'metrics.csv',
  'params-path': 'params.yaml',
  'data-paths': 'data.csv',
  'checkpoint-path': 'ckpt',
  'telemetry-interval': '1',
};

/** Runs the bundle, keeping RUNNER_TEMP (where the evidence is) until the test ends. */
async function train(options: Parameters<typeof runAction>[0]) {
  const result = await runAction({ ...options, keepTemp: true });
  scratch.push(result.runnerTemp);
  return result;
}

function evidenceOf(path: string | undefined) {
  return RunEvidenceSchema.parse(JSON.parse(readFileSync(path ?? '', 'utf8')));
}

function artifactsOf(env: Record<string, string>): string[] {
  return [...(github?.state.artifacts.values() ?? [])].filter((artifact) => artifact.runId === Number(env['GITHUB_RUN_ID'])).map((artifact) => artifact.name).sort();
}

describe('train against the loopback GitHub', () => {
  it('runs a successful training on two GPUs and records it as run evidence', async () => {
    const workspace = await setup();
    const env = envFor({ PAUSE: '0.15', HF_TOKEN: 'hf_0123456789abcdef' });
    const result = await train({
      action: ACTION,
      // As `run: sh train.sh ${{ secrets.HF_TOKEN }}` reaches the action: expanded.
      inputs: { ...BASE_INPUTS, run: 'sh train.sh hf_0123456789abcdef', outputs: 'model', env: 'TOTAL=12' },
      env,
      event: pushEvent({ repository: 'octo-org/models', ref: 'refs/heads/main', after: shaOf('c3') }),
      workspace,
      matrix: { seed: 1 },
    });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ 'exit-code': '0', 'timed-out': 'false', resumable: 'false', 'gpu-count': '2', 'cuda-version': '12.4' });
    expect(result.outputs['gpu-model']).toMatch(/A100/);
    const evidence = evidenceOf(result.outputs['evidence-path']);
    // A secret's value stays out of the evidence and the uploaded log.
    expect(evidence).toMatchObject({ exitCode: 0, signal: null, timedOut: false, cancelled: false, command: 'sh train.sh ***', git: { sha: shaOf('c3'), ref: 'refs/heads/main' } });
    const folder = join(result.runnerTemp, 'crucible', 'train', 'crucible-run-train-seed-1');
    expect(readFileSync(join(folder, 'train.log'), 'utf8')).toContain('logging in with hf_0123456789abcdef');
    expect(readFileSync(join(folder, 'log', 'train.log'), 'utf8')).toContain('logging in with ***');
    // Nothing that belongs to the step reached the command; Python's output is unbuffered, so the log is live.
    const childEnv = readFileSync(join(workspace, 'env.txt'), 'utf8');
    expect(childEnv).not.toMatch(/^(INPUT_|STATE_|ACTIONS_RUNTIME_TOKEN=|GITHUB_STATE=)/m);
    expect(childEnv).toMatch(/^PYTHONUNBUFFERED=1$/m);
    expect(childEnv).toMatch(/^TOTAL=12$/m);
    expect(evidence.gpus).toHaveLength(2);
    expect(evidence.gpus[0]).toMatchObject({ vendor: 'nvidia', index: 0, driverVersion: expect.any(String), cudaVersion: '12.4' });
    expect(evidence.telemetry?.samples).toBeGreaterThan(0);
    expect(evidence.telemetry?.gpus).toHaveLength(2);
    expect(evidence.metrics['acc']).toBeCloseTo(0.62);
    expect(evidence.histories?.['loss']).toHaveLength(12);
    expect(evidence.params).toMatchObject({ lr: '0.01' });
    expect(evidence.data?.[0]).toMatchObject({ path: 'data.csv', bytes: 8, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(evidence.outputs?.[0]).toMatchObject({ path: 'model', files: 1 });
    expect(evidence.runner).toMatchObject({ name: 'crucible-simulator', environment: 'self-hosted', labels: ['self-hosted', 'linux', 'x64'] });
    expect(evidence.durationSeconds).toBeGreaterThan(1);
    // The progress bar is one line in the log, every step of it in the raw log artifact.
    expect(result.log).toContain('step 12/12');
    expect(result.log).not.toContain('step 3/12');
    expect(result.groups).toEqual(expect.arrayContaining(['Preflight', 'Training']));
    expect(result.summary).toContain('Training run');
    expect(artifactsOf(env)).toEqual(['crucible-run-train-seed-1', 'model-train-seed-1', 'train-log-train-seed-1']);
    expect(readFileSync(join(workspace, 'metrics.csv'), 'utf8')).toContain('12,');
  });

  it('masks in the live log what the env input holds under a secret-looking name, before the command prints it', async () => {
    const workspace = await setup();
    const env = envFor();
    const secret = 'sk-live-5f2a9c81d0e7';
    const result = await train({ action: ACTION, inputs: { ...BASE_INPUTS, run: 'sh train.sh "$OPENAI_KEY"', env: `OPENAI_KEY=${secret}\nTOTAL=2` }, env, workspace });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain(`logging in with ${secret}`);
    expect(result.masks).toContain(secret);
    expect(result.log).toContain('logging in with ***');
    expect(result.log).not.toContain(secret);
  });

  it('fails the step with the exit code of a failing run, and still writes its evidence', async () => {
    const workspace = await setup();
    const env = envFor();
    const result = await train({ action: ACTION, inputs: { ...BASE_INPUTS, env: 'EXIT=3\nTOTAL=3' }, env, workspace });
    expect(result.exitCode).toBe(1);
    expect(result.outputs['exit-code']).toBe('3');
    expect(evidenceOf(result.outputs['evidence-path'])).toMatchObject({ exitCode: 3, timedOut: false });
    expect(result.annotations).toContainEqual(expect.objectContaining({ level: 'error', message: expect.stringMatching(/Training failed: exit code 3/) }));
    expect(artifactsOf(env)).toEqual(['crucible-run-train', 'train-log-train']);
  });

  it('stops at the time budget, saves the checkpoint in post, and the next run resumes from it', async () => {
    const workspace = await setup();
    const first = await train({
      action: ACTION,
      inputs: { ...BASE_INPUTS, 'time-budget': '2', grace: '5', env: 'TOTAL=1000\nPAUSE=0.05' },
      env: envFor(),
      workspace,
    });
    expect(first.exitCode).toBe(1);
    expect(first.outputs).toMatchObject({ 'timed-out': 'true', resumable: 'true' });
    const stopped = evidenceOf(first.outputs['evidence-path']);
    expect(stopped).toMatchObject({ timedOut: true, exitCode: 0, timeBudgetSeconds: 2, checkpoint: { path: 'ckpt', restoredKey: null } });
    expect(first.log).toMatch(/saving at step \d+/);
    expect(first.phases.map((phase) => phase.phase)).toEqual(['main', 'post']);
    expect(first.log).toMatch(/Saved the checkpoint ckpt/);
    const saved = github?.state.caches.filter((entry) => entry.key.startsWith('crucible-checkpoint/ml.yml/main/train/train/default/') && entry.finalized) ?? [];
    expect(saved).toHaveLength(1);
    const savedAt = Number(readFileSync(join(workspace, 'ckpt', 'step'), 'utf8'));
    expect(savedAt).toBeGreaterThan(0);

    // The next dispatch starts from a clean checkout: only the cache brings the checkpoint back.
    rmSync(join(workspace, 'ckpt'), { recursive: true });
    rmSync(join(workspace, 'metrics.csv'));
    const second = await train({ action: ACTION, inputs: { ...BASE_INPUTS, env: `TOTAL=${savedAt + 3}` }, env: envFor(), workspace });
    expect(second.exitCode).toBe(0);
    expect(second.log).toContain(`resuming from step ${savedAt}`);
    const resumed = evidenceOf(second.outputs['evidence-path']);
    expect(resumed.checkpoint?.restoredKey).toBe(saved[0]?.key);
    expect(resumed).toMatchObject({ timedOut: false, exitCode: 0 });
    expect(github?.state.caches.filter((entry) => entry.finalized)).toHaveLength(2);
  });

  it('forwards a cancellation to the training group, and post uploads the evidence and saves the checkpoint', async () => {
    const workspace = await setup();
    const env = envFor();
    const result = await train({
      action: ACTION,
      inputs: { ...BASE_INPUTS, env: 'TOTAL=100000\nPAUSE=0.05' },
      env,
      workspace,
      cancelAfterMs: 2_500,
    });
    expect(result.conclusion).toBe('cancelled');
    expect(result.log).toMatch(/Received SIGINT/);
    expect(result.log).toMatch(/saving at step \d+/);
    const evidence = evidenceOf(join(result.runnerTemp, 'crucible', 'train', 'crucible-run-train', 'run.json'));
    expect(evidence).toMatchObject({ cancelled: true, timedOut: false, exitCode: 0 });
    expect(artifactsOf(env)).toEqual(['crucible-run-train', 'train-log-train']);
    expect(github?.state.caches.filter((entry) => entry.finalized)).toHaveLength(1);
  });

  it('refuses to start without a visible GPU and names the likely causes', async () => {
    const workspace = await setup();
    const result = await train({ action: ACTION, inputs: { ...BASE_INPUTS }, env: envFor({ CRUCIBLE_STANDIN_GPUS: '0' }), workspace });
    expect(result.exitCode).toBe(1);
    const failure = result.annotations.find((annotation) => annotation.level === 'error');
    expect(failure?.message).toMatch(/gpu: required, and no GPU is visible/);
    expect(failure?.message).toMatch(/--gpus|NVIDIA_VISIBLE_DEVICES/);
    expect(failure?.message).toMatch(/runs-on/);
    expect(result.log).not.toContain('resuming from step');
  });

  it('starts torchrun with the rendezvous arguments', async () => {
    const workspace = await setup();
    const bin = mkdtempSync(join(tmpdir(), 'crucible-launcher-'));
    scratch.push(bin);
    writeFileSync(join(bin, 'torchrun'), `#!/bin/sh\nprintf '%s\\n' "$@" > "${join(workspace, 'argv.txt')}"\n`);
    chmodSync(join(bin, 'torchrun'), 0o755);
    const env = envFor();
    env['PATH'] = `${bin}${delimiter}${env['PATH']}`;
    const result = await train({
      action: ACTION,
      inputs: { run: 'train.py --epochs 3', launcher: 'torchrun', nodes: '2', 'node-rank': '1', 'master-addr': '10.0.0.5', gpu: 'optional' },
      env,
      workspace,
    });
    expect(result.exitCode).toBe(0);
    expect(readFileSync(join(workspace, 'argv.txt'), 'utf8').trim().split('\n')).toEqual([
      '--nnodes=2',
      '--nproc_per_node=2',
      '--node_rank=1',
      '--master_addr=10.0.0.5',
      '--master_port=29500',
      'train.py',
      '--epochs',
      '3',
    ]);
    expect(evidenceOf(result.outputs['evidence-path']).launcher?.argv[0]).toBe('torchrun');
  });

  it('trains on GitHub Enterprise Server, where evidence moves by path and the cache may be missing', async () => {
    const workspace = await setup();
    const env = envFor({ GITHUB_SERVER_URL: 'https://ghe.example.com' });
    delete env['ACTIONS_CACHE_SERVICE_V2'];
    const result = await train({ action: ACTION, inputs: { ...BASE_INPUTS, env: 'TOTAL=3' }, env, workspace });
    expect(result.exitCode).toBe(0);
    expect(evidenceOf(result.outputs['evidence-path'])).toMatchObject({ exitCode: 0, metrics: { acc: 0.53 } });
    expect(result.annotations).toContainEqual(expect.objectContaining({ level: 'notice', message: expect.stringMatching(/Not uploading artifact "crucible-run-train"/) }));
    expect(result.annotations).toContainEqual(expect.objectContaining({ level: 'warning', message: expect.stringMatching(/cache is not available/) }));
    expect(artifactsOf(env)).toEqual([]);
  });

  it('names the input of a malformed time budget', async () => {
    const workspace = await setup();
    const result = await train({ action: ACTION, inputs: { ...BASE_INPUTS, 'time-budget': '5 hours' }, env: envFor(), workspace });
    expect(result.exitCode).toBe(1);
    expect(result.annotations[0]?.message).toMatch(/^time-budget: "5 hours" is not a duration/);
    expect(result.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it('refuses a Slurm input on the local backend, before anything runs', async () => {
    const workspace = await setup();
    const result = await train({ action: ACTION, inputs: { ...BASE_INPUTS, 'sbatch-options': '--time=01:00:00' }, env: envFor(), workspace });
    expect(result.exitCode).toBe(1);
    expect(result.annotations[0]?.message).toBe('sbatch-options: is for a Slurm job; set backend: slurm, or leave sbatch-options out.');
    expect(result.log).not.toContain('resuming from step');
  });
});
