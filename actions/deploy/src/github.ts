import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { RunContext } from '@crucible/action-kit';
import { InputError, modelToTagPart } from '@crucible/core';
import {
  deactivateOlderDeployments,
  downloadReleaseAsset,
  ensureDeployment,
  getReleaseByTag,
  type GitHubClient,
  listRunArtifacts,
  listTags,
  registryTagsOf,
  setDeploymentStatus,
  unzipBounded,
} from '@crucible/github';
import type { DeployGitHub, ModelSource } from './step.ts';

/** A release asset is read into memory before it is written out: this is the most one may be. */
const MAX_ASSET_BYTES = 2 * 1024 * 1024 * 1024;
const ZIP_LIMITS = { maxBytes: 4 * 1024 * 1024 * 1024, maxFiles: 100_000, maxFileBytes: 4 * 1024 * 1024 * 1024 };

async function fromRelease(client: GitHubClient, context: RunContext, source: Extract<ModelSource, { kind: 'release' }>, folder: string): Promise<void> {
  const repository = { owner: context.owner, repo: context.repo };
  const release = await getReleaseByTag(client, repository, source.tag);
  if (release === undefined) throw new InputError(`The promotion record names the release asset "${source.asset}", but tag ${source.tag} has no published release; refusing to deploy.`);
  const bytes = await downloadReleaseAsset(client, repository, release.id, source.asset, { maxBytes: MAX_ASSET_BYTES });
  if (bytes === undefined) throw new InputError(`The release of ${source.tag} has no uploaded asset "${source.asset}", which the promotion record names; refusing to deploy.`);
  if (!source.unzip) {
    mkdirSync(dirname(join(folder, source.saveAs)), { recursive: true });
    writeFileSync(join(folder, source.saveAs), bytes);
    return;
  }
  // unzipBounded refuses unsafe paths and counts what each entry really inflates to.
  for (const [path, content] of await unzipBounded(bytes, ZIP_LIMITS, `Release asset "${source.asset}" of ${source.tag}`)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), content);
  }
}

async function fromArtifact(client: GitHubClient, context: RunContext, token: string, source: Extract<ModelSource, { kind: 'artifact' }>, folder: string): Promise<void> {
  if (context.ghes) {
    throw new InputError(
      `The model is the artifact "${source.name}" of run ${source.runId}, and @actions/artifact 6 does not download artifacts on GitHub Enterprise Server: attach the model to the version's release (the record's modelArtifact.releaseAsset) and deploy again.`,
    );
  }
  const repository = { owner: context.owner, repo: context.repo };
  const artifact = (await listRunArtifacts(client, repository, source.runId)).find((candidate) => candidate.name === source.name);
  if (artifact === undefined) throw new InputError(`Run ${source.runId} has no artifact "${source.name}", which the promotion record names as the model; refusing to deploy.`);
  if (artifact.expired) {
    throw new InputError(`The model artifact "${source.name}" of run ${source.runId} has expired; attach the model to the version's release so that it outlives the artifact retention.`);
  }
  const { DefaultArtifactClient } = await import('@actions/artifact');
  // Streams to disk (the model may be gigabytes); the digests are checked by the step afterwards.
  await new DefaultArtifactClient().downloadArtifact(artifact.id, {
    path: folder,
    findBy: { token, workflowRunId: source.runId, repositoryOwner: context.owner, repositoryName: context.repo },
  });
}

/** The deploy step's GitHub: the registry's tags, the model from a release or an artifact, deployments. */
export function deployGitHub(client: GitHubClient, context: RunContext, token: string): DeployGitHub {
  const repository = { owner: context.owner, repo: context.repo };
  return {
    async registryTags(model) {
      return registryTagsOf(await listTags(client, repository, modelToTagPart(model)));
    },
    downloadModel: (source, folder) => (source.kind === 'release' ? fromRelease(client, context, source, folder) : fromArtifact(client, context, token, source, folder)),
    async deployment(request) {
      const { deployment, created } = await ensureDeployment(client, repository, {
        ref: request.sha,
        sha: request.sha,
        environment: request.environment,
        task: 'deploy',
        requiredContexts: request.requiredContexts,
        payload: request.payload,
        description: request.description,
        productionEnvironment: request.production,
        transientEnvironment: request.transient,
      });
      return { id: deployment.id, created };
    },
    async deploymentStatus(id, status) {
      // Older deployments are retired explicitly (retireOlderDeployments): GitHub's auto_inactive spares production.
      await setDeploymentStatus(client, repository, id, { ...status, autoInactive: false });
    },
    retireOlderDeployments: (environment, keep) => deactivateOlderDeployments(client, repository, { environment, keep }),
  };
}
