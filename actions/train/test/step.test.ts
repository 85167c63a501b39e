import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { readContext, readInputs } from '@crucible/action-kit';
import { InputError, type Log, type RunnerInfo, RunEvidenceSchema } from '@crucible/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inputs } from '../src/inputs.ts';
import { trainSettings } from '../src/settings.ts';
import { type Checkpoints, type Interrupts, type PendingUpload, type RunUploads, type TrainSettings, trainStep } from '../src/step.ts';

// Edge tests of the train step with fake ports, as actions/cache tests restoreImpl with a fake state provider: no
// runner, no cache, no artifacts, no GPU; real child processes in a temp folder, what the step decides read from its
// outcome and from what the fakes saw.

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'crucible-train-step-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const SECRET = 'hf_0123456789abcdef';
const RUNNER: RunnerInfo = { name: 'gpu-box-1', os: 'Linux', arch: 'X64', environment: 'self-hosted', labels: ['self-hosted', 'gpu'] };

/** Writes metrics.json and a model, leaves a mark that it ran, and exits with $EXIT. */
const TRAIN = `touch ran
echo "logging in with $1"
echo '{"acc": 0.91, "loss": 0.3}' > metrics.json
mkdir -p model && echo weights > model/weights.bin
exit "\${EXIT:-0}"`;

type Seen = {
  /** What happened, in order: pending, ran (the command had run by then), run, model. */
  order: string[];
  pending: PendingUpload[];
  runs: Array<{ pending: PendingUpload; secrets: readonly string[] }>;
  models: Array<{ name: string; paths: string[]; cwd: string }>;
  restored: string[];
  holds: number;
  releases: number;
  warnings: string[];
};

/** Fake ports: uploads and the checkpoint cache that record what they are asked, interrupts that say `cancelled`. */
function ports(options: { uploads?: boolean; checkpoints?: boolean; cancelled?: boolean } = {}) {
  const seen: Seen = { order: [], pending: [], runs: [], models: [], restored: [], holds: 0, releases: 0, warnings: [] };
  const ranYet = () => (existsSync(join(dir, 'ran')) ? 'after the command' : 'before the command');
  const uploads: RunUploads = {
    pending: (pending) => {
      seen.order.push(`pending ${ranYet()}`);
      seen.pending.push(pending);
    },
    run: async (pending, secrets) => {
      seen.order.push(`run ${ranYet()}`);
      seen.runs.push({ pending, secrets });
    },
    model: async (name, paths, cwd) => {
      seen.order.push(`model ${ranYet()}`);
      seen.models.push({ name, paths, cwd });
    },
  };
  const checkpoints: Checkpoints = {
    restore: async (absolute) => {
      seen.restored.push(absolute);
      mkdirSync(absolute, { recursive: true });
      writeFileSync(join(absolute, 'step'), '40\n');
      return { restoredKey: 'crucible-ckpt-ML-main-default-41' };
    },
  };
  const interrupts: Interrupts = {
    hold: () => {
      seen.holds++;
      return { cancelled: () => options.cancelled === true, release: () => void seen.releases++ };
    },
  };
  const log: Log = { info: () => {}, debug: () => {}, warning: (message) => seen.warnings.push(message), group: (_title, body) => body() };
  return {
    ports: {
      checkpoints: options.checkpoints === false ? undefined : checkpoints,
      uploads: options.uploads === false ? undefined : uploads,
      runner: async () => RUNNER,
      interrupts,
      log,
      clock: { now: () => new Date('2026-12-01T00:00:00Z') },
    },
    seen,
  };
}

/** The command's live output, kept for the test instead of going to the test runner's stdout. */
function sink(): { stream: Writable; text: () => string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk);
      callback();
    },
  });
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

function settings(overrides: Partial<TrainSettings> = {}): TrainSettings {
  writeFileSync(join(dir, 'train.sh'), TRAIN);
  return {
    cwd: dir,
    command: { kind: 'script', script: `sh train.sh ${SECRET}`, shell: 'sh', scriptsDir: join(dir, 'scripts') },
    env: { ...process.env },
    secrets: [SECRET],
    preflight: { gpu: 'none', minGpus: 0, busyGpu: 'ignore' },
    timeBudgetSeconds: undefined,
    graceSeconds: 1,
    telemetryIntervalSeconds: 1,
    launcher: { kind: 'none', nodes: 1, gpusPerNode: undefined, nodeRank: 0, masterAddr: '127.0.0.1', masterPort: 29500 },
    checkpoint: { path: 'ckpt', maxBytes: 1024 * 1024 },
    metricsPath: 'metrics.json',
    paramsPath: undefined,
    dataPaths: [],
    outputs: ['model'],
    outDir: join(dir, 'out'),
    artifacts: { evidence: 'crucible-run-train', log: 'train-log-train', model: 'model-train' },
    uploadLog: true,
    git: { sha: 'c'.repeat(40), ref: 'refs/heads/main' },
    stdout: sink().stream,
    ...overrides,
  };
}

const evidenceAt = (path: string | undefined) => RunEvidenceSchema.parse(JSON.parse(readFileSync(path ?? '', 'utf8')));

describe('train step', () => {
  it('runs a succeeding command, writes run.json and sets every output', async () => {
    const output = sink();
    const fake = ports();
    const outcome = await trainStep(settings({ stdout: output.stream }), fake.ports);
    const evidencePath = join(dir, 'out', 'run.json');
    expect(outcome.outputs).toEqual({
      'exit-code': '0',
      'timed-out': 'false',
      resumable: 'false',
      'duration-seconds': expect.stringMatching(/^\d+(\.\d+)?$/),
      'evidence-path': evidencePath,
      'gpu-count': '0',
      'gpu-model': '',
      'gpu-memory-mb': '',
      'driver-version': '',
      'cuda-version': '',
    });
    expect(outcome.evidence).toEqual([evidencePath]);
    expect(evidenceAt(evidencePath)).toMatchObject({
      schema: 'crucible/run@1',
      exitCode: 0,
      signal: null,
      timedOut: false,
      cancelled: false,
      gpus: [],
      telemetry: null,
      metrics: { acc: 0.91, loss: 0.3 },
      outputs: [{ path: 'model', files: 1 }],
      runner: RUNNER,
      git: { sha: 'c'.repeat(40), ref: 'refs/heads/main' },
    });
    expect(output.text()).toContain('logging in with');
    expect(outcome.summary).not.toBe('');
    expect(outcome.annotations).toEqual([]);
    expect(outcome.failure).toBeUndefined();
    expect(fake.seen).toMatchObject({ holds: 1, releases: 1 });
  });

  it.each([
    ['uploads the log', true, true, ' The full log is in the "train-log-train" artifact.'],
    ['keeps no log', false, true, ''],
    ['has nowhere to upload (the CLI)', true, false, ''],
  ])('fails with the exit code of a failing command, and when the step %s, says so', async (_case, uploadLog, uploads, where) => {
    const outcome = await trainStep(settings({ env: { ...process.env, EXIT: '3' }, uploadLog }), ports({ uploads }).ports);
    expect(outcome.outputs).toMatchObject({ 'exit-code': '3', 'timed-out': 'false' });
    expect(outcome.failure).toEqual({ severity: 'fail', message: `Training failed: exit code 3.${where}` });
    expect(evidenceAt(outcome.outputs['evidence-path']).exitCode).toBe(3);
  });

  it('stops the command at the time budget, after it saved, and fails', async () => {
    const script = `trap 'echo saved; exit 0' INT\nwhile :; do sleep 0.05; done`;
    const output = sink();
    const outcome = await trainStep(
      settings({ command: { kind: 'argv', argv: ['sh', '-c', script] }, timeBudgetSeconds: 1, checkpoint: undefined, metricsPath: undefined, outputs: [], stdout: output.stream }),
      ports().ports,
    );
    expect(output.text()).toContain('saved');
    expect(outcome.outputs).toMatchObject({ 'timed-out': 'true', 'exit-code': '0', resumable: 'false' });
    expect(outcome.failure).toEqual({ severity: 'fail', message: expect.stringMatching(/^Training stopped by the time budget after [\d.]+s\.$/) });
    expect(evidenceAt(outcome.outputs['evidence-path'])).toMatchObject({ timedOut: true, timeBudgetSeconds: 1 });
  });

  it('says a stopped run with a checkpoint is resumable, and that post saves it', async () => {
    const script = `trap 'echo 41 > ckpt/step; exit 0' INT\nwhile :; do sleep 0.05; done`;
    const outcome = await trainStep(settings({ command: { kind: 'argv', argv: ['sh', '-c', script] }, timeBudgetSeconds: 1, metricsPath: undefined, outputs: [] }), ports().ports);
    expect(outcome.outputs).toMatchObject({ 'timed-out': 'true', resumable: 'true' });
    expect(outcome.failure?.message).toMatch(/; the checkpoint is saved in post, and the next run resumes from it\.$/);
  });

  it('says what to upload before the command runs, then uploads the run and the model after it', async () => {
    const fake = ports();
    await trainStep(settings(), fake.ports);
    expect(fake.seen.order).toEqual(['pending before the command', 'run after the command', 'model after the command']);
    const pending: PendingUpload = {
      evidence: 'crucible-run-train',
      log: 'train-log-train',
      folder: join(dir, 'out'),
      command: 'sh train.sh ***',
      startedAt: '2026-12-01T00:00:00.000Z',
      secrets: 1,
    };
    expect(fake.seen.pending).toEqual([pending]);
    expect(fake.seen.runs).toEqual([{ pending, secrets: [SECRET] }]);
    expect(fake.seen.models).toEqual([{ name: 'model-train', paths: ['model'], cwd: dir }]);
  });

  it('names no log artifact to upload when upload-log is false, and uploads no model without outputs', async () => {
    const fake = ports();
    await trainStep(settings({ uploadLog: false, outputs: [] }), fake.ports);
    expect(fake.seen.pending[0]?.log).toBeNull();
    expect(fake.seen.order).toEqual(['pending before the command', 'run after the command']);
  });

  it('uploads nothing without an uploads port (the CLI), and still writes the evidence', async () => {
    const fake = ports({ uploads: false });
    const outcome = await trainStep(settings(), fake.ports);
    expect(fake.seen.order).toEqual([]);
    expect(existsSync(outcome.outputs['evidence-path'] ?? '')).toBe(true);
    expect(outcome.failure).toBeUndefined();
  });

  it('restores the checkpoint into its absolute path before the run, and records the restored key and size', async () => {
    const fake = ports();
    const outcome = await trainStep(settings(), fake.ports);
    expect(fake.seen.restored).toEqual([join(dir, 'ckpt')]);
    expect(evidenceAt(outcome.outputs['evidence-path']).checkpoint).toEqual({ path: 'ckpt', restoredKey: 'crucible-ckpt-ML-main-default-41', bytes: 3 });
  });

  it('records no checkpoint without a checkpoints port, even when a checkpoint path is set', async () => {
    const outcome = await trainStep(settings(), ports({ checkpoints: false }).ports);
    expect(evidenceAt(outcome.outputs['evidence-path']).checkpoint).toBeNull();
  });

  it("keeps secrets out of the evidence's command", async () => {
    const outcome = await trainStep(settings({ command: { kind: 'script', script: `sh train.sh ${SECRET}\n# again: ${SECRET}`, shell: 'sh', scriptsDir: join(dir, 'scripts') } }), ports().ports);
    const text = readFileSync(outcome.outputs['evidence-path'] ?? '', 'utf8');
    expect(text).not.toContain(SECRET);
    expect(evidenceAt(outcome.outputs['evidence-path']).command).toBe('sh train.sh ***\n# again: ***');
  });

  it('makes a metrics file missing after a successful run an error and a failure', async () => {
    const outcome = await trainStep(settings({ metricsPath: 'eval/metrics.json' }), ports().ports);
    expect(outcome.annotations).toEqual([{ level: 'error', title: 'train', message: expect.stringMatching(/^metrics-path: .*eval\/metrics\.json/) }]);
    expect(outcome.failure).toEqual({ severity: 'fail', message: 'Training succeeded, but 1 problem(s) were found afterwards (see the errors above).' });
    expect(outcome.outputs['exit-code']).toBe('0');
  });

  it('makes a metrics file missing after a failed run only a warning, the failure naming the exit code', async () => {
    const outcome = await trainStep(settings({ metricsPath: 'eval/metrics.json', env: { ...process.env, EXIT: '2' } }), ports().ports);
    expect(outcome.annotations).toEqual([{ level: 'warning', title: 'train', message: expect.stringMatching(/^metrics-path: /) }]);
    expect(outcome.failure?.message).toMatch(/^Training failed: exit code 2\./);
  });

  it('when the job is being cancelled, fails as cancelled and leaves the uploads to post', async () => {
    const fake = ports({ cancelled: true });
    const outcome = await trainStep(settings(), fake.ports);
    expect(outcome.failure).toEqual({ severity: 'fail', message: 'The job was cancelled; the run stopped (exit 0). Its evidence is uploaded by the post step.' });
    expect(fake.seen.order).toEqual(['pending before the command']);
    expect(evidenceAt(outcome.outputs['evidence-path']).cancelled).toBe(true);
  });

  it.each([
    ['a command', (): TrainSettings['command'] => ({ kind: 'argv', argv: ['no-such-trainer', '--epochs', '3'] }), /^"no-such-trainer" could not start: .*Check the command and that it is on PATH\.$/],
    ['a shell', (): TrainSettings['command'] => ({ kind: 'script', script: 'train.py', shell: 'no-such-shell {0}', scriptsDir: join(dir, 'scripts') }), /^run: the command could not start with shell "no-such-shell \{0\}": /],
  ])('throws an input error naming %s that cannot start', async (_case, command, message) => {
    const fake = ports();
    const error = await trainStep(settings({ command: command() }), fake.ports).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(message);
    expect(fake.seen).toMatchObject({ holds: 1, releases: 1 });
    expect(fake.seen.runs).toEqual([]);
  });

  it.each([
    ['a multi-line script', { kind: 'torchrun', nodes: 1, nodeRank: 0 }, 'sh train.sh\necho done', /launcher: torchrun, run is the one command .* not a multi-line script/],
    ['a node rank not below nodes', { kind: 'accelerate', nodes: 2, nodeRank: 2 }, 'train.py', /^node-rank: 2 is not below nodes \(2\)/],
  ] as const)('refuses %s for a launcher, before anything runs', async (_case, launcher, script, message) => {
    const fake = ports();
    const run = settings({
      command: { kind: 'script', script, shell: 'sh', scriptsDir: join(dir, 'scripts') },
      launcher: { ...launcher, gpusPerNode: 1, masterAddr: '127.0.0.1', masterPort: 29500 },
    });
    await expect(trainStep(run, fake.ports)).rejects.toThrow(message);
    await expect(trainStep(run, fake.ports)).rejects.toThrow(InputError);
    expect(fake.seen.order).toEqual([]);
    expect(fake.seen.restored).toEqual([]);
    expect(existsSync(join(dir, 'ran'))).toBe(false);
  });
});

describe('train step, what a run records about itself', () => {
  const MERGE = 'a'.repeat(40);
  const HEAD = 'f'.repeat(40);

  /** The action's settings for a run of train.sh on this event, as run.ts builds them from the runner's variables. */
  function actionSettings(eventName: string, event: object): TrainSettings {
    writeFileSync(join(dir, 'train.sh'), TRAIN);
    writeFileSync(join(dir, 'event.json'), JSON.stringify(event));
    const given: Record<string, string> = { run: 'sh train.sh', shell: 'sh', gpu: 'none', 'upload-log': 'false' };
    const context = readContext({
      GITHUB_REPOSITORY: 'octo-org/models',
      GITHUB_EVENT_NAME: eventName,
      GITHUB_EVENT_PATH: join(dir, 'event.json'),
      GITHUB_SHA: MERGE,
      GITHUB_REF: eventName === 'push' ? 'refs/heads/main' : 'refs/pull/7/merge',
      GITHUB_WORKSPACE: dir,
      RUNNER_TEMP: join(dir, 'runner-temp'),
    });
    return { ...trainSettings(readInputs(inputs, (name) => given[name] ?? ''), context, process.env), stdout: sink().stream };
  }

  const pullRequest = { pull_request: { number: 7, base: { ref: 'main', sha: 'b'.repeat(40) }, head: { sha: HEAD, repo: { full_name: 'fork/models' } } } };

  it.each([
    ['a pull_request run: the merge commit, and the head commit beside it', 'pull_request', pullRequest, { sha: MERGE, ref: 'refs/pull/7/merge', headSha: HEAD }],
    ['a push: one commit', 'push', { after: MERGE }, { sha: MERGE, ref: 'refs/heads/main', headSha: MERGE }],
    // pull_request_target runs the base branch's code at GITHUB_SHA: its evidence is not the head's.
    ['a pull_request_target run: only the commit it ran', 'pull_request_target', pullRequest, { sha: MERGE, ref: 'refs/pull/7/merge', headSha: MERGE }],
  ])('records %s', async (_case, eventName, event, git) => {
    const outcome = await trainStep(actionSettings(eventName, event), ports({ uploads: false }).ports);
    expect(outcome.failure).toBeUndefined();
    expect(evidenceAt(outcome.outputs['evidence-path']).git).toEqual(git);
  });

  it.each([
    ['a command that is not there', (): Partial<TrainSettings> => ({ command: { kind: 'argv', argv: ['no-such-trainer'] } })],
    ['a shell that is not there', (): Partial<TrainSettings> => ({ command: { kind: 'script', script: 'train.py', shell: 'no-such-shell {0}', scriptsDir: join(dir, 'scripts') } })],
    ['a launcher that refuses the script', (): Partial<TrainSettings> => ({ launcher: { kind: 'torchrun', nodes: 1, nodeRank: 0, gpusPerNode: 1, masterAddr: '127.0.0.1', masterPort: 29500 }, command: { kind: 'script', script: 'a\nb', shell: 'sh', scriptsDir: join(dir, 'scripts') } })],
    ['a GPU that is required and missing', (): Partial<TrainSettings> => ({ preflight: { gpu: 'required', minGpus: 64, busyGpu: 'ignore' }, env: { ...process.env, PATH: join(dir, 'no-bin') } })],
  ])('leaves no earlier success behind when %s fails the start', async (_case, overrides) => {
    const earlier = await trainStep(settings(), ports({ uploads: false }).ports);
    const evidencePath = earlier.outputs['evidence-path'] as string;
    expect(evidenceAt(evidencePath).exitCode).toBe(0);
    writeFileSync(join(dir, 'out', 'telemetry.csv'), 'timestamp,gpu\n');
    rmSync(join(dir, 'ran'));
    await expect(trainStep(settings(overrides()), ports({ uploads: false }).ports)).rejects.toThrow();
    expect(existsSync(join(dir, 'ran'))).toBe(false);
    // What is left is this run's own log (of a command that could not start), never the earlier run's files.
    expect(readdirSync(join(dir, 'out')).filter((name) => name !== 'train.log')).toEqual([]);
    if (existsSync(join(dir, 'out', 'train.log'))) expect(readFileSync(join(dir, 'out', 'train.log'), 'utf8')).not.toContain('logging in with');
  });

  it('removes a run.json that is a link, and never what it points to', async () => {
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'kept.json'), '{"keep": true}');
    symlinkSync(join(dir, 'kept.json'), join(dir, 'out', 'run.json'));
    await expect(trainStep(settings({ command: { kind: 'argv', argv: ['no-such-trainer'] } }), ports({ uploads: false }).ports)).rejects.toThrow(InputError);
    expect(existsSync(join(dir, 'out', 'run.json'))).toBe(false);
    expect(readFileSync(join(dir, 'kept.json'), 'utf8')).toBe('{"keep": true}');
  });

  it('says so, before anything runs, when an earlier run.json cannot be removed', async () => {
    mkdirSync(join(dir, 'out', 'run.json'), { recursive: true });
    writeFileSync(join(dir, 'out', 'run.json', 'x'), '');
    await expect(trainStep(settings(), ports({ uploads: false }).ports)).rejects.toThrow(/^Cannot remove .*run\.json left by an earlier run \(E[A-Z]+\): remove it, or write this run's evidence to another folder\.$/);
    expect(existsSync(join(dir, 'ran'))).toBe(false);
  });
});
