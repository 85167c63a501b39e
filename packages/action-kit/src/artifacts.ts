import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import * as core from '@actions/core';
import { globMatcher } from '@crucible/core';
import type { RunContext } from './context.ts';

/** An artifact name pattern as the inputs write them (`crucible-*`), in Crucible's one glob dialect (core/glob.ts). */
export function matchesPattern(name: string, pattern: string): boolean {
  return globMatcher(pattern)(name);
}

/**
 * Uploads files as an artifact of this run, through @actions/artifact (loaded only here). On GHES, where
 * @actions/artifact 6 does not work, it says so and returns undefined: evidence then moves by path.
 */
export async function uploadEvidence(context: RunContext, name: string, files: string[], root: string): Promise<number | undefined> {
  if (context.ghes) {
    core.notice(`Not uploading artifact "${name}": artifacts are not supported on GitHub Enterprise Server by @actions/artifact 6. Pass evidence between jobs by path.`);
    return undefined;
  }
  const { DefaultArtifactClient } = await import('@actions/artifact');
  try {
    const { id } = await new DefaultArtifactClient().uploadArtifact(name, files, root);
    core.info(`Uploaded artifact "${name}" (id ${id}).`);
    return id;
  } catch (error) {
    // Artifact names are unique in a run: a job run again in the same attempt finds its first upload there. That
    // one stays; the evidence written this time is still in the outputs' paths and the job summary.
    if (!/\(409\) Conflict|already exists/i.test(error instanceof Error ? error.message : String(error))) throw error;
    core.warning(`Artifact "${name}" already exists on this workflow run (the job ran before in this attempt); the earlier upload is kept. Give artifact-name another value to keep both.`);
    return undefined;
  }
}

/** A connection the network dropped (the results service answers no status then); @actions/artifact does not retry it. */
const DROPPED = /ECONNRESET|ECONNREFUSED|ETIMEDOUT|EPIPE|socket hang up/;

/** Runs a read of the results service again, twice at most, when the connection was dropped. */
async function retryDropped<T>(read: () => Promise<T>, what: string): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await read();
    } catch (error) {
      if (attempt >= 3 || !DROPPED.test(error instanceof Error ? error.message : String(error))) throw error;
      core.info(`The connection dropped while ${what}; trying again (${attempt} of 2).`);
      await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
    }
  }
}

/**
 * Downloads this run's artifacts whose names match `pattern` into `<destination>/<name>/`, and returns those
 * folders by name. Empty on GHES.
 */
export async function downloadRunArtifacts(context: RunContext, pattern: string, destination: string): Promise<Map<string, string>> {
  const folders = new Map<string, string>();
  if (context.ghes) return folders;
  const { DefaultArtifactClient } = await import('@actions/artifact');
  const client = new DefaultArtifactClient();
  const { artifacts } = await retryDropped(() => client.listArtifacts({ latest: true }), 'listing the run\'s artifacts');
  for (const artifact of artifacts.filter((candidate) => matchesPattern(candidate.name, pattern)).sort((a, b) => a.name.localeCompare(b.name))) {
    const folder = join(destination, artifact.name);
    mkdirSync(folder, { recursive: true });
    await retryDropped(() => client.downloadArtifact(artifact.id, { path: folder }), `downloading artifact "${artifact.name}"`);
    folders.set(artifact.name, folder);
  }
  return folders;
}
