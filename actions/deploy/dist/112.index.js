export const id = 112;
export const ids = [112];
export const modules = {

/***/ 66112:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   deployGitHub: () => (/* binding */ deployGitHub)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _crucible_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(39573);
/* harmony import */ var _crucible_github__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48559);




/** A release asset is read into memory before it is written out: this is the most one may be. */
const MAX_ASSET_BYTES = 2 * 1024 * 1024 * 1024;
const ZIP_LIMITS = { maxBytes: 4 * 1024 * 1024 * 1024, maxFiles: 100_000, maxFileBytes: 4 * 1024 * 1024 * 1024 };
async function fromRelease(client, context, source, folder) {
    const repository = { owner: context.owner, repo: context.repo };
    const release = await (0,_crucible_github__WEBPACK_IMPORTED_MODULE_3__/* .getReleaseByTag */ .h5)(client, repository, source.tag);
    if (release === undefined)
        throw new _crucible_core__WEBPACK_IMPORTED_MODULE_2__.InputError(`The promotion record names the release asset "${source.asset}", but tag ${source.tag} has no published release; refusing to deploy.`);
    const bytes = await (0,_crucible_github__WEBPACK_IMPORTED_MODULE_3__/* .downloadReleaseAsset */ .GN)(client, repository, release.id, source.asset, { maxBytes: MAX_ASSET_BYTES });
    if (bytes === undefined)
        throw new _crucible_core__WEBPACK_IMPORTED_MODULE_2__.InputError(`The release of ${source.tag} has no uploaded asset "${source.asset}", which the promotion record names; refusing to deploy.`);
    if (!source.unzip) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(folder, source.saveAs)), { recursive: true });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(folder, source.saveAs), bytes);
        return;
    }
    // unzipBounded refuses unsafe paths and counts what each entry really inflates to.
    for (const [path, content] of await (0,_crucible_github__WEBPACK_IMPORTED_MODULE_3__/* .unzipBounded */ .mn)(bytes, ZIP_LIMITS, `Release asset "${source.asset}" of ${source.tag}`)) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(folder, path)), { recursive: true });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(folder, path), content);
    }
}
async function fromArtifact(client, context, token, source, folder) {
    if (context.ghes) {
        throw new _crucible_core__WEBPACK_IMPORTED_MODULE_2__.InputError(`The model is the artifact "${source.name}" of run ${source.runId}, and @actions/artifact 6 does not download artifacts on GitHub Enterprise Server: attach the model to the version's release (the record's modelArtifact.releaseAsset) and deploy again.`);
    }
    const repository = { owner: context.owner, repo: context.repo };
    const artifact = (await (0,_crucible_github__WEBPACK_IMPORTED_MODULE_3__/* .listRunArtifacts */ .NG)(client, repository, source.runId)).find((candidate) => candidate.name === source.name);
    if (artifact === undefined)
        throw new _crucible_core__WEBPACK_IMPORTED_MODULE_2__.InputError(`Run ${source.runId} has no artifact "${source.name}", which the promotion record names as the model; refusing to deploy.`);
    if (artifact.expired) {
        throw new _crucible_core__WEBPACK_IMPORTED_MODULE_2__.InputError(`The model artifact "${source.name}" of run ${source.runId} has expired; attach the model to the version's release so that it outlives the artifact retention.`);
    }
    const { DefaultArtifactClient } = await __webpack_require__.e(/* import() */ 456).then(__webpack_require__.bind(__webpack_require__, 57456));
    // Streams to disk (the model may be gigabytes); the digests are checked by the step afterwards.
    await new DefaultArtifactClient().downloadArtifact(artifact.id, {
        path: folder,
        findBy: { token, workflowRunId: source.runId, repositoryOwner: context.owner, repositoryName: context.repo },
    });
}
/** The deploy step's GitHub: the registry's tags, the model from a release or an artifact, deployments. */
function deployGitHub(client, context, token) {
    const repository = { owner: context.owner, repo: context.repo };
    return {
        async registryTags(model) {
            return (0,_crucible_github__WEBPACK_IMPORTED_MODULE_3__/* .registryTagsOf */ .S7)(await (0,_crucible_github__WEBPACK_IMPORTED_MODULE_3__/* .listTags */ .cB)(client, repository, (0,_crucible_core__WEBPACK_IMPORTED_MODULE_2__.modelToTagPart)(model)));
        },
        downloadModel: (source, folder) => (source.kind === 'release' ? fromRelease(client, context, source, folder) : fromArtifact(client, context, token, source, folder)),
        async deployment(request) {
            const { deployment, created } = await (0,_crucible_github__WEBPACK_IMPORTED_MODULE_3__/* .ensureDeployment */ .y0)(client, repository, {
                ref: request.sha,
                sha: request.sha,
                environment: request.environment,
                task: 'deploy',
                requiredContexts: request.requiredContexts,
                payload: request.payload,
                description: request.description,
                productionEnvironment: request.production,
                transientEnvironment: request.transient,
            });
            return { id: deployment.id, created };
        },
        async deploymentStatus(id, status) {
            // Older deployments are retired explicitly (retireOlderDeployments): GitHub's auto_inactive spares production.
            await (0,_crucible_github__WEBPACK_IMPORTED_MODULE_3__/* .setDeploymentStatus */ .e9)(client, repository, id, { ...status, autoInactive: false });
        },
        retireOlderDeployments: (environment, keep) => (0,_crucible_github__WEBPACK_IMPORTED_MODULE_3__/* .deactivateOlderDeployments */ .Hj)(client, repository, { environment, keep }),
    };
}


/***/ })

};
