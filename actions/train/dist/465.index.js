export const id = 465;
export const ids = [465];
export const modules = {

/***/ 70465:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   trainStep: () => (/* binding */ trainStep)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _crucible_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62608);
/* harmony import */ var _crucible_supervisor__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(35566);
/* harmony import */ var _outputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17553);





/**
 * The command line of a Slurm job: each node's launcher words are built in the job (its rank from SLURM_NODEID, the
 * master from the allocation's first host), so a `run:` script gets them as shell words before its one line, and
 * argv as typed gets them from the job script.
 */
function slurmCommandLine(settings, request) {
    const { launcher } = settings;
    const slurmLauncher = launcher.kind === 'none' ? undefined : { kind: launcher.kind, gpusPerNode: launcher.gpusPerNode ?? request.gpusPerNode ?? 1, masterPort: launcher.masterPort };
    const words = slurmLauncher === undefined ? '' : (0,_crucible_supervisor__WEBPACK_IMPORTED_MODULE_3__/* .taskCommandLine */ .hL)([], slurmLauncher);
    const prefix = words === '' ? [] : [words];
    if (settings.command.kind === 'argv')
        return { argv: settings.command.argv, text: [words, (0,_crucible_supervisor__WEBPACK_IMPORTED_MODULE_3__/* .commandText */ .jt)(settings.command.argv)].filter(Boolean).join(' '), prefix, launcher: slurmLauncher };
    const { script, shell, scriptsDir } = settings.command;
    const text = words === '' ? script : `${words} ${script.trim()}`;
    // The words are in the script; the job script still exports MASTER_PORT, so it is given the port alone.
    return { argv: (0,_crucible_supervisor__WEBPACK_IMPORTED_MODULE_3__/* .shellArgv */ .$K)(text, shell, scriptsDir), text, prefix, launcher: slurmLauncher === undefined ? undefined : { ...slurmLauncher, kind: 'none' } };
}
/** What the command line is: the launcher's words, then the script through its shell, or the argv as typed. */
function commandLine(settings, gpus) {
    const { launcher } = settings;
    const prefix = (0,_crucible_supervisor__WEBPACK_IMPORTED_MODULE_3__/* .launcherPrefix */ .nJ)({ kind: launcher.kind, nodes: launcher.nodes, gpusPerNode: launcher.gpusPerNode ?? Math.max(1, gpus), nodeRank: launcher.nodeRank, masterAddr: launcher.masterAddr, masterPort: launcher.masterPort });
    if (settings.command.kind === 'argv')
        return { argv: [...prefix, ...settings.command.argv], text: (0,_crucible_supervisor__WEBPACK_IMPORTED_MODULE_3__/* .commandText */ .jt)([...prefix, ...settings.command.argv]), prefix };
    const { script, shell, scriptsDir } = settings.command;
    const text = prefix.length === 0 ? script : `${(0,_crucible_supervisor__WEBPACK_IMPORTED_MODULE_3__/* .commandText */ .jt)(prefix)} ${script.trim()}`;
    return { argv: (0,_crucible_supervisor__WEBPACK_IMPORTED_MODULE_3__/* .shellArgv */ .$K)(text, shell, scriptsDir), text, prefix };
}
function stoppedBy(evidence, resumable) {
    if (evidence.timedOut)
        return `stopped by the time budget after ${evidence.durationSeconds}s${resumable ? '; the checkpoint is saved in post, and the next run resumes from it' : ''}`;
    return evidence.signal !== null ? `killed by ${evidence.signal}` : `exit code ${evidence.exitCode}`;
}
/** Writes run.json whole or not at all: a temporary file beside it, renamed into place. */
function writeEvidence(path, text) {
    const temporary = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(path)}.${process.pid}.tmp`);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(temporary, text);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(temporary, path);
    }
    catch (error) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(temporary, { force: true });
        throw error;
    }
}
function writeFailure(error) {
    const code = error.code;
    if (code === 'ENOSPC')
        return 'no space left on the disk';
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
        return 'permission denied';
    if (code === 'EISDIR')
        return 'a folder is in its place';
    if (code === 'ENOENT')
        return 'its folder was removed';
    return code ?? error.message;
}
/** What a run leaves in its out folder: evidence, telemetry and log, each about that run only. */
const RUN_FILES = ['run.json', 'telemetry.csv', 'train.log'];
/**
 * Removes what an earlier run left in the out folder before anything can fail: a run that cannot start (a bad
 * launcher, a failed preflight, a command that is not there) writes no run.json, and an earlier one left beside it
 * would be read by report as this run's, a success. A link is removed, never what it points to.
 */
function clearEarlierRun(outDir) {
    for (const name of RUN_FILES) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(outDir, name);
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync)(path);
        }
        catch (error) {
            const code = error.code;
            if (code === 'ENOENT' || code === 'ENOTDIR')
                continue;
            throw new _crucible_core__WEBPACK_IMPORTED_MODULE_2__.InputError(`Cannot remove ${path} left by an earlier run (${code ?? error.message}): remove it, or write this run's evidence to another folder.`);
        }
    }
}
async function trainStep(settings, ports) {
    const { log } = ports;
    clearEarlierRun(settings.outDir);
    if (settings.launcher.kind !== 'none') {
        if (settings.command.kind === 'script' && settings.command.script.trim().includes('\n')) {
            throw new _crucible_core__WEBPACK_IMPORTED_MODULE_2__.InputError(`run: with launcher: ${settings.launcher.kind}, run is the one command the launcher starts on every GPU (like "train.py --epochs 3"), not a multi-line script.`);
        }
        if (settings.launcher.nodeRank >= settings.launcher.nodes)
            throw new _crucible_core__WEBPACK_IMPORTED_MODULE_2__.InputError(`node-rank: ${settings.launcher.nodeRank} is not below nodes (${settings.launcher.nodes}); ranks count from 0.`);
    }
    const slurm = settings.backend?.kind === 'slurm' ? settings.backend : undefined;
    if (slurm !== undefined && settings.launcher.nodeRank !== 0) {
        throw new _crucible_core__WEBPACK_IMPORTED_MODULE_2__.InputError(`node-rank: with backend: slurm each node's rank comes from the job (SLURM_NODEID); leave node-rank at 0.`);
    }
    // sbatch reads % in --output as a pattern and drops \: the job would write its log where nobody follows it.
    if (slurm !== undefined && /[%\\]/.test(settings.outDir)) {
        throw new _crucible_core__WEBPACK_IMPORTED_MODULE_2__.InputError(`The run's folder ${settings.outDir} holds "%" or "\\", which sbatch reads as a pattern in the job's --output: give the run a name without them (artifact-name or the matrix values in the action, --out in crucible train).`);
    }
    const checked = await log.group('Preflight', async () => {
        if (slurm === undefined)
            return (0,_crucible_supervisor__WEBPACK_IMPORTED_MODULE_3__/* .preflight */ .Mz)({ ...settings.preflight, cwd: settings.cwd, env: settings.env }, log);
        slurmGpuCheck(settings, slurm.request, slurm.names);
        // The GPUs are on the cluster's nodes, not here: only the disk the job shares with this machine is looked at.
        const local = await (0,_crucible_supervisor__WEBPACK_IMPORTED_MODULE_3__/* .preflight */ .Mz)({ ...settings.preflight, gpu: 'none', cwd: settings.cwd, env: settings.env }, log);
        const { partitions } = await (0,_crucible_supervisor__WEBPACK_IMPORTED_MODULE_3__/* .preflightSlurm */ .dV)({ request: slurm.request, names: slurm.names, env: settings.env });
        log.info(`Slurm: the cluster accepts the job (sbatch --test-only)${partitions.length === 0 ? '' : `; partitions: ${partitions.join(', ')}`}.`);
        return local;
    });
    const first = checked.gpus[0];
    const outputs = {
        [_outputs_js__WEBPACK_IMPORTED_MODULE_4__/* .Outputs */ .t.gpuCount]: String(checked.gpus.length),
        [_outputs_js__WEBPACK_IMPORTED_MODULE_4__/* .Outputs */ .t.gpuModel]: first?.name ?? '',
        [_outputs_js__WEBPACK_IMPORTED_MODULE_4__/* .Outputs */ .t.gpuMemoryMb]: first?.memoryTotalMiB == null ? '' : String(first.memoryTotalMiB),
        [_outputs_js__WEBPACK_IMPORTED_MODULE_4__/* .Outputs */ .t.driverVersion]: first?.driverVersion ?? '',
        [_outputs_js__WEBPACK_IMPORTED_MODULE_4__/* .Outputs */ .t.cudaVersion]: first?.cudaVersion ?? '',
    };
    // The checkpoint comes back before the run, and post saves it whatever happens next.
    let checkpoint;
    if (settings.checkpoint !== undefined && ports.checkpoints !== undefined) {
        const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(settings.cwd, settings.checkpoint.path);
        const { restoredKey } = await log.group('Restoring the checkpoint', () => ports.checkpoints.restore(absolute));
        checkpoint = { path: settings.checkpoint.path, restoredKey };
    }
    const command = slurm === undefined ? { ...commandLine(settings, checked.gpus.length), launcher: undefined } : slurmCommandLine(settings, slurm.request);
    const evidencePath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(settings.outDir, 'run.json');
    const pending = {
        evidence: settings.artifacts.evidence,
        log: settings.uploadLog ? settings.artifacts.log : null,
        folder: settings.outDir,
        command: (0,_crucible_supervisor__WEBPACK_IMPORTED_MODULE_3__/* .redactText */ .Rd)(command.text, settings.secrets).slice(0, 100_000),
        startedAt: ports.clock.now().toISOString(),
        secrets: settings.secrets.length,
    };
    // Should the runner cancel the job, main may not live to upload: post uploads whatever is there, from the start.
    // A Slurm run has something to upload once the job is submitted (a refusal at submission is no cancelled run).
    if (slurm === undefined)
        ports.uploads?.pending(pending);
    // The supervisor forwards the runner's signals while the command runs; after that, a second signal must not end
    // the step before it has written the evidence.
    const interrupts = ports.interrupts.hold();
    const backend = slurm === undefined
        ? undefined
        : {
            request: slurm.request,
            names: slurm.names,
            jobName: slurm.jobName,
            launcher: command.launcher,
            sampleGpus: settings.preflight.gpu !== 'none',
            onSubmitted: (jobId) => ports.uploads?.pending({ ...pending, slurmJobId: jobId }),
        };
    const ran = await (0,_crucible_supervisor__WEBPACK_IMPORTED_MODULE_3__/* .train */ .B)({
        argv: command.argv,
        command: command.text,
        launcher: { kind: settings.launcher.kind, argv: command.prefix },
        cwd: settings.cwd,
        env: settings.env,
        timeBudgetSeconds: settings.timeBudgetSeconds,
        graceSeconds: settings.graceSeconds,
        telemetryIntervalSeconds: settings.telemetryIntervalSeconds,
        outDir: settings.outDir,
        metricsPath: settings.metricsPath,
        paramsPath: settings.paramsPath,
        dataPaths: settings.dataPaths,
        outputs: settings.outputs,
        git: settings.git,
        runner: await ports.runner(),
        preflight: checked,
        forwardSignals: true,
        ...(settings.killAfterTerm === undefined ? {} : { killAfterTermMs: settings.killAfterTerm.ms, killAfterTermReason: settings.killAfterTerm.reason }),
        checkpoint,
        ...(settings.stdout === undefined ? {} : { stdout: settings.stdout }),
        secrets: settings.secrets,
        slurm: backend,
    }, log);
    const { evidence, result } = ran;
    const outcome = (0,_crucible_core__WEBPACK_IMPORTED_MODULE_2__.emptyOutcome)({ ...ran, evidencePath });
    // A Slurm job's GPUs are the allocation's; their model and driver are not seen from the login node.
    if (evidence.slurm?.gpus != null)
        outputs[_outputs_js__WEBPACK_IMPORTED_MODULE_4__/* .Outputs */ .t.gpuCount] = String(evidence.slurm.gpus);
    outcome.outputs = outputs;
    if (result.spawnError !== null) {
        interrupts.release();
        if (slurm !== undefined)
            throw new _crucible_core__WEBPACK_IMPORTED_MODULE_2__.InputError(`sbatch could not submit the job: ${result.spawnError}. Check that sbatch works from this machine as the runner's user.`);
        throw new _crucible_core__WEBPACK_IMPORTED_MODULE_2__.InputError(settings.command.kind === 'script'
            ? `run: the command could not start with shell "${settings.command.shell}": ${result.spawnError}.`
            : `"${settings.command.argv[0]}" could not start: ${result.spawnError}. Check the command and that it is on PATH.`);
    }
    if (interrupts.cancelled())
        evidence.cancelled = true;
    let resumable = false;
    if (checkpoint !== undefined && evidence.checkpoint && settings.checkpoint !== undefined) {
        const bytes = await (0,_crucible_supervisor__WEBPACK_IMPORTED_MODULE_3__/* .pathBytes */ .X5)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(settings.cwd, checkpoint.path));
        evidence.checkpoint.bytes = bytes;
        resumable = (evidence.timedOut || evidence.cancelled === true) && bytes > 0 && bytes <= settings.checkpoint.maxBytes;
    }
    try {
        writeEvidence(evidencePath, `${JSON.stringify(evidence, null, 2)}\n`);
    }
    catch (error) {
        interrupts.release();
        throw new _crucible_core__WEBPACK_IMPORTED_MODULE_2__.InputError(`Training finished (${stoppedBy(evidence, false)}, after ${evidence.durationSeconds}s), but its evidence could not be written to ${evidencePath} (${writeFailure(error)}), so nothing can vouch for this run. Free space or fix the folder, and run again.`);
    }
    outcome.evidence.push(evidencePath);
    Object.assign(outcome.outputs, {
        [_outputs_js__WEBPACK_IMPORTED_MODULE_4__/* .Outputs */ .t.exitCode]: evidence.exitCode === null ? '' : String(evidence.exitCode),
        [_outputs_js__WEBPACK_IMPORTED_MODULE_4__/* .Outputs */ .t.timedOut]: String(evidence.timedOut),
        [_outputs_js__WEBPACK_IMPORTED_MODULE_4__/* .Outputs */ .t.resumable]: String(resumable),
        [_outputs_js__WEBPACK_IMPORTED_MODULE_4__/* .Outputs */ .t.durationSeconds]: String(evidence.durationSeconds),
        [_outputs_js__WEBPACK_IMPORTED_MODULE_4__/* .Outputs */ .t.evidencePath]: evidencePath,
    });
    if (evidence.cancelled === true) {
        // The runner kills this step seconds after its SIGTERM: post, which runs after a cancel too, uploads.
        outcome.failure = { message: `The job was cancelled; the run stopped (${result.signal ?? `exit ${result.exitCode}`}). Its evidence is uploaded by the post step.`, severity: 'fail' };
        return outcome;
    }
    if (ports.uploads !== undefined) {
        await ports.uploads.run(pending, settings.secrets);
        if (settings.outputs.length > 0 && evidence.outputs !== undefined && evidence.outputs.length > 0) {
            await ports.uploads.model(settings.artifacts.model, evidence.outputs.map((output) => output.path), settings.cwd);
        }
    }
    interrupts.release();
    outcome.summary = (0,_crucible_core__WEBPACK_IMPORTED_MODULE_2__.renderRunMarkdown)(evidence);
    // After a successful run a missing metrics file is an error; after a failed or stopped one it is expected.
    const finished = evidence.exitCode === 0 && !evidence.timedOut;
    outcome.annotations = ran.problems.map((problem) => ({ level: finished ? 'error' : 'warning', message: problem, title: 'train' }));
    const stopped = stoppedBy(evidence, resumable);
    if (evidence.timedOut)
        outcome.failure = { message: `Training ${stopped}.`, severity: 'fail' };
    else if (evidence.exitCode !== 0)
        outcome.failure = { message: `Training failed: ${stopped}.${settings.uploadLog && ports.uploads !== undefined ? ` The full log is in the "${settings.artifacts.log}" artifact.` : ''}`, severity: 'fail' };
    else if (ran.problems.length > 0)
        outcome.failure = { message: `Training succeeded, but ${ran.problems.length} problem(s) were found afterwards (see the errors above).`, severity: 'fail' };
    else
        log.info(`Training succeeded in ${evidence.durationSeconds}s; evidence: ${evidencePath}.`);
    return outcome;
}
/**
 * gpu: required with backend: slurm asks the job for GPUs: the allocation must hold at least min-gpus of them
 * (gpus-per-node x nodes), since the login node's own GPUs, if any, are not the job's.
 */
function slurmGpuCheck(settings, request, names) {
    if (settings.preflight.gpu !== 'required')
        return;
    const nodes = request.nodes ?? 1;
    const allocated = nodes * (request.gpusPerNode ?? 0);
    const wanted = Math.max(1, settings.preflight.minGpus);
    if (allocated >= wanted)
        return;
    throw new _crucible_core__WEBPACK_IMPORTED_MODULE_2__.InputError(allocated === 0
        ? `gpu: required, but the Slurm job asks for no GPU: set ${names.gpusPerNode} (it becomes --gres=gpu:N on each node), or set gpu to optional or none for a CPU job.`
        : `min-gpus: ${wanted}, but the Slurm job asks for ${allocated} GPU(s) (${names.gpusPerNode} ${request.gpusPerNode} on ${nodes} node(s)): raise ${names.gpusPerNode} or ${names.nodes}, or lower min-gpus.`);
}


/***/ })

};
