export const id = 919;
export const ids = [919];
export const modules = {

/***/ 11919:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  compareStep: () => (/* binding */ compareStep)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ../../packages/core/src/index.ts + 62 modules
var src = __webpack_require__(62608);
;// CONCATENATED MODULE: ./src/outputs.ts
/** The action's outputs, named as in action.yml: the step puts them in its outcome, which runAction applies in one place. */
const Outputs = {
    verdict: 'verdict',
    regressions: 'regressions',
    improvements: 'improvements',
    evidencePath: 'evidence-path',
    baselineSha: 'baseline-sha',
    baselineSource: 'baseline-source',
};

;// CONCATENATED MODULE: ./src/step.ts



const FORMATS = ['auto', ...src.METRICS_FORMATS];
/** The current runs: the paths given (one run each), or train's run evidence uploaded earlier in this run. */
async function currentRuns(settings, format, store) {
    if (settings.current.length > 0)
        return Promise.all(settings.current.map((path) => (0,src.loadRun)((0,external_node_path_.resolve)(settings.cwd, path), { format, workspace: settings.workspace })));
    const downloaded = await store.fetch(settings.runEvidencePattern);
    const runs = [...downloaded.entries()].flatMap(([name, dir]) => (0,src.findEvidence)(dir).flatMap((found) => (found.kind === 'run' ? [(0,src.runFromRunEvidence)(found.document, name)] : [])));
    if (runs.length === 0) {
        throw new src.ConfigError(`Input "current" is empty and this run has no run evidence artifacts matching "${settings.runEvidencePattern}". Set current to the metrics path(s), or run the train action earlier in this workflow.`);
    }
    return runs;
}
function describeSource(baseline) {
    return baseline.info.source === 'none' ? 'no baseline' : `baseline from ${baseline.info.source} at ${baseline.info.sha?.slice(0, 7) ?? 'a path'}`;
}
async function compareStep(settings, ports) {
    const { log } = ports;
    if (!FORMATS.includes(settings.format))
        throw new src.InputError(`Input "format" must be one of ${FORMATS.join(', ')}, got "${settings.format}".`);
    const format = settings.format;
    const config = (0,src.loadConfig)((0,external_node_path_.resolve)(settings.cwd, settings.config.path), { explicit: settings.config.explicit, workspace: settings.workspace });
    const rules = config.metrics.rules;
    const confidence = settings.confidence ?? config.metrics.confidence;
    const current = await log.group('Loading the current runs', () => currentRuns(settings, format, ports.evidence));
    log.info(`${current.length} current run(s): ${current.map((loaded) => `${(0,external_node_path_.relative)(settings.cwd, loaded.path) || loaded.path} (${loaded.metrics.size} metrics)`).join(', ')}`);
    const baseline = await log.group('Finding the baseline', () => ports.baselines.resolve({ currentPaths: settings.current.map((path) => (0,external_node_path_.resolve)(settings.cwd, path)), format, historyRuns: current.length < 2 ? src.HISTORY_RUNS : 1 }));
    if (baseline.info.note !== undefined)
        log.info(baseline.info.note);
    const annotations = [];
    if (baseline.info.source === 'none') {
        const message = `No baseline: every metric is reported as added and nothing is judged. ${baseline.info.note ?? ''} Artifact retention running out is the usual cause; a push to the base branch makes a fresh one.`.trim();
        if (settings.ifNoBaseline === 'fail')
            throw new src.ConfigError(message);
        if (settings.ifNoBaseline === 'warn')
            annotations.push({ level: 'warning', message, title: 'compare-metrics: no baseline' });
    }
    else {
        log.info(`Baseline: ${baseline.info.source} at ${baseline.info.sha ?? 'a path'} (${baseline.runs.length} run(s)).`);
    }
    const comparison = (0,src.compareRuns)(baseline.runs, current, { rules, tolerance: config.metrics.tolerance, confidence, baselineHistory: baseline.history });
    const evidence = (0,src.comparisonEvidence)(comparison, {
        git: settings.git,
        baseline: baseline.info,
        confidence,
        createdAt: ports.clock.now().toISOString(),
        runs: { baseline: baseline.runs.length, current: current.length },
    });
    const outcome = (0,src.emptyOutcome)({ comparison, evidence, baseline, current });
    const evidencePath = ports.evidence.write('comparison.json', () => `${JSON.stringify(evidence, null, 2)}\n`);
    if (evidencePath !== undefined) {
        outcome.evidence.push(evidencePath);
        await ports.evidence.publish(settings.artifactName, [evidencePath]);
    }
    const regressions = comparison.metrics.filter((metric) => metric.status === 'regressed').length;
    const improvements = comparison.metrics.filter((metric) => metric.status === 'improved').length;
    outcome.outputs = {
        [Outputs.verdict]: comparison.verdict,
        [Outputs.regressions]: String(regressions),
        [Outputs.improvements]: String(improvements),
        [Outputs.evidencePath]: evidencePath ?? '',
        [Outputs.baselineSha]: baseline.info.sha ?? '',
        [Outputs.baselineSource]: baseline.info.source,
    };
    if (settings.summary)
        outcome.summary = `## Model metrics\n\n${(0,src.renderComparisonMarkdown)(evidence)}`;
    for (const metric of comparison.metrics) {
        if (metric.status !== 'regressed' && metric.status !== 'invalid')
            continue;
        // Point at the crucible.yml rule that judged it when there is one, else at the metrics file.
        const ruleLine = (0,src.ruleFor)(metric.name, rules)?.line;
        const onRule = ruleLine !== undefined && config.file !== null;
        const file = onRule ? config.file : current[0]?.metrics.get(metric.name)?.source.file;
        annotations.push({
            level: 'error',
            message: `${metric.name}: ${metric.status} (${metric.reason}).`,
            title: `Metric ${metric.status}`,
            ...(file === undefined || file === null ? {} : { file: (0,external_node_path_.relative)(settings.workspace, file) }),
            ...(onRule ? { line: ruleLine } : {}),
        });
    }
    outcome.annotations = annotations;
    const line = `Verdict: ${comparison.verdict} (${regressions} regressed, ${improvements} improved; ${describeSource(baseline)}).`;
    if (comparison.verdict === 'fail' && settings.failOnRegression)
        outcome.failure = { message: `${line}\n${comparison.failures.join('\n')}`, severity: 'fail' };
    else
        log.info(line);
    return outcome;
}


/***/ })

};
