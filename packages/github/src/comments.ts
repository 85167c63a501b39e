import type { GitHubClient } from './octokit.ts';
import type { Repository } from './baseline.ts';

/** GitHub's limit on an issue or pull request comment, in characters. */
export const COMMENT_LIMIT = 65_536;

export type CommentMode = 'update' | 'recreate' | 'hide-old' | 'off';

export type StickyComment = Repository & {
  issueNumber: number;
  /** The hidden marker that identifies this report's comment: keyed by report id and workflow. */
  marker: string;
  body: string;
  mode: CommentMode;
  /** Login of the token's own identity; only its comments are candidates. */
  author: string;
};

export type StickyResult = { action: 'created' | 'updated' | 'recreated' | 'skipped'; commentId?: number; url?: string; removed: number[]; hidden: number[] };

/** The marker line for a report: an HTML comment GitHub does not show, with the values made safe for it. */
export function reportMarker(reportId: string, workflow: string): string {
  const safe = (text: string) => text.replace(/[^A-Za-z0-9._/-]/g, '_').slice(0, 200);
  return `<!-- crucible-report id="${safe(reportId)}" workflow="${safe(workflow)}" -->`;
}

/** What GitHub's Actions token comments as, when nothing better can be learned. */
const ACTIONS_BOT = 'github-actions[bot]';

/**
 * Who the token is, as the author of the comments it writes. GraphQL's `viewer` answers every kind of token: a
 * person's login, `github-actions[bot]` for GITHUB_TOKEN, and `<app-slug>[bot]` for a GitHub App's installation
 * token (which GET /user refuses with 403, and GET /app accepts only with the App's own JWT). Where GraphQL does not
 * answer, GET /user tells a person's token; a 403 there is an installation token, taken for GITHUB_TOKEN's bot.
 */
export async function tokenIdentity(client: GitHubClient): Promise<string> {
  const viewer = await client
    .graphql<{ viewer?: { login?: unknown } | null }>('query { viewer { login } }')
    .then((data) => data.viewer?.login)
    .catch(() => undefined);
  if (typeof viewer === 'string' && viewer !== '') return viewer;
  try {
    return (await client.rest.users.getAuthenticated()).data.login;
  } catch (error) {
    if ((error as { status?: number }).status === 403) return ACTIONS_BOT;
    throw error;
  }
}

/**
 * Comments on a commit (a push's report, where there is no pull request to comment on). Needs `contents: write`.
 * The body is sent as given: keep it within COMMENT_LIMIT.
 */
export async function createCommitComment(client: GitHubClient, repository: Repository, comment: { sha: string; body: string }): Promise<{ id: number; url: string }> {
  const { data } = await client.rest.repos.createCommitComment({ ...repository, commit_sha: comment.sha, body: comment.body });
  return { id: data.id, url: data.html_url };
}

type Existing = { id: number; node_id: string; created_at: string; body?: string; user: { login: string } | null };

/** Comments on the issue that carry the marker and were written by `author`, oldest first. */
async function findMarked(client: GitHubClient, target: StickyComment): Promise<Existing[]> {
  const found: Existing[] = [];
  for await (const page of client.paginate.iterator(client.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  })) {
    for (const comment of page.data as Existing[]) {
      // Someone else can paste the marker into their own comment; only ours are ever touched.
      if (comment.user?.login === target.author && comment.body?.includes(target.marker) === true) found.push(comment);
    }
  }
  return found.sort((a, b) => a.id - b.id);
}

async function minimize(client: GitHubClient, nodeId: string): Promise<void> {
  await client.graphql('mutation($id: ID!) { minimizeComment(input: {subjectId: $id, classifier: OUTDATED}) { minimizedComment { isMinimized } } }', { id: nodeId });
}

/**
 * Posts the report as one sticky comment. update: edit ours in place (when a race left two, keep the oldest and
 * delete the rest); recreate: delete ours and post anew; hide-old: minimize ours as outdated and post anew;
 * off: nothing. Updating costs one list call per 100 comments and one edit.
 */
export async function upsertStickyComment(client: GitHubClient, target: StickyComment): Promise<StickyResult> {
  if (target.mode === 'off') return { action: 'skipped', removed: [], hidden: [] };
  const body = target.body.includes(target.marker) ? target.body : `${target.marker}\n${target.body}`;
  const repository = { owner: target.owner, repo: target.repo };
  const existing = await findMarked(client, target);
  const removed: number[] = [];
  const hidden: number[] = [];
  const create = async (action: StickyResult['action']): Promise<StickyResult> => {
    const { data } = await client.rest.issues.createComment({ ...repository, issue_number: target.issueNumber, body });
    return { action, commentId: data.id, url: data.html_url, removed, hidden };
  };
  if (target.mode === 'update') {
    const [keep, ...extra] = existing;
    for (const comment of extra) {
      await client.rest.issues.deleteComment({ ...repository, comment_id: comment.id });
      removed.push(comment.id);
    }
    if (keep === undefined) return create('created');
    const { data } = await client.rest.issues.updateComment({ ...repository, comment_id: keep.id, body });
    return { action: 'updated', commentId: data.id, url: data.html_url, removed, hidden };
  }
  for (const comment of existing) {
    if (target.mode === 'recreate') {
      await client.rest.issues.deleteComment({ ...repository, comment_id: comment.id });
      removed.push(comment.id);
    } else {
      await minimize(client, comment.node_id);
      hidden.push(comment.id);
    }
  }
  return create(existing.length > 0 ? 'recreated' : 'created');
}
