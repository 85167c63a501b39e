import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ComparisonEvidenceSchema, compareRuns, comparisonEvidence, type LoadedRun, ZERO_TOLERANCE } from '@crucible/core';
import { type LoopbackGitHub, pullRequestEvent, type RunSeed, runAction, runPipeline, shaOf, standardSeed, startLoopbackGitHub } from '@crucible/testkit';
import { afterEach, describe, expect, it } from 'vitest';

const ACTION = join(import.meta.dirname, '..');
let github: LoopbackGitHub | undefined;
afterEach(async () => {
  expect(github?.violations ?? []).toEqual([]);
  await github?.close();
  github = undefined;
});

/** Comparison evidence as a base-branch push run of compare-metrics leaves it: its runs are the current side. */
function baseEvidence(runs: Array<Record<string, number>>): string {
  const loaded = runs.map(
    (values): LoadedRun => ({
      path: 'm',
      formats: ['json'],
      files: [],
      metrics: new Map(Object.entries(values).map(([name, value]) => [name, { name, value, history: [], source: { file: 'metrics.json' } }])),
      params: new Map(),
    }),
  );
  const comparison = compareRuns([], loaded, { rules: [], tolerance: ZERO_TOLERANCE, confidence: 0.95 });
  return JSON.stringify(
    comparisonEvidence(comparison, { git: null, baseline: { source: 'none', sha: null, fellBack: true }, confidence: 0.95, createdAt: '2026-11-01T00:00:00Z', runs: { baseline: 0, current: runs.length } }),
  );
}

const pushRun = (sha: string, runs: Array<Record<string, number>> | undefined, extra: Partial<RunSeed> & { expired?: boolean } = {}): RunSeed => {
  const { expired, ...rest } = extra;
  return {
    workflow: 'ML',
    event: 'push',
    headBranch: 'main',
    headSha: sha,
    createdAt: `2026-11-1${sha === 'c1' ? 1 : 5}T10:00:00Z`,
    artifacts: runs === undefined ? [] : [{ name: 'crucible-comparison', files: { 'comparison.json': baseEvidence(runs) }, expired }],
    ...rest,
  };
};

/** Runs the bundle for pull request #7 (head f2, merge-base c2) with `files` in the workspace. */
async function runForPullRequest(runs: RunSeed[], files: Record<string, string>, inputs: Record<string, string>) {
  const seed = standardSeed();
  if (seed.repos?.[0] !== undefined) seed.repos[0].runs = runs;
  github = await startLoopbackGitHub({ seed });
  const workspace = mkdtempSync(join(tmpdir(), 'crucible-compare-'));
  for (const [path, content] of Object.entries(files)) writeFileSync(join(workspace, path), content);
  const env = github.runnerEnv({ repo: 'octo-org/models', workflow: 'ML', eventName: 'pull_request', sha: shaOf('merge-7'), ref: 'refs/pull/7/merge', headBranch: 'feature/better-lr', job: 'compare' });
  const event = pullRequestEvent({ repository: 'octo-org/models', number: 7, headRef: 'feature/better-lr', headSha: shaOf('f2'), baseRef: 'main', baseSha: shaOf('c3') });
  const result = await runAction({ action: ACTION, inputs, env, event, workspace, keepTemp: true });
  const evidencePath = result.outputs['evidence-path'];
  const evidence = evidencePath === undefined ? undefined : ComparisonEvidenceSchema.parse(JSON.parse(readFileSync(evidencePath, 'utf8')));
  rmSync(result.runnerTemp, { recursive: true, force: true });
  rmSync(workspace, { recursive: true, force: true });
  return { result, evidence, runId: Number(env['GITHUB_RUN_ID']) };
}

describe('compare-metrics against the loopback GitHub', () => {
  it("compares with the evidence of the base branch's run at the merge-base and uploads its own", async () => {
    const { result, evidence, runId } = await runForPullRequest(
      [pushRun('c1', [{ acc: 0.8, loss: 0.5 }]), pushRun('c2', [{ acc: 0.82, loss: 0.45 }]), pushRun('c3', [{ acc: 0.9, loss: 0.3 }])],
      { 'metrics.json': '{"acc": 0.85, "loss": 0.44}' },
      { current: 'metrics.json' },
    );
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ verdict: 'pass', regressions: '0', improvements: '0', 'baseline-sha': shaOf('c2'), 'baseline-source': 'artifact' });
    expect(evidence?.baseline).toMatchObject({ source: 'artifact', sha: shaOf('c2'), fellBack: false, mergeBase: shaOf('c2') });
    // One run a side: the base branch's runs at c2 and c1 give the spread for a t test with one degree of freedom,
    // under which +0.03 (about two of their standard deviations) is still within noise.
    expect(evidence?.metrics.map((metric) => [metric.name, metric.baseline, metric.current, metric.status, metric.noise?.method])).toEqual([
      ['acc', 0.82, 0.85, 'within-noise', 'history'],
      ['loss', 0.45, 0.44, 'within-noise', 'history'],
    ]);
    expect(result.summary).toContain('| <code>acc</code>');
    // Its own evidence is now an artifact of this run, for report, promote and the next pull request.
    const uploaded = [...(github?.state.artifacts.values() ?? [])].filter((artifact) => artifact.runId === runId);
    expect(uploaded.map((artifact) => [artifact.name, artifact.finalized])).toEqual([['crucible-comparison', true]]);
  });

  it('takes metrics.confidence from crucible.yml when the confidence input is empty, as crucible compare does', async () => {
    const files = { 'metrics.json': '{"acc": 0.85}', 'crucible.yml': 'metrics:\n  confidence: 0.8\n' };
    const fromConfig = await runForPullRequest([pushRun('c2', [{ acc: 0.82 }])], files, { current: 'metrics.json' });
    expect(fromConfig.result.exitCode).toBe(0);
    expect(fromConfig.evidence?.confidence).toBe(0.8);
    await github?.close();
    const fromInput = await runForPullRequest([pushRun('c2', [{ acc: 0.82 }])], files, { current: 'metrics.json', confidence: '0.99' });
    expect(fromInput.evidence?.confidence).toBe(0.99);
  });

  it('walks to the nearest ancestor when the merge-base has no evidence', async () => {
    const { result, evidence } = await runForPullRequest(
      [pushRun('c1', [{ acc: 0.8 }]), pushRun('c2', undefined)],
      { 'metrics.json': '{"acc": 0.79}', 'crucible.yml': 'metrics:\n  rules:\n    - name: acc\n      direction: higher\n' },
      { current: 'metrics.json' },
    );
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ verdict: 'fail', regressions: '1', 'baseline-sha': shaOf('c1'), 'baseline-source': 'ancestor-artifact' });
    expect(evidence?.baseline?.fellBack).toBe(true);
    // The annotation points at the crucible.yml rule that judged the metric.
    expect(result.annotations).toContainEqual(expect.objectContaining({ level: 'error', file: 'crucible.yml', line: 3, message: expect.stringMatching(/^acc: regressed/) }));
  });

  it('says retention expired and compares with nothing rather than inventing a baseline', async () => {
    const { result, evidence } = await runForPullRequest([pushRun('c2', [{ acc: 0.82 }], { expired: true })], { 'eval.json': '{"acc": 0.5}' }, { current: 'eval.json' });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ verdict: 'pass', 'baseline-source': 'none', 'baseline-sha': '' });
    expect(evidence?.metrics[0]?.status).toBe('added');
    const warning = result.annotations.find((annotation) => annotation.level === 'warning');
    expect(warning?.message).toMatch(/No baseline/);
    expect(warning?.message).toMatch(/expired \(artifact retention\)/);
  });

  it('falls back to the metrics file in git at the merge-base', async () => {
    const { result, evidence } = await runForPullRequest([], { 'metrics.json': '{"acc": 0.83, "loss": 0.45}' }, { current: 'metrics.json' });
    expect(result.outputs).toMatchObject({ 'baseline-source': 'git', 'baseline-sha': shaOf('c2'), verdict: 'pass' });
    expect(evidence?.metrics.find((metric) => metric.name === 'acc')?.baseline).toBe(0.82);
  });

  it("ignores a fork's run on a branch that is also called main", async () => {
    const { result } = await runForPullRequest(
      [pushRun('c1', [{ acc: 0.8 }]), pushRun('c2', [{ acc: 0.99 }], { headRepository: 'mallory/models', createdAt: '2026-11-16T10:00:00Z' })],
      { 'metrics.json': '{"acc": 0.85}' },
      { current: 'metrics.json' },
    );
    expect(result.outputs).toMatchObject({ 'baseline-sha': shaOf('c1'), 'baseline-source': 'ancestor-artifact', verdict: 'pass' });
  });

  it("judges several seeds a side with Welch's interval", async () => {
    const base = [0.9, 0.91, 0.9, 0.91, 0.9].map((acc) => ({ acc }));
    const seeds = Object.fromEntries([0.85, 0.86, 0.85, 0.86, 0.85].map((acc, i) => [`seed${i + 1}.json`, JSON.stringify({ acc })]));
    const { result, evidence } = await runForPullRequest([pushRun('c2', base)], seeds, { current: Object.keys(seeds).join('\n') });
    expect(result.exitCode).toBe(1);
    expect(evidence?.runs).toEqual({ baseline: 5, current: 5 });
    expect(evidence?.metrics[0]).toMatchObject({ status: 'regressed', noise: { method: 'welch' } });
  });

  it("reads train's run evidence from this run's artifacts when current is empty, one run per artifact", async () => {
    const seed = standardSeed();
    if (seed.repos?.[0] !== undefined) seed.repos[0].runs = [pushRun('c2', [{ acc: 0.82 }, { acc: 0.83 }])];
    github = await startLoopbackGitHub({ seed });
    const upload = join(import.meta.dirname, '..', '..', '..', 'packages', 'testkit', 'test', 'fixtures', 'artifact-upload');
    const runEvidence = (acc: number) =>
      JSON.stringify({ schema: 'crucible/run@1', command: 'python train.py', exitCode: 0, signal: null, durationSeconds: 12, timedOut: false, gpus: [], telemetry: null, metrics: { acc }, git: null });
    const result = await runPipeline(
      {
        github,
        repo: 'octo-org/models',
        workflow: 'ML',
        eventName: 'pull_request',
        sha: shaOf('merge-7'),
        ref: 'refs/pull/7/merge',
        headBranch: 'feature/better-lr',
        event: pullRequestEvent({ repository: 'octo-org/models', number: 7, headRef: 'feature/better-lr', headSha: shaOf('f2'), baseRef: 'main', baseSha: shaOf('c3') }),
      },
      [
        { name: 'train-1', steps: [{ action: upload, inputs: { name: 'crucible-run-seed-1', content: runEvidence(0.9) } }] },
        { name: 'train-2', steps: [{ action: upload, inputs: { name: 'crucible-run-seed-2', content: runEvidence(0.91) } }] },
        { name: 'compare', steps: [{ id: 'compare', action: ACTION }] },
      ],
    );
    const compare = result.jobs[2]?.steps[0]?.run;
    expect(compare?.log).toContain('2 current run(s)');
    expect(compare?.outputs).toMatchObject({ verdict: 'pass', improvements: '1', 'baseline-source': 'artifact' });
  });
});
