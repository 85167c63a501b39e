import { type LoopbackGitHub, type Seed, shaOf, standardSeed, startLoopbackGitHub } from '@crucible/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createAnnotatedTag,
  createDeployment,
  createGitHubClient,
  deactivateOlderDeployments,
  DeploymentBlockedError,
  downloadReleaseAsset,
  ensureDeployment,
  ensureRelease,
  getEnvironment,
  listDeployments,
  listReleaseAssets,
  listRunApprovals,
  listTags,
  PermissionError,
  ReleaseError,
  setDeploymentStatus,
  uploadReleaseAsset,
} from '../src/index.ts';

const repository = { owner: 'octo-org', repo: 'models' };
let github: LoopbackGitHub | undefined;
afterEach(async () => {
  expect(github?.violations ?? []).toEqual([]);
  expect(github?.unknownRoutes ?? []).toEqual([]);
  await github?.close();
  github = undefined;
});

async function start(options: { change?: (seed: Seed) => void; ghes?: boolean } = {}) {
  const seed = standardSeed();
  options.change?.(seed);
  github = await startLoopbackGitHub({ seed, ghes: options.ghes ?? false });
  const client = (token = 'ghs_loopback') =>
    createGitHubClient({ token, baseUrl: (github as LoopbackGitHub).urls.api, log: { warning: () => {} }, retryAfterBaseValue: 1, writePacingMs: 0 });
  return { github, client: client(), clientFor: client };
}
const repoSeed = (seed: Seed) => seed.repos?.[0] as NonNullable<Seed['repos']>[number];
const stateRepo = (server: LoopbackGitHub) => {
  const repo = server.state.repo('octo-org', 'models');
  if (repo === undefined) throw new Error('no repository');
  return repo;
};

describe('getEnvironment', () => {
  it('reads the protection rules and keeps the raw body for the gate', async () => {
    const { client } = await start();
    const production = await getEnvironment(client, repository, 'production');
    expect(production).toMatchObject({
      name: 'production',
      canAdminsBypass: false,
      deploymentBranchPolicy: { protectedBranches: true, customBranchPolicies: false },
      branchPolicies: null,
      protectionRules: [{ type: 'required_reviewers', preventSelfReview: true, reviewers: [{ type: 'User', name: 'alice' }, { type: 'Team', name: 'ml-leads' }] }, { type: 'branch_policy' }],
    });
    expect((production?.raw as { protection_rules: unknown[] }).protection_rules).toHaveLength(2);
    // GitHub leaves can_admins_bypass out on some versions: not the same as false.
    expect(await getEnvironment(client, repository, 'staging')).toMatchObject({ protectionRules: [], canAdminsBypass: undefined, deploymentBranchPolicy: null });
    expect(await getEnvironment(client, repository, 'nowhere')).toBeUndefined();
  });

  it('reads every page of custom deployment branch policies', async () => {
    const { github: server, client } = await start({
      change: (seed) =>
        repoSeed(seed).environments?.push({
          name: 'canary',
          deploymentBranchPolicy: { protected_branches: false, custom_branch_policies: true },
          branchPolicies: [...Array.from({ length: 129 }, (_, i) => ({ name: `release/${i}` })), { name: 'v*', type: 'tag' as const }],
        }),
    });
    const canary = await getEnvironment(client, repository, 'canary');
    expect(canary?.branchPolicies).toHaveLength(130);
    expect(canary?.branchPolicies?.at(-1)).toEqual({ name: 'v*', type: 'tag' });
    expect(canary?.rawBranchPolicies).toHaveLength(130);
    expect(server.count('GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies')).toBe(2);
  });
});

describe('listRunApprovals', () => {
  it("lists a run's reviews with the environments they covered, raw body beside", async () => {
    const { client } = await start({
      change: (seed) =>
        repoSeed(seed).runs?.push({
          id: 777,
          headSha: 'c3',
          approvals: [
            { environments: ['production'], state: 'approved', user: 'alice', comment: 'ship it' },
            { environments: ['staging', 'production'], state: 'rejected', user: 'bob' },
          ],
        }),
    });
    const { approvals, raw } = await listRunApprovals(client, repository, 777);
    expect(approvals).toEqual([
      { state: 'approved', user: 'alice', comment: 'ship it', environments: ['production'] },
      { state: 'rejected', user: 'bob', comment: '', environments: ['staging', 'production'] },
    ]);
    expect(raw).toHaveLength(2);
  });
});

describe('tags', () => {
  it('creates an annotated tag, and answers "exists" with what the ref holds on a second try', async () => {
    const { client } = await start();
    const tag = { name: 'churn@v1.0.0', message: 'Registered by run 42', commitSha: shaOf('c3') };
    const first = await createAnnotatedTag(client, repository, tag);
    expect(first).toMatchObject({ status: 'created', tag: { name: 'churn@v1.0.0', message: 'Registered by run 42', commitSha: shaOf('c3') } });
    const again = await createAnnotatedTag(client, repository, { ...tag, message: 'Registered by run 43', commitSha: shaOf('c2') });
    expect(again).toEqual({
      status: 'exists',
      existing: { name: 'churn@v1.0.0', tagSha: first.status === 'created' ? first.tag.tagSha : '', message: 'Registered by run 42', taggerDate: expect.any(String), commitSha: shaOf('c3') },
    });
  });

  it('answers "exists" for a lightweight tag too, without a tag object', async () => {
    const { client } = await start();
    await ensureRelease(client, repository, { tag: 'churn#prod#1', targetCommitish: shaOf('c2') });
    const result = await createAnnotatedTag(client, repository, { name: 'churn#prod#1', message: 'Assign prod', commitSha: shaOf('c3') });
    expect(result).toEqual({ status: 'exists', existing: { name: 'churn#prod#1', tagSha: null, message: null, taggerDate: null, commitSha: shaOf('c2') } });
  });

  it('lists every tag with a prefix, read through to message, date and commit', async () => {
    const { github: server, client } = await start();
    const repo = stateRepo(server);
    for (let i = 0; i < 130; i++) {
      const sha = `${(0xbeef00 + i).toString(16)}`.padStart(40, 'b');
      repo.tags.set(sha, { sha, tag: `churn@v1.0.${i}`, message: `version ${i}`, object: { sha: shaOf(i % 2 === 0 ? 'c2' : 'c3'), type: 'commit' }, tagger: { name: 'bot', email: 'bot@example.com', date: '2026-11-20T12:00:00Z' } });
      repo.refs.set(`refs/tags/churn@v1.0.${i}`, { ref: `refs/tags/churn@v1.0.${i}`, sha, type: 'tag' });
    }
    await createAnnotatedTag(client, repository, { name: 'other@v1.0.0', message: 'not ours', commitSha: shaOf('c3') });
    const tags = await listTags(client, repository, 'churn@');
    expect(tags).toHaveLength(130);
    expect(tags.every((tag) => tag.name.startsWith('churn@'))).toBe(true);
    const seven = tags.find((tag) => tag.name === 'churn@v1.0.7');
    expect(seven).toMatchObject({ message: 'version 7', taggerDate: '2026-11-20T12:00:00Z', commitSha: shaOf('c3') });
    expect(server.count('GET /repos/{owner}/{repo}/git/tags/{tag_sha}')).toBe(130);
    // GTO's characters survive the path: # and = and !.
    await createAnnotatedTag(client, repository, { name: 'dir=churn#prod!#3', message: 'unassign', commitSha: shaOf('c3') });
    expect((await listTags(client, repository, 'dir=churn#')).map((tag) => tag.name)).toEqual(['dir=churn#prod!#3']);
  });

  it('names contents: write when the token may not create tags', async () => {
    const { clientFor } = await start();
    const refused = await createAnnotatedTag(clientFor('ghs_readonly'), repository, { name: 'churn@v2.0.0', message: 'x', commitSha: shaOf('c3') }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(PermissionError);
    expect((refused as PermissionError).message).toContain('contents: write');
  });
});

describe('releases', () => {
  it('creates a release once and finds it again on a re-run', async () => {
    const { client } = await start();
    const first = await ensureRelease(client, repository, { tag: 'churn@v1.0.0', name: 'churn 1.0.0', body: 'evidence inside', targetCommitish: shaOf('c3'), makeLatest: 'false' });
    const again = await ensureRelease(client, repository, { tag: 'churn@v1.0.0', name: 'ignored' });
    expect(first.created).toBe(true);
    expect(again).toEqual({ release: first.release, created: false });
    expect(first.release).toMatchObject({ tagName: 'churn@v1.0.0', name: 'churn 1.0.0', body: 'evidence inside', draft: false });
  });

  it('uploads an asset, leaves identical content alone, replaces or keeps other content, and downloads it by name', async () => {
    const { github: server, client } = await start();
    const { release } = await ensureRelease(client, repository, { tag: 'churn@v1.0.0', targetCommitish: shaOf('c3') });
    const upload = (data: string, ifExists?: 'replace' | 'keep') =>
      uploadReleaseAsset(client, repository, release, { name: 'promotion.json', data, contentType: 'application/json', ...(ifExists === undefined ? {} : { ifExists }) });
    expect((await upload('{"v":1}')).status).toBe('uploaded');
    expect((await upload('{"v":1}')).status).toBe('unchanged');
    expect((await upload('{"v":2}', 'keep')).status).toBe('kept');
    expect((await upload('{"v":2}')).status).toBe('replaced');
    expect((await listReleaseAssets(client, repository, release.id)).map((asset) => asset.name)).toEqual(['promotion.json']);
    expect((await downloadReleaseAsset(client, repository, release.id, 'promotion.json', { maxBytes: 1024 }))?.toString()).toBe('{"v":2}');
    expect(await downloadReleaseAsset(client, repository, release.id, 'missing.json', { maxBytes: 1024 })).toBeUndefined();
    await expect(downloadReleaseAsset(client, repository, release.id, 'promotion.json', { maxBytes: 3 })).rejects.toBeInstanceOf(ReleaseError);
    expect(server.count('DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}')).toBe(1);
  });

  it('survives another job uploading the same name between its listing and its upload (422 already_exists)', async () => {
    const { github: server, client } = await start();
    const { release } = await ensureRelease(client, repository, { tag: 'churn@v1.0.0', targetCommitish: shaOf('c3') });
    let raced = false;
    client.hook.before('request', (options) => {
      if (!raced && options.method === 'POST' && String(options.url).includes('/assets')) {
        raced = true;
        const stored = [...stateRepo(server).releases.values()][0];
        stored?.assets.push({ id: 99_999, name: 'promotion.json', label: null, contentType: 'application/json', blob: server.state.putBlob(Buffer.from('{"v":1}'), 'application/json'), size: 7, uploader: 'someone', createdAt: server.state.nowIso() });
      }
    });
    const result = await uploadReleaseAsset(client, repository, release, { name: 'promotion.json', data: '{"v":1}', contentType: 'application/json' });
    expect(result).toMatchObject({ status: 'unchanged', asset: { id: 99_999 } });
    expect(server.requests.some((request) => request.status === 422)).toBe(true);
  });

  it('lists more than 100 assets', async () => {
    const { github: server, client } = await start();
    const { release } = await ensureRelease(client, repository, { tag: 'churn@v1.0.0', targetCommitish: shaOf('c3') });
    const stored = stateRepo(server).releases.get(release.id);
    for (let i = 0; i < 120; i++) {
      stored?.assets.push({ id: 50_000 + i, name: `shard-${i}.json`, label: null, contentType: 'application/json', blob: server.state.putBlob(Buffer.from('{}'), 'application/json'), size: 2, uploader: 'bot', createdAt: server.state.nowIso() });
    }
    expect(await listReleaseAssets(client, repository, release.id)).toHaveLength(120);
    expect(server.count('GET /repos/{owner}/{repo}/releases/{release_id}/assets')).toBe(2);
  });

  it('uploads to <host>/api/uploads and tags on GitHub Enterprise Server', async () => {
    const { github: server, client } = await start({ ghes: true });
    const { release } = await ensureRelease(client, repository, { tag: 'churn@v1.0.0', targetCommitish: shaOf('c3') });
    expect(new URL(release.uploadUrl.replace(/\{.*$/, '')).pathname).toMatch(/^\/api\/uploads\/repos\/octo-org\/models\/releases\/\d+\/assets$/);
    expect((await uploadReleaseAsset(client, repository, release, { name: 'a.json', data: '{}', contentType: 'application/json' })).status).toBe('uploaded');
    expect((await downloadReleaseAsset(client, repository, release.id, 'a.json', { maxBytes: 10 }))?.toString()).toBe('{}');
    expect((await createAnnotatedTag(client, repository, { name: 'churn#prod#1', message: 'm', commitSha: shaOf('c3') })).status).toBe('created');
    expect(server.count('POST /api/uploads/repos/{owner}/{repo}/releases/{release_id}/assets')).toBe(1);
  });

  it('names contents: write when the token may not upload', async () => {
    const { client, clientFor } = await start();
    const { release } = await ensureRelease(client, repository, { tag: 'churn@v1.0.0', targetCommitish: shaOf('c3') });
    const refused = await uploadReleaseAsset(clientFor('ghs_readonly'), repository, release, { name: 'a.json', data: '{}', contentType: 'application/json' }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(PermissionError);
    expect((refused as PermissionError).message).toContain('contents: write');
    expect((refused as PermissionError).route).toMatch(/^\/repos\/octo-org\/models\/releases\/\d+\/assets$/);
  });
});

describe('deployments', () => {
  const request = (payload: Record<string, unknown>) => ({
    ref: 'main',
    sha: shaOf('c3'),
    environment: 'production',
    requiredContexts: [],
    payload,
    description: 'churn v1.0.0',
    productionEnvironment: true,
  });

  it('creates a deployment once per run and payload, and finds it again on a re-run', async () => {
    const { github: server, client } = await start();
    const first = await ensureDeployment(client, repository, request({ crucible: { runId: 42, version: 'v1.0.0' } }));
    const rerun = await ensureDeployment(client, repository, request({ crucible: { runId: 42, version: 'v1.0.0' } }));
    const other = await ensureDeployment(client, repository, request({ crucible: { runId: 43, version: 'v1.0.0' } }));
    expect(first.created).toBe(true);
    expect(rerun).toEqual({ deployment: first.deployment, created: false });
    expect(other.created).toBe(true);
    expect(first.deployment).toMatchObject({ sha: shaOf('c3'), environment: 'production', productionEnvironment: true, task: 'deploy', description: 'churn v1.0.0' });
    expect(stateRepo(server).deployments.size).toBe(2);
  });

  it('moves statuses and retires older successful deployments of the environment itself', async () => {
    const { client } = await start();
    const older = await createDeployment(client, repository, request({ n: 1 }));
    await setDeploymentStatus(client, repository, older.id, { state: 'success' });
    const failed = await createDeployment(client, repository, request({ n: 2 }));
    await setDeploymentStatus(client, repository, failed.id, { state: 'failure' });
    const current = await createDeployment(client, repository, request({ n: 3 }));
    const progress = await setDeploymentStatus(client, repository, current.id, { state: 'in_progress', logUrl: 'https://example.com/run/1' });
    expect(progress).toMatchObject({ state: 'in_progress', logUrl: 'https://example.com/run/1' });
    const done = await setDeploymentStatus(client, repository, current.id, { state: 'success', environmentUrl: 'https://models.example.com', logUrl: 'https://example.com/run/1' });
    expect(done).toMatchObject({ state: 'success', environmentUrl: 'https://models.example.com', environment: 'production' });
    expect(await deactivateOlderDeployments(client, repository, { environment: 'production', keep: current.id })).toEqual([older.id]);
    // Done already: a re-run marks nothing twice.
    expect(await deactivateOlderDeployments(client, repository, { environment: 'production', keep: current.id })).toEqual([]);
  });

  it('lists more than 100 deployments of an environment', async () => {
    const { github: server, client } = await start();
    const repo = stateRepo(server);
    for (let i = 0; i < 110; i++) {
      const id = 70_000 + i;
      repo.deployments.set(id, { id, sha: shaOf('c3'), ref: 'main', task: 'deploy', environment: 'staging', creator: 'github-actions[bot]', payload: { i }, description: null, transientEnvironment: false, productionEnvironment: false, createdAt: server.state.nowIso(), statuses: [] });
    }
    expect(await listDeployments(client, repository, { environment: 'staging' })).toHaveLength(110);
    expect(server.count('GET /repos/{owner}/{repo}/deployments')).toBe(2);
  });

  it('says which required contexts blocked a deployment (409)', async () => {
    const { client } = await start();
    await client.rest.checks.create({ ...repository, name: 'ci', head_sha: shaOf('c3'), status: 'completed', conclusion: 'failure' });
    const blocked = await createDeployment(client, repository, { ...request({}), requiredContexts: ['ci'] }).catch((error: unknown) => error);
    expect(blocked).toBeInstanceOf(DeploymentBlockedError);
    expect((blocked as DeploymentBlockedError).contexts).toEqual([{ context: 'ci', state: 'failure' }]);
  });

  it('names deployments: write when the token may not deploy', async () => {
    const { clientFor } = await start();
    const refused = await createDeployment(clientFor('ghs_readonly'), repository, request({})).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(PermissionError);
    expect((refused as PermissionError).message).toContain('deployments: write');
  });
});
