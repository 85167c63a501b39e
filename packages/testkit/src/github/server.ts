import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Faults } from './faults.ts';
import { errorBody, HttpError, type Reply, type Request, type TokenIdentity } from './http.ts';
import { runtimeToken } from './jwt.ts';
import { idTokenRequestUrl } from './oidc.ts';
import { Router, type Route } from './router.ts';
import { DEFAULT_TOKEN, type Repo, type Run, type Seed, State } from './state.ts';

/** Where each service of the loopback GitHub answers. */
export type Urls = {
  /** REST and GraphQL (GITHUB_API_URL). */
  api: string;
  /** html_url links (GITHUB_SERVER_URL); a *.localhost host, as @actions/artifact and @actions/cache require. */
  server: string;
  /** Twirp results services (ACTIONS_RESULTS_URL). */
  results: string;
  /** Signed blob URLs handed out for uploads and downloads. */
  blobs: string;
};

/** What the route modules get: the world and where things live. */
export type Context = { state: State; urls: Urls };

export type RequestRecord = { method: string; path: string; route: string; status: number };

/** Checks one REST answer against GitHub's OpenAPI description; returns the problems, none when it fits. */
export type ResponseValidator = (method: string, template: string, status: number, body: unknown) => string[];

export type LoopbackOptions = {
  seed?: Seed;
  /** Validate every REST answer against GitHub's OpenAPI description; a misfit answers 500 and is recorded. */
  validator?: ResponseValidator;
  /** Seed of the fault generator. */
  faultSeed?: number;
  /** Serve the REST API under /api/v3 as GitHub Enterprise Server does. */
  ghes?: boolean;
  /** Extra route modules (each registers its routes on the router). */
  modules?: Array<(router: Router, context: Context) => void>;
};

export type RunnerEnvOptions = {
  repo: string;
  run?: number;
  /** The workflow of a new run (name, file name or path); "CI" when omitted. */
  workflow?: string;
  /** The new run's head branch; by default the branch `ref` names, or the default branch. */
  headBranch?: string;
  job?: string;
  token?: string;
  sha?: string;
  ref?: string;
  eventName?: string;
  actor?: string;
  /**
   * The job's `environment:` name. GitHub creates an environment a job names when it does not exist, and so does
   * the loopback. No variable tells a step this name; only the OIDC token's `environment` claim does.
   */
  environment?: string;
  /**
   * The job's `permissions:` grant `id-token: write`: only then does the runner set ACTIONS_ID_TOKEN_REQUEST_URL
   * and ACTIONS_ID_TOKEN_REQUEST_TOKEN, as on GitHub.
   */
  idToken?: boolean;
  /** The `job_workflow_ref` claim when the job runs a reusable workflow (owner/repo/path@ref); the caller's otherwise. */
  jobWorkflowRef?: string;
};

export class LoopbackGitHub {
  readonly state: State;
  readonly urls: Urls;
  readonly faults: Faults;
  /** Every request in arrival order. */
  readonly requests: RequestRecord[] = [];
  readonly #before: Array<{ route: string; action: () => void }> = [];
  /** Requests no route answered (`METHOD path`), so a test sees what is missing. */
  readonly unknownRoutes: string[] = [];
  /** REST answers that did not fit GitHub's OpenAPI description. */
  readonly violations: string[] = [];
  readonly #server: Server;
  readonly #router: Router;
  readonly #validator: ResponseValidator | undefined;
  readonly #prefix: string;

  constructor(server: Server, router: Router, state: State, urls: Urls, options: LoopbackOptions) {
    this.#server = server;
    this.#router = router;
    this.state = state;
    this.urls = urls;
    this.faults = new Faults(options.faultSeed);
    this.#validator = options.validator;
    this.#prefix = options.ghes === true ? '/api/v3' : '';
  }

  /**
   * Runs `action` once, just before the next request of `route` (a template like `POST /repos/{owner}/{repo}/git/refs`)
   * is handled: what another job does to the repository between this one's read and its write, for race tests.
   */
  beforeRoute(route: string, action: () => void): void {
    this.#before.push({ route, action });
  }

  /** How many requests a route template received (`GET /repos/{owner}/{repo}/pulls/{pull_number}`). */
  count(route: string): number {
    return this.requests.filter((request) => request.route === route).length;
  }

  /**
   * The environment a job of `run` sees on the runner: API and results URLs pointing here, a runtime token scoped
   * to the run and job, and the GITHUB_* context. The run is created (a `push` on the default branch) when absent.
   */
  runnerEnv(options: RunnerEnvOptions): Record<string, string> {
    const [owner = '', name = ''] = options.repo.split('/');
    const repo = this.state.repo(owner, name);
    if (repo === undefined) throw new Error(`Loopback GitHub: no repository ${options.repo} in the seed.`);
    const run = this.#run(repo, options);
    const job = this.state.job(run, options.job ?? 'build');
    const token = options.token ?? DEFAULT_TOKEN;
    const sha = options.sha ?? run.headSha;
    const ref = options.ref ?? (run.headBranch === null ? '' : `refs/heads/${run.headBranch}`);
    const workflow = repo.workflows.get(run.workflowId);
    const workflowRef = `${repo.fullName}/${workflow?.path ?? '.github/workflows/ci.yml'}@${ref}`;
    if (options.environment !== undefined && !repo.environments.has(options.environment)) this.state.addEnvironment(repo, { name: options.environment });
    const oidc = options.idToken === true ? this.#idTokenEnv(repo, run, job.backendId, { ...options, sha, ref, workflowRef, workflow: workflow?.path }) : {};
    return {
      GITHUB_API_URL: this.urls.api,
      GITHUB_SERVER_URL: this.urls.server,
      GITHUB_GRAPHQL_URL: `${this.urls.api}/graphql`,
      ACTIONS_RESULTS_URL: `${this.urls.results}/`,
      ACTIONS_RUNTIME_URL: `${this.urls.results}/`,
      ACTIONS_RUNTIME_TOKEN: runtimeToken(run.backendId, job.backendId, Math.floor(this.state.now() / 1000)),
      ACTIONS_CACHE_SERVICE_V2: 'True',
      GITHUB_TOKEN: token,
      GITHUB_REPOSITORY: repo.fullName,
      GITHUB_REPOSITORY_OWNER: repo.owner,
      GITHUB_RUN_ID: String(run.id),
      GITHUB_RUN_NUMBER: String(run.runNumber),
      GITHUB_RUN_ATTEMPT: String(run.runAttempt),
      GITHUB_WORKFLOW: workflow?.name ?? 'CI',
      GITHUB_WORKFLOW_REF: workflowRef,
      GITHUB_JOB: job.name,
      GITHUB_SHA: sha,
      GITHUB_REF: ref,
      GITHUB_REF_NAME: ref.replace(/^refs\/(heads|tags)\//, '').replace(/^refs\/pull\/(\d+)\/merge$/, '$1/merge'),
      GITHUB_EVENT_NAME: options.eventName ?? run.event,
      GITHUB_ACTOR: options.actor ?? run.actor,
      GITHUB_TRIGGERING_ACTOR: run.triggeringActor,
      ...oidc,
    };
  }

  /**
   * ACTIONS_ID_TOKEN_REQUEST_URL/TOKEN for a job given `id-token: write`, and the claims its tokens will carry, as
   * GitHub's OIDC reference lists them: every custom claim a string, `sub` naming the environment when the job has
   * one, else the pull request or the ref.
   */
  #idTokenEnv(
    repo: Repo,
    run: Run,
    jobBackendId: string,
    options: RunnerEnvOptions & { sha: string; ref: string; workflowRef: string; workflow: string | undefined },
  ): Record<string, string> {
    const eventName = options.eventName ?? run.event;
    const actor = options.actor ?? run.actor;
    const pull = eventName.startsWith('pull_request') ? repo.pulls.get(run.pullRequests[0] ?? Number(/^refs\/pull\/(\d+)\//.exec(options.ref)?.[1])) : undefined;
    let subject = `repo:${repo.fullName}:ref:${options.ref}`;
    if (options.environment !== undefined) subject = `repo:${repo.fullName}:environment:${options.environment}`;
    else if (eventName === 'pull_request' || eventName === 'pull_request_target') subject = `repo:${repo.fullName}:pull_request`;
    const claims: Record<string, string> = {
      sub: subject,
      ...(options.environment === undefined ? {} : { environment: options.environment }),
      ref: options.ref,
      sha: options.sha,
      repository: repo.fullName,
      repository_owner: repo.owner,
      repository_owner_id: String(this.state.user(repo.owner, 'Organization').id),
      run_id: String(run.id),
      run_number: String(run.runNumber),
      run_attempt: String(run.runAttempt),
      repository_visibility: repo.private ? 'private' : 'public',
      repository_id: String(repo.id),
      actor_id: String(this.state.user(actor).id),
      actor,
      workflow: repo.workflows.get(run.workflowId)?.name ?? 'CI',
      head_ref: pull?.head.ref ?? '',
      base_ref: pull?.base.ref ?? '',
      event_name: eventName,
      // The loopback knows no branch protection; it takes the default branch for protected, as most repositories do.
      ref_protected: String(options.ref === `refs/heads/${repo.defaultBranch}`),
      ref_type: options.ref.startsWith('refs/tags/') ? 'tag' : 'branch',
      workflow_ref: options.workflowRef,
      workflow_sha: options.sha,
      job_workflow_ref: options.jobWorkflowRef ?? options.workflowRef,
      job_workflow_sha: options.sha,
      runner_environment: 'self-hosted',
    };
    const token = `oidc_${randomUUID().replaceAll('-', '')}`;
    this.state.idTokenGrants.set(token, { jobBackendId, defaultAudience: `${this.urls.server}/${repo.owner}`, claims });
    return { ACTIONS_ID_TOKEN_REQUEST_URL: idTokenRequestUrl(this, run.backendId, jobBackendId), ACTIONS_ID_TOKEN_REQUEST_TOKEN: token };
  }

  #run(repo: Repo, options: RunnerEnvOptions): Run {
    if (options.run !== undefined) {
      const run = repo.runs.get(options.run);
      if (run === undefined) throw new Error(`Loopback GitHub: no run ${options.run} in ${repo.fullName}.`);
      return run;
    }
    const head = options.sha ?? repo.branches.get(repo.defaultBranch);
    if (head === undefined) throw new Error(`Loopback GitHub: ${repo.fullName} has no commits; seed some or pass sha.`);
    return this.state.addRun(repo, {
      workflow: options.workflow,
      event: options.eventName ?? 'push',
      headSha: head,
      headBranch: options.headBranch ?? (options.ref === undefined ? repo.defaultBranch : /^refs\/heads\/(.+)$/.exec(options.ref)?.[1]),
      status: 'in_progress',
      actor: options.actor,
    });
  }

  async close(): Promise<void> {
    this.#server.closeAllConnections();
    this.#server.close();
    await once(this.#server, 'close');
  }

  /** Answers one request: log, faults, permission, handler, validation. */
  async handle(incoming: IncomingMessage, response: ServerResponse): Promise<void> {
    const body = await readBody(incoming);
    const url = new URL(incoming.url ?? '/', this.urls.api);
    const method = incoming.method ?? 'GET';
    const path = this.#prefix !== '' && url.pathname.startsWith(this.#prefix) ? url.pathname.slice(this.#prefix.length) || '/' : url.pathname;
    const { route, params, methods } = this.#router.match(method, path);
    const routeName = route === undefined ? 'unknown' : `${route.method} ${route.template}`;
    const record: RequestRecord = { method, path, route: routeName, status: 0 };
    this.requests.push(record);
    const hook = this.#before.findIndex((candidate) => candidate.route === routeName);
    if (hook !== -1) this.#before.splice(hook, 1)[0]?.action();

    for (const fault of this.faults.next(routeName)) {
      if (fault.type === 'latency') await new Promise((done) => setTimeout(done, fault.ms));
      else if (fault.type === 'reset') {
        record.status = -1;
        incoming.socket.destroy();
        return;
      } else return this.#send(response, record, faultReply(fault));
    }

    if (route === undefined) {
      this.unknownRoutes.push(`${method} ${path}`);
      const status = methods.length > 0 ? 405 : 404;
      return this.#send(response, record, { status, body: errorBody(status, status === 404 ? 'Not Found' : 'Method Not Allowed') });
    }
    const req: Request = { method, url, path, headers: incoming.headers, body, params };
    let reply: Reply;
    try {
      req.token = this.#authorize(route, incoming.headers.authorization);
      reply = await route.handler(req);
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      reply = { status: error.status, headers: error.headers, body: errorBody(error.status, error.message, error.extra) };
    }
    if (route.openapi && this.#validator !== undefined && !Buffer.isBuffer(reply.body)) {
      const problems = this.#validator(route.method, route.operation ?? route.template, reply.status, reply.body);
      if (problems.length > 0) {
        const violation = `${routeName} answered ${reply.status} that does not fit GitHub's OpenAPI description:\n  ${problems.join('\n  ')}`;
        // Clients retry a 500; one record per distinct misfit is enough.
        if (!this.violations.includes(violation)) this.violations.push(violation);
        reply = { status: 500, body: errorBody(500, `loopback GitHub: ${violation}`) };
      }
    }
    this.#send(response, record, reply);
  }

  #authorize(route: Route, authorization: string | undefined): TokenIdentity | undefined {
    if (route.needs === undefined) return undefined;
    const token = authorization?.replace(/^(token|bearer)\s+/i, '');
    const identity = token === undefined ? undefined : this.state.tokens.get(token);
    if (identity === undefined) {
      // Public repositories are readable without a token; everything else wants one.
      if (route.needs[1] === 'read' && token === undefined) return undefined;
      throw new HttpError(401, 'Bad credentials');
    }
    const [scope, level] = route.needs;
    const granted = identity.scopes[scope] ?? 'none';
    if (granted === 'none' || (level === 'write' && granted !== 'write')) {
      // GitHub names what the endpoint accepts, in its own spelling (pull_requests=write), for installation tokens
      // and fine-grained personal tokens; not for classic personal tokens.
      const headers: Record<string, string> = identity.type === 'Bot' ? { 'x-accepted-github-permissions': `${scope.replaceAll('-', '_')}=${level}` } : {};
      throw new HttpError(403, 'Resource not accessible by integration', {}, headers);
    }
    return identity;
  }

  #send(response: ServerResponse, record: RequestRecord, reply: Reply): void {
    record.status = reply.status;
    const headers: Record<string, string> = {
      'x-github-media-type': 'github.v3; format=json',
      'x-github-request-id': `LOOP:${this.requests.length}`,
      ...reply.headers,
    };
    let payload: Buffer | string = '';
    if (Buffer.isBuffer(reply.body)) payload = reply.body;
    else if (typeof reply.body === 'string') payload = reply.body;
    else if (reply.body !== undefined) {
      payload = JSON.stringify(reply.body);
      headers['content-type'] ??= 'application/json; charset=utf-8';
    }
    headers['content-length'] = String(Buffer.byteLength(payload));
    response.writeHead(reply.status, headers);
    response.end(payload);
  }
}

function faultReply(fault: Exclude<import('./faults.ts').FaultKind, { type: 'latency' | 'reset' }>): Reply {
  switch (fault.type) {
    case 'status':
      return { status: fault.status, body: errorBody(fault.status, fault.status === 502 ? 'Server Error' : 'Service Unavailable') };
    case 'secondary-rate-limit':
      return {
        status: 403,
        headers: { 'retry-after': String(fault.retryAfterSeconds ?? 1), 'x-ratelimit-remaining': '4999' },
        body: errorBody(403, 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', {
          documentation_url:
            'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
        }),
      };
    case 'rate-limit-429':
      return {
        status: 429,
        headers: { 'retry-after': String(fault.retryAfterSeconds ?? 1) },
        body: errorBody(429, 'Too Many Requests'),
      };
  }
}

async function readBody(incoming: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Starts a loopback GitHub on 127.0.0.1 with an ephemeral port. Route modules register REST, GraphQL, Twirp and
 * blob routes; `close()` stops it (tests call it in afterAll/afterEach).
 */
export async function startLoopbackGitHub(
  options: LoopbackOptions & { modules: NonNullable<LoopbackOptions['modules']> },
): Promise<LoopbackGitHub> {
  const state = new State(options.seed);
  const router = new Router();
  const server = createServer();
  server.keepAliveTimeout = 1000;
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  const urls: Urls = {
    api: options.ghes === true ? `${origin}/api/v3` : origin,
    // A GHES host is not *.localhost, so @actions/artifact and @actions/cache refuse it there as they do on GHES.
    server: options.ghes === true ? `http://ghes.internal.test:${port}` : `http://github.localhost:${port}`,
    results: origin,
    blobs: `${origin}/_blobs`,
  };
  for (const register of options.modules) register(router, { state, urls });
  const github = new LoopbackGitHub(server, router, state, urls, options);
  server.on('request', (incoming: IncomingMessage, response: ServerResponse) => {
    github.handle(incoming, response).catch((error: unknown) => {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      github.violations.push(`loopback GitHub crashed on ${incoming.method} ${incoming.url}: ${message}`);
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'application/json' });
      response.end(JSON.stringify(errorBody(500, 'loopback GitHub crashed; see violations')));
    });
  });
  // A test that forgets close() must not keep the process alive.
  server.unref();
  return github;
}
