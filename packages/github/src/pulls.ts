import type { GitHubClient } from './octokit.ts';
import type { Repository } from './baseline.ts';

export type PullRequestRef = { number: number; headSha: string; headRepo: string; baseRef: string; baseSha: string };

/**
 * The open pull request whose head is `headSha`, found through the API (a `workflow_run` payload lists no pull
 * request for a fork's, and an artifact's word for the number is never trusted): first by the fork owner's branch,
 * then by the commit, and only one whose head commit is exactly `headSha` and whose head repository matches.
 */
export async function findPullRequest(
  client: GitHubClient,
  repository: Repository,
  head: { sha: string; repo: string; branch: string | null },
): Promise<PullRequestRef | undefined> {
  type Pull = { number: number; head: { sha: string; repo: { full_name: string } | null }; base: { ref: string; sha: string }; state: string };
  const candidates: Pull[] = [];
  if (head.branch !== null && head.branch !== '') {
    const owner = head.repo.split('/')[0] ?? repository.owner;
    const { data } = await client.rest.pulls.list({ ...repository, state: 'open', head: `${owner}:${head.branch}`, per_page: 100 });
    candidates.push(...(data as Pull[]));
  }
  if (candidates.length === 0) {
    const { data } = await client.rest.repos.listPullRequestsAssociatedWithCommit({ ...repository, commit_sha: head.sha, per_page: 100 });
    candidates.push(...(data as Pull[]));
  }
  const match = candidates.find(
    (pull) => pull.state === 'open' && pull.head.sha === head.sha && pull.head.repo?.full_name.toLowerCase() === head.repo.toLowerCase(),
  );
  return match === undefined
    ? undefined
    : { number: match.number, headSha: match.head.sha, headRepo: match.head.repo?.full_name ?? head.repo, baseRef: match.base.ref, baseSha: match.base.sha };
}
