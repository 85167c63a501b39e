import { heldStages, InputError, modelToTagPart, registryState, stageHolder, tryParseVersion, validateModelName, validateStage } from '@crucible/core';
import * as z from 'zod/mini';
import type { Repository } from './baseline.ts';
import { latestDeploymentStatus } from './deployments.ts';
import type { GitHubClient } from './octokit.ts';
import { checked, statusOf } from './response.ts';
import { listTags, registryTagsOf } from './tags.ts';

/** No version to monitor: nothing deployed to the environment, or no version holding the stage. */
export class DeployedVersionError extends InputError {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'DeployedVersionError';
  }
}

export type DeployedVersion = {
  model: string;
  /** As the registry writes it: `v1.2.3`. */
  version: string;
  /** The commit the deployment was made of. */
  sha: string;
  environment: string;
  deploymentId: number;
  /** When its successful status was set. */
  deployedAt: string;
};

/** The newest deployments read before giving up: an environment's history can be long, the answer is near the top. */
const DEFAULT_MAX_DEPLOYMENTS = 100;

const deploymentSchema = z.looseObject({
  id: z.number(),
  sha: z.string(),
  environment: z.string(),
  payload: z.unknown(),
});

/** `{model, version}` of a deployment payload as promote and deploy write it, when it has them. */
function payloadVersion(payload: unknown): { model: string; version: string } | undefined {
  let value = payload;
  // GitHub keeps a payload given as a JSON string as that string.
  if (typeof value === 'string' && value.length <= 64 * 1024) {
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      return undefined;
    }
  }
  const model = (value as { model?: unknown } | null)?.model;
  const version = (value as { version?: unknown } | null)?.version;
  return typeof model === 'string' && typeof version === 'string' ? { model, version } : undefined;
}

/**
 * The version of `model` deployed to `environment`: the newest deployment of that environment whose payload names
 * the model (as promote and deploy write it: `{model, version, ...}`) and whose latest status is `success`. A newer
 * deployment that failed or was rolled back leaves the older successful one in place; one marked inactive was
 * replaced. Reads the newest `maxDeployments` (100) deployments of the environment. Needs `deployments: read`.
 */
export async function resolveDeployedVersion(
  client: GitHubClient,
  repository: Repository,
  query: { model: string; environment: string; maxDeployments?: number },
): Promise<DeployedVersion> {
  validateModelName(query.model, 'model');
  const call = `GET /repos/${repository.owner}/${repository.repo}/deployments`;
  const limit = query.maxDeployments ?? DEFAULT_MAX_DEPLOYMENTS;
  let read = 0;
  let ofModel = 0;
  const unreadable: string[] = [];
  for await (const page of client.paginate.iterator(client.rest.repos.listDeployments, { ...repository, environment: query.environment, per_page: 100 })) {
    for (const item of page.data) {
      if (read++ >= limit) break;
      const deployment = checked(deploymentSchema, item, call);
      // GitHub matches the environment name without case; the monitor wants the one it was given.
      if (deployment.environment !== query.environment) continue;
      const named = payloadVersion(deployment.payload);
      if (named?.model !== query.model) continue;
      ofModel++;
      let status;
      try {
        status = await latestDeploymentStatus(client, repository, deployment.id);
      } catch (error) {
        // Deleted since the listing.
        if (statusOf(error) === 404) continue;
        throw error;
      }
      if (status?.state !== 'success') continue;
      // The payload is anyone's with deployments: write: the version must be one the registry could name.
      if (tryParseVersion(named.version) === undefined) {
        unreadable.push(`deployment ${deployment.id} names version "${named.version.slice(0, 60)}"`);
        continue;
      }
      return { model: query.model, version: named.version, sha: deployment.sha, environment: query.environment, deploymentId: deployment.id, deployedAt: status.createdAt };
    }
    if (read >= limit) break;
  }
  const looked = read >= limit ? `the newest ${limit} deployments` : `${read} deployment${read === 1 ? '' : 's'}`;
  const found = ofModel === 0 ? `none of them of ${query.model}` : `${ofModel} of ${query.model}, none with a latest status of success`;
  const odd = unreadable.length === 0 ? '' : ` (skipped: ${unreadable.slice(0, 3).join('; ')}, not a version like v1.2.3)`;
  throw new DeployedVersionError(
    `No successful deployment of ${query.model} to ${query.environment} in ${repository.owner}/${repository.repo}: read ${looked} of that environment, ${found}${odd}. ` +
      'Deploy it with Crucible\'s promote or deploy action (they record the model and version in the deployment), or monitor the version that holds a registry stage instead.',
  );
}

export type StageVersion = { model: string; stage: string; version: string; sha: string };

/**
 * The version of `model` that holds `stage` in the registry (the repository's GTO tags, read as packages/core's
 * registry reads them: the latest assignment wins). Fails with the stages that are held when none holds this one.
 * Needs `contents: read`.
 */
export async function resolveStageVersion(client: GitHubClient, repository: Repository, query: { model: string; stage: string }): Promise<StageVersion> {
  validateModelName(query.model, 'model');
  validateStage(query.stage, undefined, 'stage');
  const tags = registryTagsOf(await listTags(client, repository, modelToTagPart(query.model)));
  const holder = stageHolder(registryState(tags), query.model, query.stage);
  switch (holder.status) {
    case 'held':
      return { model: query.model, stage: query.stage, version: holder.version, sha: holder.sha };
    case 'no-model':
      throw new DeployedVersionError(`The registry of ${repository.owner}/${repository.repo} has no model "${query.model}" (no registry tags of it, or it is deprecated); promote a version of it first.`);
    case 'not-held':
      throw new DeployedVersionError(`No version of ${query.model} holds the stage "${query.stage}" (${heldStages(holder.model)}); promote a version to ${query.stage} first.`);
    case 'not-registered':
      throw new DeployedVersionError(`The stage "${query.stage}" of ${query.model} is held by commit ${holder.held.slice(0, 7)}, which is not a registered version; promote a registered version to ${query.stage}.`);
  }
}
