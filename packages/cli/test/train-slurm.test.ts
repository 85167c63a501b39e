import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RunEvidenceSchema } from '@crucible/core';
import { type SlurmCluster, startSlurmCluster } from '@crucible/testkit';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { repoRoot } from '../../../scripts/actions.ts';

/** `crucible train --backend slurm`: the flags of the contract, its exit codes, against a real one-node cluster. */
const CRUCIBLE = join(repoRoot, 'node_modules', '.bin', 'crucible');
let cluster: SlurmCluster | undefined;
let skip = '';
let dir: string;
const scratch: string[] = [];

beforeAll(async () => {
  const started = await startSlurmCluster();
  if ('skip' in started) {
    skip = started.skip;
    process.stderr.write(`crucible train --backend slurm on a cluster: skipped, ${skip}\n`);
  } else cluster = started;
}, 90_000);

afterAll(async () => {
  await cluster?.stop();
  for (const folder of scratch.splice(0)) rmSync(folder, { recursive: true, force: true });
});

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'crucible-train-slurm-cli-'));
  scratch.push(dir);
  writeFileSync(join(dir, 'train.sh'), 'echo "{\\"acc\\": 0.9}" > metrics.json\necho "on $SLURM_JOB_NODELIST"\nexit "${EXIT:-0}"\n');
});

function crucible(args: string[], env: NodeJS.ProcessEnv) {
  return spawnSync(CRUCIBLE, args, { cwd: dir, encoding: 'utf8', env, timeout: 90_000 });
}

/** One line naming the flag, exit 2, no stack trace, nothing run. */
function expectRefused(result: ReturnType<typeof crucible>, flag: RegExp) {
  expect(result.status, result.stderr).toBe(2);
  expect(result.stderr).toMatch(flag);
  expect(result.stderr).not.toMatch(/\n\s+at /);
  expect(result.stdout).toBe('');
}

describe('crucible train --backend slurm, without a cluster', () => {
  it('refuses Slurm flags without --backend slurm, and says where sbatch should be when it is not on PATH', () => {
    expectRefused(crucible(['train', '--nodes', '2', '--', 'sh', 'train.sh'], process.env), /--nodes is for a Slurm job: add --backend slurm/);
    expectRefused(crucible(['train', '--backend', 'pbs', '--', 'sh', 'train.sh'], process.env), /--backend must be one of local, slurm/);
    // node itself, not the bin's shell wrapper, which needs sed and node on PATH.
    const result = spawnSync(process.execPath, [join(repoRoot, 'packages', 'cli', 'bin', 'crucible.js'), 'train', '--backend', 'slurm', '--gpu', 'none', '--', 'sh', 'train.sh'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, PATH: '/nonexistent' },
      timeout: 60_000,
    });
    expectRefused(result, /sbatch is not on PATH/);
  });

  it('refuses an sbatch option that would move the output or detach the job, naming --sbatch-option', () => {
    expectRefused(crucible(['train', '--backend', 'slurm', '--gpu', 'none', '--sbatch-option=--output=elsewhere.log', '--', 'sh', 'train.sh'], process.env), /--sbatch-option/);
    expectRefused(crucible(['train', '--backend', 'slurm', '--gpu', 'none', '--sbatch-option=--wait', '--', 'sh', 'train.sh'], process.env), /--sbatch-option/);
  });

  it('refuses gpu required when the job asks for no GPU', () => {
    expectRefused(crucible(['train', '--backend', 'slurm', '--gpu', 'required', '--', 'sh', 'train.sh'], process.env), /gpu: required, but the Slurm job asks for no GPU: set --gpus-per-node/);
  });
});

describe('crucible train --backend slurm, on a one-node cluster', () => {
  it("runs the command as a job, prints its output, exits with its exit code and records the job", async (context) => {
    if (cluster === undefined) return context.skip(skip);
    const result = crucible(['train', '--backend', 'slurm', '--gpu', 'none', '--metrics', 'metrics.json', '--sbatch-option=--time=00:02:00', '--', 'sh', 'train.sh'], { ...cluster.env, EXIT: '4' });
    expect(result.status, result.stderr).toBe(4);
    expect(result.stdout).toBe(`on ${cluster.node}\n`);
    expect(result.stderr).toMatch(/Submitted Slurm job \d+/);
    const evidence = RunEvidenceSchema.parse(JSON.parse(readFileSync(join(dir, 'crucible-run', 'run.json'), 'utf8')));
    expect(evidence).toMatchObject({ backend: 'slurm', exitCode: 4, metrics: { acc: 0.9 }, slurm: { nodes: 1, nodeList: cluster.node, partition: cluster.partitions[0], state: 'FAILED' } });
    expect(evidence.slurm?.sbatchOptions).toContain('--time=00:02:00');
  });

  it('cancels the job on Ctrl-C, leaving nothing in the queue', async (context) => {
    if (cluster === undefined) return context.skip(skip);
    writeFileSync(join(dir, 'train.sh'), "trap 'echo saved; exit 0' INT\necho started\nwhile :; do sleep 0.2; done\n");
    const child = spawn(CRUCIBLE, ['train', '--backend', 'slurm', '--gpu', 'none', '--grace', '2', '--', 'bash', 'train.sh'], { cwd: dir, env: cluster.env });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const deadline = Date.now() + 30_000;
    while (!stdout.includes('started') && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stdout).toContain('saved');
    // The job saved and exited 0, but a cancelled run is not a success: 128 + SIGINT, as for a local run.
    expect(code).toBe(130);
    const evidence = RunEvidenceSchema.parse(JSON.parse(readFileSync(join(dir, 'crucible-run', 'run.json'), 'utf8')));
    expect(evidence).toMatchObject({ backend: 'slurm', cancelled: true });
    expect(spawnSync('squeue', ['-h', '-o', '%i'], { env: cluster.env, encoding: 'utf8' }).stdout.trim()).toBe('');
  }, 60_000);

  it('refuses a partition the cluster does not have, listing those it has', (context) => {
    if (cluster === undefined) return context.skip(skip);
    const result = crucible(['train', '--backend', 'slurm', '--gpu', 'none', '--slurm-partition', 'nope', '--', 'sh', 'train.sh'], cluster.env);
    expectRefused(result, /--slurm-partition/);
    expect(result.stderr).toContain(cluster.partitions[0] as string);
  });
});
