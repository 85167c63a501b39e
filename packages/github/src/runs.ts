import type { Repository } from './baseline.ts';
import type { GitHubClient } from './octokit.ts';

/** Which job of which run attempt: GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT and RUNNER_NAME. */
export type RunnerQuery = { runId: number; runAttempt: number; runnerName: string };

/**
 * The labels of the job now running on `runnerName` in this run attempt (the `runs-on` labels it was picked by), or
 * undefined when no in-progress job of the attempt ran there. Reads every page of the attempt's jobs; needs
 * `actions: read`.
 */
export async function runnerLabels(client: GitHubClient, repository: Repository, query: RunnerQuery): Promise<string[] | undefined> {
  const params = { ...repository, run_id: query.runId, attempt_number: query.runAttempt, per_page: 100 };
  for await (const page of client.paginate.iterator(client.rest.actions.listJobsForWorkflowRunAttempt, params)) {
    const job = page.data.find((candidate) => candidate.runner_name === query.runnerName && candidate.status === 'in_progress');
    if (job !== undefined) return job.labels;
  }
  return undefined;
}
