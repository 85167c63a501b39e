import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import * as core from '@actions/core';
import { pullRequestOf, type RunContext } from '@crucible/action-kit';
import { type BaselineInfo, type LoadedRun, loadRun, type MetricsFormat, runsFromComparisonEvidence } from '@crucible/core';
import type { GitHubClient } from '@crucible/github';

/** The baseline side of a comparison, and how it was found. */
export type ResolvedBaseline = {
  runs: LoadedRun[];
  info: BaselineInfo;
  /** Final values of each metric in recent base-branch runs (newest first), for the one-run noise estimate. */
  history: Map<string, number[]>;
};

export type BaselineOptions = {
  context: RunContext;
  client: GitHubClient;
  artifactName: string;
  maxDepth: number;
  /** Paths of the current runs, relative to the workspace: tried in git at the merge-base. */
  currentPaths: string[];
  baselinePath: string | undefined;
  format: MetricsFormat | 'auto';
  cwd: string;
  /** Whether one run a side will be compared, so base-branch history is worth fetching. */
  wantHistory: boolean;
};

const DAY_MS = 86_400_000;

/** The branch and commit this change is measured against, for each kind of event. */
async function comparisonPoint(options: BaselineOptions): Promise<{ baseBranch: string; mergeBase: string | undefined }> {
  const { context, client } = options;
  const repository = { owner: context.owner, repo: context.repo };
  const { firstParentOf, mergeBaseOf } = await import('@crucible/github');
  const pull = pullRequestOf(context);
  if (pull !== undefined) return { baseBranch: pull.baseRef, mergeBase: await mergeBaseOf(client, repository, pull.baseSha, pull.headSha) };
  if (context.eventName === 'push' && context.ref.startsWith('refs/heads/')) {
    return { baseBranch: context.ref.slice('refs/heads/'.length), mergeBase: await firstParentOf(client, repository, context.sha) };
  }
  const repo = context.payload['repository'] as { default_branch?: string } | undefined;
  const defaultBranch = repo?.default_branch ?? (await client.rest.repos.get(repository)).data.default_branch;
  return { baseBranch: defaultBranch, mergeBase: await mergeBaseOf(client, repository, defaultBranch, context.sha) };
}

async function fromGit(options: BaselineOptions, mergeBase: string): Promise<LoadedRun | undefined> {
  const files = options.currentPaths.map((path) => relative(options.context.workspace, join(options.cwd, path)));
  if (files.length === 0) return undefined;
  const { fileAtCommit } = await import('@crucible/github');
  const folder = mkdtempSync(join(options.context.runnerTemp, 'crucible-baseline-git-'));
  for (const file of files) {
    const content = await fileAtCommit(options.client, { owner: options.context.owner, repo: options.context.repo }, file, mergeBase);
    if (content === undefined) return undefined;
    mkdirSync(dirname(join(folder, file)), { recursive: true });
    writeFileSync(join(folder, file), content);
  }
  return loadRun(files.length === 1 ? join(folder, files[0] as string) : folder, { format: options.format });
}

/**
 * The baseline, tried in order: (a) this workflow's comparison evidence from the latest successful push run at
 * the merge-base, (b) at the nearest ancestor that has one, (c) the metrics file in git at the merge-base,
 * (d) `baseline-path`. Never a fork's branch, and never an invented one.
 */
export async function resolveBaseline(options: BaselineOptions): Promise<ResolvedBaseline> {
  const { context } = options;
  const { baseBranch, mergeBase } = await comparisonPoint(options);
  const notes: string[] = [];
  if (mergeBase !== undefined && context.workflowFile !== '') {
    const { findBaselineEvidence } = await import('@crucible/github');
    const search = await findBaselineEvidence(
      options.client,
      { owner: context.owner, repo: context.repo, workflow: context.workflowFile, baseBranch, mergeBase, artifactName: options.artifactName, maxDepth: options.maxDepth, historyRuns: options.wantHistory ? 5 : 1 },
      { warning: (message) => core.warning(message) },
    );
    if (search.expired.length > 0) {
      notes.push(`${search.expired.length} base-branch run(s) had "${options.artifactName}" but it has expired (artifact retention); the nearest was at ${search.expired[0]?.sha.slice(0, 7)}.`);
    }
    if (search.found !== undefined) {
      const found = search.found;
      const history = new Map<string, number[]>();
      for (const entry of search.history) {
        for (const metric of entry.evidence.metrics) if (metric.current !== null) history.set(metric.name, [...(history.get(metric.name) ?? []), metric.current]);
      }
      return {
        runs: runsFromComparisonEvidence(found.evidence, `${options.artifactName} of run ${found.runId}`),
        history,
        info: {
          source: found.depth === 0 ? 'artifact' : 'ancestor-artifact',
          sha: found.sha,
          ref: `refs/heads/${baseBranch}`,
          runId: found.runId,
          createdAt: found.createdAt,
          ageDays: (Date.now() - Date.parse(found.createdAt)) / DAY_MS,
          fellBack: found.depth > 0,
          mergeBase,
          ...(notes.length > 0 ? { note: notes.join(' ') } : {}),
        },
      };
    }
    notes.push(`No "${options.artifactName}" artifact from a successful push run of ${context.workflowFile} on ${baseBranch} at the merge-base ${mergeBase.slice(0, 7)} or its ${options.maxDepth} nearest ancestors.`);
    const fromCommit = await fromGit(options, mergeBase);
    if (fromCommit !== undefined) {
      return { runs: [fromCommit], history: new Map(), info: { source: 'git', sha: mergeBase, ref: `refs/heads/${baseBranch}`, fellBack: true, mergeBase, note: notes.join(' ') } };
    }
  }
  if (options.baselinePath !== undefined) {
    const run = await loadRun(join(options.cwd, options.baselinePath), { format: options.format });
    return { runs: [run], history: new Map(), info: { source: 'path', sha: null, fellBack: true, mergeBase: mergeBase ?? null, note: notes.join(' ') || undefined } };
  }
  return { runs: [], history: new Map(), info: { source: 'none', sha: null, fellBack: true, mergeBase: mergeBase ?? null, note: notes.join(' ') || undefined } };
}
