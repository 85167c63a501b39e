import { type LoopbackGitHub, type Seed, shaOf, standardSeed, startLoopbackGitHub } from '@crucible/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import {
  alertMarker,
  createAnnotatedTag,
  createDeployment,
  createGitHubClient,
  DeployedVersionError,
  dispatchRetraining,
  ensureRelease,
  fetchReleaseEvidence,
  findAlertIssue,
  openOrUpdateAlert,
  PermissionError,
  recoverAlert,
  ReleaseEvidenceError,
  resolveDeployedVersion,
  resolveStageVersion,
  RetrainingDispatchError,
  setDeploymentStatus,
  uploadReleaseAsset,
} from '../src/index.ts';

const repository = { owner: 'octo-org', repo: 'models' };
const BOT = 'github-actions[bot]';
const key = { model: 'churn', environment: 'production', author: BOT };
const HOUR = 3_600_000;
let github: LoopbackGitHub | undefined;

afterEach(async () => {
  expect(github?.violations ?? []).toEqual([]);
  expect(github?.unknownRoutes ?? []).toEqual([]);
  await github?.close();
  github = undefined;
});

async function start() {
  const seed = standardSeed();
  seed.tokens = { ...seed.tokens, ghs_noactions: { login: BOT, type: 'Bot', scopes: { issues: 'write', actions: 'read', contents: 'read' } } };
  const models = seed.repos?.[0] as NonNullable<Seed['repos']>[number];
  models.workflows = [...(models.workflows ?? []), { name: 'Retrain', path: '.github/workflows/retrain.yml', dispatch: { inputs: ['model', 'version', 'reason'] } }];
  github = await startLoopbackGitHub({ seed });
  const server = github;
  const clientFor = (token = 'ghs_loopback') => createGitHubClient({ token, baseUrl: server.urls.api, log: { warning: () => {} }, retryAfterBaseValue: 1, writePacingMs: 0 });
  const repo = server.state.repo('octo-org', 'models');
  if (repo === undefined) throw new Error('no repository');
  return { github: server, client: clientFor(), clientFor, repo };
}

const table = (drifted: string) => `| column | drifted |\n|---|---|\n| ${drifted} | yes |`;

describe('the alert issue', () => {
  it('opens one issue on the first alert, updates it on the second, and closes it on recovery', async () => {
    const { client, repo } = await start();
    const first = await openOrUpdateAlert(client, repository, { ...key, body: table('age'), labels: ['crucible-monitor'] });
    expect(first).toMatchObject({ action: 'opened', duplicates: [], issue: { number: 9, state: 'open', title: 'Model alert: churn in production' } });
    const opened = repo.issues.get(9);
    expect(opened?.user).toBe(BOT);
    expect(opened?.labels).toEqual(['crucible-monitor']);
    expect(opened?.body?.startsWith(`${alertMarker(key)}\n${table('age')}`)).toBe(true);

    const second = await openOrUpdateAlert(client, repository, { ...key, body: table('income'), comment: `Still drifting\n\n${table('income')}` });
    expect(second).toMatchObject({ action: 'updated', issue: { number: 9 } });
    expect(repo.issues.size).toBe(1);
    expect(repo.issues.get(9)?.body).toContain(table('income'));
    expect(repo.issues.get(9)?.body).not.toContain(table('age'));
    expect([...repo.issueComments.values()].filter((comment) => comment.issueNumber === 9).map((comment) => comment.body)).toEqual([`Still drifting\n\n${table('income')}`]);

    const recovered = await recoverAlert(client, repository, { ...key, comment: 'Healthy again.' });
    expect(recovered).toMatchObject({ action: 'closed', issue: { number: 9, state: 'closed', stateReason: 'completed' } });
    expect(repo.issues.get(9)).toMatchObject({ state: 'closed', stateReason: 'completed' });
    expect([...repo.issueComments.values()].at(-1)?.body).toBe('Healthy again.');
    // Healthy with no alert open: nothing to do.
    expect(await recoverAlert(client, repository, { ...key, comment: 'Healthy again.' })).toEqual({ action: 'none' });
  });

  it('comments once per workflow run: a re-run of the run rewrites the body without a second comment', async () => {
    const { client, repo } = await start();
    await openOrUpdateAlert(client, repository, { ...key, body: table('age'), runId: 41 });
    await openOrUpdateAlert(client, repository, { ...key, body: table('age'), runId: 41 });
    expect([...repo.issueComments.values()].filter((comment) => comment.issueNumber === 9)).toEqual([]);
    await openOrUpdateAlert(client, repository, { ...key, body: table('income'), runId: 42 });
    await openOrUpdateAlert(client, repository, { ...key, body: table('income'), runId: 42 });
    expect([...repo.issueComments.values()].filter((comment) => comment.issueNumber === 9).map((comment) => comment.body)).toEqual([table('income')]);
    expect(repo.issues.get(9)?.body).toContain(table('income'));
  });

  it('opens a new issue for an alert after recovery, linking the previous one', async () => {
    const { client, repo } = await start();
    await openOrUpdateAlert(client, repository, { ...key, body: table('age') });
    await recoverAlert(client, repository, key);
    expect([...repo.issueComments.values()].at(-1)?.body).toBe('churn is healthy again in production; closing this alert.');
    const again = await openOrUpdateAlert(client, repository, { ...key, body: table('age') });
    expect(again).toMatchObject({ action: 'opened', previous: 9, issue: { number: 10 } });
    expect(repo.issues.get(10)?.body).toContain('#9');
    expect(repo.issues.get(9)?.state).toBe('closed');
  });

  it('keeps one issue per model and environment', async () => {
    const { client, repo } = await start();
    await openOrUpdateAlert(client, repository, { ...key, body: table('age') });
    await openOrUpdateAlert(client, repository, { ...key, environment: 'staging', body: table('age') });
    await openOrUpdateAlert(client, repository, { ...key, model: 'fraud', body: table('age') });
    await openOrUpdateAlert(client, repository, { ...key, body: table('income') });
    expect(repo.issues.size).toBe(3);
    expect((await findAlertIssue(client, repository, { ...key, environment: 'staging' })).open?.number).toBe(10);
  });

  it('ignores an issue with the marker written by someone else, and pull requests', async () => {
    const { github: server, client, repo } = await start();
    const copied = server.state.addIssue(repo, { title: 'Copied', user: 'mallory', body: `${alertMarker(key)}\nnot the monitor's` });
    repo.pulls.get(8)!.body = alertMarker(key);
    const result = await openOrUpdateAlert(client, repository, { ...key, body: table('age') });
    expect(result.action).toBe('opened');
    expect(result.issue.number).not.toBe(copied.number);
    expect(repo.issues.get(copied.number)).toMatchObject({ body: `${alertMarker(key)}\nnot the monitor's`, state: 'open' });
    expect([...repo.issueComments.values()].filter((comment) => comment.issueNumber === copied.number)).toEqual([]);
    // A recovery does not close someone else's issue either.
    await recoverAlert(client, repository, { ...key, comment: 'Healthy again.' });
    expect(repo.issues.get(copied.number)?.state).toBe('open');
  });

  it('treats an alert a person closed as not planned as muted until the model recovers', async () => {
    const { client, clientFor, repo } = await start();
    const { issue } = await openOrUpdateAlert(client, repository, { ...key, body: table('age') });
    await clientFor('ghp_alice').rest.issues.update({ ...repository, issue_number: issue.number, state: 'closed', state_reason: 'not_planned' });

    const muted = await openOrUpdateAlert(client, repository, { ...key, body: table('age') });
    expect(muted).toMatchObject({ action: 'muted', issue: { number: issue.number, stateReason: 'not_planned' } });
    expect(repo.issues.size).toBe(1);
    expect(repo.issues.get(issue.number)?.state).toBe('closed');

    expect(await recoverAlert(client, repository, { ...key, comment: 'Healthy again.' })).toMatchObject({ action: 'unmuted' });
    expect(repo.issues.get(issue.number)?.state).toBe('closed');
    const next = await openOrUpdateAlert(client, repository, { ...key, body: table('age') });
    expect(next).toMatchObject({ action: 'opened', previous: issue.number });
  });

  it('keeps a long table within GitHub\'s limits, and makes names safe in the marker', async () => {
    const { client, repo } = await start();
    const hostile = { ...key, model: 'team/churn', environment: 'prod --> <script>' };
    expect(alertMarker(hostile)).toBe('<!-- crucible-monitor model="team/churn" environment="prod%20--%3E%20%3Cscript%3E" -->');
    const { issue } = await openOrUpdateAlert(client, repository, { ...hostile, body: 'x'.repeat(70_000) });
    expect([...(repo.issues.get(issue.number)?.body ?? '')].length).toBeLessThanOrEqual(65_536);
    expect(repo.issues.get(issue.number)?.body).toContain("GitHub's limit");
    // It is found again by the same marker.
    expect((await findAlertIssue(client, repository, hostile)).open?.number).toBe(issue.number);
  });
});

describe('retraining dispatch', () => {
  const request = (issueNumber: number, now: number) => ({
    ...key,
    issueNumber,
    workflow: 'retrain.yml',
    ref: 'main',
    version: 'v1.2.0',
    reason: 'Dataset drift: 3 of 4 columns drifted',
    now,
  });
  const t0 = Date.parse('2026-11-20T12:00:00Z');

  it('dispatches once per cooldown per alert, across re-runs that read the record on the issue', async () => {
    const { client, repo } = await start();
    const { issue } = await openOrUpdateAlert(client, repository, { ...key, body: table('age') });

    const first = await dispatchRetraining(client, repository, request(issue.number, t0));
    expect(first).toMatchObject({ action: 'dispatched', at: '2026-11-20T12:00:00.000Z', nextAllowedAt: '2026-11-21T12:00:00.000Z' });
    expect(repo.dispatches).toEqual([
      expect.objectContaining({ workflow: '.github/workflows/retrain.yml', ref: 'main', inputs: { model: 'churn', version: 'v1.2.0', reason: 'Dataset drift: 3 of 4 columns drifted' }, actor: BOT }),
    ]);
    expect(repo.issues.get(issue.number)?.body).toContain('Retraining:');

    // A re-run of the job an hour later, and the next alert's update of the body in between, keep the record.
    await openOrUpdateAlert(client, repository, { ...key, body: table('income') });
    const rerun = await dispatchRetraining(client, repository, request(issue.number, t0 + HOUR));
    expect(rerun).toEqual({ action: 'cooldown', lastAt: '2026-11-20T12:00:00.000Z', nextAllowedAt: '2026-11-21T12:00:00.000Z' });
    expect(repo.dispatches).toHaveLength(1);

    const dayLater = await dispatchRetraining(client, repository, request(issue.number, t0 + 25 * HOUR));
    expect(dayLater.action).toBe('dispatched');
    expect(repo.dispatches).toHaveLength(2);
    expect(await dispatchRetraining(client, repository, { ...request(issue.number, t0 + 26 * HOUR), cooldownMs: 2 * HOUR })).toMatchObject({ action: 'cooldown' });
  });

  it('starts afresh for a new alert after recovery, and not at all without an open alert', async () => {
    const { client, repo } = await start();
    const { issue } = await openOrUpdateAlert(client, repository, { ...key, body: table('age') });
    await dispatchRetraining(client, repository, request(issue.number, t0));
    await recoverAlert(client, repository, { ...key, comment: 'Healthy again.' });
    expect(await dispatchRetraining(client, repository, request(issue.number, t0 + HOUR))).toEqual({ action: 'no-alert' });
    expect(await dispatchRetraining(client, repository, request(999, t0 + HOUR))).toEqual({ action: 'no-alert' });
    const next = await openOrUpdateAlert(client, repository, { ...key, body: table('age') });
    expect((await dispatchRetraining(client, repository, request(next.issue.number, t0 + 2 * HOUR))).action).toBe('dispatched');
    expect(repo.dispatches).toHaveLength(2);
  });

  it('never reads a record from an issue someone else wrote', async () => {
    const { github: server, client, repo } = await start();
    const planted = server.state.addIssue(repo, { user: 'mallory', body: `${alertMarker(key)}\n\n<!-- crucible-monitor-record {"lastDispatch":{"at":"2026-11-20T11:00:00Z","workflow":"x","ref":"main"}} -->` });
    expect(await dispatchRetraining(client, repository, request(planted.number, t0))).toEqual({ action: 'no-alert' });
    expect(repo.dispatches).toEqual([]);
  });

  it.each([
    ['an unknown workflow', { workflow: 'nope.yml' }, /no workflow "nope\.yml" in octo-org\/models \(404\).*file name under \.github\/workflows/],
    ['a ref that does not exist', { ref: 'gone' }, /on "gone": octo-org\/models has no branch or tag of that name \(422\)/],
    ['inputs the workflow does not declare', { extraInputs: { priority: 'high' } }, /does not declare every input.*"model", "version", "reason", "priority" under on\.workflow_dispatch\.inputs/],
  ])('explains %s and records nothing', async (_name, change, message) => {
    const { client, repo } = await start();
    const { issue } = await openOrUpdateAlert(client, repository, { ...key, body: table('age') });
    const error = await dispatchRetraining(client, repository, { ...request(issue.number, t0), ...change }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RetrainingDispatchError);
    expect((error as Error).message).toMatch(message);
    expect(repo.dispatches).toEqual([]);
    expect(repo.issues.get(issue.number)?.body).not.toContain('lastDispatch');
  });

  it('names actions: write when the token lacks it', async () => {
    const { client, clientFor } = await start();
    const { issue } = await openOrUpdateAlert(client, repository, { ...key, body: table('age') });
    const error = await dispatchRetraining(clientFor('ghs_noactions'), repository, request(issue.number, t0)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PermissionError);
    expect((error as Error).message).toContain('`actions: write`');
  });

  it('refuses more inputs than GitHub takes before calling it', async () => {
    const { client, github: server } = await start();
    const { issue } = await openOrUpdateAlert(client, repository, { ...key, body: table('age') });
    const extraInputs = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`extra${i}`, 'x']));
    await expect(dispatchRetraining(client, repository, { ...request(issue.number, t0), extraInputs })).rejects.toThrow(/at most 10 inputs/);
    expect(server.count('POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches')).toBe(0);
  });
});

describe('the deployed version', () => {
  async function deploy(client: ReturnType<typeof createGitHubClient>, sha: string, payload: Record<string, unknown>, state: 'success' | 'failure', environment = 'production') {
    const deployment = await createDeployment(client, repository, { ref: shaOf(sha), environment, requiredContexts: [], payload });
    await setDeploymentStatus(client, repository, deployment.id, { state });
    return deployment.id;
  }

  it('is the newest deployment of the model to the environment whose latest status is success', async () => {
    const { client } = await start();
    const good = await deploy(client, 'c1', { model: 'churn', version: 'v1.0.0' }, 'success');
    await deploy(client, 'c2', { model: 'churn', version: 'v1.1.0' }, 'failure');
    await deploy(client, 'c3', { model: 'fraud', version: 'v3.0.0' }, 'success');
    await deploy(client, 'c3', { model: 'churn', version: 'v9.0.0' }, 'success', 'staging');
    expect(await resolveDeployedVersion(client, repository, { model: 'churn', environment: 'production' })).toMatchObject({
      model: 'churn',
      version: 'v1.0.0',
      sha: shaOf('c1'),
      environment: 'production',
      deploymentId: good,
    });
  });

  it('says what it read when nothing of the model succeeded there', async () => {
    const { client } = await start();
    await deploy(client, 'c2', { model: 'churn', version: 'v1.1.0' }, 'failure');
    await deploy(client, 'c3', { model: 'churn', version: 'not-a-version' }, 'success');
    const error = await resolveDeployedVersion(client, repository, { model: 'churn', environment: 'production' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DeployedVersionError);
    expect((error as Error).message).toMatch(/No successful deployment of churn to production in octo-org\/models: read 2 deployments of that environment, 2 of churn, none with a latest status of success \(skipped: deployment \d+ names version "not-a-version"/);
    await expect(resolveDeployedVersion(client, repository, { model: 'churn', environment: 'canary' })).rejects.toThrow(/read 0 deployments of that environment, none of them of churn/);
  });

  it('reads the version holding a registry stage from the remote tags', async () => {
    const { client, github: server } = await start();
    const tag = async (name: string, commit: string) => {
      await createAnnotatedTag(client, repository, { name, message: name, commitSha: shaOf(commit) });
      server.state.advance(60_000);
    };
    await tag('churn@v1.0.0', 'c1');
    await tag('churn#production#1', 'c1');
    await tag('churn@v1.1.0', 'c2');
    await tag('churn#staging#2', 'c2');
    expect(await resolveStageVersion(client, repository, { model: 'churn', stage: 'production' })).toEqual({ model: 'churn', stage: 'production', version: 'v1.0.0', sha: shaOf('c1') });
    await tag('churn#production#3', 'c2');
    expect((await resolveStageVersion(client, repository, { model: 'churn', stage: 'production' })).version).toBe('v1.1.0');
    await expect(resolveStageVersion(client, repository, { model: 'churn', stage: 'canary' })).rejects.toThrow(/No version of churn holds the stage "canary" \(held stages: (production \(v1\.1\.0\), staging \(v1\.1\.0\)|staging \(v1\.1\.0\), production \(v1\.1\.0\))\)/);
    await expect(resolveStageVersion(client, repository, { model: 'fraud', stage: 'production' })).rejects.toThrow(DeployedVersionError);
  });
});

describe("a version's release evidence", () => {
  const profile = { schema: 'crucible/profile@1', git: null, data: { file: 'train.csv', format: 'csv', gzip: false, bytes: 12, sha256: '', columns: ['age'] }, rows: 0, columns: [] };
  const comparison = {
    schema: 'crucible/comparison@1',
    git: null,
    verdict: 'pass',
    metrics: [{ name: 'eval.accuracy', baseline: 0.8, current: 0.85, delta: 0.05, direction: 'higher', status: 'improved' }],
    params: [],
  };

  async function release(client: ReturnType<typeof createGitHubClient>, assets: Record<string, unknown>) {
    const { release: created } = await ensureRelease(client, repository, { tag: 'churn@v1.2.0', targetCommitish: shaOf('c3') });
    for (const [name, document] of Object.entries(assets)) {
      await uploadReleaseAsset(client, repository, created, { name, data: typeof document === 'string' ? document : JSON.stringify(document), contentType: 'application/json' });
    }
  }

  it('reads the reference profile and the expected metrics from the release on the version tag', async () => {
    const { client } = await start();
    await release(client, { 'profile-evidence-profile.json': profile, 'comparison-evidence-comparison.json': comparison, 'validation-x.json': { schema: 'crucible/validation@1' } });
    const evidence = await fetchReleaseEvidence(client, repository, { model: 'churn', version: '1.2.0', needExpected: true });
    expect(evidence).toMatchObject({ model: 'churn', version: 'v1.2.0', tag: 'churn@v1.2.0', releaseUrl: expect.stringContaining('/releases/tag/') });
    expect(evidence.profile).toMatchObject({ asset: 'profile-evidence-profile.json', kind: 'profile', document: { rows: 0 } });
    expect(JSON.parse(evidence.profile.content.toString())).toEqual(profile);
    expect(evidence.expected.map((file) => [file.asset, file.kind])).toEqual([['comparison-evidence-comparison.json', 'comparison']]);
  });

  it('names the version and the tag when there is no release', async () => {
    const { client } = await start();
    const error = await fetchReleaseEvidence(client, repository, { model: 'churn', version: 'v1.2.0', needExpected: false }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ReleaseEvidenceError);
    expect((error as Error).message).toMatch(/^churn v1\.2\.0 has no published release on its tag churn@v1\.2\.0 in octo-org\/models/);
  });

  it('names the version and what is missing when an asset is not there', async () => {
    const { client } = await start();
    await release(client, { 'comparison-c.json': comparison });
    await expect(fetchReleaseEvidence(client, repository, { model: 'churn', version: 'v1.2.0', needExpected: false })).rejects.toThrow(/the release of churn v1\.2\.0 \(.*\) has no reference profile/);
    // A profile-named asset of another kind is not a profile.
    await release(client, { 'profile-p.json': comparison });
    await expect(fetchReleaseEvidence(client, repository, { model: 'churn', version: 'v1.2.0', needExpected: false })).rejects.toThrow(/has no reference profile .*: "profile-p\.json" is not one/);
    await release(client, { 'profile-p.json': profile });
    expect((await fetchReleaseEvidence(client, repository, { model: 'churn', version: 'v1.2.0', needExpected: true })).expected).toHaveLength(1);
  });

  it('asks for expected metrics only when they are needed, and refuses several profiles or a broken one', async () => {
    const { client } = await start();
    await release(client, { 'profile-p.json': profile });
    expect((await fetchReleaseEvidence(client, repository, { model: 'churn', version: 'v1.2.0', needExpected: false })).expected).toEqual([]);
    await expect(fetchReleaseEvidence(client, repository, { model: 'churn', version: 'v1.2.0', needExpected: true })).rejects.toThrow(/churn v1\.2\.0 .* has no expected metrics/);
    await release(client, { 'profile-q.json': profile });
    await expect(fetchReleaseEvidence(client, repository, { model: 'churn', version: 'v1.2.0', needExpected: false })).rejects.toThrow(/has 2 profile assets \(profile-p\.json, profile-q\.json\); name the one/);
    expect((await fetchReleaseEvidence(client, repository, { model: 'churn', version: 'v1.2.0', needExpected: false, profileAsset: 'profile-q.json' })).profile.asset).toBe('profile-q.json');
    await release(client, { 'profile-q.json': '{"schema":"crucible/profile@1","rows":"many"}' });
    await expect(fetchReleaseEvidence(client, repository, { model: 'churn', version: 'v1.2.0', needExpected: false, profileAsset: 'profile-q.json' })).rejects.toThrow(
      /Release asset "profile-q\.json" of churn v1\.2\.0: not a valid crucible\/profile@1 document/,
    );
    await expect(fetchReleaseEvidence(client, repository, { model: 'churn', version: 'v1.2.0', needExpected: false, maxBytes: 10, profileAsset: 'profile-p.json' })).rejects.toThrow(ReleaseEvidenceError);
  });
});
