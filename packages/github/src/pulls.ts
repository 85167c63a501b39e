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
  const matches = (pull: Pull) => pull.state === 'open' && pull.head.sha === head.sha && pull.head.repo?.full_name.toLowerCase() === head.repo.toLowerCase();
  const first = async (pages: AsyncIterable<{ data: unknown[] }>): Promise<{ match?: Pull; any: boolean }> => {
    let any = false;
    for await (const page of pages) {
      any ||= page.data.length > 0;
      const match = (page.data as Pull[]).find(matches);
      if (match !== undefined) return { match, any };
    }
    return { any };
  };
  let found: { match?: Pull; any: boolean } = { any: false };
  if (head.branch !== null && head.branch !== '') {
    const owner = head.repo.split('/')[0] ?? repository.owner;
    found = await first(client.paginate.iterator(client.rest.pulls.list, { ...repository, state: 'open', head: `${owner}:${head.branch}`, per_page: 100 }));
  }
  // As before: the commit is asked only when the branch named no open pull request at all.
  if (!found.any) {
    found = await first(client.paginate.iterator(client.rest.repos.listPullRequestsAssociatedWithCommit, { ...repository, commit_sha: head.sha, per_page: 100 }));
  }
  const match = found.match;
  return match === undefined
    ? undefined
    : { number: match.number, headSha: match.head.sha, headRepo: match.head.repo?.full_name ?? head.repo, baseRef: match.base.ref, baseSha: match.base.sha };
}
