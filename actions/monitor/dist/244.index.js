export const id = 244;
export const ids = [244];
export const modules = {

/***/ 44244:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  artifactEvidenceStore: () => (/* binding */ artifactEvidenceStore),
  runnerLog: () => (/* binding */ runnerLog)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ../../node_modules/.pnpm/@actions+core@3.0.1/node_modules/@actions/core/lib/core.js + 13 modules
var core = __webpack_require__(71890);
// EXTERNAL MODULE: ../../packages/core/src/index.ts + 36 modules
var src = __webpack_require__(70925);
;// CONCATENATED MODULE: ../../packages/action-kit/src/artifacts.ts




/** An artifact name pattern as the inputs write them (`crucible-*`), in Crucible's one glob dialect (core/glob.ts). */
function matchesPattern(name, pattern) {
    return (0,src.globMatcher)(pattern)(name);
}
/**
 * Uploads files as an artifact of this run, through @actions/artifact (loaded only here). On GHES, where
 * @actions/artifact 6 does not work, it says so and returns undefined: evidence then moves by path.
 */
async function uploadEvidence(context, name, files, root) {
    if (context.ghes) {
        core.notice(`Not uploading artifact "${name}": artifacts are not supported on GitHub Enterprise Server by @actions/artifact 6. Pass evidence between jobs by path.`);
        return undefined;
    }
    const { DefaultArtifactClient } = await __webpack_require__.e(/* import() */ 456).then(__webpack_require__.bind(__webpack_require__, 57456));
    try {
        const { id } = await new DefaultArtifactClient().uploadArtifact(name, files, root);
        core.info(`Uploaded artifact "${name}" (id ${id}).`);
        return id;
    }
    catch (error) {
        // Artifact names are unique in a run: a job run again in the same attempt finds its first upload there. That
        // one stays; the evidence written this time is still in the outputs' paths and the job summary.
        if (!/\(409\) Conflict|already exists/i.test(error instanceof Error ? error.message : String(error)))
            throw error;
        core.warning(`Artifact "${name}" already exists on this workflow run (the job ran before in this attempt); the earlier upload is kept. Give artifact-name another value to keep both.`);
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
            core.info(`The connection dropped while ${what}; trying again (${attempt} of 2).`);
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
    const { DefaultArtifactClient } = await __webpack_require__.e(/* import() */ 456).then(__webpack_require__.bind(__webpack_require__, 57456));
    const client = new DefaultArtifactClient();
    const { artifacts } = await retryDropped(() => client.listArtifacts({ latest: true }), 'listing the run\'s artifacts');
    for (const artifact of artifacts.filter((candidate) => matchesPattern(candidate.name, pattern)).sort((a, b) => a.name.localeCompare(b.name))) {
        const folder = (0,external_node_path_.join)(destination, artifact.name);
        (0,external_node_fs_.mkdirSync)(folder, { recursive: true });
        await retryDropped(() => client.downloadArtifact(artifact.id, { path: folder }), `downloading artifact "${artifact.name}"`);
        folders.set(artifact.name, folder);
    }
    return folders;
}

;// CONCATENATED MODULE: ../../packages/action-kit/src/ports.ts




/** The runner's log: progress lines, debug lines, warnings and folded groups. */
const runnerLog = {
    info: (message) => core.info(message),
    debug: (message) => core.debug(message),
    warning: (message, title) => core.warning(message, title === undefined ? {} : { title }),
    group: (title, body) => core.group(title, body),
};
/**
 * Evidence in an action: documents go to `<RUNNER_TEMP>/crucible/<folder>/`, are published as an artifact of this
 * run (not on GHES, which @actions/artifact 6 does not support: a notice says so and evidence moves by path), and
 * this run's earlier artifacts are fetched into `<RUNNER_TEMP>/crucible/<folder>-downloads/<name>/`.
 */
function artifactEvidenceStore(context, folder) {
    const root = (0,external_node_path_.join)(context.runnerTemp, 'crucible', folder);
    return {
        write(file, content) {
            (0,external_node_fs_.mkdirSync)(root, { recursive: true });
            const path = (0,external_node_path_.join)(root, file);
            (0,external_node_fs_.writeFileSync)(path, content());
            return path;
        },
        publish: (name, paths) => uploadEvidence(context, name, paths, root),
        fetch: (pattern) => downloadRunArtifacts(context, pattern, `${root}-downloads`),
    };
}


/***/ })

};
