export const id = 835;
export const ids = [835];
export const modules = {

/***/ 80835:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gitHubReferenceProfiles: () => (/* binding */ gitHubReferenceProfiles)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _crucible_action_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95916);
/* harmony import */ var _crucible_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(96320);
/* harmony import */ var _crucible_github__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(48559);





/** The profile inside an artifact's files, parsed with its schema (an invalid one throws and is skipped). */
function profileIn(files, label) {
    for (const [path, content] of files) {
        if (!path.endsWith('.json'))
            continue;
        const found = (0,_crucible_core__WEBPACK_IMPORTED_MODULE_3__.parseEvidence)(content, path, `${label}/${path}`);
        if (found?.kind === 'profile')
            return found.document;
    }
    return undefined;
}
/**
 * The reference profile from the base branch: the profile in the `artifact-name` artifact of the latest
 * successful push run of this workflow at the merge-base (or the nearest ancestor), the same lookup as
 * compare-metrics. Undefined, with a warning, when there is none.
 */
function gitHubReferenceProfiles(options) {
    const { context, client, artifactName, log } = options;
    const repository = { owner: context.owner, repo: context.repo };
    return {
        async baseline() {
            const { baseBranch, mergeBase } = await (0,_crucible_github__WEBPACK_IMPORTED_MODULE_4__/* .baselinePoint */ .Cy)(client, repository, (0,_crucible_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .baselineEventOf */ .Fn)(context));
            if (mergeBase === undefined || context.workflowFile === '')
                return undefined;
            const search = await (0,_crucible_github__WEBPACK_IMPORTED_MODULE_4__/* .findBaselineEvidence */ .CG)(client, { ...repository, workflow: context.workflowFile, baseBranch, mergeBase, artifactName, maxDepth: 20, historyRuns: 1 }, { warning: (message) => log.warning(message) }, profileIn);
            if (search.found === undefined) {
                const expired = search.expired.length > 0 ? ` ${search.expired.length} run(s) had it, but the artifact expired (retention).` : '';
                log.warning(`No reference profile: no "${artifactName}" artifact from a successful push run of ${context.workflowFile} on ${baseBranch} at ${mergeBase.slice(0, 7)} or its ancestors.${expired} Drift is not checked.`, 'validate-data: no baseline profile');
                return undefined;
            }
            const folder = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(context.runnerTemp, 'crucible', 'baseline-profile');
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(folder, { recursive: true });
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(folder, 'profile.json');
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(path, JSON.stringify(search.found.evidence));
            log.info(`Reference profile: run ${search.found.runId} at ${search.found.sha.slice(0, 7)}.`);
            return { path, label: `base-branch profile at ${search.found.sha.slice(0, 7)}` };
        },
    };
}


/***/ })

};
