import { CrucibleError } from '@crucible/core';

/** One permission as a workflow's `permissions:` block writes it: `{ name: 'pull-requests', access: 'write' }`. */
export type Permission = { name: string; access: string };

/** Permissions that must all be granted; an endpoint may accept any one of several such sets. */
export type PermissionSet = Permission[];

/** The keys a workflow's `permissions:` block accepts: what GITHUB_TOKEN can be given. */
const WORKFLOW_PERMISSIONS = new Set([
  'actions',
  'attestations',
  'checks',
  'contents',
  'deployments',
  'discussions',
  'id-token',
  'issues',
  'models',
  'packages',
  'pages',
  'pull-requests',
  'repository-projects',
  'security-events',
  'statuses',
]);

const TOKEN_PERMISSIONS_DOCS = 'https://docs.github.com/actions/security-for-github-actions/security-guides/automatic-token-authentication#permissions-for-the-github_token';

/**
 * A call that GitHub refused because the token lacks a permission (403 "Resource not accessible by integration").
 * `permissions` lists the sets GitHub accepts for the endpoint (any one set will do), as a workflow writes them;
 * empty when neither GitHub nor Crucible knows. `status` stays 403, so code that looked at the status still works.
 */
export class PermissionError extends CrucibleError {
  readonly status = 403;
  readonly method: string;
  /** The endpoint as GitHub's docs name it (`/repos/{owner}/{repo}/issues/{issue_number}/comments`) when known. */
  readonly route: string;
  readonly permissions: PermissionSet[];
  constructor(method: string, route: string, permissions: PermissionSet[], options?: ErrorOptions & { reason?: string }) {
    super(permissionMessage(method, route, permissions, options?.reason ?? 'Resource not accessible by integration'), options);
    this.name = 'PermissionError';
    this.method = method;
    this.route = route;
    this.permissions = permissions;
  }
}

const written = (set: PermissionSet) => set.map((permission) => `${permission.name}: ${permission.access}`).join(', ');

function permissionMessage(method: string, route: string, permissions: PermissionSet[], reason: string): string {
  const call = `${method} ${route}`;
  const grantable = permissions.filter((set) => set.every((permission) => WORKFLOW_PERMISSIONS.has(permission.name)));
  let need: string;
  if (permissions.length === 0) {
    need = 'The token lacks a permission this endpoint needs; see the endpoint\'s page in GitHub\'s REST docs for which, and give it to the job under `permissions:`.';
  } else if (grantable.length === 0) {
    need =
      `It needs ${permissions.map((set) => `\`${written(set)}\``).join(' or ')}, which a workflow cannot give GITHUB_TOKEN: ` +
      'pass a GitHub App installation token or a fine-grained personal access token that has it.';
  } else {
    const [first, ...others] = grantable;
    const alternatives = others.length === 0 ? '' : ` (or ${others.map((set) => `\`${written(set)}\``).join(', or ')})`;
    need = `Give the job \`permissions:\` with \`${written(first as PermissionSet)}\`${alternatives}.`;
  }
  return (
    `GitHub refused ${call}: the token may not do this (403 ${reason}). ${need} ` +
    'On a pull request from a fork the token is read-only whatever the workflow asks for: run this step from a ' +
    `workflow_run workflow instead (see "Pull requests from forks" in actions/report/README.md). Token permissions: ${TOKEN_PERMISSIONS_DOCS}`
  );
}

/**
 * The permission sets in GitHub's `x-accepted-github-permissions` header: sets separated by ";", the permissions of
 * a set by ",", each `name=access` with GitHub's names (`pull_requests=write`), turned into a workflow's names
 * (`pull-requests`). `pull_requests=read,contents=read; issues=read,contents=read` is two sets of two.
 */
export function parseAcceptedPermissions(header: string): PermissionSet[] {
  const sets: PermissionSet[] = [];
  for (const part of header.split(';')) {
    const set: PermissionSet = [];
    for (const item of part.split(',')) {
      const [name, access] = item.split('=').map((text) => text.trim());
      if (name === undefined || name === '' || access === undefined || access === '') continue;
      set.push({ name: name.toLowerCase().replaceAll('_', '-'), access: access.toLowerCase() });
    }
    if (set.length > 0) sets.push(set);
  }
  return sets;
}

const one = (name: string, access: string): PermissionSet[] => [[{ name, access }]];
const WRITE = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);

/**
 * The endpoints Crucible calls and what GITHUB_TOKEN needs for each, from GitHub's REST reference ("Fine-grained
 * access tokens" section of each endpoint). Used when GitHub sends no `x-accepted-github-permissions` header
 * (a classic personal token, an older GitHub Enterprise Server). First match wins.
 */
const TABLE: Array<{ method?: RegExp; path: RegExp; needs: (method: string) => PermissionSet[] }> = [
  // Issue and pull request comments: the issues API serves both, and either permission is accepted.
  {
    path: /^\/repos\/[^/]+\/[^/]+\/issues\/(?:[^/]+\/comments|comments(?:\/[^/]+)?)$/,
    needs: (method) => (WRITE.has(method) ? [[{ name: 'pull-requests', access: 'write' }], [{ name: 'issues', access: 'write' }]] : [[{ name: 'pull-requests', access: 'read' }], [{ name: 'issues', access: 'read' }]]),
  },
  { path: /^\/repos\/[^/]+\/[^/]+\/(?:issues|labels)(?:\/.*)?$/, needs: (method) => one('issues', WRITE.has(method) ? 'write' : 'read') },
  { path: /^\/repos\/[^/]+\/[^/]+\/pulls(?:\/.*)?$/, needs: (method) => one('pull-requests', WRITE.has(method) ? 'write' : 'read') },
  { path: /^\/repos\/[^/]+\/[^/]+\/commits\/[^/]+\/pulls$/, needs: () => one('pull-requests', 'read') },
  { path: /^\/repos\/[^/]+\/[^/]+\/(?:check-runs|check-suites)(?:\/.*)?$/, needs: (method) => one('checks', WRITE.has(method) ? 'write' : 'read') },
  { path: /^\/repos\/[^/]+\/[^/]+\/commits\/[^/]+\/(?:check-runs|check-suites)$/, needs: () => one('checks', 'read') },
  { path: /^\/repos\/[^/]+\/[^/]+\/statuses\/[^/]+$/, needs: () => one('statuses', 'write') },
  { path: /^\/repos\/[^/]+\/[^/]+\/commits\/[^/]+\/status(?:es)?$/, needs: () => one('statuses', 'read') },
  // Reviewing a run's pending deployments approves or rejects a deployment.
  { method: /^POST$/, path: /^\/repos\/[^/]+\/[^/]+\/actions\/runs\/[^/]+\/pending_deployments$/, needs: () => one('deployments', 'write') },
  { path: /^\/repos\/[^/]+\/[^/]+\/actions(?:\/.*)?$/, needs: (method) => one('actions', WRITE.has(method) ? 'write' : 'read') },
  // Reading an environment and its protection rules takes actions: read; changing one is an admin's job.
  { path: /^\/repos\/[^/]+\/[^/]+\/environments(?:\/.*)?$/, needs: (method) => (WRITE.has(method) ? one('administration', 'write') : one('actions', 'read')) },
  { path: /^\/repos\/[^/]+\/[^/]+\/deployments(?:\/.*)?$/, needs: (method) => one('deployments', WRITE.has(method) ? 'write' : 'read') },
  {
    path: /^\/repos\/[^/]+\/[^/]+\/(?:contents|commits|compare|git|releases|tags|branches|comments)(?:\/.*)?$/,
    needs: (method) => one('contents', WRITE.has(method) ? 'write' : 'read'),
  },
  { path: /^\/repos\/[^/]+\/[^/]+$/, needs: (method) => (WRITE.has(method) ? one('administration', 'write') : one('metadata', 'read')) },
];

/** The path part of a request URL: a route template as Octokit was given it, or a full URL (a next page). */
function pathOf(url: string, baseUrl?: string): string {
  // An upload URL is still a URI template here (`.../assets{?name,label}`).
  let path = url.replace(/\{\?[^}]*\}$/, '');
  if (baseUrl !== undefined && path.startsWith(baseUrl)) path = path.slice(baseUrl.length);
  else if (/^https?:\/\//.test(path)) {
    path = new URL(path).pathname;
    // GitHub Enterprise Server serves the REST API under /api/v3.
    path = path.replace(/^\/api\/v3(?=\/)/, '');
  }
  // Release asset uploads: uploads.github.com has no prefix, GitHub Enterprise Server has /api/uploads, and the
  // loopback GitHub /uploads; the endpoint is the same.
  path = path.replace(/^\/(?:api\/)?uploads(?=\/repos\/)/, '');
  return path.replace(/[?#].*$/, '') || '/';
}

/**
 * The PermissionError for a refused call: the permissions from GitHub's `x-accepted-github-permissions` header when
 * it sent one, else from Crucible's table of the endpoints it calls, else none named. Pure: the Octokit error hook
 * in createGitHubClient calls it, and tests can too.
 */
export function permissionError(
  method: string,
  url: string,
  headers: Record<string, string | number | undefined> = {},
  options: ErrorOptions & { baseUrl?: string; reason?: string } = {},
): PermissionError {
  const verb = method.toUpperCase();
  const route = pathOf(url, options.baseUrl);
  const header = Object.entries(headers).find(([name]) => name.toLowerCase() === 'x-accepted-github-permissions')?.[1];
  let permissions = header === undefined ? [] : parseAcceptedPermissions(String(header));
  if (permissions.length === 0) {
    const entry = TABLE.find((candidate) => (candidate.method === undefined || candidate.method.test(verb)) && candidate.path.test(route));
    permissions = entry?.needs(verb) ?? [];
  }
  return new PermissionError(verb, route, permissions, {
    ...(options.cause === undefined ? {} : { cause: options.cause }),
    ...(options.reason === undefined ? {} : { reason: options.reason }),
  });
}

/**
 * GitHub's reason when an Octokit error is GitHub refusing a call for want of a permission ("Resource not accessible
 * by integration", or "... by personal access token"), else undefined: a secondary rate limit's 403 is not one.
 */
export function permissionRefusal(error: unknown): string | undefined {
  const candidate = error as { status?: unknown; message?: unknown; response?: { data?: { message?: unknown } } } | null;
  if (candidate?.status !== 403) return undefined;
  const message = typeof candidate.response?.data?.message === 'string' ? candidate.response.data.message : String(candidate.message ?? '');
  return /^\s*Resource not accessible by (?:integration|personal access token)/i.exec(message)?.[0].trim();
}
