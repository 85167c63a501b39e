import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PassThrough } from 'node:stream';
import { type Log, type RegistryTag, registryTagMessage } from '@crucible/core';
import { digestPath } from '@crucible/supervisor';
import { afterEach, describe, expect, it } from 'vitest';
import { type DeployGitHub, type DeploySettings, deployStep, type ModelSource } from '../src/step.ts';

const scratch: string[] = [];
afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function temp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'crucible-deploy-step-'));
  scratch.push(dir);
  return dir;
}

const sha = (word: string) => word.repeat(40).slice(0, 40);
/** The model files each version's training run uploaded: the `model` folder. */
const MODELS: Record<string, Record<string, string>> = {
  'v1.0.0': { 'model/weights.bin': 'weights one' },
  'v1.1.0': { 'model/weights.bin': 'weights two', 'model/config.json': '{"layers": 2}' },
};

async function digestOf(files: Record<string, string>): Promise<{ path: string; sha256: string; bytes: number; files: number }> {
  const dir = temp();
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return digestPath(join(dir, 'model'), 'model', 'outputs');
}

type Promotion = { version: string; commit: string; date: string; counter: number; previousVersion: string | null; runId: number; record?: Record<string, unknown> | null };

async function registry(promotions: Promotion[], stage = 'production'): Promise<RegistryTag[]> {
  const tags: RegistryTag[] = [];
  for (const promotion of promotions) {
    const record =
      promotion.record === undefined
        ? {
            schema: 'crucible/promotion@1',
            model: 'churn',
            version: promotion.version,
            stage,
            environment: stage,
            git: { sha: sha(promotion.commit), ref: 'refs/heads/main', headSha: sha(promotion.commit) },
            run: { id: 900 + promotion.counter, attempt: 1, actor: 'alice', triggeringActor: 'alice' },
            previousVersion: promotion.previousVersion,
            modelArtifact: { runId: promotion.runId, name: 'model-train', outputs: [await digestOf(MODELS[promotion.version] ?? {})] },
          }
        : promotion.record;
    const message = record === null ? 'Register by hand\n' : registryTagMessage(`Promote churn ${promotion.version}`, record);
    tags.push({ name: `churn@${promotion.version}`, sha: sha(promotion.commit), date: promotion.date, message });
    tags.push({ name: `churn#${stage}#${promotion.counter}`, sha: sha(promotion.commit), date: promotion.date, message });
  }
  return tags;
}

const TWO_VERSIONS: Promotion[] = [
  { version: 'v1.0.0', commit: 'a', date: '2025-01-01T00:00:00Z', counter: 1, previousVersion: null, runId: 501 },
  { version: 'v1.1.0', commit: 'b', date: '2025-02-01T00:00:00Z', counter: 2, previousVersion: 'v1.0.0', runId: 502 },
];

type Status = { id: number; state: string; description: string; environmentUrl?: string; logUrl: string };

function fakeGitHub(tags: RegistryTag[], options: { tamper?: string } = {}) {
  const deployments: Array<{ id: number; payload: Record<string, unknown>; sha: string; production: boolean; requiredContexts: string[] }> = [];
  const statuses: Status[] = [];
  const downloads: ModelSource[] = [];
  const runFiles = new Map<number, string>([
    [501, 'v1.0.0'],
    [502, 'v1.1.0'],
  ]);
  const github: DeployGitHub = {
    registryTags: async () => tags,
    async downloadModel(source, folder) {
      downloads.push(source);
      const version = source.kind === 'artifact' ? runFiles.get(source.runId) : undefined;
      for (const [path, content] of Object.entries(MODELS[version ?? ''] ?? {})) {
        mkdirSync(dirname(join(folder, path)), { recursive: true });
        writeFileSync(join(folder, path), version === options.tamper ? `${content} (tampered)` : content);
      }
    },
    async deployment(request) {
      const existing = deployments.find((deployment) => JSON.stringify(deployment.payload) === JSON.stringify(request.payload));
      if (existing !== undefined) return { id: existing.id, created: false };
      const id = 7000 + deployments.length;
      deployments.push({ id, payload: request.payload, sha: request.sha, production: request.production, requiredContexts: request.requiredContexts });
      return { id, created: true };
    },
    async deploymentStatus(id, status) {
      statuses.push({ id, ...status });
    },
    retireOlderDeployments: async (_environment, keep) => deployments.filter((deployment) => deployment.id < keep && statuses.findLast((status) => status.id === deployment.id)?.state === 'success').map((deployment) => deployment.id),
  };
  return { github, deployments, statuses, downloads };
}

function listLog(): Log & { lines: string[] } {
  const lines: string[] = [];
  return { lines, info: (message) => lines.push(message), debug: () => {}, warning: (message) => lines.push(`warning: ${message}`), group: (_title, body) => body() };
}

function settingsFor(cwd: string, overrides: Partial<DeploySettings> = {}): DeploySettings {
  return {
    model: 'churn',
    stage: 'production',
    version: undefined,
    environment: 'production',
    environmentUrl: 'https://models.example.com/churn',
    rollback: true,
    deploymentId: undefined,
    requiredContexts: [],
    production: true,
    transient: false,
    cwd,
    // Each run appends what it saw, so a rollback's second run is seen too.
    command: { script: 'echo "$CRUCIBLE_VERSION $CRUCIBLE_SHA $CRUCIBLE_MODEL_DIGEST $CRUCIBLE_MODEL_PATH $CRUCIBLE_STAGE $CRUCIBLE_ENVIRONMENT" >> seen.txt', shell: 'bash', scriptsDir: join(cwd, '.scripts') },
    env: { PATH: process.env['PATH'] ?? '' },
    timeBudgetSeconds: undefined,
    graceSeconds: 1,
    modelRoot: join(cwd, '.models'),
    run: { id: 4242, attempt: 1, url: 'https://github.com/octo-org/models/actions/runs/4242' },
    stdout: new PassThrough(),
    ...overrides,
  };
}

const FAILING = 'echo "$CRUCIBLE_VERSION $CRUCIBLE_MODEL_PATH" >> seen.txt\n[ "$CRUCIBLE_VERSION" != "$FAIL_ON" ]';

describe('deployStep', () => {
  it('deploys the version the stage holds, with the model checked and described in the environment', async () => {
    const cwd = temp();
    const fake = fakeGitHub(await registry(TWO_VERSIONS));
    const outcome = await deployStep(settingsFor(cwd), { github: fake.github, log: listLog(), clock: { now: () => new Date() } });
    expect(outcome.failure).toBeUndefined();
    expect(outcome.outputs).toEqual({ 'deployment-id': '7000', status: 'success', version: 'v1.1.0', 'rolled-back-to': '' });
    const digest = (await digestOf(MODELS['v1.1.0'] ?? {})).sha256;
    const modelPath = join(cwd, '.models', 'v1.1.0', 'model');
    expect(readFileSync(join(cwd, 'seen.txt'), 'utf8')).toBe(`v1.1.0 ${sha('b')} ${digest} ${modelPath} production production\n`);
    expect(fake.downloads).toEqual([{ kind: 'artifact', runId: 502, name: 'model-train' }]);
    expect(fake.deployments).toEqual([{ id: 7000, sha: sha('b'), production: true, requiredContexts: [], payload: { model: 'churn', version: 'v1.1.0', sha: sha('b'), digests: { model: digest }, run: 4242 } }]);
    expect(fake.statuses.map((status) => status.state)).toEqual(['in_progress', 'success']);
    expect(fake.statuses[1]).toMatchObject({ environmentUrl: 'https://models.example.com/churn', logUrl: 'https://github.com/octo-org/models/actions/runs/4242' });
    expect(outcome.summary).toContain(`| v1.1.0 | \`${sha('b').slice(0, 7)}\` | 7000 | ✅ success |  |`);
  });

  it('deploys a given version instead of the stage holder', async () => {
    const cwd = temp();
    const fake = fakeGitHub(await registry(TWO_VERSIONS));
    const outcome = await deployStep(settingsFor(cwd, { version: '1.0.0' }), { github: fake.github, log: listLog(), clock: { now: () => new Date() } });
    expect(outcome.failure).toBeUndefined();
    expect(outcome.outputs.version).toBe('v1.0.0');
    expect(readFileSync(join(cwd, 'seen.txt'), 'utf8')).toMatch(/^v1\.0\.0 /);
  });

  it('records a failure, runs the previous version again as a second deployment, and still fails the step', async () => {
    const cwd = temp();
    const fake = fakeGitHub(await registry(TWO_VERSIONS));
    const settings = settingsFor(cwd, { command: { script: FAILING, shell: 'bash', scriptsDir: join(cwd, '.scripts') }, env: { PATH: process.env['PATH'] ?? '', FAIL_ON: 'v1.1.0' } });
    const outcome = await deployStep(settings, { github: fake.github, log: listLog(), clock: { now: () => new Date() } });
    expect(outcome.failure?.message).toBe('Deploying churn v1.1.0 to production failed (exit code 1); rolled back to v1.0.0 (deployment 7001).');
    expect(outcome.outputs).toEqual({ 'deployment-id': '7000', status: 'failure', version: 'v1.1.0', 'rolled-back-to': 'v1.0.0' });
    expect(readFileSync(join(cwd, 'seen.txt'), 'utf8').split('\n').map((line) => line.split(' ')[0])).toEqual(['v1.1.0', 'v1.0.0', '']);
    expect(fake.deployments[1]).toMatchObject({ id: 7001, sha: sha('a'), payload: { version: 'v1.0.0', rollbackOf: 7000 } });
    expect(fake.statuses.map((status) => `${status.id} ${status.state}`)).toEqual(['7000 in_progress', '7000 failure', '7001 in_progress', '7001 success']);
    expect(outcome.summary).toContain('rollback of 7000');
  });

  it('finds the previous version in the registry when the record does not name it', async () => {
    const cwd = temp();
    const promotions = TWO_VERSIONS.map((promotion) => ({ ...promotion, previousVersion: null }));
    const fake = fakeGitHub(await registry(promotions));
    const settings = settingsFor(cwd, { command: { script: FAILING, shell: 'bash', scriptsDir: join(cwd, '.scripts') }, env: { PATH: process.env['PATH'] ?? '', FAIL_ON: 'v1.1.0' } });
    const outcome = await deployStep(settings, { github: fake.github, log: listLog(), clock: { now: () => new Date() } });
    expect(outcome.outputs['rolled-back-to']).toBe('v1.0.0');
  });

  it('says when the rollback failed too, and does not roll back with rollback off', async () => {
    const cwd = temp();
    const fake = fakeGitHub(await registry(TWO_VERSIONS));
    const failAll = { command: { script: 'exit 4', shell: 'bash', scriptsDir: join(cwd, '.scripts') } };
    const both = await deployStep(settingsFor(cwd, failAll), { github: fake.github, log: listLog(), clock: { now: () => new Date() } });
    expect(both.failure?.message).toBe('Deploying churn v1.1.0 to production failed (exit code 4); the rollback to v1.0.0 failed too (exit code 4): production needs attention.');
    expect(both.outputs['rolled-back-to']).toBe('');
    const off = await deployStep(settingsFor(cwd, { ...failAll, rollback: false }), { github: fakeGitHub(await registry(TWO_VERSIONS)).github, log: listLog(), clock: { now: () => new Date() } });
    expect(off.failure?.message).toBe('Deploying churn v1.1.0 to production failed (exit code 4); rollback is off, so production may be left half-deployed.');
  });

  it('refuses a model whose digest does not match its promotion, before the command runs', async () => {
    const cwd = temp();
    const fake = fakeGitHub(await registry(TWO_VERSIONS), { tamper: 'v1.1.0' });
    const outcome = await deployStep(settingsFor(cwd), { github: fake.github, log: listLog(), clock: { now: () => new Date() } });
    expect(outcome.failure?.message).toMatch(/^churn v1\.1\.0: the downloaded "model" has sha256 [0-9a-f]{12}…, but its promotion recorded [0-9a-f]{12}…; refusing to deploy a model that is not the one promoted\. Deployment 7000 is marked failed; the command did not run, so nothing was rolled back\.$/);
    expect(() => readFileSync(join(cwd, 'seen.txt'))).toThrow();
    expect(fake.statuses.map((status) => status.state)).toEqual(['in_progress', 'failure']);
    expect(fake.deployments).toHaveLength(1);
  });

  it.each([
    ['a stage nobody holds', { stage: 'staging' }, 'stage: no version of churn holds "staging" (held stages: production (v1.1.0)); promote a version to staging first, or pass version.'],
    ['an unknown model', { model: 'fraud' }, 'model: the registry of this repository has no model "fraud" (no registry tags of it, or it is deprecated); promote a version of it first.'],
    ['an unregistered version', { version: 'v2.0.0' }, 'version: churn v2.0.0 is not registered (registered: v1.1.0, v1.0.0).'],
    ['a bad stage name', { stage: 'prod!' }, 'stage "prod!" is not a valid GTO stage name: use letters, digits, "-", "_" and "/", starting and ending with a letter or digit, like "production".'],
  ])('refuses %s with one line, before any deployment', async (_name, overrides, message) => {
    const fake = fakeGitHub(await registry(TWO_VERSIONS));
    await expect(deployStep(settingsFor(temp(), overrides), { github: fake.github, log: listLog(), clock: { now: () => new Date() } })).rejects.toThrow(message);
    expect(fake.deployments).toEqual([]);
  });

  it('fails closed on a record that does not fit, or is about another version', async () => {
    const bad = await registry([{ ...TWO_VERSIONS[0], record: { model: 'churn', version: 'v1.0.0', modelArtifact: { runId: 'x' } } } as Promotion]);
    await expect(deployStep(settingsFor(temp()), { github: fakeGitHub(bad).github, log: listLog(), clock: { now: () => new Date() } })).rejects.toThrow(/^Tag "churn#production#1": its promotion record does not fit \(modelArtifact\.runId: .*refusing to deploy it\.$/);
    const other = await registry([{ ...TWO_VERSIONS[0], record: { model: 'churn', version: 'v9.0.0' } } as Promotion]);
    await expect(deployStep(settingsFor(temp()), { github: fakeGitHub(other).github, log: listLog(), clock: { now: () => new Date() } })).rejects.toThrow('its promotion record is about churn v9.0.0, not churn v1.0.0');
    const none = await registry([{ ...TWO_VERSIONS[0], record: null } as Promotion]);
    await expect(deployStep(settingsFor(temp()), { github: fakeGitHub(none).github, log: listLog(), clock: { now: () => new Date() } })).rejects.toThrow('none of its registry tags carries a promotion record');
  });
});
