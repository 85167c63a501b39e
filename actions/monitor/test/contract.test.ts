import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MonitoringEvidenceSchema } from '@crucible/core';
import { profileData } from '@crucible/core/data';
import { alertMarker, createAnnotatedTag, createDeployment, createGitHubClient, ensureRelease, setDeploymentStatus, uploadReleaseAsset } from '@crucible/github';
import { type LoopbackGitHub, runAction, type Seed, seededRandom as random, shaOf, standardSeed, startLoopbackGitHub, workflowDispatchEvent } from '@crucible/testkit';
import { afterEach, describe, expect, it } from 'vitest';

const ACTION = join(import.meta.dirname, '..');
const repository = { owner: 'octo-org', repo: 'models' };
const BOT = 'github-actions[bot]';
let github: LoopbackGitHub | undefined;
const scratch: string[] = [];
afterEach(async () => {
  expect(github?.violations ?? []).toEqual([]);
  expect(github?.unknownRoutes ?? []).toEqual([]);
  await github?.close();
  github = undefined;
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A day of churn predictions: tenure, charges, plan, the label and the model's prediction (right 90% of the time). */
function day(rows: number, seed: number, options: { shift?: number; prediction?: boolean } = {}): string {
  const next = random(seed);
  const lines = [`id,tenure,charges,plan,churned${options.prediction === false ? '' : ',predicted'}`];
  for (let i = 0; i < rows; i++) {
    const tenure = 30 * next() + 30 * next() + (options.shift ?? 0) * 20;
    const churned = tenure < 20 ? (next() < 0.7 ? 1 : 0) : next() < 0.1 ? 1 : 0;
    const predicted = next() < 0.9 ? churned : 1 - churned;
    lines.push(`${i},${tenure.toFixed(2)},${(20 + 80 * next()).toFixed(2)},${['basic', 'plus', 'pro'][Math.floor(next() * 3)]},${churned}${options.prediction === false ? '' : `,${predicted}`}`);
  }
  return `${lines.join('\n')}\n`;
}

type Setup = { release?: 'full' | 'none' | 'no-profile' };

/** The registry says churn v1.0.0 holds production; its release holds the profile and run evidence promote kept. */
async function setup(options: Setup = {}) {
  const seed = standardSeed();
  const repo = seed.repos?.[0] as NonNullable<Seed['repos']>[number];
  repo.workflows = [...(repo.workflows ?? []), { name: 'Retrain', path: '.github/workflows/retrain.yml', dispatch: { inputs: ['model', 'version', 'reason'] } }];
  github = await startLoopbackGitHub({ seed });
  const client = createGitHubClient({ token: 'ghs_loopback', baseUrl: github.urls.api, log: { warning: () => {} }, retryAfterBaseValue: 1, writePacingMs: 0 });
  await createAnnotatedTag(client, repository, { name: 'churn@v1.0.0', message: 'register', commitSha: shaOf('c3') });
  github.state.advance(60_000);
  await createAnnotatedTag(client, repository, { name: 'churn#production#1', message: 'assign', commitSha: shaOf('c3') });
  const workspace = mkdtempSync(join(tmpdir(), 'crucible-monitor-'));
  scratch.push(workspace);
  const write = (name: string, text: string) => {
    mkdirSync(join(workspace, name, '..'), { recursive: true });
    writeFileSync(join(workspace, name), text);
  };
  write('train.csv', day(3000, 1, { prediction: false }));
  if (options.release !== 'none') {
    const profile = await profileData({ path: join(workspace, 'train.csv'), label: 'train.csv' }, { git: null });
    const run = { schema: 'crucible/run@1', command: 'python train.py', exitCode: 0, signal: null, durationSeconds: 60, timedOut: false, gpus: [], telemetry: null, metrics: { 'eval/accuracy': 0.9, 'eval/loss': 0.3 }, git: null };
    const { release } = await ensureRelease(client, repository, { tag: 'churn@v1.0.0', targetCommitish: shaOf('c3') });
    const assets: Record<string, unknown> = { 'run-crucible-run-train-run.json': run, ...(options.release === 'no-profile' ? {} : { 'profile-crucible-validation-profile.json': profile }) };
    for (const [name, document] of Object.entries(assets)) await uploadReleaseAsset(client, repository, release, { name, data: JSON.stringify(document), contentType: 'application/json' });
  }
  write('crucible.yml', 'monitor:\n  skip: [id]\n  metrics: [eval/accuracy]\n');
  write('logs/healthy/2026-12-01.csv', day(600, 2));
  write('logs/healthy/2026-12-02.csv', day(600, 3));
  write('logs/drifted/2026-12-03.csv', day(600, 4, { shift: 1 }));
  const server = github;
  /** One scheduled run (a new run each time, or a re-run of `run`). */
  const monitor = async (data: string, inputs: Record<string, string> = {}, run?: number) => {
    const env = server.runnerEnv({ repo: 'octo-org/models', workflow: 'Monitor', eventName: 'workflow_dispatch', sha: shaOf('c3'), ref: 'refs/heads/main', ...(run === undefined ? {} : { run }) });
    lastRun = Number(env['GITHUB_RUN_ID']);
    const event = workflowDispatchEvent({ repository: 'octo-org/models', workflow: '.github/workflows/ml-monitor.yml' });
    const result = await runAction({
      action: ACTION,
      inputs: { model: 'churn', stage: 'production', data, target: 'churned', prediction: 'predicted', 'dispatch-workflow': 'retrain.yml', ...inputs },
      env,
      event,
      workspace,
      keepTemp: true,
    });
    scratch.push(result.runnerTemp);
    return result;
  };
  let lastRun = 0;
  const state = server.state.repo('octo-org', 'models');
  if (state === undefined) throw new Error('no repository');
  return { server, client, repo: state, workspace, monitor, lastRun: () => lastRun };
}

const errorsOf = (result: { annotations: { level: string; message: string }[] }) => result.annotations.filter((annotation) => annotation.level === 'error').map((annotation) => annotation.message);

const ownAlerts = (repo: NonNullable<ReturnType<LoopbackGitHub['state']['repo']>>) => [...repo.issues.values()].filter((issue) => issue.user === BOT);

describe('monitor against the loopback GitHub', () => {
  it('healthy data: reads the reference from the release of the version holding production, opens no issue', async () => {
    const { repo, monitor } = await setup();
    const result = await monitor('logs/healthy');
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ status: 'healthy', healthy: 'true', version: 'v1.0.0', rows: '1200', 'issue-number': '', dispatched: 'false' });
    const evidence = MonitoringEvidenceSchema.parse(JSON.parse(readFileSync(result.outputs['evidence-path'] ?? '', 'utf8')));
    expect(evidence.model).toMatchObject({ name: 'churn', version: 'v1.0.0', stage: 'production', environment: 'production' });
    expect(evidence.reference?.file).toMatch(/^profile-crucible-validation-profile\.json \(release churn@v1\.0\.0\)$/);
    expect(evidence.performance?.find((entry) => entry.name === 'eval/accuracy')).toMatchObject({ status: 'ok', required: true });
    expect(result.summary).toMatch(/Healthy\*\* for <code>churn<\/code> <code>v1&#46;0&#46;0<\/code> in environment <code>production<\/code>/);
    expect(repo.issues.size).toBe(0);
    expect(repo.dispatches).toEqual([]);
  });

  it('first alert opens an issue and dispatches retraining; the second updates it within the cooldown; recovery closes it', async () => {
    const { repo, monitor, lastRun } = await setup();
    const first = await monitor('logs/drifted');
    expect(first.exitCode).toBe(1);
    expect(first.outputs).toMatchObject({ status: 'alert', healthy: 'false', dispatched: 'true' });
    const opened = ownAlerts(repo);
    expect(opened).toHaveLength(1);
    const issue = opened[0] as (typeof opened)[number];
    expect(first.outputs['issue-number']).toBe(String(issue.number));
    expect(issue).toMatchObject({ title: 'Model alert: churn in production', state: 'open', labels: ['crucible-monitor'] });
    expect(issue.body).toContain(alertMarker({ model: 'churn', environment: 'production' }));
    expect(issue.body).toContain('tenure');
    expect(repo.dispatches).toHaveLength(1);
    expect(repo.dispatches[0]).toMatchObject({ ref: 'main', inputs: { model: 'churn', version: 'v1.0.0', reason: expect.stringMatching(/drifted: "tenure"/) } });

    // The next run alerts again: the same issue gets a comment, no second dispatch; a re-run of that run rewrites
    // the issue's table without a second comment.
    const second = await monitor('logs/drifted');
    expect(second.exitCode).toBe(1);
    expect(second.outputs).toMatchObject({ 'issue-number': String(issue.number), dispatched: 'false' });
    const rerun = await monitor('logs/drifted', {}, lastRun());
    expect(rerun.outputs).toMatchObject({ status: 'alert', 'issue-number': String(issue.number), dispatched: 'false' });
    expect(ownAlerts(repo)).toHaveLength(1);
    expect([...repo.issueComments.values()].filter((comment) => comment.issueNumber === issue.number)).toHaveLength(1);
    expect(repo.dispatches).toHaveLength(1);

    // A day later the cooldown is over: one more dispatch. (The day passes on the issue: its recorded dispatch moves back.)
    const kept = repo.issues.get(issue.number);
    if (kept?.body === undefined || kept.body === null) throw new Error('no issue body');
    kept.body = kept.body.replace(/"at":"([^"]+)"/, (_, at: string) => `"at":"${new Date(Date.parse(at) - 25 * 3_600_000).toISOString()}"`);
    const later = await monitor('logs/drifted');
    expect(later.outputs['dispatched']).toBe('true');
    expect(repo.dispatches).toHaveLength(2);

    // Healthy again: a comment, and the issue is closed as completed.
    const healthy = await monitor('logs/healthy');
    expect(healthy.exitCode).toBe(0);
    expect(healthy.outputs['issue-number']).toBe(String(issue.number));
    expect(repo.issues.get(issue.number)).toMatchObject({ state: 'closed', stateReason: 'completed' });
    expect([...repo.issueComments.values()].at(-1)?.body).toMatch(/^The model is healthy again\./);
  });

  it("without a stage, monitors the version of the environment's latest successful deployment", async () => {
    const { client, monitor } = await setup();
    const deployment = await createDeployment(client, repository, { ref: shaOf('c3'), environment: 'production', requiredContexts: [], payload: { model: 'churn', version: 'v1.0.0' } });
    await setDeploymentStatus(client, repository, deployment.id, { state: 'success' });
    const failed = await createDeployment(client, repository, { ref: shaOf('c3'), environment: 'production', requiredContexts: [], payload: { model: 'churn', version: 'v2.0.0' } });
    await setDeploymentStatus(client, repository, failed.id, { state: 'failure' });
    const result = await monitor('logs/healthy', { stage: '', environment: 'production', 'dispatch-workflow': '' });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ version: 'v1.0.0', status: 'healthy' });
    expect(result.log).toMatch(new RegExp(`Monitoring churn v1\\.0\\.0, from deployment ${deployment.id} to production`));
  });

  it('ignores an issue with the marker written by someone else', async () => {
    const { server, repo, monitor } = await setup();
    const planted = server.state.addIssue(repo, { title: 'Model alert: churn in production', user: 'mallory', body: `${alertMarker({ model: 'churn', environment: 'production' })}\nplanted` });
    const result = await monitor('logs/drifted', { 'dispatch-workflow': '' });
    expect(result.exitCode).toBe(1);
    expect(result.outputs['issue-number']).not.toBe(String(planted.number));
    expect(ownAlerts(repo)).toHaveLength(1);
    expect(repo.issues.get(planted.number)).toMatchObject({ body: expect.stringMatching(/planted$/), state: 'open' });
    expect([...repo.issueComments.values()].filter((comment) => comment.issueNumber === planted.number)).toEqual([]);
  });

  it('names the version when its release holds no reference profile, and touches nothing', async () => {
    const { repo, monitor } = await setup({ release: 'no-profile' });
    const result = await monitor('logs/drifted');
    expect(result.exitCode).toBe(1);
    expect(errorsOf(result).join('\n')).toMatch(/churn v1\.0\.0/);
    expect(errorsOf(result).join('\n')).toMatch(/profile/);
    expect(repo.issues.size).toBe(0);
    expect(repo.dispatches).toEqual([]);
    const none = await setup({ release: 'none' });
    const missing = await none.monitor('logs/drifted');
    expect(errorsOf(missing).join('\n')).toMatch(/churn v1\.0\.0 has no published release on its tag churn@v1\.0\.0/);
  });

  it('refuses bad input in one line: a glob matching nothing, a batch missing the model columns', async () => {
    const { workspace, monitor } = await setup();
    const glob = await monitor('logs/*.parquet');
    expect(glob.exitCode).toBe(1);
    expect(errorsOf(glob)).toEqual([expect.stringMatching(/logs\/\*\.parquet: the glob matches no data file/)]);
    writeFileSync(join(workspace, 'logs', 'broken.csv'), 'id,tenure,plan,churned,predicted\n1,3,basic,0,0\n');
    const broken = await monitor('logs/broken.csv');
    expect(errorsOf(broken)).toEqual([expect.stringMatching(/logs\/broken\.csv: lacks the column\(s\) "charges"/)]);
  });
});
