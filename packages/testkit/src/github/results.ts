import { randomUUID } from 'node:crypto';
import { signedBlobUrl } from './blobs.ts';
import type { Reply, Request } from './http.ts';
import { scopeOf } from './jwt.ts';
import type { Handler, Router } from './router.ts';
import type { Context } from './server.ts';
import { iso, type Artifact, type CacheEntry, type Repo, type Run, type State } from './state.ts';

/**
 * The Actions results service as @actions/artifact 6 and @actions/cache 6 call it: Twirp over JSON, authenticated by
 * the runtime token whose `scp` claim names the run and job. Bytes go to the blob side through signed URLs.
 */

const TWIRP = '/twirp/github.actions.results.api.v1';
/** How long handed-out blob URLs work; an hour outlasts any test, and a test that wants expiry moves the clock. */
const SIGNED_URL_TTL_MS = 60 * 60_000;
const DEFAULT_RETENTION_MS = 90 * 86_400_000;

/** Twirp's error codes used here and the HTTP status each one travels with. */
const TWIRP_STATUS = {
  malformed: 400,
  invalid_argument: 400,
  unauthenticated: 401,
  permission_denied: 403,
  not_found: 404,
  already_exists: 409,
  failed_precondition: 412,
} as const;
type TwirpCode = keyof typeof TWIRP_STATUS;

/** Answers a Twirp call with `{code, msg}`; the clients put `msg` into the error they throw. */
class TwirpError extends Error {
  readonly code: TwirpCode;
  constructor(code: TwirpCode, message: string) {
    super(message);
    this.name = 'TwirpError';
    this.code = code;
  }
}

type Message = Record<string, unknown>;
/** A call past authentication: its body and the run and job that the runtime token names. */
type Call = { body: Message; repo: Repo; run: Run; jobBackendId: string };
type Method = (context: Context, call: Call) => Message;

function authenticate(state: State, req: Request): Omit<Call, 'body'> {
  const scope = scopeOf(req.headers.authorization);
  if (scope === undefined) {
    throw new TwirpError('unauthenticated', 'Authorization must be "Bearer <ACTIONS_RUNTIME_TOKEN>" with an Actions.Results scope.');
  }
  const found = state.runByBackendId(scope.runBackendId);
  if (found === undefined || !found.run.jobs.some((job) => job.backendId === scope.jobBackendId)) {
    throw new TwirpError('unauthenticated', 'The runtime token names no job of a workflow run this service knows.');
  }
  return { ...found, jobBackendId: scope.jobBackendId };
}

function parseBody(req: Request): Message {
  if (req.body.length === 0) return {};
  try {
    const body: unknown = JSON.parse(req.body.toString('utf8'));
    if (typeof body === 'object' && body !== null && !Array.isArray(body)) return body as Message;
  } catch {
    // Falls through to the Twirp error below.
  }
  throw new TwirpError('malformed', 'The request body is not a JSON object.');
}

/** Wraps a method: authentication, body decoding, and Twirp's error shape. */
function twirp(context: Context, method: Method): Handler {
  return (req): Reply => {
    try {
      const identity = authenticate(context.state, req);
      return { status: 200, body: method(context, { ...identity, body: parseBody(req) }) };
    } catch (error) {
      if (!(error instanceof TwirpError)) throw error;
      return { status: TWIRP_STATUS[error.code], body: { code: error.code, msg: error.message } };
    }
  };
}

/** A request field by its proto name or its lowerCamelCase JSON name; protobuf JSON allows both. */
function field(body: Message, name: string): unknown {
  return body[name] ?? body[name.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase())];
}

function optionalText(body: Message, name: string): string | undefined {
  const value = field(body, name);
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') throw new TwirpError('invalid_argument', `${name} must be a string.`);
  return value;
}

function requiredText(body: Message, name: string): string {
  const value = optionalText(body, name);
  if (value === undefined) throw new TwirpError('invalid_argument', `${name} is required.`);
  return value;
}

/** An int64 field: a decimal string in protobuf JSON, though a number is accepted too. */
function optionalInt64(body: Message, name: string): number | undefined {
  const value = field(body, name);
  if (value === undefined || value === null || value === '') return undefined;
  const number = Number(value);
  if (!Number.isSafeInteger(number)) throw new TwirpError('invalid_argument', `${name} must be an int64, got ${JSON.stringify(value)}.`);
  return number;
}

function texts(body: Message, name: string): string[] {
  const value = field(body, name) ?? [];
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    throw new TwirpError('invalid_argument', `${name} must be a list of strings.`);
  }
  return value;
}

/** Reserves an empty blob for an upload and returns its name. */
function reserveBlob(state: State, contentType: string): string {
  const name = randomUUID();
  state.blobs.set(name, { data: undefined, blocks: new Map(), contentType });
  return name;
}

function committedSize(state: State, blob: string): number {
  const data = state.blobs.get(blob)?.data;
  if (data === undefined) throw new TwirpError('failed_precondition', 'Nothing was committed to the upload URL; upload the blob first.');
  return data.length;
}

// ---- ArtifactService ----

/** The run and job ids in the request must be the token's own: a job reaches only its run's artifacts. */
function checkBackendIds(call: Call): void {
  const runId = optionalText(call.body, 'workflow_run_backend_id');
  const jobId = optionalText(call.body, 'workflow_job_run_backend_id');
  const foreignRun = runId !== undefined && runId !== call.run.backendId;
  const foreignJob = jobId !== undefined && !call.run.jobs.some((job) => job.backendId === jobId);
  if (foreignRun || foreignJob) {
    throw new TwirpError('permission_denied', 'The runtime token does not grant access to that workflow run or job.');
  }
}

function artifactsNamed(state: State, runId: number, name: string): Artifact[] {
  return [...state.artifacts.values()].filter((artifact) => artifact.runId === runId && artifact.name === name);
}

/** What a job can see of its run: finalized artifacts that have not expired. */
function visibleArtifact(state: State, call: Call): Artifact {
  checkBackendIds(call);
  const name = requiredText(call.body, 'name');
  const artifact = artifactsNamed(state, call.run.id, name).find((candidate) => candidate.finalized && !state.isExpired(candidate));
  if (artifact === undefined) throw new TwirpError('not_found', `Artifact "${name}" not found in this workflow run.`);
  return artifact;
}

function expiryOf(call: Call, now: number): string {
  const requested = optionalText(call.body, 'expires_at');
  if (requested === undefined) return iso(now + DEFAULT_RETENTION_MS);
  const ms = Date.parse(requested);
  if (Number.isNaN(ms)) throw new TwirpError('invalid_argument', `expires_at must be an RFC 3339 timestamp, got "${requested}".`);
  return iso(ms);
}

function createArtifact({ state, urls }: Context, call: Call): Message {
  checkBackendIds(call);
  const name = requiredText(call.body, 'name');
  const existing = artifactsNamed(state, call.run.id, name);
  if (existing.some((artifact) => artifact.finalized)) {
    throw new TwirpError('already_exists', 'an artifact with this name already exists on the workflow run');
  }
  // An upload that was never finalized is abandoned; the new one takes its place.
  for (const abandoned of existing) {
    state.artifacts.delete(abandoned.id);
    state.blobs.delete(abandoned.blob);
  }
  const contentType = optionalText(call.body, 'mime_type') ?? 'application/zip';
  const now = state.now();
  const artifact: Artifact = {
    id: state.nextId(),
    runId: call.run.id,
    jobBackendId: call.jobBackendId,
    name,
    size: 0,
    digest: null,
    createdAt: iso(now),
    expiresAt: expiryOf(call, now),
    blob: reserveBlob(state, contentType),
    finalized: false,
    contentType,
  };
  state.artifacts.set(artifact.id, artifact);
  const url = signedBlobUrl({ state, urls }, artifact.blob, { write: true, expiresInMs: SIGNED_URL_TTL_MS });
  return { ok: true, signed_upload_url: url };
}

function finalizeArtifact({ state }: Context, call: Call): Message {
  checkBackendIds(call);
  const name = requiredText(call.body, 'name');
  const artifact = artifactsNamed(state, call.run.id, name).find((candidate) => !candidate.finalized);
  if (artifact === undefined) throw new TwirpError('not_found', `No upload of artifact "${name}" is in progress; call CreateArtifact first.`);
  const size = committedSize(state, artifact.blob);
  artifact.size = optionalInt64(call.body, 'size') ?? size;
  artifact.digest = optionalText(call.body, 'hash') ?? null;
  artifact.finalized = true;
  return { ok: true, artifact_id: String(artifact.id) };
}

/** ListArtifactsResponse.MonolithArtifact in protobuf JSON: int64 as strings, the digest only when known. */
function monolithArtifact(run: Run, artifact: Artifact): Message {
  return {
    workflow_run_backend_id: run.backendId,
    workflow_job_run_backend_id: artifact.jobBackendId,
    database_id: String(artifact.id),
    name: artifact.name,
    size: String(artifact.size),
    created_at: artifact.createdAt,
    ...(artifact.digest === null ? {} : { digest: artifact.digest }),
  };
}

function listArtifacts({ state }: Context, call: Call): Message {
  checkBackendIds(call);
  const name = optionalText(call.body, 'name_filter');
  const id = optionalInt64(call.body, 'id_filter');
  const artifacts = state
    .runArtifacts(call.run.id)
    .filter((artifact) => !state.isExpired(artifact))
    .filter((artifact) => (name === undefined || artifact.name === name) && (id === undefined || artifact.id === id));
  return { artifacts: artifacts.map((artifact) => monolithArtifact(call.run, artifact)) };
}

function getSignedArtifactUrl(context: Context, call: Call): Message {
  const artifact = visibleArtifact(context.state, call);
  return { signed_url: signedBlobUrl(context, artifact.blob, { write: false, expiresInMs: SIGNED_URL_TTL_MS }) };
}

function deleteArtifact({ state }: Context, call: Call): Message {
  const artifact = visibleArtifact(state, call);
  state.artifacts.delete(artifact.id);
  state.blobs.delete(artifact.blob);
  return { ok: true, artifact_id: String(artifact.id) };
}

// ---- CacheService (v2) ----

/**
 * The ref a run's caches are saved under and the refs it may restore from, in search order: its own, a pull
 * request's base branch, the default branch. Sibling branches never see each other's caches.
 */
function cacheScopes(repo: Repo, run: Run): { own: string; readable: string[] } {
  const pull = run.event === 'pull_request' ? run.pullRequests[0] : undefined;
  const own = pull === undefined ? `refs/heads/${run.headBranch ?? repo.defaultBranch}` : `refs/pull/${pull}/merge`;
  const base = pull === undefined ? undefined : repo.pulls.get(pull)?.base.ref;
  const readable = [own, ...(base === undefined ? [] : [`refs/heads/${base}`]), `refs/heads/${repo.defaultBranch}`];
  return { own, readable: [...new Set(readable)] };
}

function cacheEntries(state: State, repo: Repo, scope: string, key: string, version: string): CacheEntry[] {
  return state.caches.filter(
    (entry) => entry.repo === repo.fullName && entry.scope === scope && entry.key === key && entry.version === version,
  );
}

function createCacheEntry({ state, urls }: Context, call: Call): Message {
  const key = requiredText(call.body, 'key');
  const version = requiredText(call.body, 'version');
  const scope = cacheScopes(call.repo, call.run).own;
  const existing = cacheEntries(state, call.repo, scope, key, version);
  if (existing.some((entry) => entry.finalized)) {
    return { ok: false, message: 'cache entry with the same key, version, and scope already exists' };
  }
  for (const abandoned of existing) {
    state.caches.splice(state.caches.indexOf(abandoned), 1);
    state.blobs.delete(abandoned.blob);
  }
  const entry: CacheEntry = {
    id: state.nextId(),
    repo: call.repo.fullName,
    scope,
    key,
    version,
    blob: reserveBlob(state, 'application/octet-stream'),
    size: 0,
    createdAt: state.nowIso(),
    finalized: false,
  };
  state.caches.push(entry);
  return { ok: true, signed_upload_url: signedBlobUrl({ state, urls }, entry.blob, { write: true, expiresInMs: SIGNED_URL_TTL_MS }) };
}

function finalizeCacheEntryUpload({ state }: Context, call: Call): Message {
  const key = requiredText(call.body, 'key');
  const version = requiredText(call.body, 'version');
  const scope = cacheScopes(call.repo, call.run).own;
  const entry = cacheEntries(state, call.repo, scope, key, version).find((candidate) => !candidate.finalized);
  if (entry === undefined) throw new TwirpError('not_found', `No upload of cache entry "${key}" is in progress; call CreateCacheEntry first.`);
  const size = committedSize(state, entry.blob);
  entry.size = optionalInt64(call.body, 'size_bytes') ?? size;
  entry.finalized = true;
  return { ok: true, entry_id: String(entry.id) };
}

/**
 * GitHub's cache matching, per readable scope in order: the key exactly, then as a prefix, then each restore key
 * exactly and then as a prefix; the newest entry wins, and only entries of the same version count.
 */
function matchCacheEntry(state: State, repo: Repo, scopes: string[], keys: string[], version: string): CacheEntry | undefined {
  for (const scope of scopes) {
    const candidates = state.caches
      .filter((entry) => entry.finalized && entry.repo === repo.fullName && entry.scope === scope && entry.version === version)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id);
    for (const key of keys) {
      const match = candidates.find((entry) => entry.key === key) ?? candidates.find((entry) => entry.key.startsWith(key));
      if (match !== undefined) return match;
    }
  }
  return undefined;
}

function getCacheEntryDownloadUrl(context: Context, call: Call): Message {
  const key = requiredText(call.body, 'key');
  const restoreKeys = texts(call.body, 'restore_keys');
  const version = requiredText(call.body, 'version');
  const scopes = cacheScopes(call.repo, call.run).readable;
  const entry = matchCacheEntry(context.state, call.repo, scopes, [key, ...restoreKeys], version);
  context.state.cacheLookups.push({
    repo: call.repo.fullName,
    scopes,
    key,
    restoreKeys,
    version,
    matchedKey: entry?.key ?? null,
    matchedScope: entry?.scope ?? null,
  });
  if (entry === undefined) return { ok: false };
  const url = signedBlobUrl(context, entry.blob, { write: false, expiresInMs: SIGNED_URL_TTL_MS });
  return { ok: true, signed_download_url: url, matched_key: entry.key };
}

/** Registers ArtifactService and CacheService, one route per method so the request log and faults name it. */
export function registerResults(router: Router, context: Context): void {
  const services: Record<string, Record<string, Method>> = {
    ArtifactService: {
      CreateArtifact: createArtifact,
      FinalizeArtifact: finalizeArtifact,
      ListArtifacts: listArtifacts,
      GetSignedArtifactURL: getSignedArtifactUrl,
      DeleteArtifact: deleteArtifact,
    },
    CacheService: {
      CreateCacheEntry: createCacheEntry,
      FinalizeCacheEntryUpload: finalizeCacheEntryUpload,
      GetCacheEntryDownloadURL: getCacheEntryDownloadUrl,
    },
  };
  for (const [service, methods] of Object.entries(services)) {
    for (const [name, method] of Object.entries(methods)) {
      router.add('POST', `${TWIRP}.${service}/${name}`, twirp(context, method), { openapi: false });
    }
  }
}
