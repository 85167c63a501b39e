export const id = 112;
export const ids = [112];
export const modules = {

/***/ 66112:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   reportGitHub: () => (/* binding */ reportGitHub)
/* harmony export */ });
/* harmony import */ var _crucible_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95916);
/* harmony import */ var _crucible_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17099);
/* harmony import */ var _crucible_github__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33028);



/** The pull request (if any) and the commit the report is about, for each kind of event. */
async function target(client, context, log) {
    const pull = (0,_crucible_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .pullRequestOf */ ._n)(context);
    if (pull !== undefined)
        return { pull: pull.number, headSha: pull.headSha };
    if (context.eventName === 'workflow_run') {
        const run = context.payload['workflow_run'];
        if (run?.id === undefined || run.head_sha === undefined)
            throw new _crucible_core__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('The workflow_run event payload has no workflow_run.id or head_sha; run report from a workflow triggered by workflow_run, or pass evidence paths.');
        if (run.event !== 'pull_request' && run.event !== 'pull_request_target')
            return { headSha: run.head_sha, triggeringRun: run.id };
        // The payload lists no pull request for a fork's; the API is asked, and never the artifact.
        const found = await (0,_crucible_github__WEBPACK_IMPORTED_MODULE_2__.findPullRequest)(client, { owner: context.owner, repo: context.repo }, {
            sha: run.head_sha,
            repo: run.head_repository?.full_name ?? `${context.owner}/${context.repo}`,
            branch: run.head_branch ?? null,
        });
        if (found === undefined)
            log.info(`No open pull request has head ${run.head_sha.slice(0, 7)}; the report goes to the job summary and the check run only.`);
        return { ...(found === undefined ? {} : { pull: found.number }), headSha: run.head_sha, triggeringRun: run.id };
    }
    return { headSha: context.sha };
}
/**
 * Evidence from the run that triggered this `workflow_run`, which may be a fork's pull request: read within limits
 * and parsed with its schemas by packages/github (evidenceOfRunArtifacts); refused archives and documents are named.
 */
async function evidenceOfRun(client, context, runId, pattern, log) {
    const { files, refused } = await (0,_crucible_github__WEBPACK_IMPORTED_MODULE_2__.evidenceOfRunArtifacts)(client, { owner: context.owner, repo: context.repo }, runId, pattern);
    for (const refusal of refused) {
        if (refusal.kind === 'artifact')
            log.warning(`Refused ${refusal.source}: ${refusal.reason}`, 'report: artifact refused');
        if (refusal.kind === 'evidence')
            log.warning(`Refused evidence from ${refusal.source}: ${refusal.reason}`, 'report: evidence refused');
    }
    return { evidence: files.map((file) => file.found), refused: refused.map(({ source, reason }) => ({ source, reason })) };
}
/** Report's GitHub operations over packages/github, for this repository and run. */
function reportGitHub(client, context, log) {
    const repository = { owner: context.owner, repo: context.repo };
    return {
        target: () => target(client, context, log),
        evidenceOfRun: (runId, pattern) => evidenceOfRun(client, context, runId, pattern, log),
        async comment(pull, marker, body, mode) {
            const author = await (0,_crucible_github__WEBPACK_IMPORTED_MODULE_2__.tokenIdentity)(client);
            return (0,_crucible_github__WEBPACK_IMPORTED_MODULE_2__.upsertStickyComment)(client, { ...repository, issueNumber: pull, marker, body, mode, author });
        },
        commitComment: (sha, body) => (0,_crucible_github__WEBPACK_IMPORTED_MODULE_2__.createCommitComment)(client, repository, { sha, body }),
        checkRun: (report) => (0,_crucible_github__WEBPACK_IMPORTED_MODULE_2__.publishCheckRun)(client, { ...repository, ...report }),
        marker: (reportId) => (0,_crucible_github__WEBPACK_IMPORTED_MODULE_2__.reportMarker)(reportId, context.workflowFile || 'workflow'),
    };
}


/***/ })

};
