import { statSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import type { RunContext } from '@crucible/action-kit';
import { globMatcher, type Log, MAX_EVIDENCE_BYTES, modelToTagPart, parseEvidence, readFileSafely, scanEvidence } from '@crucible/core';
import {
  createAnnotatedTag,
  deactivateOlderDeployments,
  downloadArtifactZip,
  ensureDeployment,
  evidenceOfRunArtifacts,
  ensureRelease,
  getEnvironment,
  type GitHubClient,
  listRunApprovals,
  listRunArtifacts,
  listTags,
  listTeamMembers,
  registryTagsOf,
  setDeploymentStatus,
  uploadReleaseAsset,
} from '@crucible/github';
import { type EvidenceFile, type GatheredEvidence, MAX_RELEASE_ASSET_BYTES, type PromoteGitHub } from './step.ts';

/** The promote step's GitHub, over packages/github: every call there follows pagination and checks what it reads. */
export function promoteGitHub(client: GitHubClient, context: RunContext, options: { workspace: string; cwd: string; log: Log; teamsClient?: GitHubClient | undefined }): PromoteGitHub {
  const repository = { owner: context.owner, repo: context.repo };
  const runUrl = `${context.serverUrl}/${context.owner}/${context.repo}/actions/runs/${context.runId}`;
  return {
    async environment(name) {
      const found = await getEnvironment(client, repository, name);
      return found === undefined ? undefined : { body: found.raw, branchPolicies: found.rawBranchPolicies };
    },
    async approvals(runId) {
      return (await listRunApprovals(client, repository, runId)).raw;
    },
    teamMembers: (team) => listTeamMembers(options.teamsClient ?? client, team),
    async registryTags(model) {
      return registryTagsOf(await listTags(client, repository, modelToTagPart(model)));
    },
    async createTag(name, commitSha, message) {
      const result = await createAnnotatedTag(client, repository, { name, message, commitSha });
      return result.status === 'created' ? { status: 'created', sha: result.tag.commitSha } : { status: 'exists', commitSha: result.existing.commitSha, message: result.existing.message };
    },
    async evidence(source) {
      if (source.kind === 'paths') return localEvidence(source.paths, options);
      return runEvidence(client, repository, source.runId, source.pattern, options.log);
    },
    async modelArtifact(runId, pattern) {
      const matches = globMatcher(pattern);
      const found = (await listRunArtifacts(client, repository, runId)).filter((artifact) => !artifact.expired && matches(artifact.name));
      if (found.length > 1) options.log.warning(`${found.length} artifacts of run ${runId} match "${pattern}"; the audit record names ${found[0]?.name}. Narrow model-artifact to one.`);
      const first = found[0];
      return first === undefined ? undefined : { name: first.name, id: first.id, sizeInBytes: first.sizeInBytes };
    },
    async release(tag, body) {
      const { release } = await ensureRelease(client, repository, { tag, name: tag, body, makeLatest: 'false' });
      return { id: release.id, url: release.htmlUrl, uploadUrl: release.uploadUrl };
    },
    async attach(release, name, content) {
      await uploadReleaseAsset(client, repository, release, { name, data: content, contentType: 'application/json', ifExists: 'replace' });
    },
    async attachArtifact(release, name, artifact) {
      const zip = await downloadArtifactZip(client, { ...repository, artifactId: artifact.id, name: artifact.name }, MAX_RELEASE_ASSET_BYTES);
      const { status } = await uploadReleaseAsset(client, repository, release, { name, data: zip, contentType: 'application/zip', ifExists: 'replace' });
      options.log.info(`${status === 'unchanged' ? 'Kept' : 'Attached'} the model artifact ${artifact.name} as ${name} (${zip.byteLength} bytes).`);
    },
    async deployment(request) {
      const { deployment, created } = await ensureDeployment(client, repository, {
        ref: request.sha,
        sha: request.sha,
        environment: request.environment,
        requiredContexts: request.requiredContexts,
        task: 'deploy',
        payload: request.payload,
        description: request.description,
        productionEnvironment: request.production,
      });
      options.log.info(created ? `Created deployment ${deployment.id} to ${request.environment}.` : `Reusing deployment ${deployment.id} of an earlier attempt.`);
      return deployment.id;
    },
    async deploymentStatus(id, state, description, environmentUrl) {
      await setDeploymentStatus(client, repository, id, { state, logUrl: runUrl, description: description.slice(0, 140), ...(environmentUrl === undefined ? {} : { environmentUrl }) });
    },
    async retireOlderDeployments(environment, keep) {
      return deactivateOlderDeployments(client, repository, { environment, keep, description: 'Replaced by a newer promotion' });
    },
  };
}

/** Evidence under the folders or files the `evidence` input names, read as safely as any named file. */
function localEvidence(paths: readonly string[], options: { workspace: string; cwd: string }): GatheredEvidence {
  const gathered: GatheredEvidence = { files: [], unreadable: [] };
  for (const path of paths) {
    const absolute = resolve(options.cwd, path);
    if (statSync(absolute, { throwIfNoEntry: false })?.isDirectory() === true) {
      const { found, unreadable } = scanEvidence(absolute, { workspace: options.workspace });
      gathered.unreadable.push(...unreadable);
      for (const item of found) gathered.files.push(fileOf(item.path, readFileSafely(item.path, { workspace: options.workspace, maxBytes: MAX_EVIDENCE_BYTES }), item, options.workspace));
    } else {
      try {
        const content = readFileSafely(absolute, { workspace: options.workspace, maxBytes: MAX_EVIDENCE_BYTES });
        const found = parseEvidence(content, absolute, path);
        if (found === undefined) gathered.unreadable.push({ path, reason: 'not a Crucible evidence document (no schema field naming one)' });
        else gathered.files.push(fileOf(absolute, content, found, options.workspace));
      } catch (error) {
        gathered.unreadable.push({ path, reason: (error as Error).message });
      }
    }
  }
  return gathered;
}

function fileOf(path: string, content: Buffer, found: EvidenceFile['found'], workspace: string): EvidenceFile {
  const name = relative(workspace, path);
  return { name: name.startsWith('..') ? basename(path) : name, content, found };
}

/** Evidence from a run's artifacts (this run, or the one `evidence-run-id` names), read by packages/github. */
async function runEvidence(client: GitHubClient, repository: { owner: string; repo: string }, runId: number, pattern: string, log: Log): Promise<GatheredEvidence> {
  const { files, refused } = await evidenceOfRunArtifacts(client, repository, runId, pattern);
  for (const refusal of refused) if (refusal.kind === 'evidence') log.warning(`Refused evidence from ${refusal.source}: ${refusal.reason}`, 'promote: evidence refused');
  return {
    files,
    unreadable: refused.map((refusal) => ({
      path: refusal.source,
      reason: refusal.kind === 'expired' ? 'the artifact has expired; promote from evidence kept elsewhere (the evidence input)' : refusal.reason,
    })),
  };
}
