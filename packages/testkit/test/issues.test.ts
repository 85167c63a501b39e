import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type LoopbackGitHub, type Seed, shaOf, standardSeed, startLoopbackGitHub } from '../src/index.ts';

const Client = Octokit.plugin(retry, throttling);
let github: LoopbackGitHub;
const repo = { owner: 'octo-org', repo: 'models' };

function client(token = 'ghs_loopback') {
  return new Client({
    auth: token,
    baseUrl: github.urls.api,
    retry: { enabled: false },
    throttle: { enabled: false, onRateLimit: () => false, onSecondaryRateLimit: () => false },
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
  });
}

function seed(): Seed {
  const value = standardSeed({
    tokens: {
      ...standardSeed().tokens,
      ghs_issues_only: { login: 'github-actions[bot]', type: 'Bot', scopes: { issues: 'write', contents: 'read' } },
      ghs_no_actions: { login: 'github-actions[bot]', type: 'Bot', scopes: { issues: 'write', actions: 'read', contents: 'read' } },
    },
  });
  const models = value.repos?.[0] as NonNullable<Seed['repos']>[number];
  models.workflows = [
    ...(models.workflows ?? []),
    { name: 'Retrain', path: '.github/workflows/retrain.yml', dispatch: { inputs: ['model', 'version', 'reason'] } },
    { name: 'Nightly', path: '.github/workflows/nightly.yml', dispatch: false },
    { name: 'Anything', path: '.github/workflows/anything.yml' },
  ];
  return value;
}

/** A request outside Octokit's types: what a careless caller could send. */
const raw = (route: string, params: Record<string, unknown>) => client().request(route, params);
const stateRepo = () => github.state.repo('octo-org', 'models') as NonNullable<ReturnType<LoopbackGitHub['state']['repo']>>;
const errorOf = (promise: Promise<unknown>) => promise.then(() => undefined, (caught: unknown) => caught as { status: number; message: string; response: { data: unknown; headers: Record<string, string> } });

beforeEach(async () => {
  github = await startLoopbackGitHub({ seed: seed() });
});
// Every answer must fit GitHub's OpenAPI description.
afterEach(async () => {
  expect(github.violations).toEqual([]);
  await github.close();
});

describe('plain issues', () => {
  it('creates an issue numbered after the pull requests, with auto-created labels, authored by the token', async () => {
    const { data, status, headers } = await client().rest.issues.create({ ...repo, title: 'Drift in churn', body: 'table', labels: ['crucible-monitor', { name: 'model:churn' }], assignees: ['alice'] });
    expect(status).toBe(201);
    expect(headers.location).toMatch(/\/repos\/octo-org\/models\/issues\/9$/);
    // Pull requests 7 and 8 exist: issues and pull requests share one sequence.
    expect(data).toMatchObject({ number: 9, state: 'open', state_reason: null, title: 'Drift in churn', body: 'table', user: { login: 'github-actions[bot]', type: 'Bot' }, assignees: [{ login: 'alice' }] });
    expect(data.html_url).toMatch(/\/octo-org\/models\/issues\/9$/);
    expect(data.labels.map((label) => (typeof label === 'string' ? label : label.name))).toEqual(['crucible-monitor', 'model:churn']);
    expect(data).not.toHaveProperty('pull_request');
    expect([...stateRepo().labels.keys()]).toEqual(['crucible-monitor', 'model:churn']);
    // The next pull request or issue takes the next number.
    expect((await client('ghp_alice').rest.issues.create({ ...repo, title: 'Another' })).data).toMatchObject({ number: 10, user: { login: 'alice' } });
  });

  it('refuses a missing title, a blank one, an unknown assignee and a body over 65,536 characters', async () => {
    for (const request of [{}, { title: '  ' }, { title: 'x', assignees: ['nobody-here'] }, { title: 'x', body: 'x'.repeat(65_537) }]) {
      const error = await errorOf(raw('POST /repos/{owner}/{repo}/issues', { ...repo, ...request }));
      expect(error?.status).toBe(422);
    }
    expect(stateRepo().issues.size).toBe(0);
  });

  it('needs issues: write to create one', async () => {
    const error = await errorOf(client('ghs_readonly').rest.issues.create({ ...repo, title: 'x' }));
    expect(error).toMatchObject({ status: 403 });
    expect(error?.response.headers['x-accepted-github-permissions']).toBe('issues=write');
  });

  it('lists issues and pull requests by state, creator and labels, sorted, paged with Link headers', async () => {
    const state = github.state;
    for (let i = 0; i < 5; i++) {
      state.addIssue(stateRepo(), { title: `bot ${i}`, user: 'github-actions[bot]', labels: ['crucible-monitor'], createdAt: `2026-11-1${i}T00:00:00Z` });
    }
    state.addIssue(stateRepo(), { title: 'by mallory', user: 'mallory', labels: ['crucible-monitor'], createdAt: '2026-11-19T00:00:00Z' });
    state.addIssue(stateRepo(), { title: 'closed', state: 'closed', stateReason: 'not_planned', user: 'github-actions[bot]' });
    const octokit = client();

    const open = await octokit.paginate(octokit.rest.issues.listForRepo, { ...repo, per_page: 100 });
    // Pull requests are in the list, with a pull_request key, as on GitHub.
    expect(open.filter((item) => item.pull_request !== undefined).map((item) => item.number)).toEqual([8, 7]);
    expect(open.some((item) => item.title === 'closed')).toBe(false);

    const mine = await octokit.rest.issues.listForRepo({ ...repo, creator: 'github-actions[bot]', labels: 'crucible-monitor', sort: 'created', direction: 'asc', per_page: 2 });
    expect(mine.data.map((item) => item.title)).toEqual(['bot 0', 'bot 1']);
    expect(mine.headers.link).toMatch(/page=2[^>]*>; rel="next"/);
    expect(mine.headers.link).toMatch(/page=3[^>]*>; rel="last"/);
    const pages = await octokit.paginate(octokit.rest.issues.listForRepo, { ...repo, creator: 'github-actions[bot]', labels: 'crucible-monitor', per_page: 2 });
    expect(pages.map((item) => item.title)).toEqual(['bot 4', 'bot 3', 'bot 2', 'bot 1', 'bot 0']);

    const closed = await octokit.rest.issues.listForRepo({ ...repo, state: 'closed' });
    expect(closed.data.map((item) => [item.title, item.state_reason])).toEqual([['closed', 'not_planned']]);
    const all = await octokit.paginate(octokit.rest.issues.listForRepo, { ...repo, state: 'all', per_page: 100 });
    expect(all).toHaveLength(2 + 7);
    expect((await errorOf(raw('GET /repos/{owner}/{repo}/issues', { ...repo, state: 'everything' })))?.status).toBe(422);
  });

  it('gets and updates an issue: closing takes a state reason (completed by default), reopening is reopened', async () => {
    const octokit = client();
    const { data: created } = await octokit.rest.issues.create({ ...repo, title: 'Drift', body: 'first' });
    github.state.advance(60_000);
    const { data: edited } = await octokit.rest.issues.update({ ...repo, issue_number: created.number, body: 'second', title: 'Drift again' });
    expect(edited).toMatchObject({ body: 'second', title: 'Drift again', state: 'open' });
    expect(Date.parse(edited.updated_at)).toBeGreaterThan(Date.parse(created.updated_at));

    const { data: closed } = await octokit.rest.issues.update({ ...repo, issue_number: created.number, state: 'closed' });
    expect(closed).toMatchObject({ state: 'closed', state_reason: 'completed', closed_by: { login: 'github-actions[bot]' } });
    expect(closed.closed_at).not.toBeNull();
    const { data: reopened } = await octokit.rest.issues.update({ ...repo, issue_number: created.number, state: 'open' });
    expect(reopened).toMatchObject({ state: 'open', state_reason: 'reopened', closed_at: null });
    const { data: muted } = await octokit.rest.issues.update({ ...repo, issue_number: created.number, state: 'closed', state_reason: 'not_planned' });
    expect(muted.state_reason).toBe('not_planned');
    expect((await octokit.rest.issues.get({ ...repo, issue_number: created.number })).data).toMatchObject({ state: 'closed', state_reason: 'not_planned' });

    // A pull request is an issue too.
    const { data: pull } = await octokit.rest.issues.get({ ...repo, issue_number: 7 });
    expect(pull.pull_request?.html_url).toMatch(/\/pull\/7$/);
    expect((await errorOf(octokit.rest.issues.get({ ...repo, issue_number: 999 })))?.status).toBe(404);
    expect((await errorOf(raw('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { ...repo, issue_number: created.number, state: 'shut' })))?.status).toBe(422);
  });

  it('comments on a plain issue with issues: write; pull-requests: write alone is not enough there', async () => {
    const issue = github.state.addIssue(stateRepo(), { title: 'Drift', user: 'github-actions[bot]' });
    const { data } = await client('ghs_issues_only').rest.issues.createComment({ ...repo, issue_number: issue.number, body: 'update' });
    expect(data.html_url).toMatch(new RegExp(`/issues/${issue.number}#issuecomment-${data.id}$`));
    expect((await client().rest.issues.get({ ...repo, issue_number: issue.number })).data.comments).toBe(1);
    // issues: write is accepted on a pull request as well.
    await client('ghs_issues_only').rest.issues.createComment({ ...repo, issue_number: 7, body: 'report' });

    github.state.addToken('ghs_pr_only', { login: 'github-actions[bot]', type: 'Bot', scopes: { 'pull-requests': 'write', issues: 'read' } });
    const error = await errorOf(client('ghs_pr_only').rest.issues.createComment({ ...repo, issue_number: issue.number, body: 'update' }));
    expect(error).toMatchObject({ status: 403 });
    expect(error?.response.headers['x-accepted-github-permissions']).toBe('issues=write');
    await client('ghs_pr_only').rest.issues.createComment({ ...repo, issue_number: 7, body: 'report' });
    const anonymous = await fetch(`${github.urls.api}/repos/octo-org/models/issues/${issue.number}/comments`, { method: 'POST', body: JSON.stringify({ body: 'x' }) });
    expect(anonymous.status).toBe(401);
  });

  it('seeds issues written by other users, with their comments', async () => {
    const issue = github.state.addIssue(stateRepo(), { title: 'Copied marker', user: 'mallory', body: '<!-- crucible-monitor -->', comments: [{ user: 'bob', body: 'me too' }] });
    const { data } = await client().rest.issues.listComments({ ...repo, issue_number: issue.number });
    expect(data.map((comment) => comment.user?.login)).toEqual(['bob']);
    expect((await client().rest.issues.get({ ...repo, issue_number: issue.number })).data.user?.login).toBe('mallory');
  });
});

describe('workflow dispatch', () => {
  it('records a dispatch by file name or id, with its ref, inputs, actor and time, and queues a run', async () => {
    const octokit = client();
    const { status } = await octokit.rest.actions.createWorkflowDispatch({ ...repo, workflow_id: 'retrain.yml', ref: 'main', inputs: { model: 'churn', version: 'v1.2.0', reason: 'drift' } });
    expect(status).toBe(204);
    const retrain = [...stateRepo().workflows.values()].find((workflow) => workflow.path.endsWith('retrain.yml'));
    await octokit.rest.actions.createWorkflowDispatch({ ...repo, workflow_id: retrain?.id as number, ref: 'refs/heads/feature/better-lr' });
    expect(stateRepo().dispatches).toEqual([
      { workflowId: retrain?.id, workflow: '.github/workflows/retrain.yml', ref: 'main', sha: shaOf('c3'), inputs: { model: 'churn', version: 'v1.2.0', reason: 'drift' }, actor: 'github-actions[bot]', createdAt: '2026-11-20T12:00:00Z', runId: expect.any(Number) },
      expect.objectContaining({ ref: 'refs/heads/feature/better-lr', sha: shaOf('f2'), inputs: {} }),
    ]);
    const { data: runs } = await octokit.rest.actions.listWorkflowRuns({ ...repo, workflow_id: 'retrain.yml', event: 'workflow_dispatch' });
    // Newest first.
    expect(runs.workflow_runs.map((run) => [run.status, run.head_branch])).toEqual([['queued', 'feature/better-lr'], ['queued', 'main']]);
  });

  it('answers the run when return_run_details is true', async () => {
    const { status, data } = await client().request('POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches', { ...repo, workflow_id: 'anything.yml', ref: 'main', return_run_details: true });
    expect(status).toBe(200);
    expect(data).toMatchObject({ workflow_run_id: stateRepo().dispatches[0]?.runId, html_url: expect.stringContaining('/actions/runs/') });
  });

  it.each([
    ['an unknown workflow', { workflow_id: 'nope.yml', ref: 'main' }, 404, 'Not Found'],
    ['a missing ref', { workflow_id: 'retrain.yml' }, 422, '"ref" wasn\'t supplied'],
    ['a ref that does not exist', { workflow_id: 'retrain.yml', ref: 'gone' }, 422, 'No ref found for: gone'],
    ['a workflow without the trigger', { workflow_id: 'nightly.yml', ref: 'main' }, 422, "does not have 'workflow_dispatch' trigger"],
    ['inputs the workflow does not declare', { workflow_id: 'retrain.yml', ref: 'main', inputs: { model: 'churn', colour: 'red' } }, 422, 'Unexpected inputs provided: ["colour"]'],
    ['an input that is not a string', { workflow_id: 'anything.yml', ref: 'main', inputs: { force: true } }, 422, 'is not a string'],
    ['more than 10 inputs', { workflow_id: 'anything.yml', ref: 'main', inputs: Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k${i}`, 'v'])) }, 422, "11 properties in 'inputs'"],
  ])('refuses %s', async (_name, request, status, message) => {
    const error = await errorOf(raw('POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches', { ...repo, ...request }));
    expect(error?.status).toBe(status);
    expect((error?.response.data as { message: string }).message).toContain(message);
    expect(stateRepo().dispatches).toEqual([]);
  });

  it('needs actions: write', async () => {
    const error = await errorOf(client('ghs_no_actions').rest.actions.createWorkflowDispatch({ ...repo, workflow_id: 'retrain.yml', ref: 'main' }));
    expect(error).toMatchObject({ status: 403 });
    expect(error?.response.headers['x-accepted-github-permissions']).toBe('actions=write');
  });

  it('answers faults injected on the route like any other', async () => {
    github.faults.add({ route: 'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches', type: 'status', status: 502 });
    expect((await errorOf(client().rest.actions.createWorkflowDispatch({ ...repo, workflow_id: 'retrain.yml', ref: 'main' })))?.status).toBe(502);
    await client().rest.actions.createWorkflowDispatch({ ...repo, workflow_id: 'retrain.yml', ref: 'main' });
    expect(stateRepo().dispatches).toHaveLength(1);
  });
});
