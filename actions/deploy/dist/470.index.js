export const id = 470;
export const ids = [470];
export const modules = {

/***/ 57470:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   deploySettings: () => (/* binding */ deploySettings)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _crucible_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(39573);
/* harmony import */ var _crucible_core_errors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(29179);
/* harmony import */ var _crucible_supervisor__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(92789);





/** Runner variables that belong to this step, not to the deploy command (least privilege). */
const PRIVATE_VARIABLES = /^(INPUT_|STATE_|ACTIONS_RUNTIME_TOKEN$|ACTIONS_ID_TOKEN_REQUEST_|ACTIONS_RESULTS_URL$|ACTIONS_CACHE_URL$|GITHUB_STATE$)/;
/** Seconds between SIGINT, SIGTERM and SIGKILL when the time budget stops the command. */
const GRACE_SECONDS = 10;
/** The deploy step's settings from the action's inputs and the runner's context. */
function deploySettings(config, context, processEnv) {
    const cwd = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(context.workspace, config.workingDirectory);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(cwd))
        throw new _crucible_core_errors__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`working-directory: "${config.workingDirectory}" does not exist in the workspace (${cwd}).`);
    // Inputs are checked before the config they point at.
    const timeBudgetSeconds = config.timeBudget === undefined ? undefined : (0,_crucible_supervisor__WEBPACK_IMPORTED_MODULE_4__/* .parseDuration */ .E9)(config.timeBudget, 'time-budget');
    // Deploy goes only where crucible.yml governs promotion, as promote does: a misspelt environment stops here.
    const stage = config.stage ?? config.environment;
    const crucible = (0,_crucible_core__WEBPACK_IMPORTED_MODULE_2__.loadConfig)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, config.config), { explicit: config.config !== 'crucible.yml', workspace: context.workspace });
    (0,_crucible_core__WEBPACK_IMPORTED_MODULE_2__.environmentPolicyOf)(crucible.environments, [config.environment, stage], config.config);
    const env = {};
    for (const [name, value] of Object.entries(processEnv))
        if (!PRIVATE_VARIABLES.test(name))
            env[name] = value;
    return {
        model: config.model,
        stage,
        version: config.version,
        environment: config.environment,
        environmentUrl: config.environmentUrl,
        rollback: config.rollback,
        deploymentId: config.deploymentId === undefined ? undefined : Number(config.deploymentId),
        requiredContexts: config.requiredContexts,
        production: config.production ?? config.environment.toLowerCase() === 'production',
        transient: config.transient,
        cwd,
        command: { script: config.run, shell: config.shell, scriptsDir: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(context.runnerTemp, 'crucible', 'scripts') },
        env,
        timeBudgetSeconds,
        graceSeconds: GRACE_SECONDS,
        modelRoot: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(context.runnerTemp, 'crucible', 'deploy'),
        run: { id: context.runId, attempt: context.runAttempt, url: `${context.serverUrl}/${context.owner}/${context.repo}/actions/runs/${context.runId}` },
    };
}


/***/ })

};
