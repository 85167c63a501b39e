import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RunEvidenceSchema } from '@crucible/core';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../../scripts/actions.ts';

/**
 * examples/torch-regression through `crucible train`, for real: on the GPU when nvidia-smi sees one and torch has
 * CUDA, else on the CPU when torch is installed. Machines without torch (CI) skip, saying why.
 */
const probe = spawnSync('python3', ['-c', 'import torch; print(torch.cuda.is_available())'], { encoding: 'utf8' });
const hasTorch = probe.status === 0;
const hasCuda = hasTorch && probe.stdout.trim() === 'True';
// The reason a test skips is printed with the results, where a person reads them.
if (!hasTorch) process.stdout.write('Skipping the PyTorch example: python3 cannot import torch on this machine (CI has no torch and no GPU).\n');
else if (!hasCuda) process.stdout.write('The PyTorch example runs on the CPU: torch sees no CUDA GPU on this machine; the GPU test skips.\n');

const dir = mkdtempSync(join(tmpdir(), 'crucible-torch-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
cpSync(join(repoRoot, 'examples', 'torch-regression', 'train.py'), join(dir, 'train.py'));

function crucible(args: string[]) {
  return spawnSync(join(repoRoot, 'node_modules', '.bin', 'crucible'), args, { cwd: dir, encoding: 'utf8', timeout: 300_000 });
}

describe('the PyTorch example under crucible train', () => {
  it.runIf(hasTorch)('stops at the time budget with a checkpoint, then resumes from it and finishes', () => {
    const device = hasCuda ? 'cuda' : 'cpu';
    const stopped = crucible(['train', '--gpu', hasCuda ? 'required' : 'optional', '--time-budget', '3', '--metrics', 'dvclive', '--', 'python3', 'train.py', '--epochs', '400', '--samples', '200000', '--device', device]);
    expect(stopped.status).toBe(124);
    expect(stopped.stdout).toMatch(/SIGINT: saved checkpoints\/last\.pt at epoch \d+/);
    expect(existsSync(join(dir, 'checkpoints', 'last.pt'))).toBe(true);
    const finished = crucible(['train', '--gpu', 'optional', '--metrics', 'dvclive', '--out', 'second', '--', 'python3', 'train.py', '--epochs', '3', '--device', device]);
    const run = RunEvidenceSchema.parse(JSON.parse(readFileSync(join(dir, 'second', 'run.json'), 'utf8')));
    if (finished.stdout.includes('resumed from')) expect(finished.stdout).toMatch(/resumed from checkpoints\/last\.pt at epoch \d+/);
    expect(finished.status).toBe(0);
    expect(run.metrics['eval.mse']).toBeGreaterThan(0);
    expect(run.histories?.['eval.mse']?.length).toBeGreaterThan(0);
  });

  it.runIf(hasCuda)('sees the GPU, samples its telemetry and trains on it', () => {
    const result = crucible(['train', '--gpu', 'required', '--telemetry-interval', '1', '--out', 'gpu', '--metrics', 'dvclive', '--', 'python3', 'train.py', '--epochs', '30', '--samples', '400000']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/device cuda/);
    const run = RunEvidenceSchema.parse(JSON.parse(readFileSync(join(dir, 'gpu', 'run.json'), 'utf8')));
    expect(run.gpus.length).toBeGreaterThan(0);
    expect(run.gpus[0]?.cudaVersion).toMatch(/^\d+\.\d+/);
    expect(run.telemetry?.samples).toBeGreaterThan(0);
    expect(run.telemetry?.peakMemoryMiB).toBeGreaterThan(0);
    process.stdout.write(`${JSON.stringify({ gpus: run.gpus, telemetry: run.telemetry, durationSeconds: run.durationSeconds }, null, 2)}\n`);
  });
});
