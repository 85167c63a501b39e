import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type LoopbackGitHub, shaOf, standardSeed, startLoopbackGitHub } from '../src/index.ts';

const Client = Octokit.plugin(retry, throttling);
let github: LoopbackGitHub;

// Throttling's one-write-a-second pacing would make the bulk tests slow; the fault tests below turn it on.
function client(token = 'ghs_loopback') {
  return new Client({
    auth: token,
    baseUrl: github.urls.api,
    retry: { retryAfterBaseValue: 1 },
    throttle: { enabled: false, onRateLimit: () => true, onSecondaryRateLimit: () => true },
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
  });
}
const repo = { owner: 'octo-org', repo: 'models' };

beforeAll(async () => {
  github = await startLoopbackGitHub({ seed: standardSeed() });
});
afterAll(() => github.close());
// Every answer of every test must fit GitHub's OpenAPI description.
afterEach(() => expect(github.violations.splice(0)).toEqual([]));

describe('repositories, commits and pull requests', () => {
  it('answers the repository, a commit and the contents of a file at a ref', async () => {
    const octokit = client();
    const { data: repository } = await octokit.rest.repos.get(repo);
    expect(repository.full_name).toBe('octo-org/models');
    expect(repository.default_branch).toBe('main');
    const { data: commit } = await octokit.rest.repos.getCommit({ ...repo, ref: 'main' });
    expect(commit.sha).toBe(shaOf('c3'));
    expect(commit.parents.map((parent) => parent.sha)).toEqual([shaOf('c2')]);
    const { data: file } = await octokit.rest.repos.getContent({ ...repo, path: 'metrics.json', ref: shaOf('c2') });
    expect(Buffer.from((file as { content: string }).content, 'base64').toString()).toBe('{"acc": 0.82, "loss": 0.45}');
  });

  it("finds the merge-base of a pull request's head with compare", async () => {
    const { data } = await client().rest.repos.compareCommitsWithBasehead({ ...repo, basehead: `main...${shaOf('f2')}` });
    expect(data.merge_base_commit.sha).toBe(shaOf('c2'));
    expect(data.status).toBe('diverged');
    expect([data.ahead_by, data.behind_by]).toEqual([2, 1]);
  });

  it('walks the history of a commit, newest first', async () => {
    const { data } = await client().rest.repos.listCommits({ ...repo, sha: shaOf('f2'), per_page: 10 });
    expect(data.map((commit) => commit.sha)).toEqual(['f2', 'f1', 'c2', 'c1'].map(shaOf));
  });

  it('gets a pull request, lists them by head branch, and finds them by head sha', async () => {
    const octokit = client();
    const { data: pull } = await octokit.rest.pulls.get({ ...repo, pull_number: 8 });
    expect(pull.head.repo?.full_name).toBe('mallory/models');
    expect(pull.head.repo?.fork).toBe(true);
    const { data: byHead } = await octokit.rest.pulls.list({ ...repo, head: 'octo-org:feature/better-lr' });
    expect(byHead.map((candidate) => candidate.number)).toEqual([7]);
    const { data: bySha } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ ...repo, commit_sha: shaOf('f2') });
    expect(bySha.map((candidate) => candidate.number)).toEqual([7]);
  });

  it('answers 403 on GET /user for an installation token and the user for a personal token', async () => {
    await expect(client().rest.users.getAuthenticated()).rejects.toMatchObject({ status: 403 });
    const { data } = await client('ghp_alice').rest.users.getAuthenticated();
    expect(data.login).toBe('alice');
  });
});

describe('issue comments', () => {
  it('creates, lists with pagination, updates and deletes', async () => {
    const octokit = client();
    const ids: number[] = [];
    for (let i = 0; i < 35; i++) ids.push((await octokit.rest.issues.createComment({ ...repo, issue_number: 7, body: `comment ${i}` })).data.id);
    const first = await octokit.rest.issues.listComments({ ...repo, issue_number: 7 });
    expect(first.data).toHaveLength(30);
    expect(first.headers.link).toMatch(/[?&]page=2[^>]*>; rel="next"/);
    const all = await octokit.paginate(octokit.rest.issues.listComments, { ...repo, issue_number: 7, per_page: 100 });
    expect(all).toHaveLength(35);
    const { data: updated } = await octokit.rest.issues.updateComment({ ...repo, comment_id: ids[0] as number, body: 'edited' });
    expect(updated.body).toBe('edited');
    await octokit.rest.issues.deleteComment({ ...repo, comment_id: ids[1] as number });
    expect(await octokit.paginate(octokit.rest.issues.listComments, { ...repo, issue_number: 7 })).toHaveLength(34);
  });

  it('caps per_page at 100', async () => {
    const { data } = await client().rest.issues.listComments({ ...repo, issue_number: 7, per_page: 500 });
    expect(data.length).toBeLessThanOrEqual(100);
  });

  it('refuses a body over 65,536 characters with GitHub\'s 422', async () => {
    const error = await client()
      .rest.issues.createComment({ ...repo, issue_number: 7, body: 'x'.repeat(65_537) })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 422 });
    expect((error as { response: { data: unknown } }).response.data).toMatchObject({
      message: 'Validation Failed',
      errors: [{ resource: 'IssueComment', code: 'unprocessable', field: 'data', message: 'Body is too long (maximum is 65536 characters)' }],
    });
    // Exactly at the limit is fine, counted in characters, not bytes.
    await client().rest.issues.createComment({ ...repo, issue_number: 7, body: 'é'.repeat(65_536) });
  });

  it("answers a fork PR's read-only token and a token without pull-requests: write with 403", async () => {
    for (const token of ['ghs_readonly', 'ghs_nopr']) {
      const error = await client(token)
        .rest.issues.createComment({ ...repo, issue_number: 8, body: 'report' })
        .catch((caught: unknown) => caught);
      expect(error).toMatchObject({ status: 403, message: expect.stringContaining('Resource not accessible by integration') });
    }
  });

  it('creates a commit comment', async () => {
    const { data } = await client().rest.repos.createCommitComment({ ...repo, commit_sha: shaOf('c3'), body: 'report' });
    expect(data.commit_id).toBe(shaOf('c3'));
  });
});

describe('check runs', () => {
  it('creates, appends annotations across updates, and refuses more than 50 in one request', async () => {
    const octokit = client();
    const annotation = (line: number) => ({ path: 'data/train.csv', start_line: line, end_line: line, annotation_level: 'failure' as const, message: `row ${line}` });
    const { data: created } = await octokit.rest.checks.create({
      ...repo,
      name: 'crucible / model report',
      head_sha: shaOf('f2'),
      status: 'in_progress',
      output: { title: 'Model report', summary: 'Working', annotations: Array.from({ length: 50 }, (_, i) => annotation(i + 1)) },
    });
    const { data: updated } = await octokit.rest.checks.update({
      ...repo,
      check_run_id: created.id,
      conclusion: 'failure',
      output: { title: 'Model report', summary: 'Regressed', annotations: Array.from({ length: 20 }, (_, i) => annotation(i + 51)) },
    });
    expect(updated.status).toBe('completed');
    expect(updated.output.annotations_count).toBe(70);
    expect(updated.pull_requests.map((pull) => pull.number)).toEqual([7]);
    await expect(
      octokit.rest.checks.update({ ...repo, check_run_id: created.id, output: { title: 't', summary: 's', annotations: Array.from({ length: 51 }, (_, i) => annotation(i)) } }),
    ).rejects.toMatchObject({ status: 422 });
    await expect(
      octokit.rest.checks.update({ ...repo, check_run_id: created.id, output: { title: 't', summary: 's', text: 'x'.repeat(65_536) } }),
    ).rejects.toMatchObject({ status: 422 });
    const annotations = await octokit.paginate(octokit.rest.checks.listAnnotations, { ...repo, check_run_id: created.id, per_page: 100 });
    expect(annotations).toHaveLength(70);
  });
});

describe('workflow runs, approvals and environments', () => {
  it('filters runs by branch, event, status and head sha, newest first', async () => {
    const octokit = client();
    const { data } = await octokit.rest.actions.listWorkflowRuns({ ...repo, workflow_id: 'ml.yml', branch: 'main', status: 'success' });
    // A fork's branch named main matches the branch filter too, as on GitHub; only event and head repository tell.
    expect(data.workflow_runs.map((run) => [run.head_sha, run.event, run.head_repository.full_name])).toEqual([
      [shaOf('m1'), 'pull_request', 'mallory/models'],
      [shaOf('c2'), 'push', 'octo-org/models'],
      [shaOf('c1'), 'push', 'octo-org/models'],
    ]);
    const { data: pushes } = await octokit.rest.actions.listWorkflowRunsForRepo({ ...repo, event: 'push', head_sha: shaOf('c2') });
    expect(pushes.total_count).toBe(1);
    const { data: run } = await octokit.rest.actions.getWorkflowRun({ ...repo, run_id: pushes.workflow_runs[0]?.id as number });
    expect(run.path).toBe('.github/workflows/ml.yml');
  });

  it("lists a run's jobs with their runner name and labels, for the attempt asked", async () => {
    const octokit = client();
    const env = github.runnerEnv({ repo: 'octo-org/models', workflow: 'ML', job: 'train' });
    const runId = Number(env['GITHUB_RUN_ID']);
    const { data } = await octokit.rest.actions.listJobsForWorkflowRunAttempt({ ...repo, run_id: runId, attempt_number: 1 });
    expect(data.jobs.map((job) => [job.name, job.runner_name, job.labels, job.status])).toEqual([['train', 'crucible-simulator', ['self-hosted', 'linux', 'x64'], 'in_progress']]);
    await expect(octokit.rest.actions.listJobsForWorkflowRunAttempt({ ...repo, run_id: runId, attempt_number: 2 })).rejects.toMatchObject({ status: 404 });
    const { data: all } = await octokit.rest.actions.listJobsForWorkflowRun({ ...repo, run_id: runId });
    expect(all.total_count).toBe(1);
  });

  it("answers an environment's protection rules and a run's approvals", async () => {
    const octokit = client();
    const { data: production } = await octokit.rest.repos.getEnvironment({ ...repo, environment_name: 'production' });
    // Not in Octokit's types, but GitHub sends it; a missing one must be read as unsafe.
    expect((production as Record<string, unknown>)['can_admins_bypass']).toBe(false);
    const reviewers = production.protection_rules?.find((rule) => rule.type === 'required_reviewers');
    expect(reviewers).toMatchObject({ prevent_self_review: true });
    const { data: staging } = await octokit.rest.repos.getEnvironment({ ...repo, environment_name: 'staging' });
    expect(staging.protection_rules).toEqual([]);
    expect('can_admins_bypass' in staging).toBe(false);

    const run = github.state.addRun(github.state.repo('octo-org', 'models')!, {
      workflow: 'ML',
      headSha: 'c3',
      headBranch: 'main',
      approvals: [{ environments: ['production'], state: 'approved', user: 'alice', comment: 'ship it' }],
      pendingEnvironments: ['production'],
    });
    const { data: approvals } = await octokit.rest.actions.getReviewsForRun({ ...repo, run_id: run.id });
    expect(approvals).toMatchObject([{ state: 'approved', user: { login: 'alice' }, environments: [{ name: 'production' }] }]);
    const { data: pending } = await client('ghp_alice').rest.actions.getPendingDeploymentsForRun({ ...repo, run_id: run.id });
    expect(pending).toMatchObject([{ environment: { name: 'production' }, current_user_can_approve: true }]);
  });
});

describe('deployments, refs, tags and releases', () => {
  it('creates a deployment and statuses; a newer success marks the older non-production one inactive, as GitHub documents auto_inactive', async () => {
    const octokit = client();
    const create = async (environment: string) => {
      const { data } = await octokit.rest.repos.createDeployment({ ...repo, ref: 'main', environment, auto_merge: false, required_contexts: [] });
      if (!('id' in data)) throw new Error('no deployment');
      await octokit.rest.repos.createDeploymentStatus({ ...repo, deployment_id: data.id, state: 'success', environment_url: 'https://models.example.com' });
      return data.id;
    };
    const states = async (id: number) => (await octokit.rest.repos.listDeploymentStatuses({ ...repo, deployment_id: id })).data.map((status) => status.state);
    const staging = await create('staging');
    const production = await create('production');
    await create('staging');
    await create('production');
    expect(await states(staging)).toEqual(['inactive', 'success']);
    // "all prior non-transient, non-production environment deployments": production keeps its success.
    expect(await states(production)).toEqual(['success']);
  });

  it('creates annotated tags and refs; an existing ref answers 422', async () => {
    const octokit = client();
    const { data: tag } = await octokit.rest.git.createTag({ ...repo, tag: 'churn@v1.0.0', message: 'Register churn 1.0.0', object: shaOf('c3'), type: 'commit' });
    await octokit.rest.git.createRef({ ...repo, ref: 'refs/tags/churn@v1.0.0', sha: tag.sha });
    await expect(octokit.rest.git.createRef({ ...repo, ref: 'refs/tags/churn@v1.0.0', sha: tag.sha })).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining('Reference already exists'),
    });
    const { data: refs } = await octokit.rest.git.listMatchingRefs({ ...repo, ref: 'tags/churn@' });
    expect(refs.map((ref) => [ref.ref, ref.object.type])).toEqual([['refs/tags/churn@v1.0.0', 'tag']]);
    const { data: tags } = await octokit.rest.repos.listTags(repo);
    expect(tags.find((candidate) => candidate.name === 'churn@v1.0.0')?.commit.sha).toBe(shaOf('c3'));
  });

  it('creates a release and uploads an asset to its upload_url', async () => {
    const octokit = client();
    const { data: created } = await octokit.rest.repos.createRelease({ ...repo, tag_name: 'v0.1.0', target_commitish: 'main' });
    const { data: asset } = await octokit.rest.repos.uploadReleaseAsset({
      ...repo,
      release_id: created.id,
      url: created.upload_url,
      name: 'model.onnx',
      data: 'weights' as unknown as string,
      headers: { 'content-type': 'application/octet-stream' },
    });
    expect(asset.size).toBe(7);
    const { data: byTag } = await octokit.rest.repos.getReleaseByTag({ ...repo, tag: 'v0.1.0' });
    expect(byTag.assets.map((candidate) => candidate.name)).toEqual(['model.onnx']);
  });
});

describe('GraphQL', () => {
  it('minimizes a comment by its node id', async () => {
    const octokit = client();
    const { data: comment } = await octokit.rest.issues.createComment({ ...repo, issue_number: 7, body: 'old report' });
    const result = await octokit.graphql<{ minimizeComment: { minimizedComment: { isMinimized: boolean } } }>(
      'mutation($id: ID!) { minimizeComment(input: {subjectId: $id, classifier: OUTDATED}) { minimizedComment { isMinimized } } }',
      { id: comment.node_id },
    );
    expect(result.minimizeComment.minimizedComment.isMinimized).toBe(true);
    expect(github.state.repo('octo-org', 'models')?.issueComments.get(comment.id)?.minimized).toBe('OUTDATED');
  });
});

describe('what the loopback GitHub does not know', () => {
  it('answers 404 and logs the route so a test can see what is missing', async () => {
    await expect(client().request('GET /repos/{owner}/{repo}/stargazers', repo)).rejects.toMatchObject({ status: 404 });
    expect(github.unknownRoutes).toContain('GET /repos/octo-org/models/stargazers');
  });
});
