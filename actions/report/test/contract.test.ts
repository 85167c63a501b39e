import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareRuns, comparisonEvidence, type LoadedRun, ZERO_TOLERANCE } from '@crucible/core';
import {
  type LoopbackGitHub,
  pullRequestEvent,
  pushEvent,
  type RunSeed,
  runAction,
  runPipeline,
  shaOf,
  standardSeed,
  startLoopbackGitHub,
  workflowRunEvent,
} from '@crucible/testkit';
import { afterEach, describe, expect, it } from 'vitest';

const ACTION = join(import.meta.dirname, '..');
const COMPARE = join(import.meta.dirname, '..', '..', 'compare-metrics');
const MARKER = /^<!-- crucible-report id="model-report" workflow="ml\.yml" -->$/m;
let github: LoopbackGitHub | undefined;
const scratch: string[] = [];
afterEach(async () => {
  expect(github?.violations ?? []).toEqual([]);
  await github?.close();
  github = undefined;
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function run(values: Record<string, number>): LoadedRun {
  return { path: 'm', formats: ['json'], files: [], params: new Map(), metrics: new Map(Object.entries(values).map(([name, value]) => [name, { name, value, history: [], source: { file: 'm' } }])) };
}

/** Comparison evidence as compare-metrics writes it. */
function comparisonJson(baseline: Record<string, number>, current: Record<string, number>): string {
  const comparison = compareRuns([run(baseline)], [run(current)], { rules: [], tolerance: ZERO_TOLERANCE, confidence: 0.95 });
  return JSON.stringify(
    comparisonEvidence(comparison, {
      git: { sha: shaOf('f2'), ref: 'refs/pull/7/merge' },
      baseline: { source: 'artifact', sha: shaOf('c2'), fellBack: false, ageDays: 3 },
      confidence: 0.95,
      createdAt: '2026-11-20T00:00:00Z',
      runs: { baseline: 1, current: 1 },
    }),
  );
}

async function start(runs: RunSeed[] = []) {
  const seed = standardSeed();
  if (seed.repos?.[0] !== undefined) seed.repos[0].runs = [...(seed.repos[0].runs ?? []), ...runs];
  github = await startLoopbackGitHub({ seed });
  return github;
}

function workspaceWith(files: Record<string, string>): string {
  const workspace = mkdtempSync(join(tmpdir(), 'crucible-report-'));
  scratch.push(workspace);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(workspace, path, '..'), { recursive: true });
    writeFileSync(join(workspace, path), content);
  }
  return workspace;
}

const prEvent = pullRequestEvent({ repository: 'octo-org/models', number: 7, headRef: 'feature/better-lr', headSha: shaOf('f2'), baseRef: 'main', baseSha: shaOf('c3') });

async function reportOnPullRequest(loopback: LoopbackGitHub, workspace: string, inputs: Record<string, string> = {}, workflow = 'ML') {
  const env = loopback.runnerEnv({ repo: 'octo-org/models', workflow, eventName: 'pull_request', sha: shaOf('merge-7'), ref: 'refs/pull/7/merge', headBranch: 'feature/better-lr', job: 'report' });
  const result = await runAction({ action: ACTION, inputs: { evidence: 'evidence', ...inputs }, env, event: prEvent, workspace, keepTemp: true });
  scratch.push(result.runnerTemp);
  return result;
}

const prComments = (number = 7) => [...(github?.state.repo('octo-org', 'models')?.issueComments.values() ?? [])].filter((comment) => comment.issueNumber === number);
const checkRuns = () => [...(github?.state.repo('octo-org', 'models')?.checkRuns.values() ?? [])];

describe('report against the loopback GitHub', () => {
  it('posts one sticky comment, a check run and the job summary on the first run', async () => {
    const loopback = await start();
    const workspace = workspaceWith({ 'evidence/comparison.json': comparisonJson({ acc: 0.8, loss: 0.5 }, { acc: 0.85, loss: 0.45 }) });
    const result = await reportOnPullRequest(loopback, workspace);
    expect(result.exitCode).toBe(0);
    expect(result.outputs['verdict']).toBe('pass');
    const [comment] = prComments();
    expect(comment?.body).toMatch(MARKER);
    expect(comment?.body).toContain('acc');
    expect(result.outputs['comment-id']).toBe(String(comment?.id));
    expect(checkRuns()).toMatchObject([{ name: 'crucible / model report', conclusion: 'success', headSha: shaOf('f2') }]);
    expect(result.summary).toContain('acc');
  });

  it('names the permission to add when the token may not comment, instead of calling it a bug', async () => {
    const loopback = await start();
    const workspace = workspaceWith({ 'evidence/comparison.json': comparisonJson({ acc: 0.8 }, { acc: 0.85 }) });
    const result = await reportOnPullRequest(loopback, workspace, { token: 'ghs_nopr' });
    expect(result.exitCode).toBe(1);
    const failure = result.annotations.find((annotation) => annotation.level === 'error');
    expect(failure?.message).toMatch(/POST \/repos\/\{owner\}\/\{repo\}\/issues\/\{issue_number\}\/comments/);
    expect(failure?.message).toMatch(/pull-requests: write/);
    expect(failure?.message).not.toMatch(/bug in Crucible/);
    expect(prComments()).toEqual([]);
  });

  it('updates the same comment on the next run, within three API calls for the comment', async () => {
    const loopback = await start();
    const workspace = workspaceWith({ 'evidence/comparison.json': comparisonJson({ acc: 0.8 }, { acc: 0.85 }) });
    await reportOnPullRequest(loopback, workspace);
    writeFileSync(join(workspace, 'evidence/comparison.json'), comparisonJson({ acc: 0.8 }, { acc: 0.7 }));
    const before = loopback.requests.length;
    const second = await reportOnPullRequest(loopback, workspace);
    const commentCalls = loopback.requests.slice(before).filter((request) => /^(GET \/user|POST \/graphql|\S+ \/repos\/\{owner\}\/\{repo\}\/issues\/)/.test(request.route));
    // The token's identity (GraphQL's viewer, which also names a GitHub App's bot), the list, the edit.
    expect(commentCalls.map((request) => request.route)).toEqual([
      'POST /graphql',
      'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
      'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
    ]);
    expect(prComments()).toHaveLength(1);
    expect(second.outputs['verdict']).toBe('fail');
    expect(checkRuns().map((check) => check.conclusion)).toEqual(['success', 'failure']);
  });

  it('keeps separate comments for two workflows on one pull request', async () => {
    const loopback = await start();
    const workspace = workspaceWith({ 'evidence/comparison.json': comparisonJson({ acc: 0.8 }, { acc: 0.85 }) });
    await reportOnPullRequest(loopback, workspace, {}, 'ML');
    await reportOnPullRequest(loopback, workspace, {}, 'nightly.yml');
    await reportOnPullRequest(loopback, workspace, {}, 'ML');
    expect(prComments().map((comment) => /workflow="([^"]+)"/.exec(comment.body)?.[1])).toEqual(['ml.yml', 'nightly.yml']);
  });

  it('after a race that left two comments, keeps the oldest and deletes the other', async () => {
    const loopback = await start();
    const repo = loopback.state.repo('octo-org', 'models');
    for (const id of [1, 2]) repo?.issueComments.set(id, { id, issueNumber: 7, body: '<!-- crucible-report id="model-report" workflow="ml.yml" -->\nold', user: 'github-actions[bot]', createdAt: '2026-11-19T00:00:00Z', updatedAt: '2026-11-19T00:00:00Z' });
    const workspace = workspaceWith({ 'evidence/comparison.json': comparisonJson({ acc: 0.8 }, { acc: 0.85 }) });
    await reportOnPullRequest(loopback, workspace);
    expect(prComments().map((comment) => comment.id)).toEqual([1]);
    expect(prComments()[0]?.body).not.toContain('\nold');
  });

  it('fits a report over the size limit into the comment, says what it left out, and links the full report', async () => {
    const loopback = await start();
    const baseline = Object.fromEntries(Array.from({ length: 4000 }, (_, i) => [`layer_${i}/${'very_long_metric_name_'.repeat(4)}acc`, 0.8]));
    const current = Object.fromEntries(Object.entries(baseline).map(([name], i) => [name, i < 3 ? 0.7 : 0.8]));
    const workspace = workspaceWith({ 'evidence/comparison.json': comparisonJson(baseline, current) });
    const result = await reportOnPullRequest(loopback, workspace);
    const body = prComments()[0]?.body ?? '';
    expect([...body].length).toBeLessThanOrEqual(65_536);
    expect(body).toMatch(/[\d,]+ metrics are not shown \([\d,]+ unchanged\)/);
    expect(body).toMatch(/\/actions\/runs\/\d+\/artifacts\/\d+/);
    // The regressions are never the ones dropped.
    expect(body).toMatch(/layer(_|&#95;)0\//);
    expect(readFileSync(result.outputs['report-path'] ?? '', 'utf8').length).toBeGreaterThan(65_536);
  });

  it('on push, writes the summary and the check run and a commit comment only when asked', async () => {
    const loopback = await start();
    const workspace = workspaceWith({ 'evidence/comparison.json': comparisonJson({ acc: 0.8 }, { acc: 0.85 }) });
    const env = loopback.runnerEnv({ repo: 'octo-org/models', workflow: 'ML', eventName: 'push', sha: shaOf('c3'), ref: 'refs/heads/main', job: 'report' });
    const event = pushEvent({ repository: 'octo-org/models', after: shaOf('c3') });
    await runAction({ action: ACTION, inputs: { evidence: 'evidence' }, env, event, workspace });
    expect(loopback.state.repo('octo-org', 'models')?.issueComments.size).toBe(0);
    expect(loopback.state.repo('octo-org', 'models')?.commitComments.size).toBe(0);
    expect(checkRuns()).toMatchObject([{ headSha: shaOf('c3'), conclusion: 'success' }]);
    const again = await runAction({ action: ACTION, inputs: { evidence: 'evidence', 'commit-comment': 'true' }, env, event, workspace });
    // The same run already holds the full-report artifact: the earlier upload is kept and the report still goes out,
    // with a warning.
    expect(again.annotations).toContainEqual(expect.objectContaining({ level: 'warning', message: expect.stringContaining('Artifact "crucible-report" already exists on this workflow run') }));
    expect([...(loopback.state.repo('octo-org', 'models')?.commitComments.values() ?? [])].map((comment) => comment.commitId)).toEqual([shaOf('c3')]);
  });

  it("reports a fork's pull request from a workflow_run workflow, refusing a hostile artifact's bad parts", async () => {
    const forkRunId = 4242;
    const loopback = await start([
      {
        id: forkRunId,
        workflow: 'ML',
        event: 'pull_request',
        headBranch: 'main',
        headSha: 'm1',
        headRepository: 'mallory/models',
        artifacts: [
          { name: 'crucible-comparison', files: { 'comparison.json': comparisonJson({ acc: 0.8 }, { acc: 0.81 }) } },
          { name: 'crucible-traversal', files: { '../../../../tmp/crucible-pwned.json': '{"schema":"crucible/run@1"}' } },
          { name: 'crucible-bloat', files: { 'big.json': ' '.repeat(40 * 1024 * 1024) } },
          { name: 'crucible-forged', files: { 'comparison.json': '{"schema":"crucible/comparison@1","verdict":"pass","metrics":"<script>","pr":7}' } },
        ],
      },
    ]);
    const workspace = workspaceWith({});
    const env = loopback.runnerEnv({ repo: 'octo-org/models', workflow: 'report.yml', eventName: 'workflow_run', sha: shaOf('c3'), ref: 'refs/heads/main', job: 'report' });
    const event = workflowRunEvent({ repository: 'octo-org/models', runId: forkRunId, event: 'pull_request', headSha: shaOf('m1'), headBranch: 'main', fork: 'mallory/models', workflowName: 'ML', workflowPath: '.github/workflows/ml.yml' });
    const result = await runAction({ action: ACTION, inputs: {}, env, event, workspace });
    expect(result.exitCode).toBe(0);
    // The pull request came from the API (fork head branch and sha), not from anything inside an artifact.
    expect(prComments(7)).toHaveLength(0);
    const body = prComments(8)[0]?.body ?? '';
    expect(body).toMatch(/crucible-traversal/);
    expect(body).toMatch(/crucible-bloat/);
    expect(body).toMatch(/crucible-forged/);
    expect(result.outputs['verdict']).toBe('fail');
    expect(checkRuns()).toMatchObject([{ headSha: shaOf('m1'), conclusion: 'failure' }]);
    expect(result.annotations.filter((annotation) => annotation.level === 'warning').length).toBeGreaterThanOrEqual(3);
  });

  it('reports what compare-metrics uploaded earlier in the same workflow run', async () => {
    const loopback = await start([
      { workflow: 'ML', event: 'push', headBranch: 'main', headSha: 'c2', createdAt: '2026-11-15T10:00:00Z', artifacts: [{ name: 'crucible-comparison', files: { 'comparison.json': comparisonJson({}, { acc: 0.8 }) } }] },
    ]);
    const workspace = workspaceWith({ 'metrics.json': '{"acc": 0.84}' });
    const result = await runPipeline(
      { github: loopback, repo: 'octo-org/models', workflow: 'ML', eventName: 'pull_request', sha: shaOf('merge-7'), ref: 'refs/pull/7/merge', headBranch: 'feature/better-lr', event: prEvent },
      [
        {
          name: 'model',
          workspace,
          steps: [
            { id: 'compare', action: COMPARE, inputs: { current: 'metrics.json' } },
            { id: 'report', action: ACTION, always: true },
          ],
        },
      ],
    );
    expect(result.jobs[0]?.steps.map((step) => step.conclusion)).toEqual(['success', 'success']);
    expect(result.jobs[0]?.steps[1]?.run?.outputs['verdict']).toBe('pass');
    expect(prComments()[0]?.body).toContain('acc');
  });
});
