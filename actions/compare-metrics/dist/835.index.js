export const id = 835;
export const ids = [835];
export const modules = {

/***/ 80835:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gitHubBaselines: () => (/* binding */ gitHubBaselines)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _crucible_action_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95916);
/* harmony import */ var _crucible_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(62608);
/* harmony import */ var _crucible_github__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(48559);





const DAY_MS = 86_400_000;
/**
 * The baseline as the action finds it, tried in order: (a) this workflow's comparison evidence from the latest
 * successful push run at the merge-base, (b) at the nearest ancestor that has one, (c) the metrics files in git at
 * the merge-base, (d) `baseline-path`. Never a fork's branch, and never an invented one.
 */
function gitHubBaselines(options) {
    const { context, client } = options;
    const repository = { owner: context.owner, repo: context.repo };
    const fromGit = async (request, mergeBase) => {
        const files = request.currentPaths.map((path) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(context.workspace, path));
        if (files.length === 0)
            return undefined;
        const folder = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(context.runnerTemp, 'crucible-baseline-git-'));
        for (const file of files) {
            const content = await (0,_crucible_github__WEBPACK_IMPORTED_MODULE_4__/* .fileAtCommit */ .fw)(client, repository, file, mergeBase);
            if (content === undefined)
                return undefined;
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(folder, file)), { recursive: true });
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(folder, file), content);
        }
        return (0,_crucible_core__WEBPACK_IMPORTED_MODULE_3__.loadRun)(files.length === 1 ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(folder, files[0]) : folder, { format: request.format });
    };
    return {
        async resolve(request) {
            const { baseBranch, mergeBase } = await (0,_crucible_github__WEBPACK_IMPORTED_MODULE_4__/* .baselinePoint */ .Cy)(client, repository, (0,_crucible_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .baselineEventOf */ .Fn)(context));
            const notes = [];
            if (mergeBase !== undefined && context.workflowFile !== '') {
                const search = await (0,_crucible_github__WEBPACK_IMPORTED_MODULE_4__/* .findBaselineEvidence */ .CG)(client, { ...repository, workflow: context.workflowFile, baseBranch, mergeBase, artifactName: options.artifactName, maxDepth: options.maxDepth, historyRuns: request.historyRuns }, { warning: (message) => options.log.warning(message) });
                if (search.expired.length > 0) {
                    notes.push(`${search.expired.length} base-branch run(s) had "${options.artifactName}" but it has expired (artifact retention); the nearest was at ${search.expired[0]?.sha.slice(0, 7)}.`);
                }
                const found = search.found;
                if (found !== undefined) {
                    return {
                        runs: (0,_crucible_core__WEBPACK_IMPORTED_MODULE_3__.runsFromComparisonEvidence)(found.evidence, `${options.artifactName} of run ${found.runId}`),
                        history: (0,_crucible_core__WEBPACK_IMPORTED_MODULE_3__.noiseHistory)(search.history.map((entry) => entry.evidence)),
                        info: {
                            source: found.depth === 0 ? 'artifact' : 'ancestor-artifact',
                            sha: found.sha,
                            ref: `refs/heads/${baseBranch}`,
                            runId: found.runId,
                            createdAt: found.createdAt,
                            ageDays: (options.now().getTime() - Date.parse(found.createdAt)) / DAY_MS,
                            fellBack: found.depth > 0,
                            mergeBase,
                            ...(notes.length > 0 ? { note: notes.join(' ') } : {}),
                        },
                    };
                }
                notes.push(`No "${options.artifactName}" artifact from a successful push run of ${context.workflowFile} on ${baseBranch} at the merge-base ${mergeBase.slice(0, 7)} or its ${options.maxDepth} nearest ancestors.`);
                const fromCommit = await fromGit(request, mergeBase);
                if (fromCommit !== undefined) {
                    return { runs: [fromCommit], history: new Map(), info: { source: 'git', sha: mergeBase, ref: `refs/heads/${baseBranch}`, fellBack: true, mergeBase, note: notes.join(' ') } };
                }
            }
            const note = notes.join(' ') || undefined;
            if (options.baselinePath !== undefined) {
                const run = await (0,_crucible_core__WEBPACK_IMPORTED_MODULE_3__.loadRun)(options.baselinePath, { format: request.format, workspace: context.workspace });
                return { runs: [run], history: new Map(), info: { source: 'path', sha: null, fellBack: true, mergeBase: mergeBase ?? null, note } };
            }
            return { runs: [], history: new Map(), info: { source: 'none', sha: null, fellBack: true, mergeBase: mergeBase ?? null, note } };
        },
    };
}


/***/ })

};
