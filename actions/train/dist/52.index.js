export const id = 52;
export const ids = [52];
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

/***/ 4052:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   artifactUploads: () => (/* binding */ artifactUploads),
/* harmony export */   cacheCheckpoints: () => (/* binding */ cacheCheckpoints),
/* harmony export */   processInterrupts: () => (/* binding */ processInterrupts),
/* harmony export */   runnerInfo: () => (/* binding */ runnerInfo)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13960);
/* harmony import */ var _checkpoint_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81813);
/* harmony import */ var _outputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17553);
/* harmony import */ var _uploads_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(62173);





/**
 * The checkpoint through the Actions cache: restored by this job's key prefix before the run; what post needs to
 * save it afterwards (path, key, fingerprint, size cap) goes to the step's state, since post runs after a failure
 * or a cancel too.
 */
function cacheCheckpoints(context, options) {
    return {
        async restore(absolute) {
            const path = (0,_checkpoint_js__WEBPACK_IMPORTED_MODULE_2__/* .cachePath */ .Ae)(context.workspace, absolute);
            const keys = (0,_checkpoint_js__WEBPACK_IMPORTED_MODULE_2__/* .checkpointKeys */ .vK)(context, process.env, options.key, options.leg);
            let restoredKey = null;
            const cache = await Promise.all(/* import() */[__webpack_require__.e(620), __webpack_require__.e(627)]).then(__webpack_require__.bind(__webpack_require__, 89627));
            if (!cache.isFeatureAvailable()) {
                options.log.warning('The Actions cache is not available to this job, so checkpoints are neither restored nor saved.', 'No checkpoint cache');
            }
            else {
                try {
                    restoredKey = (await cache.restoreCache([path], keys.key, [keys.prefix])) ?? null;
                }
                catch (error) {
                    options.log.warning(`Could not restore the checkpoint: ${error.message}. Training starts from scratch.`, 'Checkpoint not restored');
                }
                options.log.info(restoredKey === null ? `No checkpoint saved yet under ${keys.prefix}*: training starts from scratch.` : `Restored the checkpoint ${restoredKey} into ${options.relativePath}.`);
            }
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(absolute, { recursive: true });
            const before = await (0,_checkpoint_js__WEBPACK_IMPORTED_MODULE_2__/* .fingerprint */ .Rj)(absolute);
            _actions_core__WEBPACK_IMPORTED_MODULE_1__.saveState(_outputs_js__WEBPACK_IMPORTED_MODULE_3__/* .State */ .U.checkpointPath, path);
            _actions_core__WEBPACK_IMPORTED_MODULE_1__.saveState(_outputs_js__WEBPACK_IMPORTED_MODULE_3__/* .State */ .U.checkpointKey, keys.key);
            _actions_core__WEBPACK_IMPORTED_MODULE_1__.saveState(_outputs_js__WEBPACK_IMPORTED_MODULE_3__/* .State */ .U.checkpointFingerprint, before?.digest ?? '');
            _actions_core__WEBPACK_IMPORTED_MODULE_1__.saveState(_outputs_js__WEBPACK_IMPORTED_MODULE_3__/* .State */ .U.checkpointMaxBytes, String(options.maxBytes));
            return { restoredKey };
        },
    };
}
/** Evidence, log and model as artifacts of this run; a cancelled main leaves the upload to post. */
function artifactUploads(context, log) {
    return {
        pending: (pending) => _actions_core__WEBPACK_IMPORTED_MODULE_1__.saveState(_outputs_js__WEBPACK_IMPORTED_MODULE_3__/* .State */ .U.pendingUpload, JSON.stringify(pending)),
        async run(pending, secrets) {
            await (0,_uploads_js__WEBPACK_IMPORTED_MODULE_4__/* .uploadRun */ .$)(context, pending, secrets);
            _actions_core__WEBPACK_IMPORTED_MODULE_1__.saveState(_outputs_js__WEBPACK_IMPORTED_MODULE_3__/* .State */ .U.pendingUpload, '');
        },
        async model(name, paths, cwd) {
            const { modelFiles } = await __webpack_require__.e(/* import() */ 840).then(__webpack_require__.bind(__webpack_require__, 45840));
            const files = await modelFiles(cwd, paths, log);
            if (files.length === 0)
                log.warning(`outputs: no file to upload as the "${name}" artifact (the paths are folders without files, links, or outside the working directory).`);
            else
                await (0,_uploads_js__WEBPACK_IMPORTED_MODULE_4__/* .upload */ .S)(context, name, files, cwd);
        },
    };
}
/** The runner this job runs on; its labels from the jobs API when the token may read them. */
async function runnerInfo(token, context, log) {
    const env = process.env;
    const info = { name: env['RUNNER_NAME'] ?? null, os: env['RUNNER_OS'] ?? null, arch: env['RUNNER_ARCH'] ?? null, environment: env['RUNNER_ENVIRONMENT'] ?? null, labels: null };
    if (token === undefined || token === '' || context.runId === 0 || info.name === null)
        return info;
    try {
        const [{ githubClient }, { runnerLabels }] = await Promise.all([__webpack_require__.e(/* import() */ 811).then(__webpack_require__.bind(__webpack_require__, 47811)), Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 33028))]);
        const client = await githubClient(token, context);
        const labels = await runnerLabels(client, { owner: context.owner, repo: context.repo }, { runId: context.runId, runAttempt: context.runAttempt, runnerName: info.name });
        if (labels !== undefined)
            info.labels = labels.slice(0, 100);
    }
    catch (error) {
        log.debug(`Runner labels not read (the token needs actions: read): ${error.message}`);
    }
    return info;
}
/** SIGINT and SIGTERM after the command ended are noted, not fatal, until the evidence is written. */
const processInterrupts = {
    hold() {
        const received = [];
        const keep = (signal) => received.push(signal);
        for (const signal of ['SIGINT', 'SIGTERM'])
            process.on(signal, keep);
        return {
            cancelled: () => received.length > 0,
            release: () => {
                for (const signal of ['SIGINT', 'SIGTERM'])
                    process.off(signal, keep);
            },
        };
    },
};


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
