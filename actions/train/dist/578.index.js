export const id = 578;
export const ids = [578];
export const modules = {

/***/ 79578:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createGitHubClient: () => (/* reexport */ createGitHubClient)
});

// UNUSED EXPORTS: ANNOTATIONS_PER_REQUEST, ArtifactError, CHECK_TEXT_LIMIT, COMMENT_LIMIT, DEFAULT_ARTIFACT_LIMITS, comparisonEvidenceIn, downloadArtifactFiles, fileAtCommit, findBaselineEvidence, findPullRequest, firstParentOf, mergeBaseOf, publishCheckRun, reportMarker, safeArchivePath, tokenIdentity, unzipBounded, upsertStickyComment

// EXTERNAL MODULE: ../../packages/core/src/index.ts + 33 modules
var src = __webpack_require__(67061);
;// CONCATENATED MODULE: ../../packages/github/src/artifacts.ts

const artifacts_DEFAULT_ARTIFACT_LIMITS = { maxBytes: 64 * 1024 * 1024, maxFiles: 1000, maxFileBytes: 32 * 1024 * 1024 };
class ArtifactError extends src/* CrucibleError */.E0 {
    constructor(message) {
        super(message);
        this.name = 'ArtifactError';
    }
}
/** A path inside an archive that stays inside it: no absolute path, no `..`, no drive letter, no backslash tricks. */
function safeArchivePath(name) {
    const normalized = name.replaceAll('\\', '/');
    if (normalized.startsWith('/') || /^[A-Za-z]:/.test(normalized) || normalized.includes('\0'))
        return undefined;
    const parts = normalized.split('/').filter((part) => part !== '' && part !== '.');
    if (parts.length === 0 || parts.some((part) => part === '..'))
        return undefined;
    return parts.join('/');
}
/** Reads a response body, refusing it once it passes `maxBytes`. */
async function readCapped(response, maxBytes, label) {
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > maxBytes)
        throw new ArtifactError(`${label} is ${declared} bytes, over the ${maxBytes}-byte limit.`);
    const chunks = [];
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
async function unzipBounded(zip, limits, label) {
    const { Unzip, UnzipInflate } = await __webpack_require__.e(/* import() */ 384).then(__webpack_require__.bind(__webpack_require__, 63384));
    const files = new Map();
    let total = 0;
    let failure;
    const unzip = new Unzip((entry) => {
        if (failure !== undefined || entry.name.endsWith('/'))
            return;
        const path = safeArchivePath(entry.name);
        if (path === undefined) {
            failure = new ArtifactError(`${label} holds an unsafe path ${JSON.stringify(entry.name.slice(0, 200))}; refusing the artifact.`);
            return;
        }
        if (files.size + 1 > limits.maxFiles) {
            failure = new ArtifactError(`${label} holds more than ${limits.maxFiles} files; refusing the artifact.`);
            return;
        }
        const chunks = [];
        let size = 0;
        entry.ondata = (error, chunk, final) => {
            if (failure !== undefined)
                return;
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
            if (final)
                files.set(path, Buffer.concat(chunks));
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
    }
    catch (error) {
        failure ??= new ArtifactError(`${label} is not a valid zip archive (${error.message}).`);
    }
    if (failure !== undefined)
        throw failure;
    return files;
}
/**
 * Downloads another run's artifact through the REST API (GET .../artifacts/{id}/zip answers 302 to a short-lived
 * blob URL) and unzips it in memory within `limits`.
 */
async function artifacts_downloadArtifactFiles(client, target, limits = artifacts_DEFAULT_ARTIFACT_LIMITS) {
    const label = `Artifact "${target.name}" (${target.artifactId})`;
    const response = await client.request('GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}', {
        owner: target.owner,
        repo: target.repo,
        artifact_id: target.artifactId,
        archive_format: 'zip',
        request: { redirect: 'manual' },
    });
    const location = response.headers.location;
    if (location === undefined)
        throw new ArtifactError(`${label}: GitHub answered ${response.status} without a download location.`);
    const blob = await fetch(location);
    if (!blob.ok)
        throw new ArtifactError(`${label}: the download answered ${blob.status} ${blob.statusText}.`);
    return unzipBounded(await readCapped(blob, limits.maxBytes, label), limits, label);
}

;// CONCATENATED MODULE: ../../packages/github/src/baseline.ts


/** The merge-base of `base` and `head` (GET compare base...head), the commit a pull request is measured against. */
async function mergeBaseOf(client, repository, base, head) {
    const { data } = await client.rest.repos.compareCommitsWithBasehead({ ...repository, basehead: `${base}...${head}` });
    return data.merge_base_commit.sha;
}
/** The first parent of a commit: a push is measured against what its branch held before. */
async function firstParentOf(client, repository, sha) {
    const { data } = await client.rest.repos.getCommit({ ...repository, ref: sha });
    return data.parents[0]?.sha;
}
/** Successful push runs of the workflow on the base branch in this repository (never a fork's same-named branch). */
async function pushRuns(client, query) {
    const params = { owner: query.owner, repo: query.repo, branch: query.baseBranch, event: 'push', status: 'success', per_page: 100 };
    let runs = [];
    try {
        for await (const page of client.paginate.iterator(client.rest.actions.listWorkflowRuns, { ...params, workflow_id: query.workflow })) {
            runs.push(...page.data);
            if (runs.length >= 300)
                break;
        }
    }
    catch (error) {
        if (error.status !== 404)
            throw error;
        // The workflow file is not on the default branch yet: look at every workflow's runs instead.
        runs = (await client.rest.actions.listWorkflowRunsForRepo(params)).data.workflow_runs;
    }
    const fullName = `${query.owner}/${query.repo}`.toLowerCase();
    const bySha = new Map();
    for (const run of runs) {
        if (run.event !== 'push' || run.head_repository?.full_name?.toLowerCase() !== fullName)
            continue;
        bySha.set(run.head_sha, [...(bySha.get(run.head_sha) ?? []), run]);
    }
    for (const list of bySha.values())
        list.sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at));
    return bySha;
}
/** The merge-base and its ancestors, nearest first, as many as the walk allows. */
async function ancestry(client, query) {
    const { data } = await client.rest.repos.listCommits({ owner: query.owner, repo: query.repo, sha: query.mergeBase, per_page: Math.min(100, query.maxDepth + 1) });
    const shas = data.map((commit) => commit.sha);
    if (shas[0] !== query.mergeBase)
        shas.unshift(query.mergeBase);
    return shas.slice(0, query.maxDepth + 1);
}
/** The comparison evidence inside an artifact's files, parsed with its schema. */
function comparisonEvidenceIn(files, label) {
    for (const [path, content] of files) {
        if (!path.endsWith('.json'))
            continue;
        let document;
        try {
            document = JSON.parse(content.toString('utf8'));
        }
        catch {
            continue;
        }
        if (document?.schema !== 'crucible/comparison@1')
            continue;
        const result = ComparisonEvidenceSchema.safeParse(document);
        if (!result.success)
            throw new Error(`${label}/${path} is not valid comparison evidence:\n${formatIssues(result.error.issues)}`);
        return result.data;
    }
    return undefined;
}
/**
 * Finds the baseline evidence for a pull request: the artifact of the latest successful push run of this workflow
 * at the merge-base, else at the nearest ancestor that has one (within `maxDepth`). `extract` picks the evidence
 * out of the artifact (comparison evidence by default). Expired artifacts are noted, since retention running out
 * is the usual reason for finding nothing.
 */
async function findBaselineEvidence(client, query, log, extract = comparisonEvidenceIn) {
    const [runsBySha, commits] = await Promise.all([pushRuns(client, query), ancestry(client, query)]);
    const search = { history: [], expired: [], searched: 0 };
    for (const [depth, sha] of commits.entries()) {
        search.searched = depth + 1;
        for (const run of runsBySha.get(sha) ?? []) {
            const { data } = await client.rest.actions.listWorkflowRunArtifacts({ owner: query.owner, repo: query.repo, run_id: run.id, name: query.artifactName, per_page: 10 });
            const artifact = data.artifacts.find((candidate) => candidate.name === query.artifactName);
            if (artifact === undefined)
                continue;
            if (artifact.expired) {
                search.expired.push({ sha, runId: run.id });
                continue;
            }
            const label = `${query.artifactName} of run ${run.id}`;
            const files = await downloadArtifactFiles(client, { owner: query.owner, repo: query.repo, artifactId: artifact.id, name: query.artifactName }, query.limits ?? DEFAULT_ARTIFACT_LIMITS);
            let evidence;
            try {
                evidence = extract(files, label);
            }
            catch (error) {
                log.warning(`Skipping ${label}: ${error.message}`);
                continue;
            }
            if (evidence === undefined)
                continue;
            const entry = { evidence, sha, runId: run.id, createdAt: run.created_at, depth };
            search.found ??= entry;
            search.history.push(entry);
            break;
        }
        if (search.found !== undefined && search.history.length >= Math.max(1, query.historyRuns))
            break;
    }
    return search;
}
/** A file's content at a commit, or undefined when the commit does not have it. */
async function fileAtCommit(client, repository, path, sha) {
    try {
        const { data } = await client.rest.repos.getContent({ ...repository, path, ref: sha });
        if (Array.isArray(data) || data.type !== 'file' || !('content' in data))
            return undefined;
        return Buffer.from(data.content, 'base64');
    }
    catch (error) {
        if (error.status === 404)
            return undefined;
        throw error;
    }
}

// EXTERNAL MODULE: ../../node_modules/.pnpm/@octokit+plugin-retry@8.1.1_@octokit+core@7.0.8/node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(20545);
// EXTERNAL MODULE: ../../node_modules/.pnpm/bottleneck@2.19.5/node_modules/bottleneck/light.js
var light = __webpack_require__(70660);
var light_default = /*#__PURE__*/__webpack_require__.n(light);
;// CONCATENATED MODULE: ../../node_modules/.pnpm/@octokit+plugin-throttling@11.0.5_@octokit+core@7.0.8/node_modules/@octokit/plugin-throttling/dist-bundle/index.js
// pkg/dist-src/index.js


// pkg/dist-src/version.js
var VERSION = "0.0.0-development";

// pkg/dist-src/wrap-request.js
var noop = () => Promise.resolve();
function wrapRequest(state, request, options) {
  return state.retryLimiter.schedule(doRequest, state, request, options);
}
async function doRequest(state, request, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}

// pkg/dist-src/generated/triggers-notification-paths.js
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];

// pkg/dist-src/route-matcher.js
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}

// pkg/dist-src/index.js
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck, common) {
  groups.global = new Bottleneck.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck = light,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck();
    const events = {};
    const emitter = new Bottleneck.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info) {
      const [state2, request, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request.retryCount;
      request.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request, options) => {
    initializeBottleneck();
    return wrapRequest(state, request, options);
  });
  return {};
}
throttling.VERSION = VERSION;
throttling.triggersNotification = triggersNotification;


// EXTERNAL MODULE: ../../node_modules/.pnpm/@octokit+core@7.0.8/node_modules/@octokit/core/dist-src/index.js + 12 modules
var dist_src = __webpack_require__(19463);
// EXTERNAL MODULE: ../../node_modules/.pnpm/@octokit+plugin-request-log@6.0.0_@octokit+core@7.0.8/node_modules/@octokit/plugin-request-log/dist-src/index.js + 1 modules
var plugin_request_log_dist_src = __webpack_require__(81150);
// EXTERNAL MODULE: ../../node_modules/.pnpm/@octokit+plugin-paginate-rest@14.0.0_@octokit+core@7.0.8/node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var plugin_paginate_rest_dist_bundle = __webpack_require__(96026);
// EXTERNAL MODULE: ../../node_modules/.pnpm/@octokit+plugin-rest-endpoint-methods@17.0.0_@octokit+core@7.0.8/node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/index.js + 3 modules
var plugin_rest_endpoint_methods_dist_src = __webpack_require__(88553);
;// CONCATENATED MODULE: ../../node_modules/.pnpm/@octokit+rest@22.0.1/node_modules/@octokit/rest/dist-src/version.js
const version_VERSION = "22.0.1";


;// CONCATENATED MODULE: ../../node_modules/.pnpm/@octokit+rest@22.0.1/node_modules/@octokit/rest/dist-src/index.js





const Octokit = dist_src/* Octokit */.E.plugin(plugin_request_log_dist_src/* requestLog */.M, plugin_rest_endpoint_methods_dist_src/* legacyRestEndpointMethods */.T, plugin_paginate_rest_dist_bundle/* paginateRest */.ud).defaults(
  {
    userAgent: `octokit-rest.js/${version_VERSION}`
  }
);


;// CONCATENATED MODULE: ../../packages/github/src/octokit.ts
// ncc compiles each action with its own tsconfig, which does not include this package's declaration files, so the
// declaration is referenced from here.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./bottleneck-light.d.ts" />




const RestClient = Octokit.plugin(dist_bundle/* retry */.L, throttling);
/**
 * The one Octokit every Crucible action uses: retries server errors and dropped connections, waits out primary and
 * secondary rate limits (up to a bound, twice at most), and talks to whatever GITHUB_API_URL names.
 */
function createGitHubClient(options) {
    const maxWait = options.maxRateLimitWaitSeconds ?? 120;
    const base = options.retryAfterBaseValue ?? 1000;
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        const willRetry = retryCount < 2 && retryAfter <= maxWait;
        options.log.warning(`GitHub ${kind} rate limit on ${request.method} ${request.url}; ${willRetry ? `retrying in ${retryAfter} s` : 'giving up'}.`);
        return willRetry;
    };
    return new RestClient({
        auth: options.token,
        baseUrl: options.baseUrl.replace(/\/+$/, ''),
        userAgent: 'crucible',
        // Octokit logs every failed request; the caller reports the failures that matter in its own words.
        log: {
            debug: (message) => options.log.debug?.(message),
            info: (message) => options.log.debug?.(message),
            warn: (message) => options.log.debug?.(message),
            error: (message) => options.log.debug?.(message),
        },
        retry: { retries: options.retries ?? 3, retryAfterBaseValue: base },
        throttle: {
            retryAfterBaseValue: base,
            // The plugin paces writes a second apart and writes that notify people (comments) three seconds apart; the
            // few writes of one step need not wait that long, and still never run at once.
            write: new (light_default()).Group({ maxConcurrent: 1, minTime: options.writePacingMs ?? 250 }),
            notifications: new (light_default()).Group({ maxConcurrent: 1, minTime: options.writePacingMs ?? 250 }),
            onRateLimit: onLimit('primary'),
            onSecondaryRateLimit: onLimit('secondary'),
        },
    });
}

;// CONCATENATED MODULE: ../../packages/github/src/index.ts








/***/ })

};
