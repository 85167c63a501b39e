import { isDeepStrictEqual } from 'node:util';
import { CrucibleError } from '@crucible/core';
import * as z from 'zod/mini';
import type { Repository } from './baseline.ts';
import type { GitHubClient } from './octokit.ts';
import { checked, statusOf } from './response.ts';

/** GitHub refused to create a deployment because required status contexts of the commit are not green (409). */
export class DeploymentBlockedError extends CrucibleError {
  readonly contexts: Array<{ context: string; state: string }>;
  constructor(ref: string, contexts: Array<{ context: string; state: string }>, options?: ErrorOptions) {
    const named = contexts.length === 0 ? 'its required status checks' : contexts.map((entry) => `${entry.context} (${entry.state})`).join(', ');
    super(
      `GitHub refused to create a deployment of ${ref}: ${named} did not pass (409). Wait for the checks, or pass the ` +
        'contexts that must pass as required contexts ([] for none).',
      options,
    );
    this.name = 'DeploymentBlockedError';
    this.contexts = contexts;
  }
}

export type DeploymentState = 'error' | 'failure' | 'inactive' | 'in_progress' | 'queued' | 'pending' | 'success';

export type DeploymentInfo = {
  id: number;
  sha: string;
  ref: string;
  task: string;
  environment: string;
  /** As GitHub stores it: the object (or string) given at creation. */
  payload: unknown;
  description: string | null;
  productionEnvironment: boolean | undefined;
  transientEnvironment: boolean | undefined;
  createdAt: string;
  creator: string | null;
};

export type DeploymentStatusInfo = { id: number; state: DeploymentState; environment: string | undefined; logUrl: string; environmentUrl: string; createdAt: string };

export type DeploymentRequest = {
  /** A branch, tag or sha; GitHub resolves it and records the sha. */
  ref: string;
  environment: string;
  /** Contexts that must be green on the commit; [] for none. Omitting it on GitHub means all, so it is required here. */
  requiredContexts: string[];
  task?: string;
  payload?: Record<string, unknown>;
  description?: string;
  productionEnvironment?: boolean;
  transientEnvironment?: boolean;
};

const deploymentSchema = z.looseObject({
  id: z.number(),
  sha: z.string(),
  ref: z.string(),
  task: z.string(),
  environment: z.string(),
  payload: z.unknown(),
  description: z.optional(z.nullable(z.string())),
  production_environment: z.optional(z.boolean()),
  transient_environment: z.optional(z.boolean()),
  created_at: z.string(),
  creator: z.nullable(z.looseObject({ login: z.string() })),
});

const STATES = ['error', 'failure', 'inactive', 'in_progress', 'queued', 'pending', 'success'] as const;
const statusSchema = z.looseObject({
  id: z.number(),
  state: z.enum(STATES),
  environment: z.optional(z.string()),
  log_url: z.optional(z.string()),
  target_url: z.optional(z.string()),
  environment_url: z.optional(z.string()),
  created_at: z.string(),
});

function deploymentOf(data: unknown, call: string): DeploymentInfo {
  const body = checked(deploymentSchema, data, call);
  return {
    id: body.id,
    sha: body.sha,
    ref: body.ref,
    task: body.task,
    environment: body.environment,
    payload: body.payload,
    description: body.description ?? null,
    productionEnvironment: body.production_environment,
    transientEnvironment: body.transient_environment,
    createdAt: body.created_at,
    creator: body.creator?.login ?? null,
  };
}

function statusOfDeployment(data: unknown, call: string): DeploymentStatusInfo {
  const body = checked(statusSchema, data, call);
  return {
    id: body.id,
    state: body.state,
    environment: body.environment,
    logUrl: body.log_url ?? body.target_url ?? '',
    environmentUrl: body.environment_url ?? '',
    createdAt: body.created_at,
  };
}

type ConflictBody = { errors?: Array<{ contexts?: Array<{ context?: unknown; state?: unknown }> }> };

/**
 * Creates a GitHub Deployment (POST /repos/{o}/{r}/deployments) with auto_merge off: a deployment must never merge
 * the default branch into the ref as a side effect. A 409 (required contexts not green) becomes a
 * DeploymentBlockedError naming them. Needs `deployments: write`.
 */
export async function createDeployment(client: GitHubClient, repository: Repository, request: DeploymentRequest): Promise<DeploymentInfo> {
  const call = `POST /repos/${repository.owner}/${repository.repo}/deployments`;
  try {
    const { data, status } = await client.rest.repos.createDeployment({
      ...repository,
      ref: request.ref,
      environment: request.environment,
      auto_merge: false,
      required_contexts: request.requiredContexts,
      ...(request.task === undefined ? {} : { task: request.task }),
      ...(request.payload === undefined ? {} : { payload: request.payload }),
      ...(request.description === undefined ? {} : { description: request.description }),
      ...(request.productionEnvironment === undefined ? {} : { production_environment: request.productionEnvironment }),
      ...(request.transientEnvironment === undefined ? {} : { transient_environment: request.transientEnvironment }),
    });
    // 202 is GitHub merging the default branch into the ref, which auto_merge: false rules out; if it ever comes,
    // no deployment was made.
    if (status !== 201) throw new CrucibleError(`${call} answered ${status} without creating a deployment: ${JSON.stringify(data).slice(0, 200)}`);
    return deploymentOf(data, call);
  } catch (error) {
    if (statusOf(error) !== 409) throw error;
    const body = (error as { response?: { data?: ConflictBody } }).response?.data;
    const contexts = (body?.errors ?? []).flatMap((entry) => entry.contexts ?? []).map((entry) => ({ context: String(entry.context ?? ''), state: String(entry.state ?? '') }));
    throw new DeploymentBlockedError(request.ref, contexts, { cause: error });
  }
}

export type DeploymentQuery = { environment: string; sha?: string; ref?: string; task?: string };

/** Deployments matching the query (all pages), newest first, as GitHub lists them. Needs `deployments: read`. */
export async function listDeployments(client: GitHubClient, repository: Repository, query: DeploymentQuery): Promise<DeploymentInfo[]> {
  const call = `GET /repos/${repository.owner}/${repository.repo}/deployments`;
  const raw = await client.paginate(client.rest.repos.listDeployments, {
    ...repository,
    environment: query.environment,
    ...(query.sha === undefined ? {} : { sha: query.sha }),
    ...(query.ref === undefined ? {} : { ref: query.ref }),
    ...(query.task === undefined ? {} : { task: query.task }),
    per_page: 100,
  });
  return raw.map((deployment) => deploymentOf(deployment, call));
}

/** `wanted`'s every key has a deeply equal value in `payload` (more keys in `payload` are fine). */
function payloadMatches(payload: unknown, wanted: Record<string, unknown>): boolean {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return false;
  return Object.entries(wanted).every(([key, value]) => isDeepStrictEqual((payload as Record<string, unknown>)[key], value));
}

/**
 * The newest deployment of `sha` to `environment` (and `task`) whose payload holds every key of `payload` with the
 * same value: a re-run of the same run finds the deployment its first attempt made. Undefined when none.
 */
export async function findDeployment(
  client: GitHubClient,
  repository: Repository,
  query: { environment: string; sha: string; task?: string; payload: Record<string, unknown> },
): Promise<DeploymentInfo | undefined> {
  const found = await listDeployments(client, repository, { environment: query.environment, sha: query.sha, ...(query.task === undefined ? {} : { task: query.task }) });
  return found.find((deployment) => payloadMatches(deployment.payload, query.payload));
}

/**
 * The deployment for this request: an existing one of the same sha, environment, task and payload (a re-run), else a
 * new one. `sha` is the commit `request.ref` names, which the caller knows (GITHUB_SHA, or the version's commit).
 */
export async function ensureDeployment(
  client: GitHubClient,
  repository: Repository,
  request: DeploymentRequest & { sha: string },
): Promise<{ deployment: DeploymentInfo; created: boolean }> {
  const existing = await findDeployment(client, repository, {
    environment: request.environment,
    sha: request.sha,
    task: request.task ?? 'deploy',
    payload: request.payload ?? {},
  });
  if (existing !== undefined) return { deployment: existing, created: false };
  return { deployment: await createDeployment(client, repository, request), created: true };
}

export type DeploymentStatusRequest = {
  state: DeploymentState;
  /** The run's page, shown as the deployment's log. */
  logUrl?: string;
  /** Where the deployed thing answers (a model endpoint). */
  environmentUrl?: string;
  /** At most 140 characters; longer ones are cut. */
  description?: string;
  /** GitHub's default (true) marks earlier successful non-production deployments of the environment inactive. */
  autoInactive?: boolean;
};

/** Adds a status to a deployment (POST .../deployments/{id}/statuses). Needs `deployments: write`. */
export async function setDeploymentStatus(client: GitHubClient, repository: Repository, deploymentId: number, status: DeploymentStatusRequest): Promise<DeploymentStatusInfo> {
  const { data } = await client.rest.repos.createDeploymentStatus({
    ...repository,
    deployment_id: deploymentId,
    state: status.state,
    ...(status.logUrl === undefined ? {} : { log_url: status.logUrl }),
    ...(status.environmentUrl === undefined ? {} : { environment_url: status.environmentUrl }),
    ...(status.description === undefined ? {} : { description: status.description.slice(0, 140) }),
    ...(status.autoInactive === undefined ? {} : { auto_inactive: status.autoInactive }),
  });
  return statusOfDeployment(data, `POST /repos/${repository.owner}/${repository.repo}/deployments/${deploymentId}/statuses`);
}

/** A deployment's latest status, or undefined when it has none yet. */
export async function latestDeploymentStatus(client: GitHubClient, repository: Repository, deploymentId: number): Promise<DeploymentStatusInfo | undefined> {
  const call = `GET /repos/${repository.owner}/${repository.repo}/deployments/${deploymentId}/statuses`;
  const { data } = await client.rest.repos.listDeploymentStatuses({ ...repository, deployment_id: deploymentId, per_page: 1 });
  return data[0] === undefined ? undefined : statusOfDeployment(data[0], call);
}

/**
 * Marks inactive every deployment to `environment` older than `keep` whose latest status is `success`: GitHub's
 * auto_inactive leaves production deployments alone, so a promotion retires the one it replaces itself.
 * Returns the ids it marked. Needs `deployments: write`.
 */
export async function deactivateOlderDeployments(
  client: GitHubClient,
  repository: Repository,
  options: { environment: string; keep: number; description?: string },
): Promise<number[]> {
  const marked: number[] = [];
  for (const deployment of await listDeployments(client, repository, { environment: options.environment })) {
    if (deployment.id >= options.keep) continue;
    let latest: DeploymentStatusInfo | undefined;
    try {
      latest = await latestDeploymentStatus(client, repository, deployment.id);
    } catch (error) {
      // Deleted since the listing.
      if (statusOf(error) === 404) continue;
      throw error;
    }
    if (latest?.state !== 'success') continue;
    await setDeploymentStatus(client, repository, deployment.id, {
      state: 'inactive',
      description: options.description ?? `Superseded by deployment ${options.keep}.`,
      autoInactive: false,
    });
    marked.push(deployment.id);
  }
  return marked;
}
