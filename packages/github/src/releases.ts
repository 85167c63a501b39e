import { createHash } from 'node:crypto';
import { CrucibleError } from '@crucible/core';
import * as z from 'zod/mini';
import type { Repository } from './baseline.ts';
import type { GitHubClient } from './octokit.ts';
import { checked, errorText, statusOf } from './response.ts';

export class ReleaseError extends CrucibleError {
  constructor(message: string) {
    super(message);
    this.name = 'ReleaseError';
  }
}

export type ReleaseAssetInfo = {
  id: number;
  name: string;
  size: number;
  contentType: string;
  /** `uploaded`, or `open` for an upload that never finished. */
  state: string;
  /** `sha256:<hex>` where GitHub computed it; null on older assets and GitHub Enterprise Server. */
  digest: string | null;
  browserDownloadUrl: string;
};

export type ReleaseInfo = {
  id: number;
  tagName: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  htmlUrl: string;
  /** The URI template GitHub gives (`https://uploads.github.com/...{?name,label}`; `https://HOST/api/uploads/...` on GHES). */
  uploadUrl: string;
};

export type ReleaseRequest = {
  tag: string;
  name?: string;
  body?: string;
  /** The commit a new tag is made on when `tag` does not exist yet; GitHub's default is the default branch. */
  targetCommitish?: string;
  draft?: boolean;
  prerelease?: boolean;
  makeLatest?: 'true' | 'false' | 'legacy';
};

const assetSchema = z.looseObject({
  id: z.number(),
  name: z.string(),
  size: z.number(),
  content_type: z.string(),
  state: z.string(),
  digest: z.optional(z.nullable(z.string())),
  browser_download_url: z.string(),
});

const releaseSchema = z.looseObject({
  id: z.number(),
  tag_name: z.string(),
  name: z.nullable(z.string()),
  body: z.optional(z.nullable(z.string())),
  draft: z.boolean(),
  prerelease: z.boolean(),
  html_url: z.string(),
  upload_url: z.string(),
});

function releaseOf(data: unknown, call: string): ReleaseInfo {
  const body = checked(releaseSchema, data, call);
  return {
    id: body.id,
    tagName: body.tag_name,
    name: body.name,
    body: body.body ?? null,
    draft: body.draft,
    prerelease: body.prerelease,
    htmlUrl: body.html_url,
    uploadUrl: body.upload_url,
  };
}

function assetOf(data: unknown, call: string): ReleaseAssetInfo {
  const body = checked(assetSchema, data, call);
  return {
    id: body.id,
    name: body.name,
    size: body.size,
    contentType: body.content_type,
    state: body.state,
    digest: body.digest ?? null,
    browserDownloadUrl: body.browser_download_url,
  };
}

/** The published release on a tag (GET releases/tags/{tag}), or undefined. Drafts are not found this way. */
export async function getReleaseByTag(client: GitHubClient, repository: Repository, tag: string): Promise<ReleaseInfo | undefined> {
  try {
    const { data } = await client.rest.repos.getReleaseByTag({ ...repository, tag });
    return releaseOf(data, `GET /repos/${repository.owner}/${repository.repo}/releases/tags/${tag}`);
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw error;
  }
}

/** A release on the tag among all releases, drafts included (which GET releases/tags/{tag} does not find). */
async function findInList(client: GitHubClient, repository: Repository, tag: string): Promise<ReleaseInfo | undefined> {
  const call = `GET /repos/${repository.owner}/${repository.repo}/releases`;
  for await (const page of client.paginate.iterator(client.rest.repos.listReleases, { ...repository, per_page: 100 })) {
    const found = (page.data as Array<{ tag_name?: unknown }>).find((release) => release.tag_name === tag);
    if (found !== undefined) return releaseOf(found, call);
  }
  return undefined;
}

/**
 * The release on `request.tag`: the existing one (a re-run finds its own), else a new one (POST releases). A
 * release made by a concurrent job between the two calls (422 already_exists) is found and reused. An existing
 * release is returned as it is: its name and body are not rewritten. Needs `contents: write`.
 */
export async function ensureRelease(client: GitHubClient, repository: Repository, request: ReleaseRequest): Promise<{ release: ReleaseInfo; created: boolean }> {
  const existing = await getReleaseByTag(client, repository, request.tag);
  if (existing !== undefined) return { release: existing, created: false };
  try {
    const { data } = await client.rest.repos.createRelease({
      ...repository,
      tag_name: request.tag,
      ...(request.name === undefined ? {} : { name: request.name }),
      ...(request.body === undefined ? {} : { body: request.body }),
      ...(request.targetCommitish === undefined ? {} : { target_commitish: request.targetCommitish }),
      draft: request.draft ?? false,
      prerelease: request.prerelease ?? false,
      ...(request.makeLatest === undefined ? {} : { make_latest: request.makeLatest }),
    });
    return { release: releaseOf(data, `POST /repos/${repository.owner}/${repository.repo}/releases`), created: true };
  } catch (error) {
    if (statusOf(error) !== 422 || !/already_exists/.test(errorText(error))) throw error;
    const raced = (await getReleaseByTag(client, repository, request.tag)) ?? (await findInList(client, repository, request.tag));
    if (raced === undefined) throw error;
    return { release: raced, created: false };
  }
}

/** Every asset of a release, all pages. */
export async function listReleaseAssets(client: GitHubClient, repository: Repository, releaseId: number): Promise<ReleaseAssetInfo[]> {
  const call = `GET /repos/${repository.owner}/${repository.repo}/releases/${releaseId}/assets`;
  const raw = await client.paginate(client.rest.repos.listReleaseAssets, { ...repository, release_id: releaseId, per_page: 100 });
  return raw.map((asset) => assetOf(asset, call));
}

export type AssetUpload = {
  name: string;
  data: Uint8Array | string;
  /** `application/json` for evidence. */
  contentType: string;
  label?: string;
  /**
   * What to do when the release already has an asset of this name with other content: `replace` it (delete, then
   * upload), or `keep` the one there. Identical content (same sha256, or same size where GitHub gives no digest) is
   * kept either way, so a re-run does not churn.
   */
  ifExists?: 'replace' | 'keep';
};

export type AssetUploadResult = { status: 'uploaded' | 'replaced' | 'unchanged' | 'kept'; asset: ReleaseAssetInfo };

/**
 * Uploads one asset to a release, to the host in its `upload_url` (uploads.github.com, or `<host>/api/uploads` on
 * GitHub Enterprise Server). A re-run that uploads the same name again does not fail on GitHub's 422
 * already_exists: the asset is kept or replaced as `ifExists` says. An `open` asset (an upload that broke off) is
 * always replaced. Needs `contents: write`.
 */
export async function uploadReleaseAsset(client: GitHubClient, repository: Repository, release: Pick<ReleaseInfo, 'id' | 'uploadUrl'>, upload: AssetUpload): Promise<AssetUploadResult> {
  const bytes = typeof upload.data === 'string' ? Buffer.from(upload.data, 'utf8') : Buffer.from(upload.data.buffer, upload.data.byteOffset, upload.data.byteLength);
  const digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
  const mode = upload.ifExists ?? 'replace';
  const send = async () => {
    const response = await client.request({
      method: 'POST',
      url: release.uploadUrl,
      name: upload.name,
      ...(upload.label === undefined ? {} : { label: upload.label }),
      headers: { 'content-type': upload.contentType, 'content-length': bytes.byteLength },
      data: bytes,
    });
    return assetOf(response.data, `POST ${release.uploadUrl.replace(/\{.*$/, '')}`);
  };
  let replaced = false;
  for (let attempt = 0; attempt < 2; attempt++) {
    const existing = (await listReleaseAssets(client, repository, release.id)).find((asset) => asset.name === upload.name);
    if (existing !== undefined) {
      if (existing.state === 'uploaded' && (await sameContent(client, repository, existing, bytes, digest))) return { status: 'unchanged', asset: existing };
      if (mode === 'keep' && existing.state === 'uploaded') return { status: 'kept', asset: existing };
      try {
        await client.rest.repos.deleteReleaseAsset({ ...repository, asset_id: existing.id });
      } catch (error) {
        // Deleted by someone else in between: the upload below finds the name free.
        if (statusOf(error) !== 404) throw error;
      }
      replaced = true;
    }
    try {
      return { status: replaced ? 'replaced' : 'uploaded', asset: await send() };
    } catch (error) {
      // Another job uploaded the same name between the listing and the upload: look again, once.
      if (statusOf(error) !== 422 || !/already_exists/.test(errorText(error))) throw error;
    }
  }
  throw new ReleaseError(`Release asset "${upload.name}" kept being re-created by another job while this one uploaded it; run the step again.`);
}

/**
 * Whether an uploaded asset holds `bytes`: by GitHub's digest where it gives one, else (older assets, GitHub
 * Enterprise Server) by downloading it when the sizes agree; evidence assets are small.
 */
async function sameContent(client: GitHubClient, repository: Repository, asset: ReleaseAssetInfo, bytes: Buffer, digest: string): Promise<boolean> {
  if (asset.digest !== null) return asset.digest === digest;
  if (asset.size !== bytes.byteLength) return false;
  const current = await downloadAsset(client, repository, asset, bytes.byteLength);
  return current.equals(bytes);
}

/** Reads a response body, refusing it once it passes `maxBytes`. */
async function readCapped(response: Response, maxBytes: number, label: string): Promise<Buffer> {
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > maxBytes) throw new ReleaseError(`${label} is ${declared} bytes, over the ${maxBytes}-byte limit.`);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body?.getReader();
  for (let next = await reader?.read(); next !== undefined && !next.done; next = await reader?.read()) {
    total += next.value.byteLength;
    if (total > maxBytes) {
      await reader?.cancel();
      throw new ReleaseError(`${label} is over the ${maxBytes}-byte limit.`);
    }
    chunks.push(next.value);
  }
  return Buffer.concat(chunks);
}

/**
 * Downloads a release asset by name (GET releases/assets/{id} with `Accept: application/octet-stream`, which answers
 * 302 to a short-lived URL), refusing more than `maxBytes`. Undefined when the release has no asset of that name.
 * Needs `contents: read`.
 */
export async function downloadReleaseAsset(
  client: GitHubClient,
  repository: Repository,
  releaseId: number,
  name: string,
  options: { maxBytes: number },
): Promise<Buffer | undefined> {
  const asset = (await listReleaseAssets(client, repository, releaseId)).find((candidate) => candidate.name === name && candidate.state === 'uploaded');
  if (asset === undefined) return undefined;
  return downloadAsset(client, repository, asset, options.maxBytes);
}

async function downloadAsset(client: GitHubClient, repository: Repository, asset: ReleaseAssetInfo, maxBytes: number): Promise<Buffer> {
  const label = `Release asset "${asset.name}" (${asset.id})`;
  if (asset.size > maxBytes) throw new ReleaseError(`${label} is ${asset.size} bytes, over the ${maxBytes}-byte limit.`);
  const response = await client.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
    ...repository,
    asset_id: asset.id,
    headers: { accept: 'application/octet-stream' },
    // The redirect goes to another host; following it by hand keeps the token off that request and the body capped.
    request: { redirect: 'manual', parseSuccessResponseBody: false },
  });
  // Some GitHub Enterprise Server versions answer the bytes themselves instead of a redirect.
  if (response.status === 200 && response.data instanceof ReadableStream) {
    const length = response.headers['content-length'];
    return readCapped(new Response(response.data, { headers: length === undefined ? {} : { 'content-length': String(length) } }), maxBytes, label);
  }
  const location = response.headers.location;
  if (location === undefined) throw new ReleaseError(`${label}: GitHub answered ${response.status} without a download location.`);
  const download = await fetch(location, { headers: { accept: 'application/octet-stream' } });
  if (!download.ok) throw new ReleaseError(`${label}: the download answered ${download.status} ${download.statusText}.`);
  return readCapped(download, maxBytes, label);
}
