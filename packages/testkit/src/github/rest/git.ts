import { createHash } from 'node:crypto';
import { signedBlobUrl } from '../blobs.ts';
import { HttpError, notFound, type Request, validationFailed } from '../http.ts';
import type { Router } from '../router.ts';
import type { Context } from '../server.ts';
import type { Release, Repo } from '../state.ts';
import { bodyOf, repoOf, resolveRef, stringField } from './common.ts';
import { gitRef, paginate, release, releaseAsset } from './shapes.ts';

/** Every ref of a repository: branches, plus tags and other refs created through the API. */
function allRefs(repo: Repo): Array<{ ref: string; sha: string; type: 'commit' | 'tag' }> {
  const branches = [...repo.branches].map(([name, sha]) => ({ ref: `refs/heads/${name}`, sha, type: 'commit' as const }));
  return [...branches, ...repo.refs.values()].sort((a, b) => a.ref.localeCompare(b.ref));
}

function findRef(repo: Repo, ref: string) {
  return allRefs(repo).find((candidate) => candidate.ref === `refs/${ref}`);
}

function tagShape(context: Context, repo: Repo, sha: string) {
  const tag = repo.tags.get(sha);
  if (tag === undefined) throw notFound();
  const url = `${context.urls.api}/repos/${repo.fullName}/git`;
  return {
    node_id: Buffer.from(`TAG:${sha}`).toString('base64'),
    tag: tag.tag,
    sha,
    url: `${url}/tags/${sha}`,
    message: tag.message,
    tagger: tag.tagger,
    object: { type: tag.object.type, sha: tag.object.sha, url: `${url}/commits/${tag.object.sha}` },
    verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
  };
}

function releaseOf(repo: Repo, id: string | undefined): Release {
  const value = repo.releases.get(Number(id));
  if (value === undefined) throw notFound();
  return value;
}

/** Git refs, annotated tags, the tag list, and releases with their assets. */
export function registerGit(router: Router, context: Context): void {
  const { state } = context;

  router.add('POST', '/repos/{owner}/{repo}/git/refs', (req) => {
    const repo = repoOf(context, req);
    const body = bodyOf(req);
    const ref = stringField(body, 'ref') as string;
    const sha = stringField(body, 'sha') as string;
    if (!/^refs\/[^/]+\/.+/.test(ref)) throw validationFailed("ref must start with 'refs' and have at least two slashes.");
    if (findRef(repo, ref.slice('refs/'.length)) !== undefined) throw validationFailed('Reference already exists');
    const isTag = repo.tags.has(sha);
    if (!isTag && !repo.commits.has(sha)) throw validationFailed('Object does not exist');
    if (ref.startsWith('refs/heads/')) repo.branches.set(ref.slice('refs/heads/'.length), sha);
    else repo.refs.set(ref, { ref, sha, type: isTag ? 'tag' : 'commit' });
    return { status: 201, body: gitRef(context, repo, ref, sha, isTag ? 'tag' : 'commit') };
  }, { needs: ['contents', 'write'] });

  router.add('GET', '/repos/{owner}/{repo}/git/ref/{ref}', (req) => {
    const repo = repoOf(context, req);
    const found = findRef(repo, req.params['ref'] ?? '');
    if (found === undefined) throw notFound();
    return { status: 200, body: gitRef(context, repo, found.ref, found.sha, found.type) };
  }, { needs: ['contents', 'read'] });

  router.add('GET', '/repos/{owner}/{repo}/git/matching-refs/{ref}', (req) => {
    const repo = repoOf(context, req);
    const prefix = `refs/${req.params['ref'] ?? ''}`;
    const refs = allRefs(repo).filter((candidate) => candidate.ref.startsWith(prefix));
    return { status: 200, body: refs.map((found) => gitRef(context, repo, found.ref, found.sha, found.type)) };
  }, { needs: ['contents', 'read'] });

  router.add('PATCH', '/repos/{owner}/{repo}/git/refs/{ref}', (req) => {
    const repo = repoOf(context, req);
    const name = req.params['ref'] ?? '';
    const found = findRef(repo, name);
    if (found === undefined) throw validationFailed('Reference does not exist');
    const sha = stringField(bodyOf(req), 'sha') as string;
    if (!repo.commits.has(sha) && !repo.tags.has(sha)) throw validationFailed('Object does not exist');
    if (found.ref.startsWith('refs/heads/')) repo.branches.set(found.ref.slice('refs/heads/'.length), sha);
    else repo.refs.set(found.ref, { ref: found.ref, sha, type: repo.tags.has(sha) ? 'tag' : 'commit' });
    return { status: 200, body: gitRef(context, repo, found.ref, sha, repo.tags.has(sha) ? 'tag' : 'commit') };
  }, { needs: ['contents', 'write'] });

  router.add('DELETE', '/repos/{owner}/{repo}/git/refs/{ref}', (req) => {
    const repo = repoOf(context, req);
    const found = findRef(repo, req.params['ref'] ?? '');
    if (found === undefined) throw validationFailed('Reference does not exist');
    if (found.ref.startsWith('refs/heads/')) repo.branches.delete(found.ref.slice('refs/heads/'.length));
    else repo.refs.delete(found.ref);
    return { status: 204 };
  }, { needs: ['contents', 'write'] });

  router.add('POST', '/repos/{owner}/{repo}/git/tags', (req) => {
    const repo = repoOf(context, req);
    const body = bodyOf(req);
    const object = stringField(body, 'object') as string;
    if (!repo.commits.has(object)) throw validationFailed('Object does not exist');
    const tagger = (body['tagger'] as { name?: string; email?: string; date?: string } | undefined) ?? {};
    const tag = stringField(body, 'tag') as string;
    const sha = state.nextId().toString(16).padStart(40, 'a');
    repo.tags.set(sha, {
      sha,
      tag,
      message: stringField(body, 'message') as string,
      object: { sha: object, type: stringField(body, 'type', false) ?? 'commit' },
      tagger: { name: tagger.name ?? 'github-actions[bot]', email: tagger.email ?? 'github-actions[bot]@users.noreply.github.com', date: tagger.date ?? state.nowIso() },
    });
    return { status: 201, body: tagShape(context, repo, sha) };
  }, { needs: ['contents', 'write'] });

  router.add('GET', '/repos/{owner}/{repo}/git/tags/{tag_sha}', (req) => {
    const repo = repoOf(context, req);
    return { status: 200, body: tagShape(context, repo, req.params['tag_sha'] ?? '') };
  }, { needs: ['contents', 'read'] });

  router.add('GET', '/repos/{owner}/{repo}/tags', (req) => {
    const repo = repoOf(context, req);
    const tags = allRefs(repo)
      .filter((found) => found.ref.startsWith('refs/tags/'))
      .map((found) => {
        const name = found.ref.slice('refs/tags/'.length);
        const sha = found.type === 'tag' ? (repo.tags.get(found.sha)?.object.sha ?? found.sha) : found.sha;
        return {
          name,
          commit: { sha, url: `${context.urls.api}/repos/${repo.fullName}/commits/${sha}` },
          zipball_url: `${context.urls.api}/repos/${repo.fullName}/zipball/refs/tags/${encodeURIComponent(name)}`,
          tarball_url: `${context.urls.api}/repos/${repo.fullName}/tarball/refs/tags/${encodeURIComponent(name)}`,
          node_id: Buffer.from(`TG:${name}`).toString('base64'),
        };
      });
    const { page, headers } = paginate(tags, req.url);
    return { status: 200, headers, body: page };
  }, { needs: ['contents', 'read'] });

  router.add('POST', '/repos/{owner}/{repo}/releases', (req) => {
    const repo = repoOf(context, req);
    const body = bodyOf(req);
    const tagName = stringField(body, 'tag_name') as string;
    if ([...repo.releases.values()].some((value) => value.tagName === tagName)) {
      throw validationFailed('Validation Failed', [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }]);
    }
    const target = stringField(body, 'target_commitish', false) ?? repo.defaultBranch;
    resolveRef(repo, target);
    const value: Release = {
      id: state.nextId(),
      tagName,
      targetCommitish: target,
      name: stringField(body, 'name', false) ?? tagName,
      body: stringField(body, 'body', false) ?? null,
      draft: body['draft'] === true,
      prerelease: body['prerelease'] === true,
      author: req.token?.login ?? 'github-actions[bot]',
      createdAt: state.nowIso(),
      assets: [],
    };
    repo.releases.set(value.id, value);
    if (!value.draft && findRef(repo, `tags/${tagName}`) === undefined) {
      repo.refs.set(`refs/tags/${tagName}`, { ref: `refs/tags/${tagName}`, sha: resolveRef(repo, target), type: 'commit' });
    }
    return { status: 201, body: release(context, repo, value) };
  }, { needs: ['contents', 'write'] });

  router.add('GET', '/repos/{owner}/{repo}/releases', (req) => {
    const repo = repoOf(context, req);
    const all = [...repo.releases.values()].sort((a, b) => b.id - a.id).map((value) => release(context, repo, value));
    const { page, headers } = paginate(all, req.url);
    return { status: 200, headers, body: page };
  }, { needs: ['contents', 'read'] });

  router.add('GET', '/repos/{owner}/{repo}/releases/tags/{tag}', (req) => {
    const repo = repoOf(context, req);
    const value = [...repo.releases.values()].find((candidate) => candidate.tagName === req.params['tag'] && !candidate.draft);
    if (value === undefined) throw notFound();
    return { status: 200, body: release(context, repo, value) };
  }, { needs: ['contents', 'read'] });

  router.add('GET', '/repos/{owner}/{repo}/releases/{release_id}', (req) => {
    const repo = repoOf(context, req);
    return { status: 200, body: release(context, repo, releaseOf(repo, req.params['release_id'])) };
  }, { needs: ['contents', 'read'] });

  router.add('GET', '/repos/{owner}/{repo}/releases/{release_id}/assets', (req) => {
    const repo = repoOf(context, req);
    const value = releaseOf(repo, req.params['release_id']);
    const { page, headers } = paginate(value.assets.map((asset) => releaseAsset(context, repo, value, asset)), req.url);
    return { status: 200, headers, body: page };
  }, { needs: ['contents', 'read'] });

  const assetOf = (repo: Repo, id: string | undefined) => {
    for (const value of repo.releases.values()) {
      const asset = value.assets.find((candidate) => candidate.id === Number(id));
      if (asset !== undefined) return { release: value, asset };
    }
    throw notFound();
  };

  // The asset's metadata, or with `Accept: application/octet-stream` a 302 to a short-lived URL of its bytes, as
  // GitHub answers (its URL points at another host, so clients follow it without the token).
  router.add('GET', '/repos/{owner}/{repo}/releases/assets/{asset_id}', (req) => {
    const repo = repoOf(context, req);
    const { release: value, asset } = assetOf(repo, req.params['asset_id']);
    if (String(req.headers.accept ?? '').includes('application/octet-stream')) {
      return { status: 302, headers: { location: signedBlobUrl(context, asset.blob, { write: false, expiresInMs: 5 * 60 * 1000 }) } };
    }
    return { status: 200, body: releaseAsset(context, repo, value, asset) };
  }, { needs: ['contents', 'read'] });

  router.add('DELETE', '/repos/{owner}/{repo}/releases/assets/{asset_id}', (req) => {
    const repo = repoOf(context, req);
    const { release: value, asset } = assetOf(repo, req.params['asset_id']);
    value.assets = value.assets.filter((candidate) => candidate !== asset);
    state.blobs.delete(asset.blob);
    return { status: 204 };
  }, { needs: ['contents', 'write'] });

  // GitHub takes asset uploads on another origin (uploads.github.com), GitHub Enterprise Server under /api/uploads;
  // here they live under /uploads, and /api/uploads for a loopback that plays GHES.
  const upload = (req: Request) => {
    const repo = repoOf(context, req);
    const value = releaseOf(repo, req.params['release_id']);
    const name = req.url.searchParams.get('name');
    if (name === null || name === '') throw new HttpError(422, 'name is required');
    if (value.assets.some((asset) => asset.name === name)) {
      throw validationFailed('Validation Failed', [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }]);
    }
    const contentType = String(req.headers['content-type'] ?? 'application/octet-stream');
    const asset = {
      id: state.nextId(),
      name,
      label: req.url.searchParams.get('label'),
      contentType,
      blob: state.putBlob(req.body, contentType),
      size: req.body.length,
      digest: `sha256:${createHash('sha256').update(req.body).digest('hex')}`,
      uploader: req.token?.login ?? 'github-actions[bot]',
      createdAt: state.nowIso(),
    };
    value.assets.push(asset);
    return { status: 201, body: releaseAsset(context, repo, value, asset) };
  };
  for (const prefix of ['/uploads', '/api/uploads']) {
    router.add('POST', `${prefix}/repos/{owner}/{repo}/releases/{release_id}/assets`, upload, {
      needs: ['contents', 'write'],
      operation: '/repos/{owner}/{repo}/releases/{release_id}/assets',
    });
  }
}
