import { CrucibleError, EvidenceError, type FoundEvidence, globMatcher, parseEvidence } from '@crucible/core';
import type { Repository } from './baseline.ts';
import type { GitHubClient } from './octokit.ts';

/** Bounds for an artifact from another run: it may come from a fork's pull request. */
export type ArtifactLimits = { maxBytes: number; maxFiles: number; maxFileBytes: number };

export const DEFAULT_ARTIFACT_LIMITS: ArtifactLimits = { maxBytes: 64 * 1024 * 1024, maxFiles: 1000, maxFileBytes: 32 * 1024 * 1024 };

export class ArtifactError extends CrucibleError {
  constructor(message: string) {
    super(message);
    this.name = 'ArtifactError';
  }
}

/** A path inside an archive that stays inside it: no absolute path, no `..`, no drive letter, no backslash tricks. */
export function safeArchivePath(name: string): string | undefined {
  const normalized = name.replaceAll('\\', '/');
  if (normalized.startsWith('/') || /^[A-Za-z]:/.test(normalized) || normalized.includes('\0')) return undefined;
  const parts = normalized.split('/').filter((part) => part !== '' && part !== '.');
  if (parts.length === 0 || parts.some((part) => part === '..')) return undefined;
  return parts.join('/');
}

/** Reads a response body, refusing it once it passes `maxBytes`. */
async function readCapped(response: Response, maxBytes: number, label: string): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > maxBytes) throw new ArtifactError(`${label} is ${declared} bytes, over the ${maxBytes}-byte limit.`);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body?.getReader();
  for (let next = await reader?.read(); next !== undefined && !next.done; next = await reader?.read()) {
    total += next.value.byteLength;
    if (total > maxBytes) {
      await reader?.cancel();
      throw new ArtifactError(`${label} is over the ${maxBytes}-byte limit.`);
    }
    chunks.push(next.value);
  }
  return Buffer.concat(chunks);
}

/**
 * Unzips in memory, counting the bytes each entry really inflates to (a zip header can lie), and refusing unsafe
 * paths, too many files or too many bytes. Nothing touches the disk; the caller decides what to keep.
 */
export async function unzipBounded(zip: Uint8Array, limits: ArtifactLimits, label: string): Promise<Map<string, Buffer>> {
  const { Unzip, UnzipInflate } = await import('fflate');
  const files = new Map<string, Buffer>();
  let total = 0;
  let failure: ArtifactError | undefined;
  const unzip = new Unzip((entry) => {
    if (failure !== undefined || entry.name.endsWith('/')) return;
    const path = safeArchivePath(entry.name);
    if (path === undefined) {
      failure = new ArtifactError(`${label} holds an unsafe path ${JSON.stringify(entry.name.slice(0, 200))}; refusing the artifact.`);
      return;
    }
    if (files.size + 1 > limits.maxFiles) {
      failure = new ArtifactError(`${label} holds more than ${limits.maxFiles} files; refusing the artifact.`);
      return;
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    entry.ondata = (error, chunk, final) => {
      if (failure !== undefined) return;
      if (error !== null) {
        failure = new ArtifactError(`${label}: ${path} is corrupt (${error.message}).`);
        return;
      }
      size += chunk.byteLength;
      total += chunk.byteLength;
      if (size > limits.maxFileBytes || total > limits.maxBytes) {
        failure = new ArtifactError(`${label}: ${path} inflates past the size limit (${limits.maxFileBytes} bytes a file, ${limits.maxBytes} in all); refusing the artifact.`);
        entry.terminate();
        return;
      }
      chunks.push(chunk);
      if (final) files.set(path, Buffer.concat(chunks));
    };
    entry.start();
  });
  unzip.register(UnzipInflate);
  try {
    // Feeding in slices lets a limit stop the work early instead of after inflating everything.
    const slice = 1 << 20;
    for (let offset = 0; offset < zip.byteLength && failure === undefined; offset += slice) {
      unzip.push(zip.subarray(offset, offset + slice), offset + slice >= zip.byteLength);
    }
  } catch (error) {
    failure ??= new ArtifactError(`${label} is not a valid zip archive (${(error as Error).message}).`);
  }
  if (failure !== undefined) throw failure;
  return files;
}

/**
 * Downloads another run's artifact through the REST API (GET .../artifacts/{id}/zip answers 302 to a short-lived
 * blob URL) and unzips it in memory within `limits`.
 */
export async function downloadArtifactFiles(
  client: GitHubClient,
  target: { owner: string; repo: string; artifactId: number; name: string },
  limits: ArtifactLimits = DEFAULT_ARTIFACT_LIMITS,
): Promise<Map<string, Buffer>> {
  const label = `Artifact "${target.name}" (${target.artifactId})`;
  return unzipBounded(await downloadArtifactZip(client, target, limits.maxBytes), limits, label);
}

/**
 * An artifact's zip as GitHub serves it, unopened, up to `maxBytes` (promote keeps the model's on a release as it
 * is, so that deploy checks the very bytes the training run uploaded).
 */
export async function downloadArtifactZip(client: GitHubClient, target: { owner: string; repo: string; artifactId: number; name: string }, maxBytes: number): Promise<Buffer> {
  const label = `Artifact "${target.name}" (${target.artifactId})`;
  const response = await client.request('GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}', {
    owner: target.owner,
    repo: target.repo,
    artifact_id: target.artifactId,
    archive_format: 'zip',
    request: { redirect: 'manual' },
  });
  const location = response.headers.location;
  if (location === undefined) throw new ArtifactError(`${label}: GitHub answered ${response.status} without a download location.`);
  const blob = await fetch(location);
  if (!blob.ok) throw new ArtifactError(`${label}: the download answered ${blob.status} ${blob.statusText}.`);
  const bytes = await readCapped(blob, maxBytes, label);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** An artifact of a workflow run, as the REST API lists it. */
export type RunArtifact = { id: number; name: string; expired: boolean; sizeInBytes: number };

/** Every artifact of a workflow run (all pages, 100 a page), expired ones included: the caller says why it skips them. */
export async function listRunArtifacts(client: GitHubClient, repository: Repository, runId: number): Promise<RunArtifact[]> {
  const artifacts = await client.paginate(client.rest.actions.listWorkflowRunArtifacts, { ...repository, run_id: runId, per_page: 100 });
  return artifacts.map((artifact) => ({ id: artifact.id, name: artifact.name, expired: artifact.expired, sizeInBytes: artifact.size_in_bytes }));
}

/** One evidence document from an artifact, with its bytes (promote keeps them on the release). */
export type ArtifactEvidence = { name: string; content: Buffer; found: FoundEvidence };
export type ArtifactEvidenceRefusal = { kind: 'expired' | 'artifact' | 'evidence'; source: string; reason: string };

/**
 * Evidence in a run's artifacts whose names match `pattern`, which may come from a fork's pull request: each
 * artifact is downloaded through the REST API and unzipped in memory within limits (an unsafe path refuses the whole
 * artifact), and each JSON file is parsed with its schema. Nothing is written to disk or run. Expired artifacts,
 * refused archives and documents that fail their schema are returned as refusals, for the caller to word.
 */
export async function evidenceOfRunArtifacts(
  client: GitHubClient,
  repository: Repository,
  runId: number,
  pattern: string,
): Promise<{ files: ArtifactEvidence[]; refused: ArtifactEvidenceRefusal[] }> {
  const result: { files: ArtifactEvidence[]; refused: ArtifactEvidenceRefusal[] } = { files: [], refused: [] };
  const matches = globMatcher(pattern);
  for (const artifact of (await listRunArtifacts(client, repository, runId)).filter((candidate) => matches(candidate.name))) {
    const source = `artifact ${artifact.name} of run ${runId}`;
    if (artifact.expired) {
      result.refused.push({ kind: 'expired', source, reason: 'the artifact has expired' });
      continue;
    }
    let files: Map<string, Buffer>;
    try {
      files = await downloadArtifactFiles(client, { ...repository, artifactId: artifact.id, name: artifact.name });
    } catch (error) {
      if (!(error instanceof ArtifactError)) throw error;
      result.refused.push({ kind: 'artifact', source, reason: error.message });
      continue;
    }
    for (const [path, content] of files) {
      if (!path.endsWith('.json')) continue;
      try {
        const found = parseEvidence(content, `${artifact.name}/${path}`, `${source}: ${path}`);
        if (found !== undefined) result.files.push({ name: `${artifact.name}/${path}`, content, found });
      } catch (error) {
        if (!(error instanceof EvidenceError)) throw error;
        result.refused.push({ kind: 'evidence', source: `${source}: ${path}`, reason: error.message });
      }
    }
  }
  return result;
}
