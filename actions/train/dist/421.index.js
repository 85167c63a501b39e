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
    return text.replace(/[^\w.-]+/g, '_').slice(0, 60);
}
/**
 * The checkpoint's cache keys: a prefix for this workflow, branch, job and matrix leg (each seed resumes its own
 * checkpoint) and checkpoint-key, and a key of its own for this run attempt (cache entries cannot be overwritten).
 * Restoring by the prefix finds the newest save. Parts are joined by "/", which a part never holds, so the prefix
 * of checkpoint-key "bert" does not match "bert-large".
 */
function checkpointKeys(context, env, checkpointKey, leg) {
    const workflow = context.workflowFile || env['GITHUB_WORKFLOW'] || 'workflow';
    const branch = env['GITHUB_HEAD_REF'] || env['GITHUB_REF_NAME'] || context.ref.replace(/^refs\/(heads|tags)\//, '') || 'detached';
    const parts = ['crucible-checkpoint', workflow, branch, context.job || 'job', leg || 'leg', checkpointKey].map(keyPart);
    const prefix = `${parts.join('/')}/`;
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

/***/ 29500:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ extraEnv),
/* harmony export */   a: () => (/* binding */ stepSecrets)
/* harmony export */ });
/* harmony import */ var _crucible_core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29179);
/* harmony import */ var _crucible_supervisor__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35566);


/** KEY=value lines of the `env` input, checked: a name is a shell variable name. */
function extraEnv(lines) {
    const env = {};
    lines.forEach((line, index) => {
        const at = line.indexOf('=');
        const name = at === -1 ? '' : line.slice(0, at).trim();
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
            throw new _crucible_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`env: line ${index + 1} ("${line.slice(0, 60)}") is not KEY=value with KEY a variable name (letters, digits, _).`);
        }
        env[name] = line.slice(at + 1);
    });
    return env;
}
/**
 * The values to keep out of the log artifact and the evidence: secret-looking variables of the step and of the
 * `env` input. Main and post both derive them (secrets are never written to the step's state).
 */
function stepSecrets(envLines) {
    return (0,_crucible_supervisor__WEBPACK_IMPORTED_MODULE_1__/* .secretValues */ .VX)({ ...process.env, ...extraEnv(envLines) });
}


/***/ }),

/***/ 56421:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   post: () => (/* binding */ post)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13960);
/* harmony import */ var _crucible_action_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95916);
/* harmony import */ var _checkpoint_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(81813);
/* harmony import */ var _env_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(29500);
/* harmony import */ var _outputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(17553);
/* harmony import */ var _uploads_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(62173);







/**
 * After the job's steps, also after a failure, a time-budget stop or a cancel: saves the checkpoint through the
 * cache (unless it is missing, unchanged since the restore, or over checkpoint-max-size: GitHub's cache holds
 * 10 GB a repository and evicts entries unused for 7 days), then uploads the evidence and log a cancelled main
 * could not.
 */
async function post() {
    const upload = pendingUpload();
    // A Slurm job main did not see end (the runner killed main after a cancel) would run on with nobody watching.
    if (upload?.slurmJobId !== undefined)
        await cancelJob(upload.slurmJobId);
    // The checkpoint next: it is what the next run needs most, and an upload that fails must not cost it.
    await saveCheckpoint();
    if (upload === undefined)
        return;
    try {
        await (0,_uploads_js__WEBPACK_IMPORTED_MODULE_6__/* .uploadRun */ .$)((0,_crucible_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .readContext */ .yI)(), upload, (0,_env_js__WEBPACK_IMPORTED_MODULE_4__/* .stepSecrets */ .a)(_actions_core__WEBPACK_IMPORTED_MODULE_1__.getMultilineInput('env')));
    }
    catch (error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_1__.warning(`The run's evidence and log were not uploaded: ${error.message}`, { title: 'Evidence not uploaded' });
    }
}
/** What main left to upload; a state that does not parse costs the upload (said), never the checkpoint. */
function pendingUpload() {
    const pending = _actions_core__WEBPACK_IMPORTED_MODULE_1__.getState(_outputs_js__WEBPACK_IMPORTED_MODULE_5__/* .State */ .U.pendingUpload);
    if (pending === '')
        return undefined;
    try {
        return JSON.parse(pending);
    }
    catch (error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_1__.warning(`The run's evidence and log were not uploaded: the step's state did not parse (${error.message}).`, { title: 'Evidence not uploaded' });
        return undefined;
    }
}
async function cancelJob(jobId) {
    const { cancelSlurmJob } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 35566));
    if (await cancelSlurmJob(jobId, process.env))
        _actions_core__WEBPACK_IMPORTED_MODULE_1__.warning(`Slurm job ${jobId} was still in the queue after the train step; it is cancelled (scancel ${jobId}).`, { title: 'Slurm job cancelled' });
    else
        _actions_core__WEBPACK_IMPORTED_MODULE_1__.info(`Slurm job ${jobId} is no longer in the queue.`);
}
async function saveCheckpoint() {
    const path = _actions_core__WEBPACK_IMPORTED_MODULE_1__.getState(_outputs_js__WEBPACK_IMPORTED_MODULE_5__/* .State */ .U.checkpointPath);
    if (path === '')
        return;
    const key = _actions_core__WEBPACK_IMPORTED_MODULE_1__.getState(_outputs_js__WEBPACK_IMPORTED_MODULE_5__/* .State */ .U.checkpointKey);
    const maxBytes = Number(_actions_core__WEBPACK_IMPORTED_MODULE_1__.getState(_outputs_js__WEBPACK_IMPORTED_MODULE_5__/* .State */ .U.checkpointMaxBytes));
    const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd();
    const now = await (0,_checkpoint_js__WEBPACK_IMPORTED_MODULE_3__/* .fingerprint */ .Rj)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(workspace, path));
    if (now === undefined || now.files === 0) {
        _actions_core__WEBPACK_IMPORTED_MODULE_1__.info(`No checkpoint at ${path}: nothing to save.`);
        return;
    }
    if (now.digest === _actions_core__WEBPACK_IMPORTED_MODULE_1__.getState(_outputs_js__WEBPACK_IMPORTED_MODULE_5__/* .State */ .U.checkpointFingerprint)) {
        _actions_core__WEBPACK_IMPORTED_MODULE_1__.info(`The checkpoint at ${path} is unchanged since it was restored: not saving it again.`);
        return;
    }
    if (now.bytes > maxBytes) {
        _actions_core__WEBPACK_IMPORTED_MODULE_1__.warning(`Not saving the checkpoint: ${path} holds ${(now.bytes / 1024 ** 3).toFixed(2)} GiB, over checkpoint-max-size (${(maxBytes / 1024 ** 3).toFixed(2)} GiB). ` +
            "GitHub's cache holds 10 GB per repository and evicts what is unused for 7 days; keep only the latest checkpoint in the folder, or raise checkpoint-max-size.", { title: 'Checkpoint not saved' });
        return;
    }
    const cache = await Promise.all(/* import() */[__webpack_require__.e(620), __webpack_require__.e(627)]).then(__webpack_require__.bind(__webpack_require__, 89627));
    if (!cache.isFeatureAvailable()) {
        _actions_core__WEBPACK_IMPORTED_MODULE_1__.warning('The Actions cache is not available to this job: the checkpoint is not saved.', { title: 'Checkpoint not saved' });
        return;
    }
    try {
        // saveCache answers -1 when it could not reserve the key (another job saved it) and logs that only as info.
        const id = await cache.saveCache([path], key);
        if (id === -1) {
            _actions_core__WEBPACK_IMPORTED_MODULE_1__.warning(`The checkpoint ${path} was not saved: the cache did not accept the key ${key} (another job may hold it).`, { title: 'Checkpoint not saved' });
            return;
        }
        _actions_core__WEBPACK_IMPORTED_MODULE_1__.info(`Saved the checkpoint ${path} (${now.files} file(s), ${(now.bytes / 1024 ** 2).toFixed(1)} MiB) as ${key}; the next run of this job on this branch resumes from it.`);
    }
    catch (error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_1__.warning(`Could not save the checkpoint ${path}: ${error.message}.`, { title: 'Checkpoint not saved' });
    }
}


/***/ }),

/***/ 62173:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ uploadRun),
/* harmony export */   S: () => (/* binding */ upload)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _crucible_action_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95916);
/* harmony import */ var _crucible_action_kit_artifacts__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(44313);
/* harmony import */ var _crucible_core__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(62608);
/* harmony import */ var _crucible_core_errors__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(29179);
/* harmony import */ var _crucible_supervisor__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(35566);







/** Uploads an artifact; a failure says which artifact and the likely fix, not "a bug in Crucible". */
async function upload(context, name, files, root) {
    try {
        await (0,_crucible_action_kit_artifacts__WEBPACK_IMPORTED_MODULE_3__/* .uploadEvidence */ .di)(context, name, files, root);
    }
    catch (error) {
        throw new _crucible_core_errors__WEBPACK_IMPORTED_MODULE_5__/* .CrucibleError */ .E0(`Could not upload the "${name}" artifact: ${error.message}. An artifact name is used once per workflow run: ` +
            'two train steps in one job, or matrix legs with the same name, need their own artifact-name.');
    }
}
/**
 * The run's artifacts: run.json and telemetry.csv as the evidence artifact, train.log (secrets replaced by ***)
 * as the log artifact. When main was stopped before it wrote run.json, a document that says so is written first:
 * the run was cancelled, and nothing else about it is known.
 */
async function uploadRun(context, pending, secrets) {
    const evidencePath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(pending.folder, 'run.json');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(pending.folder, { recursive: true });
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(evidencePath)) {
        const ended = new Date();
        const evidence = {
            schema: 'crucible/run@1',
            command: pending.command,
            exitCode: null,
            signal: null,
            durationSeconds: Math.max(0, (ended.getTime() - Date.parse(pending.startedAt)) / 1000),
            timedOut: false,
            cancelled: true,
            startedAt: pending.startedAt,
            endedAt: ended.toISOString(),
            gpus: [],
            telemetry: null,
            metrics: {},
            git: (0,_crucible_core__WEBPACK_IMPORTED_MODULE_4__.gitInfo)((0,_crucible_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .commitOf */ .D3)(context), context.workspace),
            // The Slurm job it submitted, by id (the rest was main's to learn).
            ...(pending.slurmJobId === undefined
                ? {}
                : { backend: 'slurm', slurm: { jobId: pending.slurmJobId, partition: null, nodes: null, nodeList: null, gpus: null, queueSeconds: null, runSeconds: null, sbatchOptions: [] } }),
            note: 'The job was cancelled before the train step recorded the run; its post step wrote this.',
        };
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(evidencePath, `${JSON.stringify(evidence, null, 2)}\n`);
    }
    const telemetry = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(pending.folder, 'telemetry.csv');
    await upload(context, pending.evidence, [evidencePath, ...((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(telemetry) ? [telemetry] : [])], pending.folder);
    const raw = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(pending.folder, 'train.log');
    if (pending.log !== null && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(raw)) {
        const logFolder = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(pending.folder, 'log');
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(logFolder, { recursive: true });
        (0,_crucible_supervisor__WEBPACK_IMPORTED_MODULE_6__/* .redactFile */ .it)(raw, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(logFolder, 'train.log'), secrets);
        await upload(context, pending.log, [(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(logFolder, 'train.log')], logFolder);
    }
}


/***/ }),

/***/ 44313:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VG: () => (/* binding */ downloadRunArtifacts),
/* harmony export */   di: () => (/* binding */ uploadEvidence)
/* harmony export */ });
/* unused harmony export matchesPattern */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(13960);
/* harmony import */ var _crucible_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(62608);




/** An artifact name pattern as the inputs write them (`crucible-*`), in Crucible's one glob dialect (core/glob.ts). */
function matchesPattern(name, pattern) {
    return (0,_crucible_core__WEBPACK_IMPORTED_MODULE_3__.globMatcher)(pattern)(name);
}
/**
 * Uploads files as an artifact of this run, through @actions/artifact (loaded only here). On GHES, where
 * @actions/artifact 6 does not work, it says so and returns undefined: evidence then moves by path.
 */
async function uploadEvidence(context, name, files, root) {
    if (context.ghes) {
        _actions_core__WEBPACK_IMPORTED_MODULE_2__.notice(`Not uploading artifact "${name}": artifacts are not supported on GitHub Enterprise Server by @actions/artifact 6. Pass evidence between jobs by path.`);
        return undefined;
    }
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(620), __webpack_require__.e(764)]).then(__webpack_require__.bind(__webpack_require__, 19764));
    try {
        const { id } = await new DefaultArtifactClient().uploadArtifact(name, files, root);
        _actions_core__WEBPACK_IMPORTED_MODULE_2__.info(`Uploaded artifact "${name}" (id ${id}).`);
        return id;
    }
    catch (error) {
        // Artifact names are unique in a run: a job run again in the same attempt finds its first upload there. That
        // one stays; the evidence written this time is still in the outputs' paths and the job summary.
        if (!/\(409\) Conflict|already exists/i.test(error instanceof Error ? error.message : String(error)))
            throw error;
        _actions_core__WEBPACK_IMPORTED_MODULE_2__.warning(`Artifact "${name}" already exists on this workflow run (the job ran before in this attempt); the earlier upload is kept. Give artifact-name another value to keep both.`);
        return undefined;
    }
}
/** A connection the network dropped (the results service answers no status then); @actions/artifact does not retry it. */
const DROPPED = /ECONNRESET|ECONNREFUSED|ETIMEDOUT|EPIPE|socket hang up/;
/** Runs a read of the results service again, twice at most, when the connection was dropped. */
async function retryDropped(read, what) {
    for (let attempt = 1;; attempt++) {
        try {
            return await read();
        }
        catch (error) {
            if (attempt >= 3 || !DROPPED.test(error instanceof Error ? error.message : String(error)))
                throw error;
            _actions_core__WEBPACK_IMPORTED_MODULE_2__.info(`The connection dropped while ${what}; trying again (${attempt} of 2).`);
            await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
        }
    }
}
/**
 * Downloads this run's artifacts whose names match `pattern` into `<destination>/<name>/`, and returns those
 * folders by name. Empty on GHES.
 */
async function downloadRunArtifacts(context, pattern, destination) {
    const folders = new Map();
    if (context.ghes)
        return folders;
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(620), __webpack_require__.e(764)]).then(__webpack_require__.bind(__webpack_require__, 19764));
    const client = new DefaultArtifactClient();
    const { artifacts } = await retryDropped(() => client.listArtifacts({ latest: true }), 'listing the run\'s artifacts');
    for (const artifact of artifacts.filter((candidate) => matchesPattern(candidate.name, pattern)).sort((a, b) => a.name.localeCompare(b.name))) {
        const folder = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(destination, artifact.name);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(folder, { recursive: true });
        await retryDropped(() => client.downloadArtifact(artifact.id, { path: folder }), `downloading artifact "${artifact.name}"`);
        folders.set(artifact.name, folder);
    }
    return folders;
}


/***/ })

};
