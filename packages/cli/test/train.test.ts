import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { RunEvidenceSchema } from '@crucible/core';
import { standInGpuBin } from '@crucible/testkit';
import { beforeEach, describe, expect, it } from 'vitest';
import { repoRoot } from '../../../scripts/actions.ts';

const CRUCIBLE = join(repoRoot, 'node_modules', '.bin', 'crucible');
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'crucible-train-cli-'));
  writeFileSync(
    join(dir, 'train.sh'),
    `trap 'echo saved; exit 0' INT
echo '{"eval": {"acc": 0.91}, "loss": 0.3}' > metrics.json
for i in 1 2 3; do printf '\\repoch %s' "$i"; done; echo
[ -n "\${SLEEP:-}" ] && while :; do sleep 0.05; done
exit "\${EXIT:-0}"
`,
  );
});

function crucible(args: string[], env: Record<string, string> = {}) {
  return spawnSync(CRUCIBLE, args, { cwd: dir, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 60_000 });
}

function evidence(out = 'crucible-run') {
  return RunEvidenceSchema.parse(JSON.parse(readFileSync(join(dir, out, 'run.json'), 'utf8')));
}

describe('crucible train', () => {
  it('runs the command, collapses its progress bar, and writes run.json with the metrics', () => {
    const result = crucible(['train', '--metrics', 'metrics.json', '--gpu', 'none', '--', 'sh', 'train.sh']);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('epoch 3\n');
    expect(result.stderr).toMatch(/wrote .*crucible-run\/run\.json/);
    expect(evidence()).toMatchObject({ schema: 'crucible/run@1', command: 'sh train.sh', exitCode: 0, timedOut: false, gpus: [], telemetry: null, metrics: { 'eval.acc': 0.91, loss: 0.3 } });
    expect(readFileSync(join(dir, 'crucible-run', 'train.log'), 'utf8')).toBe('\repoch 1\repoch 2\repoch 3\n');
  });

  it("exits with the command's exit code", () => {
    const result = crucible(['train', '--out', 'out', '--', 'sh', 'train.sh'], { EXIT: '7' });
    expect(result.status).toBe(7);
    expect(evidence('out').exitCode).toBe(7);
  });

  it('exits 124 when the time budget stops the command, after it saved', () => {
    const result = crucible(['train', '--time-budget', '1', '--grace', '5', '--', 'sh', 'train.sh'], { SLEEP: '1' });
    expect(result.status).toBe(124);
    expect(result.stdout).toContain('saved');
    expect(evidence()).toMatchObject({ timedOut: true, exitCode: 0, timeBudgetSeconds: 1 });
  });

  it('exits 128+N when signal N killed the command', () => {
    const result = crucible(['train', '--', 'sh', '-c', 'kill -TERM $$']);
    expect(result.status).toBe(143);
    expect(evidence()).toMatchObject({ exitCode: null, signal: 'SIGTERM' });
  });

  it('leaves no earlier success in --out when the next command cannot start', () => {
    expect(crucible(['train', '--out', 'out', '--gpu', 'none', '--', 'sh', 'train.sh']).status).toBe(0);
    expect(evidence('out').exitCode).toBe(0);
    const failed = crucible(['train', '--out', 'out', '--gpu', 'none', '--', 'no-such-trainer']);
    expect(failed.status).toBe(2);
    expect(existsSync(join(dir, 'out', 'run.json'))).toBe(false);
  });

  it('says in one line that a finished run could not write run.json, and leaves no part of it (exit 2)', () => {
    // The command finishes, then its out folder cannot take run.json: a folder stands where the file goes.
    const run = crucible(['train', '--out', 'out', '--gpu', 'none', '--', 'sh', '-c', 'mkdir -p out/run.json && touch out/run.json/keep']);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n').at(-1)).toMatch(/^crucible train: Training finished \(exit code 0, after [\d.]+s\), but its evidence could not be written to .*out\/run\.json \(a folder is in its place\), so nothing can vouch for this run\. Free space or fix the folder, and run again\.$/);
    expect(run.stderr).not.toMatch(/\n\s+at |bug in Crucible/);
    expect(readdirSync(join(dir, 'out')).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('exits 2 when the command cannot start, and when the usage is wrong', () => {
    const missing = crucible(['train', '--', 'no-such-trainer', '--epochs', '3']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/"no-such-trainer" could not start/);
    const noCommand = crucible(['train', '--metrics', 'metrics.json']);
    expect(noCommand.status).toBe(2);
    expect(noCommand.stderr).toMatch(/put it after "--"/);
    const badBudget = crucible(['train', '--time-budget', 'tomorrow', '--', 'true']);
    expect(badBudget.status).toBe(2);
    expect(badBudget.stderr).toMatch(/--time-budget: "tomorrow" is not a duration/);
    expect(badBudget.stderr).not.toMatch(/\n\s+at /);
  });

  it('records the GPUs and their telemetry through nvidia-smi, and refuses when GPUs are required but absent', () => {
    const path = `${standInGpuBin()}${delimiter}${process.env['PATH'] ?? ''}`;
    const result = crucible(['train', '--gpu', 'required', '--telemetry-interval', '1', '--', 'sh', '-c', 'sleep 1.5'], { PATH: path });
    expect(result.status).toBe(0);
    const run = evidence();
    expect(run.gpus.map((gpu) => gpu.name)).toEqual(['NVIDIA A100-SXM4-80GB', 'NVIDIA A100-SXM4-80GB']);
    expect(run.telemetry?.samples).toBeGreaterThan(0);
    expect(readFileSync(join(dir, 'crucible-run', 'telemetry.csv'), 'utf8').split('\n')[0]).toMatch(/index/);
    const none = crucible(['train', '--gpu', 'required', '--', 'true'], { PATH: path, CRUCIBLE_STANDIN_GPUS: '0' });
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/gpu: required, and no GPU is visible/);
  });

  it('goes on when the reader of its output goes away, and still writes run.json', () => {
    const result = spawnSync('bash', ['-c', `"${CRUCIBLE}" train -- sh -c 'seq 1 200000; sleep 0.3; echo finished > marker' | head -n 1`], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    expect(result.stdout).toBe('1\n');
    expect(readFileSync(join(dir, 'marker'), 'utf8')).toBe('finished\n');
    expect(evidence()).toMatchObject({ exitCode: 0, cancelled: false });
    expect(readFileSync(join(dir, 'crucible-run', 'train.log'), 'utf8').split('\n')).toHaveLength(200_001);
  });

  it('forwards Ctrl-C (SIGINT) to the command so it can save', async () => {
    // A terminal's Ctrl-C signals the foreground process group; the command runs in a session of its own, so it
    // hears of it only through crucible.
    const child = spawn(CRUCIBLE, ['train', '--', 'sh', 'train.sh'], { cwd: dir, env: { ...process.env, SLEEP: '1' }, detached: true });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (stdout.includes('epoch 3')) {
          clearInterval(poll);
          resolve();
        }
      }, 20);
    });
    process.kill(-(child.pid as number), 'SIGINT');
    // The exit status seen here is the package manager's shell shim's, which the group's SIGINT ends too.
    await new Promise((resolve) => child.on('close', resolve));
    expect(stdout).toContain('saved');
    expect(evidence()).toMatchObject({ cancelled: true, exitCode: 0, signal: null });
  });
});

describe('crucible train keeps secrets out of what it writes', () => {
  it('redacts the values of secret-looking variables in run.json (command and params) and in train.log', () => {
    writeFileSync(join(dir, 'params.yaml'), `lr: 0.001\nkaggle_key: kaggle-0123456789abcdef\npat_b64: ${Buffer.from('ghp_0123456789abcdefghij').toString('base64')}\nauthor: Octo Cat Developer\n`);
    const result = crucible(['train', '--params', 'params.yaml', '--gpu', 'none', '--', 'sh', '-c', 'echo "key $KAGGLE_KEY pat $GH_PAT pass $DB_PASS by $GIT_AUTHOR_NAME"', 'kaggle-0123456789abcdef'], {
      KAGGLE_KEY: 'kaggle-0123456789abcdef',
      GH_PAT: 'ghp_0123456789abcdefghij',
      DB_PASS: 'hunter2-hunter2',
      GIT_AUTHOR_NAME: 'Octo Cat Developer',
    });
    expect(result.status).toBe(0);
    const run = evidence();
    expect(run.command).toBe(`sh -c 'echo "key $KAGGLE_KEY pat $GH_PAT pass $DB_PASS by $GIT_AUTHOR_NAME"' ***`);
    expect(run.params).toEqual({ lr: '0.001', kaggle_key: '***', pat_b64: '***', author: 'Octo Cat Developer' });
    expect(readFileSync(join(dir, 'crucible-run', 'train.log'), 'utf8')).toBe('key *** pat *** pass *** by Octo Cat Developer\n');
  });
});
