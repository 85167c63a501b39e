import { HttpError, json, notFound, type Request } from '../http.ts';
import type { Context } from '../server.ts';
import type { Repo } from '../state.ts';

/** The repository a `/repos/{owner}/{repo}/...` request names, or 404 as GitHub answers. */
export function repoOf(context: Context, req: Request): Repo {
  const repo = context.state.repo(req.params['owner'] ?? '', req.params['repo'] ?? '');
  if (repo === undefined) throw notFound();
  return repo;
}

/** A commit sha from a sha (full or at least 7 characters), a branch, `refs/heads/x` or a tag name. */
export function resolveRef(repo: Repo, ref: string): string {
  const name = ref.replace(/^refs\/(heads|tags)\//, '');
  const branch = repo.branches.get(name);
  if (branch !== undefined) return branch;
  const tag = repo.refs.get(`refs/tags/${name}`);
  if (tag !== undefined) return tag.type === 'tag' ? (repo.tags.get(tag.sha)?.object.sha ?? tag.sha) : tag.sha;
  if (/^[0-9a-f]{7,40}$/.test(ref)) {
    for (const sha of repo.commits.keys()) if (sha.startsWith(ref)) return sha;
  }
  throw new HttpError(422, `No commit found for SHA: ${ref}`);
}

/** A request body's field that must be a string. */
export function stringField(body: Record<string, unknown>, field: string, required = true): string | undefined {
  const value = body[field];
  if (value === undefined || value === null) {
    if (required) throw new HttpError(422, `Invalid request.\n\n"${field}" wasn't supplied.`);
    return undefined;
  }
  if (typeof value !== 'string') throw new HttpError(422, `Invalid request.\n\nFor '${field}', ${JSON.stringify(value)} is not a string.`);
  return value;
}

export function bodyOf(req: Request): Record<string, unknown> {
  const body = json<unknown>(req);
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new HttpError(400, 'Problems parsing JSON');
  return body as Record<string, unknown>;
}

/** Every ancestor of `sha` (itself first), breadth-first along parents, as git log lists them. */
export function ancestors(repo: Repo, sha: string): string[] {
  const seen = new Set<string>();
  const queue = [sha];
  while (queue.length > 0) {
    const next = queue.shift() as string;
    if (seen.has(next)) continue;
    seen.add(next);
    const commit = repo.commits.get(next);
    if (commit !== undefined) queue.push(...commit.parents);
  }
  return [...seen].filter((candidate) => repo.commits.has(candidate));
}

export type { Context };
