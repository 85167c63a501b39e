import { createHash, createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { Reply, Request } from './http.ts';
import type { Router } from './router.ts';
import type { Context } from './server.ts';
import type { State, StoredBlob } from './state.ts';

/**
 * The blob side of the loopback GitHub: what @azure/storage-blob (inside @actions/artifact and @actions/cache)
 * expects of an Azure Storage account. Uploads stage blocks and commit a block list, or put a whole blob at once;
 * downloads are plain GETs. URLs carry a shared-access signature that only this module creates and checks, so a
 * test can see an expired or tampered URL refused the way Azure refuses it.
 */

/** The storage service version Azure names in its answers; the SDK does not check it. */
const SERVICE_VERSION = '2025-01-05';
const PREFIX = '/_blobs';

/** Azure's SAS permissions: read for downloads, create and write for uploads. */
const READ = 'r';
const WRITE = 'cw';

export type SignedBlobUrlOptions = { write: boolean; expiresInMs: number };

/** One HMAC key per loopback GitHub, so a URL signed by one server is refused by another. */
const signingKeys = new WeakMap<State, Buffer>();

function signingKey(state: State): Buffer {
  let key = signingKeys.get(state);
  if (key === undefined) {
    key = randomBytes(32);
    signingKeys.set(state, key);
  }
  return key;
}

function signature(state: State, blob: string, permissions: string, expiry: string): string {
  return createHmac('sha256', signingKey(state)).update(`${permissions}\n${expiry}\n${PREFIX}/${blob}`).digest('base64');
}

/** A URL for one blob that this server honours until `expiresInMs` from the (seedable) clock's now. */
export function signedBlobUrl(context: Context, blob: string, options: SignedBlobUrlOptions): string {
  const permissions = options.write ? WRITE : READ;
  // Milliseconds kept (Azure accepts fractional seconds), so a short-lived URL never expires early by rounding.
  const expiry = new Date(context.state.now() + options.expiresInMs).toISOString();
  const query = new URLSearchParams({
    sv: SERVICE_VERSION,
    sr: 'b',
    sp: permissions,
    se: expiry,
    sig: signature(context.state, blob, permissions, expiry),
  });
  return `${context.urls.blobs}/${encodeURIComponent(blob)}?${query}`;
}

/** Headers Azure puts on every answer (Node adds Date); the SDK logs the request id. */
function serviceHeaders(): Record<string, string> {
  return { 'x-ms-request-id': randomUUID(), 'x-ms-version': SERVICE_VERSION };
}

/** Azure's XML error body with its code in `x-ms-error-code`, which the SDK turns into a RestError. */
function storageError(status: number, code: string, message: string, detail?: string): Reply {
  const headers = serviceHeaders();
  const extra = detail === undefined ? '' : `<AuthenticationErrorDetail>${escapeXml(detail)}</AuthenticationErrorDetail>`;
  const body =
    `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${escapeXml(message)}\n` +
    `RequestId:${headers['x-ms-request-id']}\nTime:${new Date().toISOString()}</Message>${extra}</Error>`;
  return { status, headers: { ...headers, 'content-type': 'application/xml', 'x-ms-error-code': code }, body };
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const AUTH_FAILED =
  'Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.';

/** Checks the shared-access signature of a request; an error reply when it does not allow `permission`. */
function checkSignature(state: State, req: Request, permission: 'r' | 'w'): Reply | undefined {
  const query = req.url.searchParams;
  const [sig, permissions, expiry] = [query.get('sig'), query.get('sp'), query.get('se')];
  if (sig === null || permissions === null || expiry === null) {
    return storageError(403, 'AuthenticationFailed', AUTH_FAILED, 'Signature fields not well formed.');
  }
  const expected = Buffer.from(signature(state, req.params.blob ?? '', permissions, expiry));
  const given = Buffer.from(sig);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return storageError(403, 'AuthenticationFailed', AUTH_FAILED, 'Signature did not match.');
  }
  if (Date.parse(expiry) <= state.now()) {
    const start = new Date(state.now()).toUTCString();
    const detail = `Signed expiry time [${new Date(expiry).toUTCString()}] must be after signed start time [${start}]`;
    return storageError(403, 'AuthenticationFailed', AUTH_FAILED, detail);
  }
  if (!permissions.includes(permission)) {
    const message = 'This request is not authorized to perform this operation using this permission.';
    return storageError(403, 'AuthorizationPermissionMismatch', message);
  }
  return undefined;
}

/** Each blob's committed blocks by id, which a later block list may name again as <Committed> or <Latest>. */
const committedBlocks = new WeakMap<StoredBlob, Map<string, Buffer>>();

function header(req: Request, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function blobOf(state: State, name: string): StoredBlob {
  let blob = state.blobs.get(name);
  if (blob === undefined) {
    // A signed URL may name a blob nobody reserved; Azure creates it on the first write.
    blob = { data: undefined, blocks: new Map(), contentType: 'application/octet-stream' };
    state.blobs.set(name, blob);
  }
  return blob;
}

function commit(state: State, blob: StoredBlob, data: Buffer, blocks: Array<[string, Buffer]>, contentType: string | undefined): void {
  blob.data = data;
  // Azure drops the uncommitted blocks when a blob is committed.
  blob.blocks = new Map();
  blob.contentType = contentType ?? blob.contentType;
  blob.committedAt = state.now();
  committedBlocks.set(blob, new Map(blocks));
}

function etag(data: Buffer): string {
  return `"0x${createHash('sha1').update(data).digest('hex').slice(0, 15).toUpperCase()}"`;
}

/** The headers of a committed blob that the SDK reads back after a write (ETag, Last-Modified). */
function writtenHeaders(state: State, blob: StoredBlob): Record<string, string> {
  return {
    ...serviceHeaders(),
    etag: etag(blob.data ?? Buffer.alloc(0)),
    'last-modified': new Date(blob.committedAt ?? state.now()).toUTCString(),
    'x-ms-request-server-encrypted': 'true',
  };
}

/** `<BlockList>` entries in document order: Azure commits the blocks in the order the list names them. */
function parseBlockList(xml: string): Array<{ kind: string; id: string }> {
  return [...xml.matchAll(/<(Committed|Uncommitted|Latest)>([^<]*)<\/\1>/g)].map(([, kind = '', id = '']) => ({ kind, id }));
}

/** The bytes a block list entry names: Latest prefers a staged block over a committed one, as Azure does. */
function resolveBlock(blob: StoredBlob, kind: string, id: string): Buffer | undefined {
  const committed = committedBlocks.get(blob)?.get(id);
  if (kind === 'Committed') return committed;
  if (kind === 'Uncommitted') return blob.blocks.get(id);
  return blob.blocks.get(id) ?? committed;
}

function stageBlock(req: Request, blob: StoredBlob): Reply {
  const id = req.url.searchParams.get('blockid');
  if (id === null || id === '') {
    return storageError(400, 'InvalidQueryParameterValue', 'Value for one of the query parameters specified in the request URI is invalid.');
  }
  blob.blocks.set(id, req.body);
  return { status: 201, headers: { ...serviceHeaders(), 'x-ms-request-server-encrypted': 'true' } };
}

function commitBlockList(state: State, req: Request, blob: StoredBlob): Reply {
  const blocks: Array<[string, Buffer]> = [];
  for (const { kind, id } of parseBlockList(req.body.toString('utf8'))) {
    const data = resolveBlock(blob, kind, id);
    if (data === undefined) return storageError(400, 'InvalidBlockList', 'The specified block list is invalid.');
    blocks.push([id, data]);
  }
  const data = Buffer.concat(blocks.map(([, bytes]) => bytes));
  commit(state, blob, data, blocks, header(req, 'x-ms-blob-content-type'));
  return { status: 201, headers: writtenHeaders(state, blob) };
}

function putBlob(state: State, req: Request, blob: StoredBlob): Reply {
  if (header(req, 'x-ms-blob-type') !== 'BlockBlob') {
    return storageError(400, 'MissingRequiredHeader', 'An HTTP header that\'s mandatory for this request is not specified.');
  }
  // Put Blob takes the body's own Content-Type when no blob content type is given.
  const contentType = header(req, 'x-ms-blob-content-type') ?? header(req, 'content-type');
  commit(state, blob, req.body, [], contentType);
  return { status: 201, headers: writtenHeaders(state, blob) };
}

function put(context: Context, req: Request): Reply {
  const refused = checkSignature(context.state, req, 'w');
  if (refused !== undefined) return refused;
  const blob = blobOf(context.state, req.params.blob ?? '');
  switch (req.url.searchParams.get('comp')) {
    case 'block':
      return stageBlock(req, blob);
    case 'blocklist':
      return commitBlockList(context.state, req, blob);
    case null:
      return putBlob(context.state, req, blob);
    default:
      return storageError(400, 'InvalidQueryParameterValue', 'Value for one of the query parameters specified in the request URI is invalid.');
  }
}

/** `bytes=a-b`, `bytes=a-` or `bytes=-n` as [start, end] inclusive; undefined when unsatisfiable. */
function parseRange(range: string, size: number): [number, number] | undefined {
  const match = /^bytes=(\d*)-(\d*)$/.exec(range.trim());
  if (match === null) return undefined;
  const [, from = '', to = ''] = match;
  if (from === '') {
    const suffix = Number(to);
    return suffix > 0 && size > 0 ? [Math.max(0, size - suffix), size - 1] : undefined;
  }
  const start = Number(from);
  const end = to === '' ? size - 1 : Math.min(Number(to), size - 1);
  return start < size && start <= end ? [start, end] : undefined;
}

/** GET and HEAD: the committed bytes, or a byte range of them when the SDK asks for one. */
function read(context: Context, req: Request): Reply {
  const refused = checkSignature(context.state, req, 'r');
  if (refused !== undefined) return refused;
  const blob = context.state.blobs.get(req.params.blob ?? '');
  if (blob?.data === undefined) return storageError(404, 'BlobNotFound', 'The specified blob does not exist.');
  const data = blob.data;
  const headers: Record<string, string> = {
    ...serviceHeaders(),
    'content-type': blob.contentType,
    etag: etag(data),
    'last-modified': new Date(blob.committedAt ?? context.state.now()).toUTCString(),
    'accept-ranges': 'bytes',
    'x-ms-blob-type': 'BlockBlob',
  };
  const range = req.method === 'GET' ? (header(req, 'x-ms-range') ?? header(req, 'range')) : undefined;
  if (range === undefined) return { status: 200, headers, body: data };
  const bounds = parseRange(range, data.length);
  if (bounds === undefined) {
    return storageError(416, 'InvalidRange', 'The range specified is invalid for the current size of the resource.');
  }
  const [start, end] = bounds;
  headers['content-range'] = `bytes ${start}-${end}/${data.length}`;
  return { status: 206, headers, body: data.subarray(start, end + 1) };
}

/** Registers the blob routes; they need no GitHub token (the URL's signature is the credential). */
export function registerBlobs(router: Router, context: Context): void {
  const template = `${PREFIX}/{blob}`;
  router.add('PUT', template, (req) => put(context, req), { openapi: false });
  router.add('GET', template, (req) => read(context, req), { openapi: false });
  // Node sends no body for HEAD; the server still sets Content-Length from the bytes handed back.
  router.add('HEAD', template, (req) => read(context, req), { openapi: false });
}
