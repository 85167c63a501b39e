export const id = 919;
export const ids = [919];
export const modules = {

/***/ 11919:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  reportStep: () => (/* binding */ reportStep)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ../../packages/core/src/index.ts + 59 modules
var src = __webpack_require__(17099);
;// CONCATENATED MODULE: ./src/outputs.ts
/** The action's outputs, named as in action.yml: the step puts them in its outcome, which runAction applies in one place. */
const Outputs = {
    verdict: 'verdict',
    commentId: 'comment-id',
    commentUrl: 'comment-url',
    checkRunId: 'check-run-id',
    reportPath: 'report-path',
};

;// CONCATENATED MODULE: ./src/step.ts




const CHECK_NAME = 'crucible / model report';
/** The job summary takes 1 MiB per step; a little is kept for the heading. */
const SUMMARY_LIMIT = 1024 * 1024 - 1024;
/** Reads evidence, turning a refusal (too large, not JSON, not valid for its schema) into a reason, not a crash. */
function attempt(gathered, source, log, read) {
    try {
        const found = read();
        if (found !== undefined)
            gathered.evidence.push(...(Array.isArray(found) ? found : [found]));
    }
    catch (error) {
        if (!(error instanceof src/* EvidenceError */.oe))
            throw error;
        gathered.refused.push({ source, reason: error.message });
        log.warning(`Refused evidence from ${source}: ${error.message}`, 'report: evidence refused');
    }
}
/** Evidence from paths the workflow gives: a folder is searched, a file is read. */
function evidenceFromPaths(settings, log) {
    const gathered = { evidence: [], refused: [] };
    for (const path of settings.evidence) {
        const full = (0,external_node_path_.resolve)(settings.cwd, path);
        if (!(0,external_node_fs_.existsSync)(full))
            throw new src/* InputError */.dz(`Input "evidence": ${path} does not exist. Point it at the folder or file the evidence was downloaded to.`);
        const read = () => ((0,external_node_fs_.statSync)(full).isDirectory() ? (0,src/* findEvidence */.HO)(full, { workspace: settings.workspace }) : (0,src/* readEvidenceFile */.M)(full, path, { workspace: settings.workspace }));
        if (settings.onBadEvidence === 'refuse') {
            attempt(gathered, path, log, read);
            continue;
        }
        let found;
        try {
            found = [read()].flat().filter((entry) => entry !== undefined);
        }
        catch (error) {
            // Too large, not JSON, not valid for its schema: the path the user gave is wrong, as the settings say.
            if (error instanceof src/* EvidenceError */.oe)
                throw new src/* InputError */.dz(error.message, { cause: error });
            throw error;
        }
        if (found.length === 0) {
            throw new src/* InputError */.dz(`${path}: ${(0,external_node_fs_.statSync)(full).isDirectory() ? 'no evidence below this folder' : 'not an evidence document'} (JSON files whose "schema" names an evidence kind, like crucible/comparison@1 or crucible/run@1). ` +
                'Write some with `crucible compare --json <out>` or `crucible train`.');
        }
        gathered.evidence.push(...found);
    }
    return gathered;
}
/** Evidence uploaded earlier in this workflow run (by compare-metrics, validate-data, train), not our own. */
async function evidenceFromThisRun(settings, ports) {
    const gathered = { evidence: [], refused: [] };
    for (const [name, folder] of await ports.evidence.fetch(settings.evidencePattern)) {
        if (name !== settings.artifactName)
            attempt(gathered, `artifact ${name}`, ports.log, () => (0,src/* findEvidence */.HO)(folder));
    }
    return gathered;
}
/**
 * Check-run annotations on the crucible.yml rule behind each metric that regressed or is invalid, so the Files
 * view shows the rule beside the failure.
 */
function ruleAnnotations(evidence, config, configPath) {
    const annotations = [];
    for (const found of evidence) {
        if (found.kind !== 'comparison')
            continue;
        for (const metric of found.document.metrics) {
            if (metric.status !== 'regressed' && metric.status !== 'invalid')
                continue;
            const line = (0,src/* ruleFor */.sG)(metric.name, config.metrics.rules)?.line;
            if (line === undefined)
                continue;
            const message = `${metric.name}: ${metric.status}${metric.reason === undefined ? '' : ` (${metric.reason})`}.`.slice(0, 64_000);
            annotations.push({ path: configPath, start_line: line, end_line: line, annotation_level: 'failure', title: `Metric ${metric.status}`, message });
        }
    }
    return annotations;
}
async function reportStep(settings, ports) {
    const { github, log } = ports;
    const config = (0,src/* loadConfig */.Z9)((0,external_node_path_.resolve)(settings.cwd, settings.config.path), { explicit: settings.config.explicit, workspace: settings.workspace });
    const where = await github.target();
    const gathered = await log.group('Gathering evidence', async () => {
        if (settings.evidence.length > 0)
            return evidenceFromPaths(settings, log);
        if (where.triggeringRun !== undefined)
            return github.evidenceOfRun(where.triggeringRun, settings.evidencePattern);
        return evidenceFromThisRun(settings, ports);
    });
    log.info(`${gathered.evidence.length} evidence document(s), ${gathered.refused.length} refused.`);
    // With no pull request or run to say which commit (the CLI), the commit the evidence records, else the checkout's:
    // evidence downloaded from CI describes CI's commit, not the local one; of a pull request's, its head, not the merge.
    const recorded = gathered.evidence.find((found) => found.document.git !== null)?.document.git;
    const sha = where.headSha ?? recorded?.headSha ?? recorded?.sha ?? settings.git?.headSha ?? settings.git?.sha ?? null;
    const input = {
        evidence: gathered.evidence,
        refused: gathered.refused,
        environments: config.environments,
        context: { repository: settings.links.repository, sha, serverUrl: settings.links.serverUrl, ...(settings.links.runUrl === undefined ? {} : { runUrl: settings.links.runUrl }) },
    };
    // The full report first, so that the comment and the check run can link to it when they must leave things out.
    const full = (0,src/* renderReport */.B1)(input, { maxChars: SUMMARY_LIMIT, maxBytes: SUMMARY_LIMIT });
    const outcome = (0,src/* emptyOutcome */.we)({ verdict: full.verdict, markdown: full.markdown, gathered, dropped: full.dropped });
    const reportPath = ports.evidence.write('report.md', () => full.markdown);
    const reportJson = ports.evidence.write('report.json', () => `${JSON.stringify({ schema: 'crucible/report@1', verdict: full.verdict, dropped: full.dropped, refused: gathered.refused, evidence: gathered.evidence.map((found) => found.document) }, null, 2)}\n`);
    const written = [reportPath, reportJson].filter((path) => path !== undefined);
    outcome.evidence.push(...written);
    // The full report is a convenience: when it cannot be uploaded (a second report step in this run already used
    // the name), the report still goes out, without the link.
    if (written.length > 0) {
        const artifactId = await ports.evidence.publish(settings.artifactName, written).catch((error) => {
            log.warning(`Could not upload the full report as artifact "${settings.artifactName}": ${error.message}. Set artifact-name to a name unique in this run.`);
            return undefined;
        });
        if (artifactId !== undefined && input.context.runUrl !== undefined)
            input.context.fullReportUrl = `${input.context.runUrl}/artifacts/${artifactId}`;
    }
    outcome.summary = full.markdown;
    const marker = github.marker(settings.reportId);
    const commentBody = () => (0,src/* renderReport */.B1)(input, { maxChars: settings.limits.comment - marker.length - 1 }).markdown;
    if (where.pull !== undefined && settings.commentMode !== 'off') {
        const result = await github.comment(where.pull, marker, commentBody(), settings.commentMode);
        log.info(`Comment ${result.action}${result.url === undefined ? '' : `: ${result.url}`}${result.removed.length > 0 ? ` (removed ${result.removed.length} duplicate(s))` : ''}.`);
        outcome.outputs[Outputs.commentId] = result.commentId === undefined ? '' : String(result.commentId);
        outcome.outputs[Outputs.commentUrl] = result.url ?? '';
    }
    else if (settings.commitComment && where.headSha !== null && (settings.eventName === 'push' || settings.eventName === 'workflow_dispatch')) {
        const comment = await github.commitComment(where.headSha, `${marker}\n${commentBody()}`);
        outcome.outputs[Outputs.commentId] = String(comment.id);
        outcome.outputs[Outputs.commentUrl] = comment.url;
    }
    if (settings.checkRun && where.headSha !== null) {
        const text = (0,src/* renderReport */.B1)(input, { maxChars: settings.limits.checkText });
        const title = { pass: 'Metrics pass', fail: 'Needs attention', none: 'No comparison' }[text.verdict];
        const check = await github.checkRun({
            name: CHECK_NAME,
            headSha: where.headSha,
            conclusion: text.verdict === 'fail' ? 'failure' : text.verdict === 'pass' ? 'success' : 'neutral',
            title,
            summary: text.markdown,
            ...(input.context.runUrl === undefined ? {} : { detailsUrl: input.context.runUrl }),
            annotations: config.file === null ? [] : ruleAnnotations(gathered.evidence, config, (0,external_node_path_.relative)(settings.workspace, config.file)),
        });
        outcome.outputs[Outputs.checkRunId] = String(check.id);
    }
    outcome.outputs[Outputs.verdict] = full.verdict;
    outcome.outputs[Outputs.reportPath] = reportPath ?? '';
    for (const line of full.dropped)
        log.info(`Left out of the report to fit: ${line}`);
    log.info(`Report verdict: ${full.verdict}.`);
    return outcome;
}


/***/ })

};
