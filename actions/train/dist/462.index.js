export const id = 462;
export const ids = [462];
export const modules = {

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


/***/ }),

/***/ 62462:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   artifactEvidenceStore: () => (/* binding */ artifactEvidenceStore),
/* harmony export */   runnerLog: () => (/* binding */ runnerLog)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(13960);
/* harmony import */ var _artifacts_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(44313);




/** The runner's log: progress lines, debug lines, warnings and folded groups. */
const runnerLog = {
    info: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_2__.info(message),
    debug: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_2__.debug(message),
    warning: (message, title) => _actions_core__WEBPACK_IMPORTED_MODULE_2__.warning(message, title === undefined ? {} : { title }),
    group: (title, body) => _actions_core__WEBPACK_IMPORTED_MODULE_2__.group(title, body),
};
/**
 * Evidence in an action: documents go to `<RUNNER_TEMP>/crucible/<folder>/`, are published as an artifact of this
 * run (not on GHES, which @actions/artifact 6 does not support: a notice says so and evidence moves by path), and
 * this run's earlier artifacts are fetched into `<RUNNER_TEMP>/crucible/<folder>-downloads/<name>/`.
 */
function artifactEvidenceStore(context, folder) {
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(context.runnerTemp, 'crucible', folder);
    return {
        write(file, content) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(root, { recursive: true });
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, file);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(path, content());
            return path;
        },
        publish: (name, paths) => (0,_artifacts_js__WEBPACK_IMPORTED_MODULE_3__/* .uploadEvidence */ .di)(context, name, paths, root),
        fetch: (pattern) => (0,_artifacts_js__WEBPACK_IMPORTED_MODULE_3__/* .downloadRunArtifacts */ .VG)(context, pattern, `${root}-downloads`),
    };
}


/***/ })

};
