// ncc compiles each action with its own tsconfig, which does not include this package's declaration files, so the
// declaration is referenced from here.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./bottleneck-light.d.ts" />
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import Bottleneck from 'bottleneck/light.js';
import { permissionError, permissionRefusal } from './permissions.ts';

/** Where the client's warnings go: @actions/core in an action, stderr in the CLI, a list in tests. */
export type Logger = { warning: (message: string) => void; debug?: (message: string) => void };

export type GitHubClientOptions = {
  token: string;
  /** GITHUB_API_URL: https://api.github.com, or https://HOST/api/v3 on GitHub Enterprise Server. */
  baseUrl: string;
  log: Logger;
  /** Retries of a 5xx answer or a dropped connection (the plugin retries 3 times by default). */
  retries?: number;
  /** Rate-limit waits longer than this many seconds are not waited for: the call fails instead of idling a runner. */
  maxRateLimitWaitSeconds?: number;
  /** Scale of every retry wait in ms per second (1000 in production; tests shrink it to keep fast). */
  retryAfterBaseValue?: number;
  /**
   * Least time between two writes (POST, PATCH, PUT, DELETE), 250 ms by default. GitHub asks for a second between
   * many writes to stay clear of secondary rate limits; the handful of writes of one step can go closer together,
   * and a secondary limit that still comes is waited out. Writes are never concurrent.
   */
  writePacingMs?: number;
};

const RestClient = Octokit.plugin(retry, throttling);
export type GitHubClient = InstanceType<typeof RestClient>;

/**
 * The one Octokit every Crucible action uses: retries server errors and dropped connections, waits out primary and
 * secondary rate limits (up to a bound, twice at most), talks to whatever GITHUB_API_URL names, and turns a 403
 * "Resource not accessible by integration" into a PermissionError that names the permission to add.
 */
export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const maxWait = options.maxRateLimitWaitSeconds ?? 120;
  const base = options.retryAfterBaseValue ?? 1000;
  const onLimit = (kind: string) => (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
    const willRetry = retryCount < 2 && retryAfter <= maxWait;
    options.log.warning(
      `GitHub ${kind} rate limit on ${request.method} ${request.url}; ${willRetry ? `retrying in ${retryAfter} s` : 'giving up'}.`,
    );
    return willRetry;
  };
  const client = new RestClient({
    auth: options.token,
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    userAgent: 'crucible',
    // Octokit logs every failed request; the caller reports the failures that matter in its own words.
    log: {
      debug: (message: string) => options.log.debug?.(message),
      info: (message: string) => options.log.debug?.(message),
      warn: (message: string) => options.log.debug?.(message),
      error: (message: string) => options.log.debug?.(message),
    },
    retry: { retries: options.retries ?? 3, retryAfterBaseValue: base },
    throttle: {
      retryAfterBaseValue: base,
      // The plugin paces writes a second apart and writes that notify people (comments) three seconds apart; the
      // few writes of one step need not wait that long, and still never run at once.
      write: new Bottleneck.Group({ maxConcurrent: 1, minTime: options.writePacingMs ?? 250 }),
      notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: options.writePacingMs ?? 250 }),
      onRateLimit: onLimit('primary'),
      onSecondaryRateLimit: onLimit('secondary'),
    },
  });
  // The one place a refused permission becomes a PermissionError that names it. Registered after the plugins, so it
  // sees what is left once retries and rate-limit waits are done. GET /user is left alone: an installation token is
  // always refused there, and tokenIdentity reads that 403 as "this is github-actions[bot]".
  client.hook.error('request', (error, request) => {
    const reason = permissionRefusal(error);
    const isUser = request.method === 'GET' && /^(?:https?:\/\/[^/]+(?:\/api\/v3)?)?\/user$/.test(request.url);
    if (reason === undefined || isUser) throw error;
    const headers = (error as { response?: { headers?: Record<string, string | number | undefined> } }).response?.headers;
    throw permissionError(request.method, request.url, headers, { cause: error, reason, baseUrl: request.baseUrl });
  });
  return client;
}
