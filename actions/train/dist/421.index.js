export const id = 421;
export const ids = [421];
export const modules = {

/***/ 56421:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   post: () => (/* binding */ post)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13960);
/* harmony import */ var _crucible_action_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(29323);
/* harmony import */ var _checkpoint_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(81813);
/* harmony import */ var _env_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(29500);
/* harmony import */ var _outputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(17553);
/* harmony import */ var _uploads_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(66284);







/**
 * After the job's steps, also after a failure, a time-budget stop or a cancel: saves the checkpoint through the
 * cache (unless it is missing, unchanged since the restore, or over checkpoint-max-size: GitHub's cache holds
 * 10 GB a repository and evicts entries unused for 7 days), then uploads the evidence and log a cancelled main
 * could not.
 */
async function post() {
    // The checkpoint first: it is what the next run needs most, and an upload that fails must not cost it.
    await saveCheckpoint();
    const pending = _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .getState */ .Gu(_outputs_js__WEBPACK_IMPORTED_MODULE_5__/* .State */ .U.pendingUpload);
    if (pending === '')
        return;
    try {
        await (0,_uploads_js__WEBPACK_IMPORTED_MODULE_6__/* .uploadRun */ .$)((0,_crucible_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .readContext */ .yI)(), JSON.parse(pending), (0,_env_js__WEBPACK_IMPORTED_MODULE_4__/* .stepSecrets */ .a)(_actions_core__WEBPACK_IMPORTED_MODULE_1__/* .getMultilineInput */ .q3('env')));
    }
    catch (error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e(`The run's evidence and log were not uploaded: ${error.message}`, { title: 'Evidence not uploaded' });
    }
}
async function saveCheckpoint() {
    const path = _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .getState */ .Gu(_outputs_js__WEBPACK_IMPORTED_MODULE_5__/* .State */ .U.checkpointPath);
    if (path === '')
        return;
    const key = _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .getState */ .Gu(_outputs_js__WEBPACK_IMPORTED_MODULE_5__/* .State */ .U.checkpointKey);
    const maxBytes = Number(_actions_core__WEBPACK_IMPORTED_MODULE_1__/* .getState */ .Gu(_outputs_js__WEBPACK_IMPORTED_MODULE_5__/* .State */ .U.checkpointMaxBytes));
    const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd();
    const now = await (0,_checkpoint_js__WEBPACK_IMPORTED_MODULE_3__/* .fingerprint */ .Rj)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(workspace, path));
    if (now === undefined || now.files === 0) {
        _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`No checkpoint at ${path}: nothing to save.`);
        return;
    }
    if (now.digest === _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .getState */ .Gu(_outputs_js__WEBPACK_IMPORTED_MODULE_5__/* .State */ .U.checkpointFingerprint)) {
        _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`The checkpoint at ${path} is unchanged since it was restored: not saving it again.`);
        return;
    }
    if (now.bytes > maxBytes) {
        _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e(`Not saving the checkpoint: ${path} holds ${(now.bytes / 1024 ** 3).toFixed(2)} GiB, over checkpoint-max-size (${(maxBytes / 1024 ** 3).toFixed(2)} GiB). ` +
            "GitHub's cache holds 10 GB per repository and evicts what is unused for 7 days; keep only the latest checkpoint in the folder, or raise checkpoint-max-size.", { title: 'Checkpoint not saved' });
        return;
    }
    const cache = await Promise.all(/* import() */[__webpack_require__.e(620), __webpack_require__.e(627)]).then(__webpack_require__.bind(__webpack_require__, 89627));
    if (!cache.isFeatureAvailable()) {
        _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e('The Actions cache is not available to this job: the checkpoint is not saved.', { title: 'Checkpoint not saved' });
        return;
    }
    try {
        // saveCache answers -1 when it could not reserve the key (another job saved it) and logs that only as info.
        const id = await cache.saveCache([path], key);
        if (id === -1) {
            _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e(`The checkpoint ${path} was not saved: the cache did not accept the key ${key} (another job may hold it).`, { title: 'Checkpoint not saved' });
            return;
        }
        _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`Saved the checkpoint ${path} (${now.files} file(s), ${(now.bytes / 1024 ** 2).toFixed(1)} MiB) as ${key}; the next run of this job on this branch resumes from it.`);
    }
    catch (error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e(`Could not save the checkpoint ${path}: ${error.message}.`, { title: 'Checkpoint not saved' });
    }
}


/***/ })

};
