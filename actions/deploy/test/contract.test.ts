import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { registryTagMessage } from '@crucible/core';
import { createAnnotatedTag, createDeployment, createGitHubClient, ensureRelease, setDeploymentStatus, uploadReleaseAsset } from '@crucible/github';
import { digestPath } from '@crucible/supervisor';
import { type LoopbackGitHub, pushEvent, runAction, shaOf, standardSeed, startLoopbackGitHub } from '@crucible/testkit';
import { afterEach, describe, expect, it } from 'vitest';

const ACTION = join(import.meta.dirname, '..');
const repository = { owner: 'octo-org', repo: 'models' };
let github: LoopbackGitHub | undefined;
const scratch: string[] = [];
afterEach(async () => {
  expect(github?.violations ?? []).toEqual([]);
  expect(github?.unknownRoutes ?? []).toEqual([]);
  await github?.close();
  github = undefined;
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function temp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'crucible-deploy-contract-'));
  scratch.push(dir);
  return dir;
}

/** The policy promote judged production by; deploy reads crucible.yml for the environments it governs. */
const CONFIG = 'environments:\n  staging:\n    require: {approvals: 1}\n  production:\n    require: {approvals: 1}\n    require-stage: staging\n';

/** A checkout of the repository: a workspace with its crucible.yml (`config`, or none when null). */
function project(config: string | null = CONFIG): string {
  const dir = temp();
  if (config !== null) writeFileSync(join(dir, 'crucible.yml'), config);
  return dir;
}

/** The `model` folder each version's training run uploaded as its `model-train` artifact. */
const MODELS: Record<string, Record<string, string>> = {
  'v1.0.0': { 'model/weights.bin': 'weights one' },
  'v1.1.0': { 'model/weights.bin': 'weights two', 'model/config.json': '{"layers": 2}' },
};

/** The digest train records for the `model` output (packages/supervisor's digestPath). */
async function digestOf(files: Record<string, string>) {
  const dir = temp();
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return digestPath(join(dir, 'model'), 'model', 'outputs');
}

type Version = {
  version: string;
  commit: string;
  date: string;
  counter: number;
  previousVersion: string | null;
  uploaded?: Record<string, string>;
  /** Promoted with attach-model: the release holds the artifact's zip, the record names it, the artifact expired. */
  onRelease?: boolean;
};

const V1: Version = { version: 'v1.0.0', commit: 'c1', date: '2026-11-02T10:00:00Z', counter: 1, previousVersion: null };
const V2: Version = { version: 'v1.1.0', commit: 'c2', date: '2026-11-06T10:00:00Z', counter: 2, previousVersion: 'v1.0.0' };

/**
 * A registry as promote leaves it: for each version a training run with its model artifact, and annotated
 * registration and assignment tags whose message carries the promotion record. `uploaded` replaces the files the
 * run's artifact holds (a model changed after its promotion).
 */
async function seedRegistry(server: LoopbackGitHub, versions: Version[]) {
  const repo = server.state.repo('octo-org', 'models');
  if (repo === undefined) throw new Error('no repository');
  const client = createGitHubClient({ token: 'ghs_loopback', baseUrl: server.urls.api, log: { warning: () => {} }, retryAfterBaseValue: 1, writePacingMs: 0 });
  for (const entry of versions) {
    const run = server.state.addRun(repo, {
      workflow: 'ML',
      headSha: entry.commit,
      artifacts: [{ name: 'model-train', files: entry.uploaded ?? MODELS[entry.version] ?? {}, ...(entry.onRelease === true ? { expired: true } : {}) }],
    });
    const record = {
      schema: 'crucible/promotion@1',
      model: 'churn',
      version: entry.version,
      stage: 'production',
      environment: 'production',
      git: { sha: shaOf(entry.commit), ref: 'refs/heads/main', headSha: shaOf(entry.commit) },
      run: { id: run.id + 1, attempt: 1, actor: 'alice', triggeringActor: 'alice' },
      previousVersion: entry.previousVersion,
      modelArtifact: { runId: run.id, name: 'model-train', ...(entry.onRelease === true ? { releaseAsset: 'model-train.zip' } : {}), outputs: [await digestOf(MODELS[entry.version] ?? {})] },
    };
    const tagger = { name: 'github-actions[bot]', email: 'github-actions[bot]@users.noreply.github.com', date: entry.date };
    for (const [name, summary] of [
      [`churn@${entry.version}`, `Register churn ${entry.version}`],
      [`churn#production#${entry.counter}`, `Assign churn ${entry.version} to production`],
    ] as const) {
      await createAnnotatedTag(client, repository, { name, message: registryTagMessage(summary, record), commitSha: shaOf(entry.commit), tagger });
    }
    if (entry.onRelease === true) {
      // What promote's attach-model leaves: the zip the training run uploaded, unopened, on the version's release.
      const artifact = server.state.runArtifacts(run.id)[0];
      const zip = artifact === undefined ? undefined : server.state.blobs.get(artifact.blob)?.data;
      if (zip === undefined) throw new Error('no model artifact to attach');
      const { release } = await ensureRelease(client, repository, { tag: `churn@${entry.version}`, name: `churn@${entry.version}`, body: 'Evidence', makeLatest: 'false' });
      await uploadReleaseAsset(client, repository, release, { name: 'model-train.zip', data: zip, contentType: 'application/zip' });
    }
  }
  // What the environment ran before: a successful deployment of the first version.
  const older = await createDeployment(client, repository, { ref: shaOf('c1'), environment: 'production', requiredContexts: [], payload: { model: 'churn', version: 'v1.0.0' } });
  await setDeploymentStatus(client, repository, older.id, { state: 'success', autoInactive: false });
  return { olderId: older.id };
}

function deploymentsOf(server: LoopbackGitHub) {
  return [...(server.state.repo('octo-org', 'models')?.deployments.values() ?? [])].sort((a, b) => a.id - b.id);
}

/** The command: writes what it was given, and fails for the version named by FAIL_ON. */
const COMMAND = 'env | grep ^CRUCIBLE_ | sort > "seen-$CRUCIBLE_VERSION.txt"\ncat "$CRUCIBLE_MODEL_PATH/weights.bin"; echo\n[ "$CRUCIBLE_VERSION" != "${FAIL_ON:-}" ]';

/** Runs the bundle in a new workflow run, or in `rerun`'s run as its next attempt (a re-run of the job). */
async function deploy(server: LoopbackGitHub, workspace: string, inputs: Record<string, string> = {}, extraEnv: Record<string, string> = {}, rerun?: { runId: number; attempt: number }) {
  const env = server.runnerEnv({
    repo: 'octo-org/models',
    workflow: 'ML',
    eventName: 'push',
    sha: shaOf('c3'),
    ref: 'refs/heads/main',
    job: 'deploy',
    environment: 'production',
    ...(rerun === undefined ? {} : { run: rerun.runId }),
  });
  if (rerun !== undefined) env['GITHUB_RUN_ATTEMPT'] = String(rerun.attempt);
  const result = await runAction({
    action: ACTION,
    inputs: { model: 'churn', environment: 'production', run: COMMAND, 'environment-url': 'https://models.example.com/churn', ...inputs },
    env: { ...env, ...extraEnv },
    event: pushEvent({ repository: 'octo-org/models', ref: 'refs/heads/main', after: shaOf('c3') }),
    workspace,
    keepTemp: true,
  });
  scratch.push(result.runnerTemp);
  return { result, runId: Number(env['GITHUB_RUN_ID']) };
}

function seen(workspace: string, version: string): Record<string, string> {
  return Object.fromEntries(
    readFileSync(join(workspace, `seen-${version}.txt`), 'utf8')
      .trim()
      .split('\n')
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
}

describe('deploy against the loopback GitHub', () => {
  it('deploys the version production holds, checked against its promotion, and retires the older deployment; a re-run reuses the deployment', async () => {
    github = await startLoopbackGitHub({ seed: standardSeed() });
    const { olderId } = await seedRegistry(github, [V1, V2]);
    const workspace = project();
    const { result, runId } = await deploy(github, workspace);
    // unzip-stream, which @actions/artifact unzips with, calls Buffer() and Node warns once; nothing else is said.
    expect(result.stderr.replace(/^\(node:\d+\) \[DEP0005\].*\n\(Use `node --trace-deprecation.*\n/, '')).toBe('');
    expect(result.exitCode).toBe(0);
    const deployments = deploymentsOf(github);
    const created = deployments.at(-1);
    expect(result.outputs).toEqual({ 'deployment-id': String(created?.id), status: 'success', version: 'v1.1.0', 'rolled-back-to': '' });
    const digest = (await digestOf(MODELS['v1.1.0'] ?? {})).sha256;
    expect(created).toMatchObject({
      sha: shaOf('c2'),
      environment: 'production',
      productionEnvironment: true,
      transientEnvironment: false,
      payload: { model: 'churn', version: 'v1.1.0', sha: shaOf('c2'), digests: { model: digest }, run: runId },
    });
    expect(created?.statuses.map((status) => status.state)).toEqual(['in_progress', 'success']);
    expect(created?.statuses[1]).toMatchObject({ environmentUrl: 'https://models.example.com/churn', logUrl: `${github.urls.server}/octo-org/models/actions/runs/${runId}` });
    expect(deployments.find((deployment) => deployment.id === olderId)?.statuses.at(-1)?.state).toBe('inactive');
    const env = seen(workspace, 'v1.1.0');
    expect(env).toMatchObject({
      CRUCIBLE_MODEL: 'churn',
      CRUCIBLE_VERSION: 'v1.1.0',
      CRUCIBLE_SHA: shaOf('c2'),
      CRUCIBLE_REF: shaOf('c2'),
      CRUCIBLE_MODEL_DIGEST: digest,
      CRUCIBLE_ENVIRONMENT: 'production',
      CRUCIBLE_STAGE: 'production',
    });
    expect(env['CRUCIBLE_MODEL_PATH']).toBe(join(result.runnerTemp, 'crucible', 'deploy', 'v1.1.0', 'model'));
    expect(result.log).toContain('weights two');
    expect(result.summary).toContain(`| v1.1.0 | \`${shaOf('c2').slice(0, 7)}\` | ${created?.id} | ✅ success |`);

    // The job re-run: the same run's second attempt finds the deployment the first made.
    const again = await deploy(github, workspace, {}, {}, { runId, attempt: 2 });
    expect(again.result.exitCode).toBe(0);
    expect(again.result.outputs['deployment-id']).toBe(String(created?.id));
    expect(deploymentsOf(github)).toHaveLength(deployments.length);
    expect(deploymentsOf(github).at(-1)?.statuses.map((status) => status.state)).toEqual(['in_progress', 'success', 'in_progress', 'success']);
  });

  it('marks a failed deploy failed, deploys the previous version as a second deployment, and fails the step', async () => {
    github = await startLoopbackGitHub({ seed: standardSeed() });
    const { olderId } = await seedRegistry(github, [V1, V2]);
    const workspace = project();
    const { result } = await deploy(github, workspace, {}, { FAIL_ON: 'v1.1.0' });
    expect(result.exitCode).toBe(1);
    const [older, failed, rollback] = deploymentsOf(github);
    expect(older?.id).toBe(olderId);
    expect(failed).toMatchObject({ sha: shaOf('c2'), payload: { version: 'v1.1.0' } });
    expect(failed?.statuses.map((status) => status.state)).toEqual(['in_progress', 'failure']);
    expect(rollback).toMatchObject({ sha: shaOf('c1'), payload: { version: 'v1.0.0', rollbackOf: failed?.id } });
    expect(rollback?.statuses.map((status) => status.state)).toEqual(['in_progress', 'success']);
    expect(result.outputs).toEqual({ 'deployment-id': String(failed?.id), status: 'failure', version: 'v1.1.0', 'rolled-back-to': 'v1.0.0' });
    expect(seen(workspace, 'v1.0.0')).toMatchObject({ CRUCIBLE_VERSION: 'v1.0.0', CRUCIBLE_SHA: shaOf('c1') });
    expect(result.annotations).toContainEqual(
      expect.objectContaining({ level: 'error', message: `Deploying churn v1.1.0 to production failed (exit code 1); rolled back to v1.0.0 (deployment ${rollback?.id}).` }),
    );
    expect(result.summary).toContain(`rollback of ${failed?.id}`);
  });

  it('refuses a model whose digest does not match its promotion, before the command runs', async () => {
    github = await startLoopbackGitHub({ seed: standardSeed() });
    await seedRegistry(github, [V1, { ...V2, uploaded: { 'model/weights.bin': 'weights two, retrained', 'model/config.json': '{"layers": 2}' } }]);
    const workspace = project();
    const { result } = await deploy(github, workspace);
    expect(result.exitCode).toBe(1);
    expect(() => readFileSync(join(workspace, 'seen-v1.1.0.txt'))).toThrow();
    const failed = deploymentsOf(github).at(-1);
    expect(failed?.statuses.map((status) => status.state)).toEqual(['in_progress', 'failure']);
    const errors = result.annotations.filter((annotation) => annotation.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(/^churn v1\.1\.0: the downloaded "model" has sha256 [0-9a-f]{12}…, but its promotion recorded [0-9a-f]{12}…; refusing to deploy a model that is not the one promoted\./);
  });

  it('deploys the model from the version\'s release asset, checked against its promotion, after the artifact expired', async () => {
    github = await startLoopbackGitHub({ seed: standardSeed() });
    await seedRegistry(github, [V1, { ...V2, onRelease: true }]);
    const workspace = project();
    const { result } = await deploy(github, workspace);
    expect(result.exitCode, result.log).toBe(0);
    expect(result.outputs).toMatchObject({ status: 'success', version: 'v1.1.0', 'rolled-back-to': '' });
    expect(result.log).toContain('Downloading churn v1.1.0 from the release asset "model-train.zip" of churn@v1.1.0.');
    expect(github.count('GET /repos/{owner}/{repo}/releases/assets/{asset_id}')).toBeGreaterThan(0);
    // The command got the model's files, unzipped where the record's output path says, with the recorded digest.
    const env = seen(workspace, 'v1.1.0');
    const modelPath = join(result.runnerTemp, 'crucible', 'deploy', 'v1.1.0', 'model');
    expect(env).toMatchObject({ CRUCIBLE_MODEL_PATH: modelPath, CRUCIBLE_MODEL_DIGEST: (await digestOf(MODELS['v1.1.0'] ?? {})).sha256 });
    expect(readFileSync(join(modelPath, 'config.json'), 'utf8')).toBe('{"layers": 2}');
    expect(result.log).toContain('weights two');
    expect(deploymentsOf(github).at(-1)?.statuses.map((status) => status.state)).toEqual(['in_progress', 'success']);
  });

  it('refuses a release asset whose model does not match the digest its promotion recorded, before the command runs', async () => {
    github = await startLoopbackGitHub({ seed: standardSeed() });
    await seedRegistry(github, [V1, { ...V2, onRelease: true, uploaded: { 'model/weights.bin': 'weights two, swapped', 'model/config.json': '{"layers": 2}' } }]);
    const workspace = project();
    const { result } = await deploy(github, workspace, { rollback: 'true' });
    expect(result.exitCode).toBe(1);
    expect(() => readFileSync(join(workspace, 'seen-v1.1.0.txt'))).toThrow();
    expect(() => readFileSync(join(workspace, 'seen-v1.0.0.txt'))).toThrow();
    const failed = deploymentsOf(github).at(-1);
    expect(failed).toMatchObject({ sha: shaOf('c2'), payload: { version: 'v1.1.0' } });
    expect(failed?.statuses.map((status) => status.state)).toEqual(['in_progress', 'failure']);
    expect(failed?.statuses.at(-1)?.description).toMatch(/^Refused: churn v1\.1\.0: the downloaded "model" has sha256/);
    const errors = result.annotations.filter((annotation) => annotation.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(
      new RegExp(`^churn v1\\.1\\.0: the downloaded "model" has sha256 [0-9a-f]{12}…, but its promotion recorded [0-9a-f]{12}…; refusing to deploy a model that is not the one promoted\\. Deployment ${failed?.id} is marked failed; the command did not run, so nothing was rolled back\\.$`),
    );
    expect(result.outputs).toMatchObject({ status: 'failure', 'rolled-back-to': '' });
  });

  it('deploys to an environment crucible.yml does not name when its stage has a policy', async () => {
    github = await startLoopbackGitHub({ seed: standardSeed() });
    await seedRegistry(github, [V1, V2]);
    const { result } = await deploy(github, project(), { environment: 'production-eu', stage: 'production' });
    expect(result.exitCode, result.log).toBe(0);
    expect(deploymentsOf(github).at(-1)).toMatchObject({ environment: 'production-eu', payload: { version: 'v1.1.0' } });
  });

  it.each([
    [
      'an environment crucible.yml has no policy for',
      CONFIG,
      { environment: 'prodution' },
      'environment: crucible.yml has no policy for environment "prodution" (it has "staging" and "production"); add environments.prodution with the evidence and approvals promotion to it needs.',
    ],
    [
      'an environment and stage crucible.yml has no policy for',
      CONFIG,
      { environment: 'production-eu', stage: 'production-east' },
      'environment: crucible.yml has no policy for environment "production-eu" (it has "staging" and "production"); add environments.production-eu with the evidence and approvals promotion to it needs. A policy for "production-east" would do too.',
    ],
    [
      'a checkout without crucible.yml',
      null,
      {},
      'environment: crucible.yml has no policy for environment "production" (it has no environments: section); add environments.production with the evidence and approvals promotion to it needs.',
    ],
  ])('refuses %s as promote would, in one line, before reading the registry', async (_name, config, inputs, message) => {
    github = await startLoopbackGitHub({ seed: standardSeed() });
    await seedRegistry(github, [V1, V2]);
    const requests = github.requests.length;
    const { result } = await deploy(github, project(config), inputs);
    expect(result.exitCode).toBe(1);
    const errors = result.annotations.filter((annotation) => annotation.level === 'error');
    expect(errors.map((error) => error.message)).toEqual([message]);
    expect(github.requests.slice(requests)).toEqual([]);
  });

  it.each([
    ['a stage nobody holds', { stage: 'staging' }, 'stage: no version of churn holds "staging" (held stages: production (v1.1.0)); promote a version to staging first, or pass version.'],
    ['an unknown stage name', { stage: 'prod!' }, 'stage "prod!" is not a valid GTO stage name'],
  ])('refuses %s with one clear line and no deployment', async (_name, inputs, message) => {
    github = await startLoopbackGitHub({ seed: standardSeed() });
    await seedRegistry(github, [V1, V2]);
    const before = deploymentsOf(github).length;
    const { result } = await deploy(github, project(), inputs);
    expect(result.exitCode).toBe(1);
    const errors = result.annotations.filter((annotation) => annotation.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toContain(message);
    expect(errors[0]?.message).not.toContain('\n');
    expect(deploymentsOf(github)).toHaveLength(before);
  });
});
