import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { baselineEventOf, type RunContext } from '@crucible/action-kit';
import { type Log, loadRun, noiseHistory, runsFromComparisonEvidence } from '@crucible/core';
import { baselinePoint, fileAtCommit, findBaselineEvidence, type GitHubClient } from '@crucible/github';
import type { BaselineRequest, Baselines, ResolvedBaseline } from './step.ts';

const DAY_MS = 86_400_000;

export type GitHubBaselineOptions = {
  context: RunContext;
  client: GitHubClient;
  artifactName: string;
  maxDepth: number;
  /** `baseline-path`, resolved: tried after the base branch's evidence and git. */
  baselinePath: string | undefined;
  log: Log;
  now: () => Date;
};

/**
 * The baseline as the action finds it, tried in order: (a) this workflow's comparison evidence from the latest
 * successful push run at the merge-base, (b) at the nearest ancestor that has one, (c) the metrics files in git at
 * the merge-base, (d) `baseline-path`. Never a fork's branch, and never an invented one.
 */
export function gitHubBaselines(options: GitHubBaselineOptions): Baselines {
  const { context, client } = options;
  const repository = { owner: context.owner, repo: context.repo };

  const fromGit = async (request: BaselineRequest, mergeBase: string) => {
    const files = request.currentPaths.map((path) => relative(context.workspace, path));
    if (files.length === 0) return undefined;
    const folder = mkdtempSync(join(context.runnerTemp, 'crucible-baseline-git-'));
    for (const file of files) {
      const content = await fileAtCommit(client, repository, file, mergeBase);
      if (content === undefined) return undefined;
      mkdirSync(dirname(join(folder, file)), { recursive: true });
      writeFileSync(join(folder, file), content);
    }
    return loadRun(files.length === 1 ? join(folder, files[0] as string) : folder, { format: request.format });
  };

  return {
    async resolve(request: BaselineRequest): Promise<ResolvedBaseline> {
      const { baseBranch, mergeBase } = await baselinePoint(client, repository, baselineEventOf(context));
      const notes: string[] = [];
      if (mergeBase !== undefined && context.workflowFile !== '') {
        const search = await findBaselineEvidence(
          client,
          { ...repository, workflow: context.workflowFile, baseBranch, mergeBase, artifactName: options.artifactName, maxDepth: options.maxDepth, historyRuns: request.historyRuns },
          { warning: (message) => options.log.warning(message) },
        );
        if (search.expired.length > 0) {
          notes.push(`${search.expired.length} base-branch run(s) had "${options.artifactName}" but it has expired (artifact retention); the nearest was at ${search.expired[0]?.sha.slice(0, 7)}.`);
        }
        const found = search.found;
        if (found !== undefined) {
          return {
            runs: runsFromComparisonEvidence(found.evidence, `${options.artifactName} of run ${found.runId}`),
            history: noiseHistory(search.history.map((entry) => entry.evidence)),
            info: {
              source: found.depth === 0 ? 'artifact' : 'ancestor-artifact',
              sha: found.sha,
              ref: `refs/heads/${baseBranch}`,
              runId: found.runId,
              createdAt: found.createdAt,
              ageDays: (options.now().getTime() - Date.parse(found.createdAt)) / DAY_MS,
              fellBack: found.depth > 0,
              mergeBase,
              ...(notes.length > 0 ? { note: notes.join(' ') } : {}),
            },
          };
        }
        notes.push(`No "${options.artifactName}" artifact from a successful push run of ${context.workflowFile} on ${baseBranch} at the merge-base ${mergeBase.slice(0, 7)} or its ${options.maxDepth} nearest ancestors.`);
        const fromCommit = await fromGit(request, mergeBase);
        if (fromCommit !== undefined) {
          return { runs: [fromCommit], history: new Map(), info: { source: 'git', sha: mergeBase, ref: `refs/heads/${baseBranch}`, fellBack: true, mergeBase, note: notes.join(' ') } };
        }
      }
      const note = notes.join(' ') || undefined;
      if (options.baselinePath !== undefined) {
        const run = await loadRun(options.baselinePath, { format: request.format, workspace: context.workspace });
        return { runs: [run], history: new Map(), info: { source: 'path', sha: null, fellBack: true, mergeBase: mergeBase ?? null, note } };
      }
      return { runs: [], history: new Map(), info: { source: 'none', sha: null, fellBack: true, mergeBase: mergeBase ?? null, note } };
    },
  };
}
