import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { baselineEventOf, type RunContext } from '@crucible/action-kit';
import { type Log, parseEvidence, type ProfileEvidence } from '@crucible/core';
import { baselinePoint, findBaselineEvidence, type GitHubClient } from '@crucible/github';
import type { ReferenceProfiles } from './step.ts';

/** The profile inside an artifact's files, parsed with its schema (an invalid one throws and is skipped). */
function profileIn(files: Map<string, Buffer>, label: string): ProfileEvidence | undefined {
  for (const [path, content] of files) {
    if (!path.endsWith('.json')) continue;
    const found = parseEvidence(content, path, `${label}/${path}`);
    if (found?.kind === 'profile') return found.document;
  }
  return undefined;
}

/**
 * The reference profile from the base branch: the profile in the `artifact-name` artifact of the latest
 * successful push run of this workflow at the merge-base (or the nearest ancestor), the same lookup as
 * compare-metrics. Undefined, with a warning, when there is none.
 */
export function gitHubReferenceProfiles(options: { context: RunContext; client: GitHubClient; artifactName: string; log: Log }): ReferenceProfiles {
  const { context, client, artifactName, log } = options;
  const repository = { owner: context.owner, repo: context.repo };
  return {
    async baseline() {
      const { baseBranch, mergeBase } = await baselinePoint(client, repository, baselineEventOf(context));
      if (mergeBase === undefined || context.workflowFile === '') return undefined;
      const search = await findBaselineEvidence(
        client,
        { ...repository, workflow: context.workflowFile, baseBranch, mergeBase, artifactName, maxDepth: 20, historyRuns: 1 },
        { warning: (message) => log.warning(message) },
        profileIn,
      );
      if (search.found === undefined) {
        const expired = search.expired.length > 0 ? ` ${search.expired.length} run(s) had it, but the artifact expired (retention).` : '';
        log.warning(
          `No reference profile: no "${artifactName}" artifact from a successful push run of ${context.workflowFile} on ${baseBranch} at ${mergeBase.slice(0, 7)} or its ancestors.${expired} Drift is not checked.`,
          'validate-data: no baseline profile',
        );
        return undefined;
      }
      const folder = join(context.runnerTemp, 'crucible', 'baseline-profile');
      mkdirSync(folder, { recursive: true });
      const path = join(folder, 'profile.json');
      writeFileSync(path, JSON.stringify(search.found.evidence));
      log.info(`Reference profile: run ${search.found.runId} at ${search.found.sha.slice(0, 7)}.`);
      return { path, label: `base-branch profile at ${search.found.sha.slice(0, 7)}` };
    },
  };
}
