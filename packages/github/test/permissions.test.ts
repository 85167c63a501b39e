import { CrucibleError } from '@crucible/core';
import { type LoopbackGitHub, shaOf, standardSeed, startLoopbackGitHub } from '@crucible/testkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createCommitComment,
  createGitHubClient,
  parseAcceptedPermissions,
  PermissionError,
  permissionError,
  permissionRefusal,
  publishCheckRun,
  tokenIdentity,
  upsertStickyComment,
} from '../src/index.ts';

const repository = { owner: 'octo-org', repo: 'models' };

describe('parseAcceptedPermissions', () => {
  it.each([
    ['contents=read', [[{ name: 'contents', access: 'read' }]]],
    ['pull_requests=write', [[{ name: 'pull-requests', access: 'write' }]]],
    [
      'pull_requests=write,contents=read',
      [
        [
          { name: 'pull-requests', access: 'write' },
          { name: 'contents', access: 'read' },
        ],
      ],
    ],
    [
      'pull_requests=read,contents=read; issues=read,contents=read',
      [
        [
          { name: 'pull-requests', access: 'read' },
          { name: 'contents', access: 'read' },
        ],
        [
          { name: 'issues', access: 'read' },
          { name: 'contents', access: 'read' },
        ],
      ],
    ],
    ['repository_projects=write; organization_projects=admin', [[{ name: 'repository-projects', access: 'write' }], [{ name: 'organization-projects', access: 'admin' }]]],
    ['', []],
    [' ; ,=x', []],
  ])('%j', (header, expected) => expect(parseAcceptedPermissions(header)).toEqual(expected));
});

describe('permissionError', () => {
  it.each([
    // From the header, whatever the table says.
    ['POST', '/repos/{owner}/{repo}/issues/{issue_number}/comments', { 'x-accepted-github-permissions': 'pull_requests=write' }, 'Give the job `permissions:` with `pull-requests: write`.'],
    ['POST', '/repos/{owner}/{repo}/issues/{issue_number}/comments', { 'X-Accepted-GitHub-Permissions': 'issues=write; pull_requests=write' }, '`issues: write` (or `pull-requests: write`)'],
    // From the table when GitHub sends no header.
    ['POST', '/repos/{owner}/{repo}/issues/{issue_number}/comments', {}, '`pull-requests: write` (or `issues: write`)'],
    ['PATCH', '/repos/{owner}/{repo}/issues/comments/{comment_id}', {}, '`pull-requests: write` (or `issues: write`)'],
    ['GET', '/repos/{owner}/{repo}/issues/{issue_number}/comments', {}, '`pull-requests: read` (or `issues: read`)'],
    ['POST', '/repos/{owner}/{repo}/check-runs', {}, '`checks: write`'],
    ['PATCH', '/repos/{owner}/{repo}/check-runs/{check_run_id}', {}, '`checks: write`'],
    ['GET', '/repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', {}, '`actions: read`'],
    ['GET', '/repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs', {}, '`actions: read`'],
    ['POST', '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches', {}, '`actions: write`'],
    ['POST', '/repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments', {}, '`deployments: write`'],
    ['GET', '/repos/{owner}/{repo}/environments/{environment_name}', {}, '`actions: read`'],
    ['GET', '/repos/{owner}/{repo}/compare/{basehead}', {}, '`contents: read`'],
    ['GET', '/repos/{owner}/{repo}/commits', {}, '`contents: read`'],
    ['GET', '/repos/{owner}/{repo}/contents/{path}', {}, '`contents: read`'],
    ['POST', '/repos/{owner}/{repo}/commits/{commit_sha}/comments', {}, '`contents: write`'],
    ['GET', '/repos/{owner}/{repo}/commits/{commit_sha}/pulls', {}, '`pull-requests: read`'],
    ['POST', '/repos/{owner}/{repo}/git/refs', {}, '`contents: write`'],
    ['POST', '/repos/{owner}/{repo}/releases', {}, '`contents: write`'],
    ['POST', '/repos/{owner}/{repo}/deployments', {}, '`deployments: write`'],
    ['POST', '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {}, '`deployments: write`'],
    ['POST', '/repos/{owner}/{repo}/issues', {}, '`issues: write`'],
    ['POST', '/repos/{owner}/{repo}/statuses/{sha}', {}, '`statuses: write`'],
    // A full URL (a next page) and a GHES base URL are matched by their path.
    ['GET', 'https://ghes.example.com/api/v3/repos/o/r/actions/runs/5/artifacts?per_page=100&page=2', {}, '`actions: read`'],
    // Neither header nor table.
    ['GET', '/orgs/{org}/teams', {}, 'lacks a permission this endpoint needs'],
  ])('%s %s %j names %s', (method, url, headers, expected) => {
    const error = permissionError(method, url, headers);
    expect(error).toBeInstanceOf(PermissionError);
    expect(error).toBeInstanceOf(CrucibleError);
    expect(error.message).toContain(expected);
    expect(error.message).toContain(`${method} ${url.replace(/^https:\/\/[^/]+\/api\/v3/, '').replace(/\?.*$/, '')}`);
    expect(error.message).toContain('pull request from a fork');
  });

  it('carries the method, the route, the permission sets and status 403', () => {
    const error = permissionError('post', '/repos/{owner}/{repo}/check-runs', { 'x-accepted-github-permissions': 'checks=write' });
    expect(error).toMatchObject({ name: 'PermissionError', status: 403, method: 'POST', route: '/repos/{owner}/{repo}/check-runs', permissions: [[{ name: 'checks', access: 'write' }]] });
  });

  it('says when no workflow can grant the permission', () => {
    const error = permissionError('PUT', '/repos/{owner}/{repo}/environments/{environment_name}', { 'x-accepted-github-permissions': 'administration=write' });
    expect(error.message).toContain('`administration: write`, which a workflow cannot give GITHUB_TOKEN');
  });

  it.each([
    [{ status: 403, message: 'Resource not accessible by integration - https://docs.github.com/rest', response: { data: { message: 'Resource not accessible by integration' } } }, 'Resource not accessible by integration'],
    [{ status: 403, message: 'Resource not accessible by personal access token' }, 'Resource not accessible by personal access token'],
    [{ status: 403, message: 'You have exceeded a secondary rate limit.' }, undefined],
    [{ status: 404, message: 'Not Found' }, undefined],
    [new Error('boom'), undefined],
    [null, undefined],
  ])('permissionRefusal(%j) is %j', (error, expected) => expect(permissionRefusal(error)).toBe(expected));
});

describe('the client turns a refused permission into a PermissionError', () => {
  let github: LoopbackGitHub;
  beforeEach(async () => {
    github = await startLoopbackGitHub({ seed: standardSeed() });
  });
  afterEach(async () => {
    expect(github.violations).toEqual([]);
    await github.close();
  });
  const client = (token: string) => createGitHubClient({ token, baseUrl: github.urls.api, log: { warning: () => {} }, retryAfterBaseValue: 1, writePacingMs: 0 });

  it('sends x-accepted-github-permissions with a 403, as GitHub does for installation tokens', async () => {
    const response = await fetch(`${github.urls.api}/repos/octo-org/models/issues/7/comments`, {
      method: 'POST',
      headers: { authorization: 'token ghs_nopr', 'content-type': 'application/json' },
      body: JSON.stringify({ body: 'report' }),
    });
    expect(response.status).toBe(403);
    expect(response.headers.get('x-accepted-github-permissions')).toBe('pull_requests=write');
  });

  it('names pull-requests: write when a token without it comments on a pull request', async () => {
    const error = await upsertStickyComment(client('ghs_nopr'), { ...repository, issueNumber: 7, marker: '<!-- m -->', body: 'report', mode: 'update', author: 'github-actions[bot]' }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(PermissionError);
    expect(error).toMatchObject({ status: 403, method: 'POST', route: '/repos/{owner}/{repo}/issues/{issue_number}/comments', permissions: [[{ name: 'pull-requests', access: 'write' }]] });
    expect((error as Error).message).toContain('`pull-requests: write`');
    expect((error as Error).message).toContain('Resource not accessible by integration');
  });

  it("names checks: write and contents: write for a fork's read-only token", async () => {
    const readonly = client('ghs_readonly');
    const check = publishCheckRun(readonly, { ...repository, name: 'crucible', headSha: shaOf('f2'), conclusion: 'success', title: 't', summary: 's', annotations: [] });
    await expect(check).rejects.toThrow(PermissionError);
    await expect(check).rejects.toThrow('`checks: write`');
    await expect(createCommitComment(readonly, repository, { sha: shaOf('c3'), body: 'report' })).rejects.toThrow('`contents: write`');
  });

  it('leaves the 403 of GET /user alone: tokenIdentity still tells an installation token', async () => {
    const octokit = client('ghs_loopback');
    const error = await octokit.rest.users.getAuthenticated().catch((caught: unknown) => caught);
    expect(error).not.toBeInstanceOf(PermissionError);
    expect(error).toMatchObject({ status: 403 });
    expect(await tokenIdentity(octokit)).toBe('github-actions[bot]');
  });

  it('leaves a secondary rate limit it gave up on as the 403 it was', async () => {
    github.faults.add({ route: 'GET /repos/{owner}/{repo}', type: 'secondary-rate-limit', retryAfterSeconds: 3600 });
    const octokit = createGitHubClient({ token: 'ghs_loopback', baseUrl: github.urls.api, log: { warning: () => {} }, retryAfterBaseValue: 1, maxRateLimitWaitSeconds: 60 });
    const error = await octokit.rest.repos.get(repository).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 403 });
    expect(error).not.toBeInstanceOf(PermissionError);
  });
});
