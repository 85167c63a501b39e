export const id = 601;
export const ids = [601];
export const modules = {

/***/ 11601:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   trainStep: () => (/* binding */ trainStep)
/* harmony export */ });
/* unused harmony export artifactNames */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(13960);
/* harmony import */ var _crucible_core__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(67061);
/* harmony import */ var _crucible_core_errors__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(29179);
/* harmony import */ var _crucible_supervisor__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(43455);
/* harmony import */ var _checkpoint_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(81813);
/* harmony import */ var _env_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(29500);
/* harmony import */ var _uploads_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(66284);
/* harmony import */ var _outputs_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(17553);











const MIB = 1024 * 1024;
/** Runner variables that belong to this step, not to the training command (least privilege). */
const PRIVATE_VARIABLES = /^(INPUT_|STATE_|ACTIONS_RUNTIME_TOKEN$|ACTIONS_ID_TOKEN_REQUEST_|ACTIONS_RESULTS_URL$|ACTIONS_CACHE_URL$|GITHUB_STATE$)/;
const log = {
    info: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq(message),
    warning: (message, title) => _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .warning */ .$e(message, title === undefined ? {} : { title }),
    group: (title, body) => _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .group */ .Os(title, body),
};
/** A size input in bytes; the error names the input. */
function size(text, input) {
    try {
        return (0,_crucible_supervisor__WEBPACK_IMPORTED_MODULE_6__/* .parseSize */ .DB)(text);
    }
    catch (error) {
        throw new _crucible_core_errors__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`${input}: ${error.message}`);
    }
}
/** The artifact names of this leg: crucible-run-<job>[-<matrix values>] unless `artifact-name` says otherwise. */
function artifactNames(config, job) {
    let evidence = config.artifactName;
    if (evidence === undefined) {
        let leg = '';
        if (config.matrix !== undefined && config.matrix !== 'null' && config.matrix.trim() !== '') {
            try {
                const matrix = JSON.parse(config.matrix);
                if (matrix !== null && typeof matrix === 'object') {
                    leg = Object.entries(matrix)
                        .map(([key, value]) => `${key}-${typeof value === 'object' ? JSON.stringify(value) : String(value)}`)
                        .join('-');
                }
            }
            catch {
                throw new _crucible_core_errors__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`matrix: "${config.matrix.slice(0, 80)}" is not JSON. Leave the input at its default (\${{ toJSON(matrix) }}).`);
            }
        }
        evidence = `crucible-run-${job || 'train'}${leg === '' ? '' : `-${leg}`}`;
    }
    // Artifact names may not hold " : < > | * ? \ / or line breaks; a long one keeps a hash of the whole, so two
    // legs that differ only at the end still get names of their own.
    evidence = evidence.replace(/["<>|*?:\\/\r\n]+/g, '_');
    if (evidence.length > 200)
        evidence = `${evidence.slice(0, 187)}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(evidence).digest('hex').slice(0, 12)}`;
    const suffix = evidence.startsWith('crucible-run-') ? evidence.slice('crucible-run-'.length) : evidence;
    // Not crucible-*: report downloads every crucible-* artifact as evidence, and a model can be gigabytes.
    return { evidence, log: `train-log-${suffix}`, model: `model-${suffix}` };
}
/** The runner this job runs on; its labels from the jobs API when the token may read them. */
async function runnerInfo(config, context) {
    const env = process.env;
    const info = {
        name: env['RUNNER_NAME'] ?? null,
        os: env['RUNNER_OS'] ?? null,
        arch: env['RUNNER_ARCH'] ?? null,
        environment: env['RUNNER_ENVIRONMENT'] ?? null,
        labels: null,
    };
    if (config.token === undefined || config.token === '' || context.runId === 0)
        return info;
    try {
        const { githubClient } = await __webpack_require__.e(/* import() */ 811).then(__webpack_require__.bind(__webpack_require__, 47811));
        const client = await githubClient(config.token, context);
        const jobs = await client.paginate(client.rest.actions.listJobsForWorkflowRunAttempt, {
            owner: context.owner,
            repo: context.repo,
            run_id: context.runId,
            attempt_number: context.runAttempt,
            per_page: 100,
        });
        const job = jobs.find((candidate) => candidate.runner_name === info.name && candidate.status === 'in_progress');
        if (job !== undefined)
            info.labels = job.labels.slice(0, 100);
    }
    catch (error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .debug */ .Yz(`Runner labels not read (the token needs actions: read): ${error.message}`);
    }
    return info;
}
async function trainStep(config, context) {
    const cwd = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(context.workspace, config.workingDirectory);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(cwd))
        throw new _crucible_core_errors__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`working-directory: "${config.workingDirectory}" does not exist in the workspace (${cwd}).`);
    const timeBudgetSeconds = config.timeBudget === undefined ? undefined : (0,_crucible_supervisor__WEBPACK_IMPORTED_MODULE_6__/* .parseDuration */ .E9)(config.timeBudget, 'time-budget');
    const minGpuMemoryMiB = config.minGpuMemory === undefined ? undefined : Math.floor(size(config.minGpuMemory, 'min-gpu-memory') / MIB);
    const minFreeDiskBytes = config.minFreeDisk === undefined ? undefined : size(config.minFreeDisk, 'min-free-disk');
    const checkpointMaxBytes = size(config.checkpointMaxSize, 'checkpoint-max-size');
    if (config.launcher !== 'none') {
        if (config.run.trim().includes('\n')) {
            throw new _crucible_core_errors__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`run: with launcher: ${config.launcher}, run is the one command the launcher starts on every GPU (like "train.py --epochs 3"), not a multi-line script.`);
        }
        if (config.nodeRank >= config.nodes)
            throw new _crucible_core_errors__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`node-rank: ${config.nodeRank} is not below nodes (${config.nodes}); ranks count from 0.`);
    }
    const names = artifactNames(config, context.job);
    const env = {};
    for (const [name, value] of Object.entries(process.env))
        if (!PRIVATE_VARIABLES.test(name))
            env[name] = value;
    // Python buffers its output when it is not a terminal; the log is live only if it does not.
    env['PYTHONUNBUFFERED'] ??= '1';
    Object.assign(env, (0,_env_js__WEBPACK_IMPORTED_MODULE_8__/* .extraEnv */ .S)(config.env));
    const secrets = (0,_env_js__WEBPACK_IMPORTED_MODULE_8__/* .stepSecrets */ .a)(config.env);
    const checked = await _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .group */ .Os('Preflight', () => (0,_crucible_supervisor__WEBPACK_IMPORTED_MODULE_6__/* .preflight */ .Mz)({ gpu: config.gpu, minGpus: config.minGpus, minGpuMemoryMiB, busyGpu: config.busyGpu, minFreeDiskBytes, cwd, env }, log));
    const first = checked.gpus[0];
    _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .setOutput */ .uH(_outputs_js__WEBPACK_IMPORTED_MODULE_10__/* .Outputs */ .t.gpuCount, String(checked.gpus.length));
    _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .setOutput */ .uH(_outputs_js__WEBPACK_IMPORTED_MODULE_10__/* .Outputs */ .t.gpuModel, first?.name ?? '');
    _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .setOutput */ .uH(_outputs_js__WEBPACK_IMPORTED_MODULE_10__/* .Outputs */ .t.gpuMemoryMb, first?.memoryTotalMiB == null ? '' : String(first.memoryTotalMiB));
    _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .setOutput */ .uH(_outputs_js__WEBPACK_IMPORTED_MODULE_10__/* .Outputs */ .t.driverVersion, first?.driverVersion ?? '');
    _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .setOutput */ .uH(_outputs_js__WEBPACK_IMPORTED_MODULE_10__/* .Outputs */ .t.cudaVersion, first?.cudaVersion ?? '');
    // The checkpoint comes back before the run, and post saves it whatever happens next.
    let checkpoint;
    if (config.checkpointPath !== undefined) {
        const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, config.checkpointPath);
        const path = (0,_checkpoint_js__WEBPACK_IMPORTED_MODULE_7__/* .cachePath */ .Ae)(context.workspace, absolute);
        const keys = (0,_checkpoint_js__WEBPACK_IMPORTED_MODULE_7__/* .checkpointKeys */ .vK)(context, process.env, config.checkpointKey, names.evidence.replace(/^crucible-run-/, ''));
        let restoredKey = null;
        await _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .group */ .Os('Restoring the checkpoint', async () => {
            const cache = await Promise.all(/* import() */[__webpack_require__.e(620), __webpack_require__.e(627)]).then(__webpack_require__.bind(__webpack_require__, 89627));
            if (!cache.isFeatureAvailable()) {
                _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .warning */ .$e('The Actions cache is not available to this job, so checkpoints are neither restored nor saved.', { title: 'No checkpoint cache' });
                return;
            }
            try {
                restoredKey = (await cache.restoreCache([path], keys.key, [keys.prefix])) ?? null;
            }
            catch (error) {
                _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .warning */ .$e(`Could not restore the checkpoint: ${error.message}. Training starts from scratch.`, { title: 'Checkpoint not restored' });
            }
            _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq(restoredKey === null ? `No checkpoint saved yet under ${keys.prefix}*: training starts from scratch.` : `Restored the checkpoint ${restoredKey} into ${config.checkpointPath}.`);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(absolute, { recursive: true });
        });
        const before = await (0,_checkpoint_js__WEBPACK_IMPORTED_MODULE_7__/* .fingerprint */ .Rj)(absolute);
        _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .saveState */ .LZ(_outputs_js__WEBPACK_IMPORTED_MODULE_10__/* .State */ .U.checkpointPath, path);
        _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .saveState */ .LZ(_outputs_js__WEBPACK_IMPORTED_MODULE_10__/* .State */ .U.checkpointKey, keys.key);
        _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .saveState */ .LZ(_outputs_js__WEBPACK_IMPORTED_MODULE_10__/* .State */ .U.checkpointFingerprint, before?.digest ?? '');
        _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .saveState */ .LZ(_outputs_js__WEBPACK_IMPORTED_MODULE_10__/* .State */ .U.checkpointMaxBytes, String(checkpointMaxBytes));
        checkpoint = { path: config.checkpointPath, restoredKey };
    }
    const prefix = (0,_crucible_supervisor__WEBPACK_IMPORTED_MODULE_6__/* .launcherPrefix */ .nJ)({
        kind: config.launcher,
        nodes: config.nodes,
        gpusPerNode: config.gpusPerNode ?? Math.max(1, checked.gpus.length),
        nodeRank: config.nodeRank,
        masterAddr: config.masterAddr,
        masterPort: config.masterPort,
    });
    const script = prefix.length === 0 ? config.run : `${(0,_crucible_supervisor__WEBPACK_IMPORTED_MODULE_6__/* .commandText */ .jt)(prefix)} ${config.run.trim()}`;
    const folder = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(context.runnerTemp, 'crucible', 'train', names.evidence);
    const argv = (0,_crucible_supervisor__WEBPACK_IMPORTED_MODULE_6__/* .shellArgv */ .$K)(script, config.shell, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(context.runnerTemp, 'crucible', 'scripts'));
    // Should the runner cancel the job, main may not live to upload: post uploads whatever is there, from the start.
    const evidencePath = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(folder, 'run.json');
    const pending = {
        evidence: names.evidence,
        log: config.uploadLog ? names.log : null,
        folder,
        command: (0,_crucible_supervisor__WEBPACK_IMPORTED_MODULE_6__/* .redactText */ .Rd)(script, secrets).slice(0, 100_000),
        startedAt: new Date().toISOString(),
        secrets: secrets.length,
    };
    _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .saveState */ .LZ(_outputs_js__WEBPACK_IMPORTED_MODULE_10__/* .State */ .U.pendingUpload, JSON.stringify(pending));
    // The supervisor forwards the runner's signals while the command runs; after that, these keep a second signal
    // from ending main before it has written the evidence.
    const cancelledBy = [];
    const keepAlive = (signal) => cancelledBy.push(signal);
    for (const signal of ['SIGINT', 'SIGTERM'])
        process.on(signal, keepAlive);
    const outcome = await (0,_crucible_supervisor__WEBPACK_IMPORTED_MODULE_6__/* .train */ .B)({
        argv,
        command: script,
        launcher: { kind: config.launcher, argv: prefix },
        cwd,
        env,
        timeBudgetSeconds,
        graceSeconds: config.grace,
        telemetryIntervalSeconds: config.telemetryInterval,
        outDir: folder,
        metricsPath: config.metricsPath,
        paramsPath: config.paramsPath,
        dataPaths: config.dataPaths,
        outputs: config.outputs,
        git: (0,_crucible_core__WEBPACK_IMPORTED_MODULE_4__/* .gitInfo */ .VT)({ sha: context.sha, ref: context.ref }, cwd),
        runner: await runnerInfo(config, context),
        preflight: checked,
        forwardSignals: true,
        checkpoint,
    }, log);
    const { evidence, result } = outcome;
    if (result.spawnError !== null)
        throw new _crucible_core_errors__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`run: the command could not start with shell "${config.shell}": ${result.spawnError}.`);
    evidence.command = (0,_crucible_supervisor__WEBPACK_IMPORTED_MODULE_6__/* .redactText */ .Rd)(evidence.command, secrets);
    if (cancelledBy.length > 0)
        evidence.cancelled = true;
    let resumable = false;
    if (checkpoint !== undefined && evidence.checkpoint) {
        const bytes = await (0,_crucible_supervisor__WEBPACK_IMPORTED_MODULE_6__/* .pathBytes */ .X5)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, checkpoint.path));
        evidence.checkpoint.bytes = bytes;
        resumable = (evidence.timedOut || evidence.cancelled === true) && bytes > 0 && bytes <= checkpointMaxBytes;
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(evidencePath, `${JSON.stringify(evidence, null, 2)}\n`);
    _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .setOutput */ .uH(_outputs_js__WEBPACK_IMPORTED_MODULE_10__/* .Outputs */ .t.exitCode, evidence.exitCode === null ? '' : String(evidence.exitCode));
    _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .setOutput */ .uH(_outputs_js__WEBPACK_IMPORTED_MODULE_10__/* .Outputs */ .t.timedOut, String(evidence.timedOut));
    _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .setOutput */ .uH(_outputs_js__WEBPACK_IMPORTED_MODULE_10__/* .Outputs */ .t.resumable, String(resumable));
    _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .setOutput */ .uH(_outputs_js__WEBPACK_IMPORTED_MODULE_10__/* .Outputs */ .t.durationSeconds, String(evidence.durationSeconds));
    _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .setOutput */ .uH(_outputs_js__WEBPACK_IMPORTED_MODULE_10__/* .Outputs */ .t.evidencePath, evidencePath);
    if (evidence.cancelled === true) {
        // The runner kills this step seconds after its SIGTERM: post, which runs after a cancel too, uploads.
        _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .setFailed */ .C1(`The job was cancelled; the run stopped (${result.signal ?? `exit ${result.exitCode}`}). Its evidence is uploaded by the post step.`);
        return;
    }
    await (0,_uploads_js__WEBPACK_IMPORTED_MODULE_9__/* .uploadRun */ .$)(context, pending, secrets);
    _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .saveState */ .LZ(_outputs_js__WEBPACK_IMPORTED_MODULE_10__/* .State */ .U.pendingUpload, '');
    if (config.outputs.length > 0 && evidence.outputs !== undefined && evidence.outputs.length > 0) {
        const { modelFiles } = await __webpack_require__.e(/* import() */ 840).then(__webpack_require__.bind(__webpack_require__, 45840));
        const files = await modelFiles(cwd, evidence.outputs.map((output) => output.path));
        if (files.length === 0)
            _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .warning */ .$e(`outputs: no file to upload as the "${names.model}" artifact (the paths are folders without files, links, or outside the working directory).`);
        else
            await (0,_uploads_js__WEBPACK_IMPORTED_MODULE_9__/* .upload */ .S)(context, names.model, files, cwd);
    }
    for (const signal of ['SIGINT', 'SIGTERM'])
        process.off(signal, keepAlive);
    await _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .summary */ .z.addRaw((0,_crucible_core__WEBPACK_IMPORTED_MODULE_4__/* .renderRunMarkdown */ .Bh)(evidence), true).write();
    // After a successful run a missing metrics file is an error; after a failed or stopped one it is expected.
    const finished = evidence.exitCode === 0 && !evidence.timedOut;
    for (const problem of outcome.problems)
        (finished ? _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .error */ .z3 : _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .warning */ .$e)(problem, { title: 'train' });
    const stopped = evidence.timedOut
        ? `stopped by the time budget after ${evidence.durationSeconds}s${resumable ? '; the checkpoint is saved in post, and the next run resumes from it' : ''}`
        : evidence.signal !== null
            ? `killed by ${evidence.signal}`
            : `exit code ${evidence.exitCode}`;
    if (evidence.timedOut)
        _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .setFailed */ .C1(`Training ${stopped}.`);
    else if (evidence.exitCode !== 0)
        _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .setFailed */ .C1(`Training failed: ${stopped}. The full log is in the "${names.log}" artifact.`);
    else if (outcome.problems.length > 0)
        _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .setFailed */ .C1(`Training succeeded, but ${outcome.problems.length} problem(s) were found afterwards (see the errors above).`);
    else
        _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq(`Training succeeded in ${evidence.durationSeconds}s; evidence: ${evidencePath}.`);
}


/***/ })

};
