import { HttpError, notFound, type Request, validationFailed } from '../http.ts';
import type { Router } from '../router.ts';
import type { Context } from '../server.ts';
import type { Repo } from '../state.ts';
import { bodyOf, repoOf, resolveRef, stringField } from './common.ts';
import { commitComment, issueComment, paginate } from './shapes.ts';

/** GitHub counts a comment body in characters, not bytes or UTF-16 units. */
export const COMMENT_BODY_LIMIT = 65_536;

function checkedBody(resource: string, body: Record<string, unknown>): string {
  const text = stringField(body, 'body') as string;
  if ([...text].length > COMMENT_BODY_LIMIT) {
    throw validationFailed('Validation Failed', [
      { resource, code: 'unprocessable', field: 'data', message: `Body is too long (maximum is ${COMMENT_BODY_LIMIT} characters)` },
    ]);
  }
  return text;
}

function issueExists(repo: Repo, number: number): boolean {
  // Pull requests are issues too: both share one number sequence.
  return repo.pulls.has(number) || repo.issues.has(number);
}

/**
 * Writing a comment takes `issues: write` on a plain issue, and `pull-requests: write` or `issues: write` on a pull
 * request, as GitHub accepts either there. The route itself asks only for a token (metadata: read), so the check
 * that depends on what the number is happens here, with GitHub's 401/403 answers.
 */
function mayComment(req: Request, repo: Repo, number: number): void {
  const token = req.token;
  if (token === undefined) throw new HttpError(401, 'Requires authentication');
  const pull = repo.pulls.has(number);
  if (token.scopes.issues === 'write' || (pull && token.scopes['pull-requests'] === 'write')) return;
  const accepted = pull ? 'pull_requests=write' : 'issues=write';
  throw new HttpError(403, 'Resource not accessible by integration', {}, token.type === 'Bot' ? { 'x-accepted-github-permissions': accepted } : {});
}

/** Issue (pull request) comments and commit comments. */
export function registerComments(router: Router, context: Context): void {
  const { state } = context;

  router.add('GET', '/repos/{owner}/{repo}/issues/{issue_number}/comments', (req) => {
    const repo = repoOf(context, req);
    const number = Number(req.params['issue_number']);
    if (!issueExists(repo, number)) throw notFound();
    const comments = [...repo.issueComments.values()]
      .filter((comment) => comment.issueNumber === number)
      .sort((a, b) => a.id - b.id)
      .map((comment) => issueComment(context, repo, comment));
    const { page, headers } = paginate(comments, req.url);
    return { status: 200, headers, body: page };
  }, { needs: ['issues', 'read'] });

  router.add('POST', '/repos/{owner}/{repo}/issues/{issue_number}/comments', (req) => {
    const repo = repoOf(context, req);
    const number = Number(req.params['issue_number']);
    if (!issueExists(repo, number)) throw notFound();
    mayComment(req, repo, number);
    const comment = state.addIssueComment(repo, number, { body: checkedBody('IssueComment', bodyOf(req)), user: req.token?.login ?? 'github-actions[bot]' });
    return {
      status: 201,
      headers: { location: `${context.urls.api}/repos/${repo.fullName}/issues/comments/${comment.id}` },
      body: issueComment(context, repo, comment),
    };
  }, { needs: ['metadata', 'read'] });

  router.add('GET', '/repos/{owner}/{repo}/issues/comments/{comment_id}', (req) => {
    const repo = repoOf(context, req);
    const comment = repo.issueComments.get(Number(req.params['comment_id']));
    if (comment === undefined) throw notFound();
    return { status: 200, body: issueComment(context, repo, comment) };
  }, { needs: ['issues', 'read'] });

  router.add('PATCH', '/repos/{owner}/{repo}/issues/comments/{comment_id}', (req) => {
    const repo = repoOf(context, req);
    const comment = repo.issueComments.get(Number(req.params['comment_id']));
    if (comment === undefined) throw notFound();
    mayComment(req, repo, comment.issueNumber);
    if (req.token !== undefined && req.token.login !== comment.user && req.token.type === 'Bot') {
      throw new HttpError(403, 'Resource not accessible by integration');
    }
    comment.body = checkedBody('IssueComment', bodyOf(req));
    comment.updatedAt = state.nowIso();
    return { status: 200, body: issueComment(context, repo, comment) };
  }, { needs: ['metadata', 'read'] });

  router.add('DELETE', '/repos/{owner}/{repo}/issues/comments/{comment_id}', (req) => {
    const repo = repoOf(context, req);
    const comment = repo.issueComments.get(Number(req.params['comment_id']));
    if (comment === undefined) throw notFound();
    mayComment(req, repo, comment.issueNumber);
    repo.issueComments.delete(comment.id);
    return { status: 204 };
  }, { needs: ['metadata', 'read'] });

  router.add('GET', '/repos/{owner}/{repo}/commits/{commit_sha}/comments', (req) => {
    const repo = repoOf(context, req);
    const sha = resolveRef(repo, req.params['commit_sha'] ?? '');
    const comments = [...repo.commitComments.values()]
      .filter((comment) => comment.commitId === sha)
      .map((comment) => commitComment(context, repo, comment));
    const { page, headers } = paginate(comments, req.url);
    return { status: 200, headers, body: page };
  }, { needs: ['contents', 'read'] });

  router.add('POST', '/repos/{owner}/{repo}/commits/{commit_sha}/comments', (req) => {
    const repo = repoOf(context, req);
    const sha = resolveRef(repo, req.params['commit_sha'] ?? '');
    const body = bodyOf(req);
    const now = state.nowIso();
    const comment = {
      id: state.nextId(),
      commitId: sha,
      body: checkedBody('CommitComment', body),
      path: stringField(body, 'path', false) ?? null,
      line: typeof body['line'] === 'number' ? body['line'] : null,
      user: req.token?.login ?? 'github-actions[bot]',
      createdAt: now,
      updatedAt: now,
    };
    repo.commitComments.set(comment.id, comment);
    return { status: 201, body: commitComment(context, repo, comment) };
  }, { needs: ['contents', 'write'] });
}
