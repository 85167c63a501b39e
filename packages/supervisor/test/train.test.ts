import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { spawnSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { secretValues } from '../src/redact.ts';
import { type Preflight, train, type TrainLog } from '../src/train.ts';

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'crucible-train-secrets-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const NO_GPU: Preflight = { probe: { vendor: null, tool: null, gpus: [], busy: [], problems: [], droppedFields: [] }, gpus: [], freeDiskBytes: null };

function quietLog(lines: string[]): TrainLog {
  return { info: (message) => lines.push(message), warning: (message) => lines.push(message), group: (_title, body) => body() };
}

async function run(command: string, params: string, secrets: readonly string[], argv = ['sh', '-c', 'exit 0']) {
  writeFileSync(join(folder, 'params.yaml'), params);
  const lines: string[] = [];
  const ran = await train(
    {
      argv,
      command,
      launcher: { kind: 'none', argv: [] },
      cwd: folder,
      env: process.env,
      graceSeconds: 1,
      telemetryIntervalSeconds: 5,
      outDir: join(folder, 'out'),
      paramsPath: 'params.yaml',
      dataPaths: [],
      outputs: [],
      git: null,
      runner: null,
      preflight: NO_GPU,
      forwardSignals: false,
      stdout: new PassThrough().resume(),
      secrets,
    },
    quietLog(lines),
  );
  return { ...ran, lines };
}

describe('train keeps secrets out of the evidence', () => {
  const env = { KAGGLE_KEY: 'kaggle-0123456789abcdef', DB_PASS: 'hunter2-hunter2', GIT_AUTHOR_NAME: 'Octo Cat Developer' };
  const secrets = secretValues(env);

  it('redacts param values, in any encoding, and the command, in the evidence and in the log', async () => {
    const { evidence, lines } = await run(
      'python train.py --kaggle-key kaggle-0123456789abcdef',
      [
        'lr: 0.001',
        'kaggle_key: kaggle-0123456789abcdef',
        'database_url: postgres://app:hunter2-hunter2@db:5432/runs',
        `auth_header: Basic ${Buffer.from('app:hunter2-hunter2').toString('base64')}`,
        `encoded: ${encodeURIComponent('kaggle-0123456789abcdef')}`,
        'author: Octo Cat Developer',
        '',
      ].join('\n'),
      secrets,
    );
    expect(evidence.command).toBe('python train.py --kaggle-key ***');
    expect(evidence.params).toMatchObject({ lr: '0.001', kaggle_key: '***', database_url: 'postgres://app:***@db:5432/runs', encoded: '***', author: 'Octo Cat Developer' });
    expect(evidence.params?.['auth_header']).toMatch(/^Basic .*\*\*\*/);
    const written = JSON.stringify(evidence) + lines.join('\n');
    for (const secret of secrets) {
      expect(written).not.toContain(secret);
      expect(written).not.toContain(Buffer.from(secret).toString('base64'));
    }
  });

  it('keeps params as they are without secrets', async () => {
    const { evidence } = await run('python train.py', 'lr: 0.001\nname: kaggle-0123456789abcdef\n', []);
    expect(evidence.params).toEqual({ lr: '0.001', name: 'kaggle-0123456789abcdef' });
  });
});

describe('train warns about processes that left the run', () => {
  const hasSetsid = spawnSync('sh', ['-c', 'command -v setsid']).status === 0;
  if (!hasSetsid) process.stderr.write('skipping the setsid test: no setsid on this machine (it comes with util-linux)\n');

  it.skipIf(!hasSetsid || process.platform !== 'linux')('names the pid and command of a descendant that called setsid, and stops it', async () => {
    const { lines, result } = await run('setsid sleep 30 & exit 0', '', [], ['sh', '-c', 'setsid sleep 30 & exit 0']);
    expect(result.exitCode).toBe(0);
    const warning = lines.find((line) => line.includes('left its process group'));
    expect(warning).toMatch(/1 process\(es\) it started left its process group .*: pid \d+ \(sleep 30\)\. Sending SIGTERM/);
    const pid = Number(/pid (\d+)/.exec(warning ?? '')?.[1]);
    // Gone, or a zombie that a container's PID 1 may never reap.
    let state = 'gone';
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    } catch {
      // Ended and reaped already.
    }
    expect(['gone', 'Z', 'X']).toContain(state);
  });
});
