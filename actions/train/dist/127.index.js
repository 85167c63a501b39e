export const id = 127;
export const ids = [127];
export const modules = {

/***/ 80127:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ANNOTATIONS_PER_REQUEST: () => (/* reexport */ ANNOTATIONS_PER_REQUEST),
  ArtifactError: () => (/* reexport */ ArtifactError),
  CHECK_TEXT_LIMIT: () => (/* reexport */ CHECK_TEXT_LIMIT),
  COMMENT_LIMIT: () => (/* reexport */ COMMENT_LIMIT),
  DEFAULT_ARTIFACT_LIMITS: () => (/* reexport */ DEFAULT_ARTIFACT_LIMITS),
  PermissionError: () => (/* reexport */ PermissionError),
  baselinePoint: () => (/* reexport */ baselinePoint),
  comparisonEvidenceIn: () => (/* reexport */ comparisonEvidenceIn),
  createCommitComment: () => (/* reexport */ createCommitComment),
  createGitHubClient: () => (/* reexport */ createGitHubClient),
  downloadArtifactFiles: () => (/* reexport */ downloadArtifactFiles),
  evidenceOfKind: () => (/* reexport */ evidenceOfKind),
  fileAtCommit: () => (/* reexport */ fileAtCommit),
  findBaselineEvidence: () => (/* reexport */ findBaselineEvidence),
  findPullRequest: () => (/* reexport */ findPullRequest),
  firstParentOf: () => (/* reexport */ firstParentOf),
  listRunArtifacts: () => (/* reexport */ listRunArtifacts),
  mergeBaseOf: () => (/* reexport */ mergeBaseOf),
  parseAcceptedPermissions: () => (/* reexport */ parseAcceptedPermissions),
  permissionError: () => (/* reexport */ permissionError),
  permissionRefusal: () => (/* reexport */ permissionRefusal),
  publishCheckRun: () => (/* reexport */ publishCheckRun),
  reportMarker: () => (/* reexport */ reportMarker),
  runnerLabels: () => (/* reexport */ runnerLabels),
  safeArchivePath: () => (/* reexport */ safeArchivePath),
  tokenIdentity: () => (/* reexport */ tokenIdentity),
  unzipBounded: () => (/* reexport */ unzipBounded),
  upsertStickyComment: () => (/* reexport */ upsertStickyComment)
});

// EXTERNAL MODULE: ../../packages/core/src/index.ts + 42 modules
var src = __webpack_require__(48961);
;// CONCATENATED MODULE: ../../packages/github/src/artifacts.ts

const DEFAULT_ARTIFACT_LIMITS = { maxBytes: 64 * 1024 * 1024, maxFiles: 1000, maxFileBytes: 32 * 1024 * 1024 };
class ArtifactError extends src.CrucibleError {
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
async function downloadArtifactFiles(client, target, limits = DEFAULT_ARTIFACT_LIMITS) {
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
/** Every artifact of a workflow run (all pages, 100 a page), expired ones included: the caller says why it skips them. */
async function listRunArtifacts(client, repository, runId) {
    const artifacts = await client.paginate(client.rest.actions.listWorkflowRunArtifacts, { ...repository, run_id: runId, per_page: 100 });
    return artifacts.map((artifact) => ({ id: artifact.id, name: artifact.name, expired: artifact.expired, sizeInBytes: artifact.size_in_bytes }));
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
/**
 * Where a change is measured from: a pull request against the merge-base of its base and head commits on its base
 * branch; a push to a branch against the first parent on that branch (what the branch held before); anything else
 * (a tag, workflow_dispatch, schedule) against the merge-base with the default branch.
 */
async function baselinePoint(client, repository, event) {
    if (event.pull !== undefined) {
        return { baseBranch: event.pull.baseRef, mergeBase: await mergeBaseOf(client, repository, event.pull.baseSha, event.pull.headSha) };
    }
    if (event.eventName === 'push' && event.ref.startsWith('refs/heads/')) {
        return { baseBranch: event.ref.slice('refs/heads/'.length), mergeBase: await firstParentOf(client, repository, event.sha) };
    }
    const baseBranch = event.defaultBranch ?? (await client.rest.repos.get(repository)).data.default_branch;
    return { baseBranch, mergeBase: await mergeBaseOf(client, repository, baseBranch, event.sha) };
}
/** How many of the newest push runs on the base branch are looked at. */
const MAX_RUNS = 300;
/** Successful push runs of the workflow on the base branch in this repository (never a fork's same-named branch). */
async function pushRuns(client, query) {
    const params = { owner: query.owner, repo: query.repo, branch: query.baseBranch, event: 'push', status: 'success', per_page: 100 };
    let runs = [];
    try {
        for await (const page of client.paginate.iterator(client.rest.actions.listWorkflowRuns, { ...params, workflow_id: query.workflow })) {
            runs.push(...page.data);
            if (runs.length >= MAX_RUNS)
                break;
        }
    }
    catch (error) {
        if (error.status !== 404)
            throw error;
        // The workflow file is not on the default branch yet: look at every workflow's runs instead.
        runs = [];
        for await (const page of client.paginate.iterator(client.rest.actions.listWorkflowRunsForRepo, params)) {
            runs.push(...page.data);
            if (runs.length >= MAX_RUNS)
                break;
        }
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
/** The merge-base and its ancestors, nearest first, as many as the walk allows (maxDepth + 1 in all). */
async function ancestry(client, query) {
    const wanted = Math.max(1, query.maxDepth + 1);
    const shas = [];
    const params = { owner: query.owner, repo: query.repo, sha: query.mergeBase, per_page: Math.min(100, wanted) };
    for await (const page of client.paginate.iterator(client.rest.repos.listCommits, params)) {
        shas.push(...page.data.map((commit) => commit.sha));
        if (shas.length >= wanted)
            break;
    }
    if (shas[0] !== query.mergeBase)
        shas.unshift(query.mergeBase);
    return shas.slice(0, wanted);
}
/**
 * An extractor for the first evidence document of one kind in an artifact's files, read with core's parser
 * (parseEvidence): size-bounded, JSON, valid for its schema. A JSON file that is not evidence is passed over; one
 * that is too large, not JSON, or not valid for its kind throws core's EvidenceError, as it does everywhere else.
 */
function evidenceOfKind(kind) {
    return (files, label) => {
        for (const [path, content] of files) {
            if (!path.endsWith('.json'))
                continue;
            const found = (0,src.parseEvidence)(content, path, `${label}/${path}`);
            if (found?.kind === kind)
                return found.document;
        }
        return undefined;
    };
}
/** The comparison evidence inside an artifact's files (see evidenceOfKind). */
const comparisonEvidenceIn = evidenceOfKind('comparison');
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

;// CONCATENATED MODULE: ../../packages/github/src/checks.ts
/** GitHub's limits on a check run: 65,535 characters of summary or text, 50 annotations a request. */
const CHECK_TEXT_LIMIT = 65_535;
const ANNOTATIONS_PER_REQUEST = 50;
/**
 * Creates a completed check run with the first 50 annotations, then adds the rest 50 at a time with updates, as
 * GitHub accepts them. Returns its id and URL.
 */
async function publishCheckRun(client, report) {
    const batches = [];
    for (let i = 0; i < report.annotations.length; i += ANNOTATIONS_PER_REQUEST)
        batches.push(report.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
    const output = (annotations) => ({
        title: report.title,
        summary: report.summary,
        ...(report.text === undefined ? {} : { text: report.text }),
        ...(annotations === undefined ? {} : { annotations }),
    });
    const { data } = await client.rest.checks.create({
        owner: report.owner,
        repo: report.repo,
        name: report.name,
        head_sha: report.headSha,
        status: 'completed',
        conclusion: report.conclusion,
        ...(report.detailsUrl === undefined ? {} : { details_url: report.detailsUrl }),
        output: output(batches[0]),
    });
    for (const batch of batches.slice(1)) {
        await client.rest.checks.update({ owner: report.owner, repo: report.repo, check_run_id: data.id, output: output(batch) });
    }
    return { id: data.id, url: data.html_url ?? '' };
}

;// CONCATENATED MODULE: ../../packages/github/src/comments.ts
/** GitHub's limit on an issue or pull request comment, in characters. */
const COMMENT_LIMIT = 65_536;
/** The marker line for a report: an HTML comment GitHub does not show, with the values made safe for it. */
function reportMarker(reportId, workflow) {
    const safe = (text) => text.replace(/[^A-Za-z0-9._/-]/g, '_').slice(0, 200);
    return `<!-- crucible-report id="${safe(reportId)}" workflow="${safe(workflow)}" -->`;
}
/** What GitHub's Actions token comments as, when nothing better can be learned. */
const ACTIONS_BOT = 'github-actions[bot]';
/**
 * Who the token is, as the author of the comments it writes. GraphQL's `viewer` answers every kind of token: a
 * person's login, `github-actions[bot]` for GITHUB_TOKEN, and `<app-slug>[bot]` for a GitHub App's installation
 * token (which GET /user refuses with 403, and GET /app accepts only with the App's own JWT). Where GraphQL does not
 * answer, GET /user tells a person's token; a 403 there is an installation token, taken for GITHUB_TOKEN's bot.
 */
async function tokenIdentity(client) {
    const viewer = await client
        .graphql('query { viewer { login } }')
        .then((data) => data.viewer?.login)
        .catch(() => undefined);
    if (typeof viewer === 'string' && viewer !== '')
        return viewer;
    try {
        return (await client.rest.users.getAuthenticated()).data.login;
    }
    catch (error) {
        if (error.status === 403)
            return ACTIONS_BOT;
        throw error;
    }
}
/**
 * Comments on a commit (a push's report, where there is no pull request to comment on). Needs `contents: write`.
 * The body is sent as given: keep it within COMMENT_LIMIT.
 */
async function createCommitComment(client, repository, comment) {
    const { data } = await client.rest.repos.createCommitComment({ ...repository, commit_sha: comment.sha, body: comment.body });
    return { id: data.id, url: data.html_url };
}
/** Comments on the issue that carry the marker and were written by `author`, oldest first. */
async function findMarked(client, target) {
    const found = [];
    for await (const page of client.paginate.iterator(client.rest.issues.listComments, {
        owner: target.owner,
        repo: target.repo,
        issue_number: target.issueNumber,
        per_page: 100,
    })) {
        for (const comment of page.data) {
            // Someone else can paste the marker into their own comment; only ours are ever touched.
            if (comment.user?.login === target.author && comment.body?.includes(target.marker) === true)
                found.push(comment);
        }
    }
    return found.sort((a, b) => a.id - b.id);
}
async function minimize(client, nodeId) {
    await client.graphql('mutation($id: ID!) { minimizeComment(input: {subjectId: $id, classifier: OUTDATED}) { minimizedComment { isMinimized } } }', { id: nodeId });
}
/**
 * Posts the report as one sticky comment. update: edit ours in place (when a race left two, keep the oldest and
 * delete the rest); recreate: delete ours and post anew; hide-old: minimize ours as outdated and post anew;
 * off: nothing. Updating costs one list call per 100 comments and one edit.
 */
async function upsertStickyComment(client, target) {
    if (target.mode === 'off')
        return { action: 'skipped', removed: [], hidden: [] };
    const body = target.body.includes(target.marker) ? target.body : `${target.marker}\n${target.body}`;
    const repository = { owner: target.owner, repo: target.repo };
    const existing = await findMarked(client, target);
    const removed = [];
    const hidden = [];
    const create = async (action) => {
        const { data } = await client.rest.issues.createComment({ ...repository, issue_number: target.issueNumber, body });
        return { action, commentId: data.id, url: data.html_url, removed, hidden };
    };
    if (target.mode === 'update') {
        const [keep, ...extra] = existing;
        for (const comment of extra) {
            await client.rest.issues.deleteComment({ ...repository, comment_id: comment.id });
            removed.push(comment.id);
        }
        if (keep === undefined)
            return create('created');
        const { data } = await client.rest.issues.updateComment({ ...repository, comment_id: keep.id, body });
        return { action: 'updated', commentId: data.id, url: data.html_url, removed, hidden };
    }
    for (const comment of existing) {
        if (target.mode === 'recreate') {
            await client.rest.issues.deleteComment({ ...repository, comment_id: comment.id });
            removed.push(comment.id);
        }
        else {
            await minimize(client, comment.node_id);
            hidden.push(comment.id);
        }
    }
    return create(existing.length > 0 ? 'recreated' : 'created');
}

;// CONCATENATED MODULE: ../../packages/github/src/permissions.ts

/** The keys a workflow's `permissions:` block accepts: what GITHUB_TOKEN can be given. */
const WORKFLOW_PERMISSIONS = new Set([
    'actions',
    'attestations',
    'checks',
    'contents',
    'deployments',
    'discussions',
    'id-token',
    'issues',
    'models',
    'packages',
    'pages',
    'pull-requests',
    'repository-projects',
    'security-events',
    'statuses',
]);
const TOKEN_PERMISSIONS_DOCS = 'https://docs.github.com/actions/security-for-github-actions/security-guides/automatic-token-authentication#permissions-for-the-github_token';
/**
 * A call that GitHub refused because the token lacks a permission (403 "Resource not accessible by integration").
 * `permissions` lists the sets GitHub accepts for the endpoint (any one set will do), as a workflow writes them;
 * empty when neither GitHub nor Crucible knows. `status` stays 403, so code that looked at the status still works.
 */
class PermissionError extends src.CrucibleError {
    status = 403;
    method;
    /** The endpoint as GitHub's docs name it (`/repos/{owner}/{repo}/issues/{issue_number}/comments`) when known. */
    route;
    permissions;
    constructor(method, route, permissions, options) {
        super(permissionMessage(method, route, permissions, options?.reason ?? 'Resource not accessible by integration'), options);
        this.name = 'PermissionError';
        this.method = method;
        this.route = route;
        this.permissions = permissions;
    }
}
const written = (set) => set.map((permission) => `${permission.name}: ${permission.access}`).join(', ');
function permissionMessage(method, route, permissions, reason) {
    const call = `${method} ${route}`;
    const grantable = permissions.filter((set) => set.every((permission) => WORKFLOW_PERMISSIONS.has(permission.name)));
    let need;
    if (permissions.length === 0) {
        need = 'The token lacks a permission this endpoint needs; see the endpoint\'s page in GitHub\'s REST docs for which, and give it to the job under `permissions:`.';
    }
    else if (grantable.length === 0) {
        need =
            `It needs ${permissions.map((set) => `\`${written(set)}\``).join(' or ')}, which a workflow cannot give GITHUB_TOKEN: ` +
                'pass a GitHub App installation token or a fine-grained personal access token that has it.';
    }
    else {
        const [first, ...others] = grantable;
        const alternatives = others.length === 0 ? '' : ` (or ${others.map((set) => `\`${written(set)}\``).join(', or ')})`;
        need = `Give the job \`permissions:\` with \`${written(first)}\`${alternatives}.`;
    }
    return (`GitHub refused ${call}: the token may not do this (403 ${reason}). ${need} ` +
        'On a pull request from a fork the token is read-only whatever the workflow asks for: run this step from a ' +
        `workflow_run workflow instead (see "Pull requests from forks" in actions/report/README.md). Token permissions: ${TOKEN_PERMISSIONS_DOCS}`);
}
/**
 * The permission sets in GitHub's `x-accepted-github-permissions` header: sets separated by ";", the permissions of
 * a set by ",", each `name=access` with GitHub's names (`pull_requests=write`), turned into a workflow's names
 * (`pull-requests`). `pull_requests=read,contents=read; issues=read,contents=read` is two sets of two.
 */
function parseAcceptedPermissions(header) {
    const sets = [];
    for (const part of header.split(';')) {
        const set = [];
        for (const item of part.split(',')) {
            const [name, access] = item.split('=').map((text) => text.trim());
            if (name === undefined || name === '' || access === undefined || access === '')
                continue;
            set.push({ name: name.toLowerCase().replaceAll('_', '-'), access: access.toLowerCase() });
        }
        if (set.length > 0)
            sets.push(set);
    }
    return sets;
}
const one = (name, access) => [[{ name, access }]];
const WRITE = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);
/**
 * The endpoints Crucible calls and what GITHUB_TOKEN needs for each, from GitHub's REST reference ("Fine-grained
 * access tokens" section of each endpoint). Used when GitHub sends no `x-accepted-github-permissions` header
 * (a classic personal token, an older GitHub Enterprise Server). First match wins.
 */
const TABLE = [
    // Issue and pull request comments: the issues API serves both, and either permission is accepted.
    {
        path: /^\/repos\/[^/]+\/[^/]+\/issues\/(?:[^/]+\/comments|comments(?:\/[^/]+)?)$/,
        needs: (method) => (WRITE.has(method) ? [[{ name: 'pull-requests', access: 'write' }], [{ name: 'issues', access: 'write' }]] : [[{ name: 'pull-requests', access: 'read' }], [{ name: 'issues', access: 'read' }]]),
    },
    { path: /^\/repos\/[^/]+\/[^/]+\/(?:issues|labels)(?:\/.*)?$/, needs: (method) => one('issues', WRITE.has(method) ? 'write' : 'read') },
    { path: /^\/repos\/[^/]+\/[^/]+\/pulls(?:\/.*)?$/, needs: (method) => one('pull-requests', WRITE.has(method) ? 'write' : 'read') },
    { path: /^\/repos\/[^/]+\/[^/]+\/commits\/[^/]+\/pulls$/, needs: () => one('pull-requests', 'read') },
    { path: /^\/repos\/[^/]+\/[^/]+\/(?:check-runs|check-suites)(?:\/.*)?$/, needs: (method) => one('checks', WRITE.has(method) ? 'write' : 'read') },
    { path: /^\/repos\/[^/]+\/[^/]+\/commits\/[^/]+\/(?:check-runs|check-suites)$/, needs: () => one('checks', 'read') },
    { path: /^\/repos\/[^/]+\/[^/]+\/statuses\/[^/]+$/, needs: () => one('statuses', 'write') },
    { path: /^\/repos\/[^/]+\/[^/]+\/commits\/[^/]+\/status(?:es)?$/, needs: () => one('statuses', 'read') },
    // Reviewing a run's pending deployments approves or rejects a deployment.
    { method: /^POST$/, path: /^\/repos\/[^/]+\/[^/]+\/actions\/runs\/[^/]+\/pending_deployments$/, needs: () => one('deployments', 'write') },
    { path: /^\/repos\/[^/]+\/[^/]+\/actions(?:\/.*)?$/, needs: (method) => one('actions', WRITE.has(method) ? 'write' : 'read') },
    // Reading an environment and its protection rules takes actions: read; changing one is an admin's job.
    { path: /^\/repos\/[^/]+\/[^/]+\/environments(?:\/.*)?$/, needs: (method) => (WRITE.has(method) ? one('administration', 'write') : one('actions', 'read')) },
    { path: /^\/repos\/[^/]+\/[^/]+\/deployments(?:\/.*)?$/, needs: (method) => one('deployments', WRITE.has(method) ? 'write' : 'read') },
    {
        path: /^\/repos\/[^/]+\/[^/]+\/(?:contents|commits|compare|git|releases|tags|branches|comments)(?:\/.*)?$/,
        needs: (method) => one('contents', WRITE.has(method) ? 'write' : 'read'),
    },
    { path: /^\/repos\/[^/]+\/[^/]+$/, needs: (method) => (WRITE.has(method) ? one('administration', 'write') : one('metadata', 'read')) },
];
/** The path part of a request URL: a route template as Octokit was given it, or a full URL (a next page). */
function pathOf(url, baseUrl) {
    let path = url;
    if (baseUrl !== undefined && path.startsWith(baseUrl))
        path = path.slice(baseUrl.length);
    else if (/^https?:\/\//.test(path)) {
        path = new URL(path).pathname;
        // GitHub Enterprise Server serves the REST API under /api/v3.
        path = path.replace(/^\/api\/v3(?=\/)/, '');
    }
    return path.replace(/[?#].*$/, '') || '/';
}
/**
 * The PermissionError for a refused call: the permissions from GitHub's `x-accepted-github-permissions` header when
 * it sent one, else from Crucible's table of the endpoints it calls, else none named. Pure: the Octokit error hook
 * in createGitHubClient calls it, and tests can too.
 */
function permissionError(method, url, headers = {}, options = {}) {
    const verb = method.toUpperCase();
    const route = pathOf(url, options.baseUrl);
    const header = Object.entries(headers).find(([name]) => name.toLowerCase() === 'x-accepted-github-permissions')?.[1];
    let permissions = header === undefined ? [] : parseAcceptedPermissions(String(header));
    if (permissions.length === 0) {
        const entry = TABLE.find((candidate) => (candidate.method === undefined || candidate.method.test(verb)) && candidate.path.test(route));
        permissions = entry?.needs(verb) ?? [];
    }
    return new PermissionError(verb, route, permissions, {
        ...(options.cause === undefined ? {} : { cause: options.cause }),
        ...(options.reason === undefined ? {} : { reason: options.reason }),
    });
}
/**
 * GitHub's reason when an Octokit error is GitHub refusing a call for want of a permission ("Resource not accessible
 * by integration", or "... by personal access token"), else undefined: a secondary rate limit's 403 is not one.
 */
function permissionRefusal(error) {
    const candidate = error;
    if (candidate?.status !== 403)
        return undefined;
    const message = typeof candidate.response?.data?.message === 'string' ? candidate.response.data.message : String(candidate.message ?? '');
    return /^\s*Resource not accessible by (?:integration|personal access token)/i.exec(message)?.[0].trim();
}

;// CONCATENATED MODULE: ../../packages/github/src/pulls.ts
/**
 * The open pull request whose head is `headSha`, found through the API (a `workflow_run` payload lists no pull
 * request for a fork's, and an artifact's word for the number is never trusted): first by the fork owner's branch,
 * then by the commit, and only one whose head commit is exactly `headSha` and whose head repository matches.
 */
async function findPullRequest(client, repository, head) {
    const matches = (pull) => pull.state === 'open' && pull.head.sha === head.sha && pull.head.repo?.full_name.toLowerCase() === head.repo.toLowerCase();
    const first = async (pages) => {
        let any = false;
        for await (const page of pages) {
            any ||= page.data.length > 0;
            const match = page.data.find(matches);
            if (match !== undefined)
                return { match, any };
        }
        return { any };
    };
    let found = { any: false };
    if (head.branch !== null && head.branch !== '') {
        const owner = head.repo.split('/')[0] ?? repository.owner;
        found = await first(client.paginate.iterator(client.rest.pulls.list, { ...repository, state: 'open', head: `${owner}:${head.branch}`, per_page: 100 }));
    }
    // As before: the commit is asked only when the branch named no open pull request at all.
    if (!found.any) {
        found = await first(client.paginate.iterator(client.rest.repos.listPullRequestsAssociatedWithCommit, { ...repository, commit_sha: head.sha, per_page: 100 }));
    }
    const match = found.match;
    return match === undefined
        ? undefined
        : { number: match.number, headSha: match.head.sha, headRepo: match.head.repo?.full_name ?? head.repo, baseRef: match.base.ref, baseSha: match.base.sha };
}

;// CONCATENATED MODULE: ../../packages/github/src/runs.ts
/**
 * The labels of the job now running on `runnerName` in this run attempt (the `runs-on` labels it was picked by), or
 * undefined when no in-progress job of the attempt ran there. Reads every page of the attempt's jobs; needs
 * `actions: read`.
 */
async function runnerLabels(client, repository, query) {
    const params = { ...repository, run_id: query.runId, attempt_number: query.runAttempt, per_page: 100 };
    for await (const page of client.paginate.iterator(client.rest.actions.listJobsForWorkflowRunAttempt, params)) {
        const job = page.data.find((candidate) => candidate.runner_name === query.runnerName && candidate.status === 'in_progress');
        if (job !== undefined)
            return job.labels;
    }
    return undefined;
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
 * secondary rate limits (up to a bound, twice at most), talks to whatever GITHUB_API_URL names, and turns a 403
 * "Resource not accessible by integration" into a PermissionError that names the permission to add.
 */
function createGitHubClient(options) {
    const maxWait = options.maxRateLimitWaitSeconds ?? 120;
    const base = options.retryAfterBaseValue ?? 1000;
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        const willRetry = retryCount < 2 && retryAfter <= maxWait;
        options.log.warning(`GitHub ${kind} rate limit on ${request.method} ${request.url}; ${willRetry ? `retrying in ${retryAfter} s` : 'giving up'}.`);
        return willRetry;
    };
    const client = new RestClient({
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
    // The one place a refused permission becomes a PermissionError that names it. Registered after the plugins, so it
    // sees what is left once retries and rate-limit waits are done. GET /user is left alone: an installation token is
    // always refused there, and tokenIdentity reads that 403 as "this is github-actions[bot]".
    client.hook.error('request', (error, request) => {
        const reason = permissionRefusal(error);
        const isUser = request.method === 'GET' && /^(?:https?:\/\/[^/]+(?:\/api\/v3)?)?\/user$/.test(request.url);
        if (reason === undefined || isUser)
            throw error;
        const headers = error.response?.headers;
        throw permissionError(request.method, request.url, headers, { cause: error, reason, baseUrl: request.baseUrl });
    });
    return client;
}

;// CONCATENATED MODULE: ../../packages/github/src/index.ts










/***/ })

};
