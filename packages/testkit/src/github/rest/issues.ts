import { HttpError, notFound, validationFailed, type Request } from '../http.ts';
import type { Router } from '../router.ts';
import type { Context } from '../server.ts';
import type { Issue, Pull, Repo } from '../state.ts';
import { bodyOf, repoOf, stringField } from './common.ts';
import { issue as issueShape, paginate } from './shapes.ts';

/** GitHub's limits on an issue's title and body, in characters. */
export const ISSUE_TITLE_LIMIT = 256;
export const ISSUE_BODY_LIMIT = 65_536;

const STATE_REASONS = ['completed', 'not_planned', 'reopened', 'duplicate'] as const;
type StateReason = (typeof STATE_REASONS)[number];

const invalid = (field: string, message: string) => validationFailed('Validation Failed', [{ resource: 'Issue', code: 'custom', field, message }]);

/** The title GitHub accepts: a string or an integer (written as text), at most 256 characters, not blank. */
function titleOf(body: Record<string, unknown>, required: boolean): string | undefined {
  const value = body['title'];
  if (value === undefined || value === null) {
    if (required) throw new HttpError(422, `Invalid request.\n\n"title" wasn't supplied.`);
    return undefined;
  }
  if (typeof value !== 'string' && !Number.isInteger(value)) throw new HttpError(422, `Invalid request.\n\nFor 'title', ${JSON.stringify(value)} is not a string or integer.`);
  const title = String(value);
  if (title.trim() === '') throw invalid('title', "title can't be blank");
  if ([...title].length > ISSUE_TITLE_LIMIT) throw invalid('title', `title is too long (maximum is ${ISSUE_TITLE_LIMIT} characters)`);
  return title;
}

function issueBodyOf(body: Record<string, unknown>): string | null | undefined {
  if (body['body'] === null) return null;
  const text = stringField(body, 'body', false);
  if (text !== undefined && [...text].length > ISSUE_BODY_LIMIT) throw invalid('body', `body is too long (maximum is ${ISSUE_BODY_LIMIT} characters)`);
  return text;
}

/** Label names from `labels` (names or `{name}` objects); GitHub creates the ones the repository lacks. */
function labelsOf(context: Context, repo: Repo, body: Record<string, unknown>): string[] | undefined {
  const value = body['labels'];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) throw new HttpError(422, `Invalid request.\n\nFor 'labels', ${JSON.stringify(value)} is not an array.`);
  const names = value.map((item: unknown) => (typeof item === 'object' && item !== null ? (item as { name?: unknown }).name : item));
  for (const name of names) {
    if (typeof name !== 'string' || name.trim() === '') throw invalid('labels', `label name ${JSON.stringify(name)} is not valid`);
  }
  return [...new Set((names as string[]).map((name) => context.state.label(repo, name).name))];
}

/** Assignee logins; GitHub refuses logins it does not know (the loopback knows the seeded users). */
function assigneesOf(context: Context, body: Record<string, unknown>): string[] | undefined {
  const value = body['assignees'];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) throw new HttpError(422, `Invalid request.\n\nFor 'assignees', ${JSON.stringify(value)} is not an array of strings.`);
  for (const login of value as string[]) {
    if (!context.state.users.has(login)) throw validationFailed('Validation Failed', [{ resource: 'Issue', field: 'assignees', code: 'invalid', value: login }]);
  }
  return [...new Set(value as string[])];
}

/** A plain issue or a pull request by number (the issues API serves both), or 404. */
function issueOrPull(repo: Repo, number: number): Issue | Pull {
  const found = repo.issues.get(number) ?? repo.pulls.get(number);
  if (found === undefined) throw notFound();
  return found;
}

const isPull = (value: Issue | Pull): value is Pull => !('labels' in value);

function listIssues(context: Context, req: Request) {
  const repo = repoOf(context, req);
  const query = req.url.searchParams;
  const state = query.get('state') ?? 'open';
  if (!['open', 'closed', 'all'].includes(state)) throw validationFailed('Validation Failed', [{ resource: 'Issue', field: 'state', code: 'invalid', value: state }]);
  const sort = query.get('sort') ?? 'created';
  if (!['created', 'updated', 'comments'].includes(sort)) throw validationFailed('Validation Failed', [{ resource: 'Issue', field: 'sort', code: 'invalid', value: sort }]);
  const direction = query.get('direction') ?? 'desc';
  if (!['asc', 'desc'].includes(direction)) throw validationFailed('Validation Failed', [{ resource: 'Issue', field: 'direction', code: 'invalid', value: direction }]);
  const creator = query.get('creator')?.toLowerCase();
  const labels = (query.get('labels') ?? '').split(',').map((name) => name.trim().toLowerCase()).filter((name) => name !== '');
  const since = query.get('since') === null ? undefined : Date.parse(query.get('since') as string);
  const all: Array<Issue | Pull> = [...repo.issues.values(), ...repo.pulls.values()];
  const comments = (value: Issue | Pull) => [...repo.issueComments.values()].filter((comment) => comment.issueNumber === value.number).length;
  const updated = (value: Issue | Pull) => (isPull(value) ? value.createdAt : value.updatedAt);
  const key = (value: Issue | Pull) => (sort === 'comments' ? comments(value) : Date.parse(sort === 'updated' ? updated(value) : value.createdAt));
  const sign = direction === 'asc' ? 1 : -1;
  const found = all
    .filter((value) => state === 'all' || value.state === state)
    .filter((value) => creator === undefined || value.user.toLowerCase() === creator)
    .filter((value) => labels.every((name) => !isPull(value) && value.labels.some((label) => label.toLowerCase() === name)))
    .filter((value) => since === undefined || Number.isNaN(since) || Date.parse(updated(value)) >= since)
    .sort((a, b) => sign * (key(a) - key(b) || a.number - b.number))
    .map((value) => issueShape(context, repo, value));
  const { page, headers } = paginate(found, req.url);
  return { status: 200, headers, body: page };
}

/** Plain issues: create, list (pull requests included, as GitHub lists them), get and update. */
export function registerIssues(router: Router, context: Context): void {
  const { state } = context;

  router.add('POST', '/repos/{owner}/{repo}/issues', (req) => {
    const repo = repoOf(context, req);
    const body = bodyOf(req);
    const title = titleOf(body, true) as string;
    const text = issueBodyOf(body);
    const labels = labelsOf(context, repo, body);
    const assignees = assigneesOf(context, body);
    const value = state.addIssue(repo, { title, ...(text === undefined || text === null ? {} : { body: text }), user: req.token?.login ?? 'github-actions[bot]', ...(labels === undefined ? {} : { labels }) });
    value.assignees = assignees ?? [];
    return {
      status: 201,
      headers: { location: `${context.urls.api}/repos/${repo.fullName}/issues/${value.number}` },
      body: issueShape(context, repo, value),
    };
  }, { needs: ['issues', 'write'] });

  router.add('GET', '/repos/{owner}/{repo}/issues', (req) => listIssues(context, req), { needs: ['issues', 'read'] });

  router.add('GET', '/repos/{owner}/{repo}/issues/{issue_number}', (req) => {
    const repo = repoOf(context, req);
    return { status: 200, body: issueShape(context, repo, issueOrPull(repo, Number(req.params['issue_number']))) };
  }, { needs: ['issues', 'read'] });

  router.add('PATCH', '/repos/{owner}/{repo}/issues/{issue_number}', (req) => {
    const repo = repoOf(context, req);
    const value = issueOrPull(repo, Number(req.params['issue_number']));
    const body = bodyOf(req);
    const title = titleOf(body, false);
    const text = issueBodyOf(body);
    const stateName = stringField(body, 'state', false);
    if (stateName !== undefined && stateName !== 'open' && stateName !== 'closed') throw invalid('state', `state is not included in the list`);
    const reason = body['state_reason'];
    if (reason !== undefined && reason !== null && !STATE_REASONS.includes(reason as StateReason)) throw invalid('state_reason', `state_reason is not included in the list`);
    const now = state.nowIso();
    if (title !== undefined) value.title = title;
    if (isPull(value)) {
      if (text !== undefined) value.body = text ?? '';
      if (stateName !== undefined) value.state = stateName;
      return { status: 200, body: issueShape(context, repo, value) };
    }
    if (text !== undefined) value.body = text;
    const labels = labelsOf(context, repo, body);
    if (labels !== undefined) value.labels = labels;
    const assignees = assigneesOf(context, body);
    if (assignees !== undefined) value.assignees = assignees;
    // state_reason counts only with a state: closing takes it (completed by default), reopening is `reopened`.
    if (stateName === 'closed') {
      if (reason === 'reopened') throw invalid('state_reason', 'state_reason reopened needs state open');
      if (value.state === 'open') {
        value.closedAt = now;
        value.closedBy = req.token?.login ?? 'github-actions[bot]';
        value.stateReason = (reason as StateReason | null | undefined) ?? 'completed';
      } else if (reason !== undefined && reason !== null) {
        value.stateReason = reason as StateReason;
      }
      value.state = 'closed';
    } else if (stateName === 'open' && value.state === 'closed') {
      value.state = 'open';
      value.stateReason = 'reopened';
      value.closedAt = null;
      value.closedBy = null;
    }
    value.updatedAt = now;
    return { status: 200, body: issueShape(context, repo, value) };
  }, { needs: ['issues', 'write'] });
}
