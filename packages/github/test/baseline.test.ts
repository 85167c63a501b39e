import { compareRuns, comparisonEvidence, EvidenceError, type LoadedRun, ZERO_TOLERANCE } from '@crucible/core';
import { type LoopbackGitHub, type RunSeed, shaOf, standardSeed, startLoopbackGitHub } from '@crucible/testkit';
import { zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { comparisonEvidenceIn, createGitHubClient, evidenceOfKind, findBaselineEvidence, mergeBaseOf, unzipBounded } from '../src/index.ts';

const repository = { owner: 'octo-org', repo: 'models' };
let github: LoopbackGitHub | undefined;
afterEach(async () => {
  expect(github?.violations ?? []).toEqual([]);
  await github?.close();
});

function evidenceJson(acc: number): string {
  const run: LoadedRun = {
    path: 'm',
    formats: ['json'],
    files: [],
    metrics: new Map([['acc', { name: 'acc', value: acc, history: [], source: { file: 'm' } }]]),
    params: new Map(),
  };
  const comparison = compareRuns([], [run], { rules: [], tolerance: ZERO_TOLERANCE, confidence: 0.95 });
  return JSON.stringify(
    comparisonEvidence(comparison, { git: null, baseline: { source: 'none', sha: null, fellBack: false }, confidence: 0.95, createdAt: '2026-11-01T00:00:00Z', runs: { baseline: 0, current: 1 } }),
  );
}

const pushRun = (sha: string, artifact?: { acc: number; expired?: boolean }, extra: Partial<RunSeed> = {}): RunSeed => ({
  workflow: 'ML',
  event: 'push',
  headBranch: 'main',
  headSha: sha,
  createdAt: '2026-11-15T10:00:00Z',
  artifacts: artifact === undefined ? [] : [{ name: 'crucible-comparison', files: { 'comparison.json': evidenceJson(artifact.acc) }, expired: artifact.expired }],
  ...extra,
});

async function start(runs: RunSeed[], commits: Array<{ sha: string; parents: string[] }> = []) {
  const seed = standardSeed();
  const repo = seed.repos?.[0];
  if (repo !== undefined) {
    repo.runs = runs;
    repo.commits?.push(...commits);
  }
  github = await startLoopbackGitHub({ seed });
  return createGitHubClient({ token: 'ghs_loopback', baseUrl: github.urls.api, log: { warning: () => {} } });
}

const query = (mergeBase: string) => ({ ...repository, workflow: 'ml.yml', baseBranch: 'main', mergeBase, artifactName: 'crucible-comparison', maxDepth: 20, historyRuns: 1 });

describe('findBaselineEvidence', () => {
  it("takes the evidence at the pull request's merge-base", async () => {
    const client = await start([pushRun('c1', { acc: 0.8 }), pushRun('c2', { acc: 0.82 }), pushRun('c3', { acc: 0.85 })]);
    const mergeBase = await mergeBaseOf(client, repository, 'main', shaOf('f2'));
    expect(mergeBase).toBe(shaOf('c2'));
    const search = await findBaselineEvidence(client, query(mergeBase), { warning: () => {} });
    expect(search.found).toMatchObject({ sha: shaOf('c2'), depth: 0 });
    expect(search.found?.evidence.metrics[0]?.current).toBe(0.82);
  });

  it('walks to the nearest ancestor that has evidence, noting expired artifacts on the way', async () => {
    const client = await start([pushRun('c1', { acc: 0.8 }), pushRun('c2', { acc: 0.82, expired: true })]);
    const search = await findBaselineEvidence(client, query(shaOf('c2')), { warning: () => {} });
    expect(search.found).toMatchObject({ sha: shaOf('c1'), depth: 1 });
    expect(search.expired.map((entry) => entry.sha)).toEqual([shaOf('c2')]);
  });

  it("never takes a fork's run, even on a branch called main at the same commit", async () => {
    const client = await start([
      pushRun('c2', { acc: 0.99 }, { headRepository: 'mallory/models', createdAt: '2026-11-16T10:00:00Z' }),
      pushRun('c2', { acc: 0.99 }, { event: 'pull_request', createdAt: '2026-11-16T11:00:00Z' }),
      pushRun('c2', { acc: 0.82 }),
    ]);
    const search = await findBaselineEvidence(client, query(shaOf('c2')), { warning: () => {} });
    expect(search.found?.evidence.metrics[0]?.current).toBe(0.82);
  });

  it('finds nothing within the depth, and collects history for the noise estimate when asked', async () => {
    const client = await start([pushRun('c1', { acc: 0.8 }), pushRun('c2', { acc: 0.82 })]);
    expect((await findBaselineEvidence(client, { ...query(shaOf('c3')), maxDepth: 0 }, { warning: () => {} })).found).toBeUndefined();
    const search = await findBaselineEvidence(client, { ...query(shaOf('c3')), historyRuns: 5 }, { warning: () => {} });
    expect(search.history.map((entry) => entry.evidence.metrics[0]?.current)).toEqual([0.82, 0.8]);
  });
});

describe('findBaselineEvidence, past the first page', () => {
  it('walks more than 100 ancestors when maxDepth asks for it', async () => {
    // 150 commits on top of c3; the only evidence is at c2, 151 commits below the tip.
    const chain = Array.from({ length: 150 }, (_, i) => ({ sha: `a${i}`, parents: [i === 0 ? 'c3' : `a${i - 1}`] }));
    const client = await start([pushRun('c2', { acc: 0.82 })], chain);
    const search = await findBaselineEvidence(client, { ...query(shaOf('a149')), maxDepth: 160 }, { warning: () => {} });
    expect(search.found).toMatchObject({ sha: shaOf('c2'), depth: 151 });
    expect(github?.count('GET /repos/{owner}/{repo}/commits')).toBe(2);
    expect((await findBaselineEvidence(client, { ...query(shaOf('a149')), maxDepth: 150 }, { warning: () => {} })).found).toBeUndefined();
  });

  it("pages through every workflow's runs when the workflow file is not on the default branch yet", async () => {
    // 110 newer push runs at c3 fill the first page; the run with evidence at c2 is on the second.
    const newer = Array.from({ length: 110 }, (_, i) => pushRun('c3', undefined, { createdAt: `2026-11-16T10:${String(i % 60).padStart(2, '0')}:00Z` }));
    const client = await start([pushRun('c2', { acc: 0.82 }), ...newer]);
    const search = await findBaselineEvidence(client, { ...query(shaOf('c2')), workflow: 'not-yet-on-main.yml', maxDepth: 0 }, { warning: () => {} });
    expect(search.found).toMatchObject({ sha: shaOf('c2'), depth: 0 });
    expect(github?.count('GET /repos/{owner}/{repo}/actions/runs')).toBe(2);
  });
});

describe('comparisonEvidenceIn', () => {
  const files = (entries: Record<string, string>) => new Map(Object.entries(entries).map(([path, text]) => [path, Buffer.from(text)]));

  it("reads with core's parser: other JSON is passed over, a bad document is core's EvidenceError", () => {
    expect(comparisonEvidenceIn(files({ 'metrics.json': '{"acc": 1}', 'comparison.json': evidenceJson(0.8) }), 'a')?.metrics[0]?.current).toBe(0.8);
    expect(comparisonEvidenceIn(files({ 'notes.txt': 'x', 'metrics.json': '{"acc": 1}' }), 'a')).toBeUndefined();
    expect(() => comparisonEvidenceIn(files({ 'comparison.json': '{"schema":"crucible/comparison@1"}' }), 'crucible-comparison of run 5')).toThrow(EvidenceError);
    expect(() => comparisonEvidenceIn(files({ 'comparison.json': '{"schema":"crucible/comparison@1"}' }), 'crucible-comparison of run 5')).toThrow(
      /^crucible-comparison of run 5\/comparison\.json: not a valid crucible\/comparison@1 document/,
    );
    expect(() => comparisonEvidenceIn(files({ 'comparison.json': '{not json' }), 'a')).toThrow(EvidenceError);
  });

  it('has siblings for the other kinds of evidence', () => {
    expect(evidenceOfKind('profile')(files({ 'comparison.json': evidenceJson(0.8) }), 'a')).toBeUndefined();
    expect(evidenceOfKind('comparison')(files({ 'comparison.json': evidenceJson(0.8) }), 'a')?.schema).toBe('crucible/comparison@1');
  });

  it('is what the search uses: a run with a bad document is skipped with a warning', async () => {
    const warnings: string[] = [];
    const bad: RunSeed = { ...pushRun('c2'), artifacts: [{ name: 'crucible-comparison', files: { 'comparison.json': '{"schema":"crucible/comparison@1"}' } }] };
    const client = await start([pushRun('c1', { acc: 0.8 }), bad]);
    const search = await findBaselineEvidence(client, query(shaOf('c2')), { warning: (message) => warnings.push(message) });
    expect(search.found).toMatchObject({ sha: shaOf('c1'), depth: 1 });
    expect(warnings).toEqual([expect.stringMatching(/^Skipping crucible-comparison of run \d+: crucible-comparison of run \d+\/comparison\.json: not a valid crucible\/comparison@1 document/)]);
  });
});

describe('unzipBounded', () => {
  const limits = { maxBytes: 1000, maxFiles: 3, maxFileBytes: 500 };

  it('refuses path traversal, too many files, and an entry that inflates past the limit', async () => {
    const zip = (files: Record<string, Uint8Array>) => zipSync(files);
    await expect(unzipBounded(zip({ '../../etc/passwd': new Uint8Array(1) }), limits, 'a')).rejects.toThrow(/unsafe path/);
    await expect(unzipBounded(zip({ a: new Uint8Array(1), b: new Uint8Array(1), c: new Uint8Array(1), d: new Uint8Array(1) }), limits, 'a')).rejects.toThrow(/more than 3 files/);
    await expect(unzipBounded(zip({ big: new Uint8Array(100_000) }), limits, 'a')).rejects.toThrow(/inflates past the size limit/);
    expect([...(await unzipBounded(zip({ 'dir/ok.json': new TextEncoder().encode('{}') }), limits, 'a'))]).toEqual([['dir/ok.json', Buffer.from('{}')]]);
  });
});
