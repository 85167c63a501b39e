import { HttpError, json } from '../http.ts';
import type { Router } from '../router.ts';
import type { Context } from '../server.ts';

type GraphqlBody = { query?: string; variables?: Record<string, unknown> };

const CLASSIFIERS = ['ABUSE', 'DUPLICATE', 'OFF_TOPIC', 'OUTDATED', 'RESOLVED', 'SPAM'];

/** The issue comment a GraphQL node id names (REST answers carry the same `node_id`). */
function commentOfNode(context: Context, nodeId: string) {
  const decoded = Buffer.from(nodeId, 'base64').toString('utf8');
  const id = /^IC:(\d+)$/.exec(decoded)?.[1];
  if (id === undefined) return undefined;
  for (const repo of context.state.repos.values()) {
    const comment = repo.issueComments.get(Number(id));
    if (comment !== undefined) return comment;
  }
  return undefined;
}

/**
 * The GraphQL calls the report makes: `viewer { login }`, which answers every kind of token (a GitHub App's
 * installation token as `<app-slug>[bot]`), and `minimizeComment(input: {subjectId, classifier})`, used by the
 * hide-old comment mode. Anything else answers a GraphQL error naming what is not modelled.
 */
export function registerGraphql(router: Router, context: Context): void {
  router.add('POST', '/graphql', (req) => {
    const { query = '', variables = {} } = json<GraphqlBody>(req);
    // GitHub's GraphQL API wants a token, whatever the query.
    if (req.token === undefined) throw new HttpError(401, 'This endpoint requires you to be authenticated.');
    if (/^\s*(?:query\b[^{]*)?\{\s*viewer\s*\{\s*login\s*\}\s*\}\s*$/.test(query)) return { status: 200, body: { data: { viewer: { login: req.token.login } } } };
    if (!/\bminimizeComment\s*\(/.test(query)) {
      return { status: 200, body: { errors: [{ message: `The loopback GitHub does not model this GraphQL operation: ${query.slice(0, 120)}` }] } };
    }
    // The permission the mutation needs, checked here since the route also answers `viewer` to any token.
    if (req.token.scopes['pull-requests'] !== 'write') {
      throw new HttpError(403, 'Resource not accessible by integration', {}, req.token.type === 'Bot' ? { 'x-accepted-github-permissions': 'pull_requests=write' } : {});
    }
    const input = (variables['input'] as Record<string, unknown> | undefined) ?? variables;
    const subjectId = String(input['subjectId'] ?? input['id'] ?? /subjectId:\s*"([^"]+)"/.exec(query)?.[1] ?? '');
    const classifier = String(input['classifier'] ?? /classifier:\s*([A-Z_]+)/.exec(query)?.[1] ?? '');
    const comment = commentOfNode(context, subjectId);
    if (comment === undefined) {
      return { status: 200, body: { data: { minimizeComment: null }, errors: [{ type: 'NOT_FOUND', path: ['minimizeComment'], message: `Could not resolve to a node with the global id of '${subjectId}'` }] } };
    }
    if (!CLASSIFIERS.includes(classifier)) {
      return { status: 200, body: { errors: [{ message: `Argument 'classifier' on InputObject 'MinimizeCommentInput' has an invalid value (${classifier}).` }] } };
    }
    comment.minimized = classifier;
    return { status: 200, body: { data: { minimizeComment: { minimizedComment: { isMinimized: true, minimizedReason: classifier.toLowerCase() } } } } };
  }, { needs: ['metadata', 'read'], openapi: false });
}
