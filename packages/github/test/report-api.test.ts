import { type LoopbackGitHub, shaOf, standardSeed, startLoopbackGitHub } from '@crucible/testkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient, findPullRequest, publishCheckRun, reportMarker, tokenIdentity, upsertStickyComment, type StickyComment } from '../src/index.ts';

const repository = { owner: 'octo-org', repo: 'models' };
let github: LoopbackGitHub;
beforeEach(async () => {
  github = await startLoopbackGitHub({ seed: standardSeed() });
});
afterEach(async () => {
  expect(github.violations).toEqual([]);
  await github.close();
});

const client = (token = 'ghs_loopback') => createGitHubClient({ token, baseUrl: github.urls.api, log: { warning: () => {} }, retryAfterBaseValue: 1, writePacingMs: 0 });
const comments = () => [...(github.state.repo('octo-org', 'models')?.issueComments.values() ?? [])].filter((comment) => comment.issueNumber === 7);
const target = (fields: Partial<StickyComment> = {}): StickyComment => ({
  ...repository,
  issueNumber: 7,
  marker: reportMarker('model-report', 'ml.yml'),
  body: 'report v1',
  mode: 'update',
  author: 'github-actions[bot]',
  ...fields,
});

describe('the sticky comment', () => {
  it('is created once and then updated in place, in three calls with the identity lookup', async () => {
    const octokit = client();
    expect(await tokenIdentity(octokit)).toBe('github-actions[bot]');
    expect((await upsertStickyComment(octokit, target())).action).toBe('created');
    const before = github.requests.length;
    const author = await tokenIdentity(octokit);
    const result = await upsertStickyComment(octokit, target({ body: 'report v2', author }));
    expect(result.action).toBe('updated');
    expect(github.requests.length - before).toBeLessThanOrEqual(3);
    expect(comments().map((comment) => comment.body)).toEqual([`${reportMarker('model-report', 'ml.yml')}\nreport v2`]);
  });

  it('keeps one comment per report id and workflow, so two workflows on one pull request do not overwrite each other', async () => {
    const octokit = client();
    await upsertStickyComment(octokit, target());
    await upsertStickyComment(octokit, target({ marker: reportMarker('model-report', 'nightly.yml'), body: 'nightly' }));
    await upsertStickyComment(octokit, target({ body: 'report v2' }));
    expect(comments().map((comment) => comment.body.split('\n')[1])).toEqual(['report v2', 'nightly']);
  });

  it('after a race that left two, keeps the oldest and deletes the rest', async () => {
    const octokit = client();
    const marker = reportMarker('model-report', 'ml.yml');
    await octokit.rest.issues.createComment({ ...repository, issue_number: 7, body: `${marker}\nfirst` });
    await octokit.rest.issues.createComment({ ...repository, issue_number: 7, body: `${marker}\nsecond` });
    const result = await upsertStickyComment(octokit, target({ body: 'merged' }));
    expect(result.removed).toHaveLength(1);
    expect(comments().map((comment) => [comment.id, comment.body.split('\n')[1]])).toEqual([[result.commentId, 'merged']]);
  });

  it("never touches someone else's comment that carries the marker", async () => {
    await client('ghp_alice').rest.issues.createComment({ ...repository, issue_number: 7, body: `${reportMarker('model-report', 'ml.yml')}\nspoof` });
    await upsertStickyComment(client(), target());
    expect(comments().map((comment) => [comment.user, comment.body.split('\n')[1]])).toEqual([
      ['alice', 'spoof'],
      ['github-actions[bot]', 'report v1'],
    ]);
  });

  it('recreates or hides the old one when asked, and does nothing when off', async () => {
    const octokit = client();
    await upsertStickyComment(octokit, target());
    const recreated = await upsertStickyComment(octokit, target({ mode: 'recreate', body: 'again' }));
    expect(recreated.action).toBe('recreated');
    expect(comments()).toHaveLength(1);
    const hidden = await upsertStickyComment(octokit, target({ mode: 'hide-old', body: 'third' }));
    expect(hidden.hidden).toEqual([recreated.commentId]);
    expect(comments().map((comment) => [comment.body.split('\n')[1], comment.minimized ?? null])).toEqual([
      ['again', 'OUTDATED'],
      ['third', null],
    ]);
    expect((await upsertStickyComment(octokit, target({ mode: 'off' }))).action).toBe('skipped');
  });
});

describe('publishCheckRun', () => {
  it('adds annotations 50 at a time', async () => {
    const annotations = Array.from({ length: 120 }, (_, i) => ({ path: 'data/train.csv', start_line: i + 1, end_line: i + 1, annotation_level: 'failure' as const, message: `row ${i + 1}` }));
    const { id } = await publishCheckRun(client(), { ...repository, name: 'crucible / model report', headSha: shaOf('f2'), conclusion: 'failure', title: 'Regressed', summary: 's', annotations });
    const run = github.state.repo('octo-org', 'models')?.checkRuns.get(id);
    expect(run).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(run?.annotations).toHaveLength(120);
    expect(github.count('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}')).toBe(2);
  });
});

describe('findPullRequest', () => {
  it("finds a fork's pull request by its owner's branch and head commit, and nothing for another commit", async () => {
    expect(await findPullRequest(client(), repository, { sha: shaOf('m1'), repo: 'mallory/models', branch: 'main' })).toMatchObject({ number: 8, headRepo: 'mallory/models' });
    expect(await findPullRequest(client(), repository, { sha: shaOf('c3'), repo: 'mallory/models', branch: 'main' })).toBeUndefined();
    expect(await findPullRequest(client(), repository, { sha: shaOf('f2'), repo: 'octo-org/models', branch: null })).toMatchObject({ number: 7 });
  });
});

describe('the token identity', () => {
  it.each([
    ['GITHUB_TOKEN', 'ghs_loopback', 'github-actions[bot]'],
    ["a fork's read-only GITHUB_TOKEN", 'ghs_readonly', 'github-actions[bot]'],
    ["a GitHub App's installation token", 'ghs_app', 'crucible-reports[bot]'],
    ["a person's token", 'ghp_alice', 'alice'],
  ])('is who %s comments as', async (_case, token, login) => {
    expect(await tokenIdentity(client(token))).toBe(login);
  });

  it("keeps a GitHub App's one comment, updated in place run after run, and leaves GITHUB_TOKEN's alone", async () => {
    const marker = reportMarker('model-report', 'ml.yml');
    await upsertStickyComment(client(), target({ body: 'from GITHUB_TOKEN' }));
    for (const body of ['app v1', 'app v2', 'app v3']) {
      const app = client('ghs_app');
      await upsertStickyComment(app, target({ body, author: await tokenIdentity(app) }));
    }
    expect(comments().map((comment) => [comment.user, comment.body])).toEqual([
      ['github-actions[bot]', `${marker}\nfrom GITHUB_TOKEN`],
      ['crucible-reports[bot]', `${marker}\napp v3`],
    ]);
  });

  it('falls back to GET /user where GraphQL does not answer: a person by login, an installation token as GITHUB_TOKEN', async () => {
    github.faults.add({ route: 'POST /graphql', type: 'status', status: 502 });
    expect(await tokenIdentity(client('ghp_alice'))).toBe('alice');
    expect(await tokenIdentity(client('ghs_loopback'))).toBe('github-actions[bot]');
  });
});
