export const id = 112;
export const ids = [112];
export const modules = {

/***/ 66112:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   promoteGitHub: () => (/* binding */ promoteGitHub)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _crucible_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(13061);
/* harmony import */ var _crucible_github__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57719);




/** The promote step's GitHub, over packages/github: every call there follows pagination and checks what it reads. */
function promoteGitHub(client, context, options) {
    const repository = { owner: context.owner, repo: context.repo };
    const runUrl = `${context.serverUrl}/${context.owner}/${context.repo}/actions/runs/${context.runId}`;
    return {
        async environment(name) {
            const found = await (0,_crucible_github__WEBPACK_IMPORTED_MODULE_3__/* .getEnvironment */ .uc)(client, repository, name);
            return found === undefined ? undefined : { body: found.raw, branchPolicies: found.rawBranchPolicies };
        },
        async approvals(runId) {
            return (await (0,_crucible_github__WEBPACK_IMPORTED_MODULE_3__/* .listRunApprovals */ .Ch)(client, repository, runId)).raw;
        },
        async registryTags(model) {
            return (0,_crucible_github__WEBPACK_IMPORTED_MODULE_3__/* .registryTagsOf */ .S7)(await (0,_crucible_github__WEBPACK_IMPORTED_MODULE_3__/* .listTags */ .cB)(client, repository, (0,_crucible_core__WEBPACK_IMPORTED_MODULE_2__.modelToTagPart)(model)));
        },
        async createTag(name, commitSha, message) {
            const result = await (0,_crucible_github__WEBPACK_IMPORTED_MODULE_3__/* .createAnnotatedTag */ .Bw)(client, repository, { name, message, commitSha });
            return result.status === 'created' ? { status: 'created', sha: result.tag.commitSha } : { status: 'exists', commitSha: result.existing.commitSha, message: result.existing.message };
        },
        async evidence(source) {
            if (source.kind === 'paths')
                return localEvidence(source.paths, options);
            return runEvidence(client, repository, source.runId, source.pattern, options.log);
        },
        async modelArtifact(runId, pattern) {
            const matches = (0,_crucible_core__WEBPACK_IMPORTED_MODULE_2__.globMatcher)(pattern);
            const found = (await (0,_crucible_github__WEBPACK_IMPORTED_MODULE_3__/* .listRunArtifacts */ .NG)(client, repository, runId)).filter((artifact) => !artifact.expired && matches(artifact.name));
            if (found.length > 1)
                options.log.warning(`${found.length} artifacts of run ${runId} match "${pattern}"; the audit record names ${found[0]?.name}. Narrow model-artifact to one.`);
            const first = found[0];
            return first === undefined ? undefined : { name: first.name, id: first.id };
        },
        async release(tag, body) {
            const { release } = await (0,_crucible_github__WEBPACK_IMPORTED_MODULE_3__/* .ensureRelease */ .w9)(client, repository, { tag, name: tag, body, makeLatest: 'false' });
            return { id: release.id, url: release.htmlUrl, uploadUrl: release.uploadUrl };
        },
        async attach(release, name, content) {
            await (0,_crucible_github__WEBPACK_IMPORTED_MODULE_3__/* .uploadReleaseAsset */ .fC)(client, repository, release, { name, data: content, contentType: 'application/json', ifExists: 'replace' });
        },
        async deployment(request) {
            const { deployment, created } = await (0,_crucible_github__WEBPACK_IMPORTED_MODULE_3__/* .ensureDeployment */ .y0)(client, repository, {
                ref: request.sha,
                sha: request.sha,
                environment: request.environment,
                requiredContexts: request.requiredContexts,
                task: 'deploy',
                payload: request.payload,
                description: request.description,
                productionEnvironment: request.production,
            });
            options.log.info(created ? `Created deployment ${deployment.id} to ${request.environment}.` : `Reusing deployment ${deployment.id} of an earlier attempt.`);
            return deployment.id;
        },
        async deploymentStatus(id, state, description, environmentUrl) {
            await (0,_crucible_github__WEBPACK_IMPORTED_MODULE_3__/* .setDeploymentStatus */ .e9)(client, repository, id, { state, logUrl: runUrl, description: description.slice(0, 140), ...(environmentUrl === undefined ? {} : { environmentUrl }) });
        },
        async retireOlderDeployments(environment, keep) {
            return (0,_crucible_github__WEBPACK_IMPORTED_MODULE_3__/* .deactivateOlderDeployments */ .Hj)(client, repository, { environment, keep, description: 'Replaced by a newer promotion' });
        },
    };
}
/** Evidence under the folders or files the `evidence` input names, read as safely as any named file. */
function localEvidence(paths, options) {
    const gathered = { files: [], unreadable: [] };
    for (const path of paths) {
        const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(options.cwd, path);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(absolute, { throwIfNoEntry: false })?.isDirectory() === true) {
            const { found, unreadable } = (0,_crucible_core__WEBPACK_IMPORTED_MODULE_2__.scanEvidence)(absolute, { workspace: options.workspace });
            gathered.unreadable.push(...unreadable);
            for (const item of found)
                gathered.files.push(fileOf(item.path, (0,_crucible_core__WEBPACK_IMPORTED_MODULE_2__.readFileSafely)(item.path, { workspace: options.workspace, maxBytes: _crucible_core__WEBPACK_IMPORTED_MODULE_2__.MAX_EVIDENCE_BYTES }), item, options.workspace));
        }
        else {
            try {
                const content = (0,_crucible_core__WEBPACK_IMPORTED_MODULE_2__.readFileSafely)(absolute, { workspace: options.workspace, maxBytes: _crucible_core__WEBPACK_IMPORTED_MODULE_2__.MAX_EVIDENCE_BYTES });
                const found = (0,_crucible_core__WEBPACK_IMPORTED_MODULE_2__.parseEvidence)(content, absolute, path);
                if (found === undefined)
                    gathered.unreadable.push({ path, reason: 'not a Crucible evidence document (no schema field naming one)' });
                else
                    gathered.files.push(fileOf(absolute, content, found, options.workspace));
            }
            catch (error) {
                gathered.unreadable.push({ path, reason: error.message });
            }
        }
    }
    return gathered;
}
function fileOf(path, content, found, workspace) {
    const name = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(workspace, path);
    return { name: name.startsWith('..') ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(path) : name, content, found };
}
/** Evidence from a run's artifacts (this run, or the one `evidence-run-id` names), read by packages/github. */
async function runEvidence(client, repository, runId, pattern, log) {
    const { files, refused } = await (0,_crucible_github__WEBPACK_IMPORTED_MODULE_3__/* .evidenceOfRunArtifacts */ .Lb)(client, repository, runId, pattern);
    for (const refusal of refused)
        if (refusal.kind === 'evidence')
            log.warning(`Refused evidence from ${refusal.source}: ${refusal.reason}`, 'promote: evidence refused');
    return {
        files,
        unreadable: refused.map((refusal) => ({
            path: refusal.source,
            reason: refusal.kind === 'expired' ? 'the artifact has expired; promote from evidence kept elsewhere (the evidence input)' : refusal.reason,
        })),
    };
}


/***/ })

};
