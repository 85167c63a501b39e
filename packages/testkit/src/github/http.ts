import type { IncomingHttpHeaders } from 'node:http';

/** One request as the loopback GitHub's handlers see it: the body is read in full before they run. */
export type Request = {
  method: string;
  url: URL;
  /** The path with any GHES `/api/v3` prefix removed. */
  path: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** Path parameters of the matched route, decoded. */
  params: Record<string, string>;
  /** The token's identity, set by the server before a REST handler runs. */
  token?: TokenIdentity;
};

/** What a handler answers; `body` is JSON-encoded unless it is a Buffer or a string. */
export type Reply = {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
};

export type Permission = 'none' | 'read' | 'write';
/** Repository permissions, and `members`: the organization permission that reads teams (read:org on a classic token). */
export type Scope = 'actions' | 'checks' | 'contents' | 'deployments' | 'issues' | 'members' | 'metadata' | 'pull-requests' | 'statuses';
export type Scopes = Partial<Record<Scope, Permission>>;

/** Who a token is and what it may do, as GitHub knows an installation token or a personal token. */
export type TokenIdentity = {
  token: string;
  login: string;
  /** GITHUB_TOKEN and app tokens are Bots: GET /user answers 403 for them. */
  type: 'Bot' | 'User';
  scopes: Scopes;
};

/** Thrown by handlers to answer with GitHub's error body shape, and any headers GitHub sends with it. */
export class HttpError extends Error {
  readonly status: number;
  readonly extra: Record<string, unknown>;
  readonly headers: Record<string, string>;
  constructor(status: number, message: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
    this.extra = extra;
    this.headers = headers;
  }
}

const DOCS = 'https://docs.github.com/rest';

/** GitHub's error body: `{message, documentation_url, status}` (status as a string, as GitHub sends it). */
export function errorBody(status: number, message: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { message, documentation_url: DOCS, status: String(status), ...extra };
}

export const notFound = () => new HttpError(404, 'Not Found');

/** 422 with GitHub's `errors[]` detail, as for "Body is too long" or "Reference already exists". */
export function validationFailed(message: string, errors: unknown[] = []): HttpError {
  return new HttpError(422, message, errors.length > 0 ? { errors } : {});
}

export function json<T = unknown>(req: Request): T {
  if (req.body.length === 0) return {} as T;
  try {
    return JSON.parse(req.body.toString('utf8')) as T;
  } catch {
    throw new HttpError(400, 'Problems parsing JSON');
  }
}
