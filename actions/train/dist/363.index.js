export const id = 363;
export const ids = [363];
export const modules = {

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

/***/ 31363:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  trainSettings: () => (/* binding */ trainSettings)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ../../packages/action-kit/src/index.ts + 4 modules
var src = __webpack_require__(95916);
// EXTERNAL MODULE: ../../packages/core/src/index.ts + 62 modules
var core_src = __webpack_require__(62608);
// EXTERNAL MODULE: ../../packages/core/src/errors.ts
var errors = __webpack_require__(29179);
// EXTERNAL MODULE: ../../packages/supervisor/src/index.ts + 19 modules
var supervisor_src = __webpack_require__(35566);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/artifact-names.ts


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
                throw new errors/* InputError */.dz(`matrix: "${config.matrix.slice(0, 80)}" is not JSON. Leave the input at its default (\${{ toJSON(matrix) }}).`);
            }
        }
        evidence = `crucible-run-${job || 'train'}${leg === '' ? '' : `-${leg}`}`;
    }
    // Artifact names may not hold " : < > | * ? \ / or line breaks; a long one keeps a hash of the whole, so two
    // legs that differ only at the end still get names of their own.
    evidence = evidence.replace(/["<>|*?:\\/\r\n]+/g, '_');
    if (evidence.length > 200)
        evidence = `${evidence.slice(0, 187)}-${(0,external_node_crypto_.createHash)('sha256').update(evidence).digest('hex').slice(0, 12)}`;
    const suffix = evidence.startsWith('crucible-run-') ? evidence.slice('crucible-run-'.length) : evidence;
    // Not crucible-*: report downloads every crucible-* artifact as evidence, and a model can be gigabytes.
    return { evidence, log: `train-log-${suffix}`, model: `model-${suffix}` };
}

// EXTERNAL MODULE: ./src/env.ts
var src_env = __webpack_require__(29500);
;// CONCATENATED MODULE: ./src/settings.ts








const MIB = 1024 * 1024;
/** A size input in bytes; the error names the input. */
function size(text, input) {
    try {
        return (0,supervisor_src/* parseSize */.DB)(text);
    }
    catch (error) {
        throw new errors/* InputError */.dz(`${input}: ${error.message}`);
    }
}
/** The train step's settings from the action's inputs and the runner's context. */
function trainSettings(config, context, processEnv) {
    const cwd = (0,external_node_path_.resolve)(context.workspace, config.workingDirectory);
    if (!(0,external_node_fs_.existsSync)(cwd))
        throw new errors/* InputError */.dz(`working-directory: "${config.workingDirectory}" does not exist in the workspace (${cwd}).`);
    // The step's private variables stay with the step (least privilege).
    const env = (0,supervisor_src/* withoutRunnerPrivates */.pk)(processEnv);
    // Python buffers its output when it is not a terminal; the log is live only if it does not.
    env['PYTHONUNBUFFERED'] ??= '1';
    Object.assign(env, (0,src_env/* extraEnv */.S)(config.env));
    const artifacts = artifactNames(config, context.job);
    if (config.backend === 'local') {
        const slurmOnly = [
            ['slurm-partition', config.slurmPartition],
            ['slurm-account', config.slurmAccount],
            ['slurm-qos', config.slurmQos],
            ['cpus-per-task', config.cpusPerTask],
            ['mem', config.mem],
            ['sbatch-options', config.sbatchOptions.length === 0 ? undefined : config.sbatchOptions],
        ];
        const given = slurmOnly.find(([, value]) => value !== undefined);
        if (given !== undefined)
            throw new errors/* InputError */.dz(`${given[0]}: is for a Slurm job; set backend: slurm, or leave ${given[0]} out.`);
    }
    return {
        cwd,
        command: { kind: 'script', script: config.run, shell: config.shell, scriptsDir: (0,external_node_path_.join)(context.runnerTemp, 'crucible', 'scripts') },
        env,
        secrets: (0,src_env/* stepSecrets */.a)(config.env),
        preflight: {
            gpu: config.gpu,
            minGpus: config.minGpus,
            minGpuMemoryMiB: config.minGpuMemory === undefined ? undefined : Math.floor(size(config.minGpuMemory, 'min-gpu-memory') / MIB),
            busyGpu: config.busyGpu,
            minFreeDiskBytes: config.minFreeDisk === undefined ? undefined : size(config.minFreeDisk, 'min-free-disk'),
        },
        timeBudgetSeconds: config.timeBudget === undefined ? undefined : (0,supervisor_src/* parseDuration */.E9)(config.timeBudget, 'time-budget'),
        graceSeconds: config.grace,
        telemetryIntervalSeconds: config.telemetryInterval,
        launcher: { kind: config.launcher, nodes: config.nodes, gpusPerNode: config.gpusPerNode, nodeRank: config.nodeRank, masterAddr: config.masterAddr, masterPort: config.masterPort },
        checkpoint: config.checkpointPath === undefined ? undefined : { path: config.checkpointPath, maxBytes: size(config.checkpointMaxSize, 'checkpoint-max-size') },
        metricsPath: config.metricsPath,
        paramsPath: config.paramsPath,
        dataPaths: config.dataPaths,
        outputs: config.outputs,
        outDir: (0,external_node_path_.join)(context.runnerTemp, 'crucible', 'train', artifacts.evidence),
        artifacts,
        uploadLog: config.uploadLog,
        git: (0,core_src.gitInfo)((0,src/* commitOf */.D3)(context), cwd),
        backend: config.backend === 'local'
            ? { kind: 'local' }
            : {
                kind: 'slurm',
                request: {
                    partition: config.slurmPartition,
                    account: config.slurmAccount,
                    qos: config.slurmQos,
                    nodes: config.nodes,
                    gpusPerNode: config.gpusPerNode,
                    cpusPerTask: config.cpusPerTask,
                    mem: config.mem,
                    extra: config.sbatchOptions,
                },
                names: supervisor_src/* ACTION_INPUT_NAMES */.fA,
                // In squeue, next to the cluster's other jobs: which workflow leg this is.
                jobName: `crucible-${artifacts.evidence.replace(/^crucible-run-/, '')}`.replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 100),
            },
    };
}


/***/ })

};
