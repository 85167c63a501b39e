import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../../scripts/actions.ts';

// A signal sent to the process a person (or a CI runner cancelling a job) started, and to that process alone, not
// to its group: every launcher in between must exec or forward, or the signal dies with it and the training command
// runs on, orphaned. The command traps the signal and records which one reached it.
const TRAIN = `cd "$(dirname "$0")"
trap 'echo TERM > received; exit 0' TERM
trap 'echo INT > received; exit 0' INT
echo $$ > pid
echo ready
while :; do sleep 0.05; done
`;

const STARTS: Array<[string, string, string[]]> = [
  ['node_modules/.bin/crucible', join(repoRoot, 'node_modules', '.bin', 'crucible'), []],
  ['npx pnpm@10.34.9 crucible', 'npx', ['--yes', 'pnpm@10.34.9', 'crucible']],
];

describe.each(STARTS)('crucible train started as %s', (_label, command, prefix) => {
  it.each(['SIGTERM', 'SIGINT'] as const)('passes %s sent to that process on to the training command', async (signal) => {
    const dir = mkdtempSync(join(tmpdir(), 'crucible-signals-'));
    writeFileSync(join(dir, 'train.sh'), TRAIN);
    // From the repository root, as the README says; the run's files go to the temporary folder.
    const child = spawn(command, [...prefix, 'train', '--gpu', 'none', '--out', join(dir, 'run'), '--', 'sh', join(dir, 'train.sh')], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const closed = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    await new Promise<void>((resolve, reject) => {
      const poll = setInterval(() => {
        if (output.includes('ready\n')) {
          clearInterval(poll);
          resolve();
        } else if (child.exitCode !== null) {
          clearInterval(poll);
          reject(new Error(`crucible ended before the command was ready:\n${output}`));
        }
      }, 20);
    });
    child.kill(signal);
    // Where the signal is lost, the command would run on: end it (it leads a process group of its own), then fail.
    const timer = setTimeout(() => process.kill(-Number(readFileSync(join(dir, 'pid'), 'utf8')), 'SIGKILL'), 20_000);
    await closed;
    clearTimeout(timer);
    expect(existsSync(join(dir, 'received')), `the command never heard of ${signal}:\n${output}`).toBe(true);
    expect(readFileSync(join(dir, 'received'), 'utf8')).toBe(`${signal.slice(3)}\n`);
    expect(JSON.parse(readFileSync(join(dir, 'run', 'run.json'), 'utf8'))).toMatchObject({ cancelled: true, exitCode: 0 });
  });
});
