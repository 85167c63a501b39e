import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
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

async function run(command: string, params: string, secrets: readonly string[]) {
  writeFileSync(join(folder, 'params.yaml'), params);
  const lines: string[] = [];
  const ran = await train(
    {
      argv: ['sh', '-c', 'exit 0'],
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
