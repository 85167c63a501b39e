import { type LoopbackGitHub, type Seed, shaOf, standardSeed, startLoopbackGitHub } from '@crucible/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { baselinePoint, createCommitComment, createGitHubClient, findPullRequest, listRunArtifacts, runnerLabels } from '../src/index.ts';

const repository = { owner: 'octo-org', repo: 'models' };
let github: LoopbackGitHub | undefined;
afterEach(async () => {
  expect(github?.violations ?? []).toEqual([]);
  await github?.close();
  github = undefined;
});

async function start(change: (seed: Seed) => void = () => {}) {
  const seed = standardSeed();
  change(seed);
  github = await startLoopbackGitHub({ seed });
  return { github, client: createGitHubClient({ token: 'ghs_loopback', baseUrl: github.urls.api, log: { warning: () => {} }, retryAfterBaseValue: 1, writePacingMs: 0 }) };
}
const repoSeed = (seed: Seed) => seed.repos?.[0] as NonNullable<Seed['repos']>[number];

describe('baselinePoint', () => {
  it.each([
    ['a pull request: the merge-base of its base and head', { eventName: 'pull_request', ref: 'refs/pull/7/merge', sha: 'merge', pull: { baseRef: 'main', baseSha: shaOf('c3'), headSha: shaOf('f2') } }, 'main', shaOf('c2')],
    ['a push to main: the first parent', { eventName: 'push', ref: 'refs/heads/main', sha: shaOf('c3') }, 'main', shaOf('c2')],
    ['a push to a feature branch: the first parent on it', { eventName: 'push', ref: 'refs/heads/feature/better-lr', sha: shaOf('f2') }, 'feature/better-lr', shaOf('f1')],
    ['the push of a root commit: nothing before it', { eventName: 'push', ref: 'refs/heads/main', sha: shaOf('c1') }, 'main', undefined],
    ['a tag push: the merge-base with the default branch', { eventName: 'push', ref: 'refs/tags/v1', sha: shaOf('f2') }, 'main', shaOf('c2')],
    ['workflow_dispatch: the merge-base with the default branch', { eventName: 'workflow_dispatch', ref: 'refs/heads/feature/better-lr', sha: shaOf('f2') }, 'main', shaOf('c2')],
  ])('%s', async (_, event, baseBranch, mergeBase) => {
    const { client } = await start();
    expect(await baselinePoint(client, repository, event)).toEqual({ baseBranch, mergeBase });
  });

  it('asks GitHub for the default branch only when the event does not name it', async () => {
    const { github: server, client } = await start();
    const event = { eventName: 'schedule', ref: 'refs/heads/main', sha: shaOf('f2') };
    await baselinePoint(client, repository, event);
    expect(server.count('GET /repos/{owner}/{repo}')).toBe(1);
    expect(await baselinePoint(client, repository, { ...event, defaultBranch: 'main' })).toEqual({ baseBranch: 'main', mergeBase: shaOf('c2') });
    expect(server.count('GET /repos/{owner}/{repo}')).toBe(1);
  });
});

describe('listRunArtifacts', () => {
  it('lists every artifact of a run across pages, expired ones marked', async () => {
    const { github: server, client } = await start((seed) => {
      repoSeed(seed).runs?.push({
        id: 4242,
        workflow: 'ML',
        event: 'push',
        headBranch: 'main',
        headSha: 'c3',
        artifacts: Array.from({ length: 130 }, (_, i) => ({ name: `crucible-run-seed-${i}`, files: { 'run.json': '{}' }, expired: i === 7 })),
      });
    });
    const artifacts = await listRunArtifacts(client, repository, 4242);
    expect(artifacts).toHaveLength(130);
    expect(new Set(artifacts.map((artifact) => artifact.name)).size).toBe(130);
    expect(artifacts.filter((artifact) => artifact.expired).map((artifact) => artifact.name)).toEqual(['crucible-run-seed-7']);
    expect(artifacts.every((artifact) => Number.isInteger(artifact.id) && artifact.sizeInBytes > 0)).toBe(true);
    expect(server.count('GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts')).toBe(2);
  });
});

describe('runnerLabels', () => {
  it("reads the labels of the job running on this runner, on whichever page it is, and nothing for another runner", async () => {
    const { github: server, client } = await start((seed) => {
      repoSeed(seed).runs?.push({ id: 5151, workflow: 'ML', event: 'push', headBranch: 'main', headSha: 'c3', status: 'in_progress' });
    });
    const run = server.state.repo('octo-org', 'models')?.runs.get(5151);
    if (run === undefined) throw new Error('no run');
    for (let i = 0; i < 120; i++) server.state.job(run, `train (seed ${i})`);
    const gpu = server.state.job(run, 'train (gpu)');
    gpu.runnerName = 'gpu-runner-7';
    gpu.labels = ['self-hosted', 'linux', 'gpu-a100'];
    expect(await runnerLabels(client, repository, { runId: 5151, runAttempt: 1, runnerName: 'gpu-runner-7' })).toEqual(['self-hosted', 'linux', 'gpu-a100']);
    expect(server.count('GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs')).toBe(2);
    expect(await runnerLabels(client, repository, { runId: 5151, runAttempt: 1, runnerName: 'elsewhere' })).toBeUndefined();
  });

  it('finds nothing once the run has completed', async () => {
    const { github: server, client } = await start();
    const run = [...(server.state.repo('octo-org', 'models')?.runs.values() ?? [])][0];
    if (run === undefined) throw new Error('no run');
    server.state.job(run, 'train');
    expect(await runnerLabels(client, repository, { runId: run.id, runAttempt: 1, runnerName: 'crucible-simulator' })).toBeUndefined();
  });
});

describe('createCommitComment', () => {
  it('comments on a commit and returns its id and URL', async () => {
    const { github: server, client } = await start();
    const { id, url } = await createCommitComment(client, repository, { sha: shaOf('c3'), body: 'report' });
    expect(server.state.repo('octo-org', 'models')?.commitComments.get(id)).toMatchObject({ commitId: shaOf('c3'), body: 'report' });
    expect(url).toContain('/octo-org/models/commit/');
  });
});

describe('findPullRequest', () => {
  it("pages through a branch's pull requests", async () => {
    const { github: server, client } = await start((seed) => {
      // Newer pull requests from the same branch at other commits fill the first page.
      const extra = Array.from({ length: 105 }, (_, i) => ({ number: 100 + i, head: { ref: 'feature/better-lr', sha: 'c1' }, base: { ref: 'main' } }));
      repoSeed(seed).pulls?.push(...extra);
    });
    expect(await findPullRequest(client, repository, { sha: shaOf('f2'), repo: 'octo-org/models', branch: 'feature/better-lr' })).toMatchObject({ number: 7, baseRef: 'main' });
    expect(server.count('GET /repos/{owner}/{repo}/pulls')).toBe(2);
    expect(server.count('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls')).toBe(0);
  });

  it("pages through a commit's pull requests", async () => {
    const { github: server, client } = await start((seed) => {
      // A fork's pull requests at the same commit come first and must be passed over.
      const extra = Array.from({ length: 105 }, (_, i) => ({ number: 100 + i, head: { ref: 'copy', sha: 'f2', repo: 'mallory/models' }, base: { ref: 'main' } }));
      const repo = repoSeed(seed);
      repo.pulls = [...extra, ...(repo.pulls ?? [])];
    });
    expect(await findPullRequest(client, repository, { sha: shaOf('f2'), repo: 'octo-org/models', branch: null })).toMatchObject({ number: 7 });
    expect(server.count('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls')).toBe(2);
  });
});
