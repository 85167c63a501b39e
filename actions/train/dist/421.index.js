export const id = 421;
export const ids = [421];
export const modules = {

/***/ 81813:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ae: () => (/* binding */ cachePath),
/* harmony export */   Rj: () => (/* binding */ fingerprint),
/* harmony export */   vK: () => (/* binding */ checkpointKeys)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



/** GitHub's cache keys are at most 512 characters and may not hold commas. */
const MAX_KEY = 512;
function keyPart(text) {
    return text.replace(/[^\w.-]+/g, '_').slice(0, 100);
}
/**
 * The checkpoint's cache keys: a prefix for this workflow, branch and checkpoint-key, and a key of its own for
 * this run attempt (cache entries cannot be overwritten). Restoring by the prefix finds the newest save.
 */
function checkpointKeys(context, env, checkpointKey) {
    const workflow = context.workflowFile || env['GITHUB_WORKFLOW'] || 'workflow';
    const branch = env['GITHUB_HEAD_REF'] || env['GITHUB_REF_NAME'] || context.ref.replace(/^refs\/(heads|tags)\//, '') || 'detached';
    const prefix = `crucible-checkpoint-${keyPart(workflow)}-${keyPart(branch)}-${keyPart(checkpointKey)}-`;
    return { prefix, key: `${prefix}${context.runId}-${context.runAttempt}`.slice(0, MAX_KEY) };
}
/** The path as @actions/cache wants it: relative to the workspace, so another runner's work folder matches. */
function cachePath(workspace, absolute) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(workspace, absolute);
    return path === '' ? '.' : path.startsWith('..') ? absolute : path;
}
/**
 * What the checkpoint folder holds, cheaply: relative paths, sizes and modification times. Equal fingerprints
 * after restore and after the run mean training wrote nothing new, so there is nothing to save.
 */
async function fingerprint(path) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let bytes = 0;
    let files = 0;
    const walk = async (current) => {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(current);
        if (info.isDirectory()) {
            const entries = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(current)).sort();
            for (const entry of entries)
                await walk((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(current, entry));
            return;
        }
        files += 1;
        bytes += info.size;
        hash.update(`${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(path, current)}\0${info.size}\0${info.mtimeMs}\n`);
    };
    try {
        await walk(path);
    }
    catch {
        return undefined;
    }
    return { digest: hash.digest('hex'), bytes, files };
}


/***/ }),

/***/ 56421:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   post: () => (/* binding */ post)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13960);
/* harmony import */ var _crucible_action_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29323);
/* harmony import */ var _crucible_action_kit_artifacts__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(44313);
/* harmony import */ var _checkpoint_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(81813);
/* harmony import */ var _outputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17553);





/**
 * After the job's steps, also after a failure, a time-budget stop or a cancel: uploads the evidence a cancelled
 * main could not, then saves the checkpoint through the cache, unless it is missing, unchanged since the restore,
 * or over checkpoint-max-size (GitHub's cache holds 10 GB a repository and evicts entries unused for 7 days).
 */
async function post() {
    const pending = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu(_outputs_js__WEBPACK_IMPORTED_MODULE_4__/* .State */ .U.pendingUpload);
    if (pending !== '') {
        const uploads = JSON.parse(pending);
        const context = (0,_crucible_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .readContext */ .yI)();
        await (0,_crucible_action_kit_artifacts__WEBPACK_IMPORTED_MODULE_2__/* .uploadEvidence */ .di)(context, uploads.evidence, uploads.evidenceFiles, uploads.root);
        await (0,_crucible_action_kit_artifacts__WEBPACK_IMPORTED_MODULE_2__/* .uploadEvidence */ .di)(context, uploads.log, uploads.logFiles, uploads.root);
    }
    const path = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu(_outputs_js__WEBPACK_IMPORTED_MODULE_4__/* .State */ .U.checkpointPath);
    if (path === '')
        return;
    const key = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu(_outputs_js__WEBPACK_IMPORTED_MODULE_4__/* .State */ .U.checkpointKey);
    const maxBytes = Number(_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu(_outputs_js__WEBPACK_IMPORTED_MODULE_4__/* .State */ .U.checkpointMaxBytes));
    const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd();
    const { resolve } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 76760, 23));
    const now = await (0,_checkpoint_js__WEBPACK_IMPORTED_MODULE_3__/* .fingerprint */ .Rj)(resolve(workspace, path));
    if (now === undefined || now.files === 0) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`No checkpoint at ${path}: nothing to save.`);
        return;
    }
    if (now.digest === _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu(_outputs_js__WEBPACK_IMPORTED_MODULE_4__/* .State */ .U.checkpointFingerprint)) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`The checkpoint at ${path} is unchanged since it was restored: not saving it again.`);
        return;
    }
    if (now.bytes > maxBytes) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Not saving the checkpoint: ${path} holds ${(now.bytes / 1024 ** 3).toFixed(2)} GiB, over checkpoint-max-size (${(maxBytes / 1024 ** 3).toFixed(2)} GiB). ` +
            "GitHub's cache holds 10 GB per repository and evicts what is unused for 7 days; keep only the latest checkpoint in the folder, or raise checkpoint-max-size.", { title: 'Checkpoint not saved' });
        return;
    }
    const cache = await Promise.all(/* import() */[__webpack_require__.e(620), __webpack_require__.e(627)]).then(__webpack_require__.bind(__webpack_require__, 89627));
    if (!cache.isFeatureAvailable()) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e('The Actions cache is not available to this job: the checkpoint is not saved.', { title: 'Checkpoint not saved' });
        return;
    }
    try {
        await cache.saveCache([path], key);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Saved the checkpoint ${path} (${now.files} file(s), ${(now.bytes / 1024 ** 2).toFixed(1)} MiB) as ${key}; the next run of this workflow on this branch resumes from it.`);
    }
    catch (error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Could not save the checkpoint ${path}: ${error.message}.`, { title: 'Checkpoint not saved' });
    }
}


/***/ }),

/***/ 44313:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   di: () => (/* binding */ uploadEvidence)
/* harmony export */ });
/* unused harmony exports matchesPattern, downloadRunArtifacts */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(13960);



/** An artifact name pattern with `*` wildcards, as the inputs write them. */
function matchesPattern(name, pattern) {
    const source = pattern.replace(/[.+^${}()|[\]\\?]/g, '\\$&').replace(/\*/g, '.*');
    return new RegExp(`^${source}$`).test(name);
}
/**
 * Uploads files as an artifact of this run, through @actions/artifact (loaded only here). On GHES, where
 * @actions/artifact 6 does not work, it says so and returns undefined: evidence then moves by path.
 */
async function uploadEvidence(context, name, files, root) {
    if (context.ghes) {
        _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .notice */ .lm(`Not uploading artifact "${name}": artifacts are not supported on GitHub Enterprise Server by @actions/artifact 6. Pass evidence between jobs by path.`);
        return undefined;
    }
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(620), __webpack_require__.e(705), __webpack_require__.e(764)]).then(__webpack_require__.bind(__webpack_require__, 19764));
    const { id } = await new DefaultArtifactClient().uploadArtifact(name, files, root);
    _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(`Uploaded artifact "${name}" (id ${id}).`);
    return id;
}
/**
 * Downloads this run's artifacts whose names match `pattern` into `<destination>/<name>/`, and returns those
 * folders by name. Empty on GHES.
 */
async function downloadRunArtifacts(context, pattern, destination) {
    const folders = new Map();
    if (context.ghes)
        return folders;
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(620), __webpack_require__.e(705), __webpack_require__.e(764)]).then(__webpack_require__.bind(__webpack_require__, 19764));
    const client = new DefaultArtifactClient();
    const { artifacts } = await client.listArtifacts({ latest: true });
    for (const artifact of artifacts.filter((candidate) => matchesPattern(candidate.name, pattern)).sort((a, b) => a.name.localeCompare(b.name))) {
        const folder = join(destination, artifact.name);
        mkdirSync(folder, { recursive: true });
        await client.downloadArtifact(artifact.id, { path: folder });
        folders.set(artifact.name, folder);
    }
    return folders;
}


/***/ })

};
