import { HttpError, notFound } from '../http.ts';
import type { Router } from '../router.ts';
import type { Context } from '../server.ts';
import { ancestors, repoOf, resolveRef } from './common.ts';
import { commit, fullRepository, paginate, pullRequest, user } from './shapes.ts';

/** Repositories, commits, compare, contents, pull requests and the token's user. */
export function registerRepos(router: Router, context: Context): void {
  const { state } = context;

  router.add('GET', '/user', (req) => {
    // An installation token (GITHUB_TOKEN) has no user behind it; GitHub answers 403 here.
    if (req.token === undefined || req.token.type === 'Bot') throw new HttpError(403, 'Resource not accessible by integration');
    const created = context.state.repos.values().next().value?.createdAt ?? context.state.nowIso();
    return {
      status: 200,
      body: {
        ...user(context, req.token.login),
        name: req.token.login,
        email: null,
        company: null,
        blog: '',
        location: null,
        hireable: null,
        bio: null,
        twitter_username: null,
        public_repos: 0,
        public_gists: 0,
        followers: 0,
        following: 0,
        created_at: created,
        updated_at: created,
        private_gists: 0,
        total_private_repos: 0,
        owned_private_repos: 0,
        disk_usage: 0,
        collaborators: 0,
        two_factor_authentication: true,
      },
    };
  }, { needs: ['metadata', 'read'] });

  router.add('GET', '/repos/{owner}/{repo}', (req) => ({ status: 200, body: fullRepository(context, repoOf(context, req)) }), {
    needs: ['metadata', 'read'],
  });

  router.add('GET', '/repos/{owner}/{repo}/commits/{commit_sha}/pulls', (req) => {
    const repo = repoOf(context, req);
    const sha = resolveRef(repo, req.params['commit_sha'] ?? '');
    const pulls = [...state.repos.values()].flatMap((candidate) =>
      [...candidate.pulls.values()]
        .filter((pull) => candidate === repo && pull.head.sha === sha)
        .map((pull) => pullRequest(context, candidate, pull, true)),
    );
    const { page, headers } = paginate(pulls, req.url);
    return { status: 200, headers, body: page };
  }, { needs: ['pull-requests', 'read'] });

  router.add('GET', '/repos/{owner}/{repo}/commits/{ref}', (req) => {
    const repo = repoOf(context, req);
    const value = repo.commits.get(resolveRef(repo, req.params['ref'] ?? ''));
    if (value === undefined) throw notFound();
    return { status: 200, body: commit(context, repo, value) };
  }, { needs: ['contents', 'read'] });

  router.add('GET', '/repos/{owner}/{repo}/commits', (req) => {
    const repo = repoOf(context, req);
    const start = resolveRef(repo, req.url.searchParams.get('sha') ?? repo.defaultBranch);
    const list = ancestors(repo, start).map((sha) => commit(context, repo, repo.commits.get(sha) as never));
    const { page, headers } = paginate(list, req.url);
    return { status: 200, headers, body: page.map(({ stats: _stats, files: _files, ...rest }) => rest) };
  }, { needs: ['contents', 'read'] });

  router.add('GET', '/repos/{owner}/{repo}/compare/{basehead}', (req) => {
    const repo = repoOf(context, req);
    const [baseRef = '', headRef = ''] = (req.params['basehead'] ?? '').split('...');
    if (headRef === '') throw notFound();
    const base = resolveRef(repo, baseRef.includes(':') ? (baseRef.split(':')[1] ?? '') : baseRef);
    const head = resolveRef(repo, headRef.includes(':') ? (headRef.split(':')[1] ?? '') : headRef);
    const headAncestors = ancestors(repo, head);
    const baseAncestors = new Set(ancestors(repo, base));
    const mergeBase = headAncestors.find((sha) => baseAncestors.has(sha));
    if (mergeBase === undefined) throw notFound();
    const ahead = headAncestors.filter((sha) => !baseAncestors.has(sha));
    const behind = [...baseAncestors].filter((sha) => !new Set(headAncestors).has(sha));
    const url = `${context.urls.api}/repos/${repo.fullName}`;
    const strip = ({ stats: _stats, files: _files, ...rest }: ReturnType<typeof commit>) => rest;
    return {
      status: 200,
      body: {
        url: `${url}/compare/${baseRef}...${headRef}`,
        html_url: `${context.urls.server}/${repo.fullName}/compare/${baseRef}...${headRef}`,
        permalink_url: `${context.urls.server}/${repo.fullName}/compare/${repo.owner}:${base.slice(0, 7)}...${repo.owner}:${head.slice(0, 7)}`,
        diff_url: `${context.urls.server}/${repo.fullName}/compare/${baseRef}...${headRef}.diff`,
        patch_url: `${context.urls.server}/${repo.fullName}/compare/${baseRef}...${headRef}.patch`,
        base_commit: strip(commit(context, repo, repo.commits.get(base) as never)),
        merge_base_commit: strip(commit(context, repo, repo.commits.get(mergeBase) as never)),
        status: ahead.length === 0 ? (behind.length === 0 ? 'identical' : 'behind') : behind.length === 0 ? 'ahead' : 'diverged',
        ahead_by: ahead.length,
        behind_by: behind.length,
        total_commits: ahead.length,
        commits: ahead.reverse().map((sha) => strip(commit(context, repo, repo.commits.get(sha) as never))),
        files: [],
      },
    };
  }, { needs: ['contents', 'read'] });

  router.add('GET', '/repos/{owner}/{repo}/contents/{path}', (req) => {
    const repo = repoOf(context, req);
    const sha = resolveRef(repo, req.url.searchParams.get('ref') ?? repo.defaultBranch);
    const path = req.params['path'] ?? '';
    const content = repo.commits.get(sha)?.files.get(path);
    if (content === undefined) throw notFound();
    const url = `${context.urls.api}/repos/${repo.fullName}/contents/${path}?ref=${sha}`;
    const blobSha = state.nextId().toString(16).padStart(40, '0');
    return {
      status: 200,
      body: {
        type: 'file',
        encoding: 'base64',
        size: Buffer.byteLength(content),
        name: path.split('/').pop(),
        path,
        content: Buffer.from(content).toString('base64'),
        sha: blobSha,
        url,
        git_url: `${context.urls.api}/repos/${repo.fullName}/git/blobs/${blobSha}`,
        html_url: `${context.urls.server}/${repo.fullName}/blob/${sha}/${path}`,
        download_url: `${context.urls.server}/${repo.fullName}/raw/${sha}/${path}`,
        _links: {
          self: url,
          git: `${context.urls.api}/repos/${repo.fullName}/git/blobs/${blobSha}`,
          html: `${context.urls.server}/${repo.fullName}/blob/${sha}/${path}`,
        },
      },
    };
  }, { needs: ['contents', 'read'] });

  router.add('GET', '/repos/{owner}/{repo}/pulls/{pull_number}', (req) => {
    const repo = repoOf(context, req);
    const pull = repo.pulls.get(Number(req.params['pull_number']));
    if (pull === undefined) throw notFound();
    return { status: 200, body: pullRequest(context, repo, pull) };
  }, { needs: ['pull-requests', 'read'] });

  router.add('GET', '/repos/{owner}/{repo}/pulls', (req) => {
    const repo = repoOf(context, req);
    const query = req.url.searchParams;
    const wanted = query.get('state') ?? 'open';
    // head is "owner:branch" (or just "branch" for the repository's own).
    const head = query.get('head');
    const base = query.get('base');
    const pulls = [...repo.pulls.values()]
      .filter((pull) => wanted === 'all' || pull.state === wanted)
      .filter((pull) => {
        if (head === null) return true;
        const [owner, branch] = head.includes(':') ? head.split(':') : [repo.owner, head];
        return pull.head.ref === branch && pull.head.repo.split('/')[0]?.toLowerCase() === owner?.toLowerCase();
      })
      .filter((pull) => base === null || pull.base.ref === base)
      .sort((a, b) => b.number - a.number)
      .map((pull) => pullRequest(context, repo, pull, true));
    const { page, headers } = paginate(pulls, req.url);
    return { status: 200, headers, body: page };
  }, { needs: ['pull-requests', 'read'] });
}
