import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as core from '@actions/core';
import type { RunContext } from '@crucible/action-kit';
import { downloadRunArtifacts, matchesPattern } from '@crucible/action-kit/artifacts';
import { EvidenceError, findEvidence, type FoundEvidence, parseEvidence, readEvidenceFile, type RefusedEvidence } from '@crucible/core';
import { ArtifactError, downloadArtifactFiles, type GitHubClient } from '@crucible/github';

export type Gathered = { evidence: FoundEvidence[]; refused: RefusedEvidence[] };

/** Reads evidence, turning a refusal (too large, not JSON, not valid for its schema) into a reason, not a crash. */
function attempt(gathered: Gathered, source: string, read: () => FoundEvidence | FoundEvidence[] | undefined): void {
  try {
    const found = read();
    if (found !== undefined) gathered.evidence.push(...(Array.isArray(found) ? found : [found]));
  } catch (error) {
    if (!(error instanceof EvidenceError || error instanceof ArtifactError)) throw error;
    gathered.refused.push({ source, reason: error.message });
    core.warning(`Refused evidence from ${source}: ${error.message}`, { title: 'report: evidence refused' });
  }
}

/** Evidence from paths the workflow gives: a folder is searched, a file is read. */
export function evidenceFromPaths(paths: string[], cwd: string): Gathered {
  const gathered: Gathered = { evidence: [], refused: [] };
  for (const path of paths) {
    const full = resolve(cwd, path);
    if (!existsSync(full)) throw new EvidenceError(`Input "evidence": ${path} does not exist. Point it at the folder or file the evidence was downloaded to.`);
    attempt(gathered, path, () => (statSync(full).isDirectory() ? findEvidence(full) : readEvidenceFile(full, path)));
  }
  return gathered;
}

/** Evidence uploaded earlier in this workflow run (by compare-metrics, validate-data, train). */
export async function evidenceFromThisRun(context: RunContext, pattern: string, ownArtifact: string): Promise<Gathered> {
  const gathered: Gathered = { evidence: [], refused: [] };
  const folders = await downloadRunArtifacts(context, pattern, join(context.runnerTemp, 'crucible', 'report-evidence'));
  for (const [name, folder] of folders) {
    if (name === ownArtifact) continue;
    attempt(gathered, `artifact ${name}`, () => findEvidence(folder));
  }
  return gathered;
}

/**
 * Evidence from the run that triggered this `workflow_run`, which may be a fork's pull request: each artifact is
 * downloaded through the REST API and unzipped in memory within size and file-count limits (an unsafe path refuses
 * the whole artifact), and each JSON file is parsed with its schema. Nothing from it is written to disk or run.
 */
export async function evidenceFromTriggeringRun(client: GitHubClient, context: RunContext, runId: number, pattern: string): Promise<Gathered> {
  const gathered: Gathered = { evidence: [], refused: [] };
  const { data } = await client.rest.actions.listWorkflowRunArtifacts({ owner: context.owner, repo: context.repo, run_id: runId, per_page: 100 });
  for (const artifact of data.artifacts.filter((candidate) => matchesPattern(candidate.name, pattern))) {
    const source = `artifact ${artifact.name} of run ${runId}`;
    if (artifact.expired) {
      gathered.refused.push({ source, reason: 'the artifact has expired' });
      continue;
    }
    let files: Map<string, Buffer>;
    try {
      files = await downloadArtifactFiles(client, { owner: context.owner, repo: context.repo, artifactId: artifact.id, name: artifact.name });
    } catch (error) {
      if (!(error instanceof ArtifactError)) throw error;
      gathered.refused.push({ source, reason: error.message });
      core.warning(`Refused ${source}: ${error.message}`, { title: 'report: artifact refused' });
      continue;
    }
    for (const [path, content] of files) {
      if (path.endsWith('.json')) attempt(gathered, `${source}: ${path}`, () => parseEvidence(content, `${artifact.name}/${path}`, `${source}: ${path}`));
    }
  }
  return gathered;
}
