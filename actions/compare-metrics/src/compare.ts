import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import * as core from '@actions/core';
import type { InputsOf, RunContext } from '@crucible/action-kit';
import { downloadRunArtifacts, uploadEvidence } from '@crucible/action-kit/artifacts';
import { githubClient } from '@crucible/action-kit/github';
import {
  compareRuns,
  comparisonEvidence,
  ConfigError,
  findEvidence,
  gitInfo,
  type LoadedRun,
  loadConfig,
  loadRun,
  METRICS_FORMATS,
  type MetricsFormat,
  renderComparisonMarkdown,
  ruleFor,
  runFromRunEvidence,
} from '@crucible/core';
import { resolveBaseline, type ResolvedBaseline } from './baseline.ts';
import type { inputs } from './inputs.ts';
import { Outputs } from './outputs.ts';

const FORMATS: readonly string[] = ['auto', ...METRICS_FORMATS];

/** The current runs: the paths given (one run each), or train's run evidence uploaded earlier in this run. */
async function currentRuns(context: RunContext, paths: string[], pattern: string, format: MetricsFormat | 'auto', cwd: string): Promise<LoadedRun[]> {
  if (paths.length > 0) return Promise.all(paths.map((path) => loadRun(resolve(cwd, path), { format })));
  const folder = join(context.runnerTemp, 'crucible', 'run-evidence');
  const downloaded = await downloadRunArtifacts(context, pattern, folder);
  const runs = [...downloaded.entries()].flatMap(([name, dir]) =>
    findEvidence(dir).flatMap((found) => (found.kind === 'run' ? [runFromRunEvidence(found.document, name)] : [])),
  );
  if (runs.length === 0) {
    throw new ConfigError(
      `Input "current" is empty and this run has no run evidence artifacts matching "${pattern}". Set current to the metrics path(s), or run the train action earlier in this workflow.`,
    );
  }
  return runs;
}

function summarize(verdict: string, baseline: ResolvedBaseline, regressions: number, improvements: number): string {
  const source = baseline.info.source === 'none' ? 'no baseline' : `baseline from ${baseline.info.source} at ${baseline.info.sha?.slice(0, 7) ?? 'a path'}`;
  return `Verdict: ${verdict} (${regressions} regressed, ${improvements} improved; ${source}).`;
}

export type CompareConfig = InputsOf<typeof inputs>;

/** Everything after the inputs: load the runs, find the baseline, compare, write and upload evidence, report. */
export async function compare(config: CompareConfig, context: RunContext): Promise<void> {
  if (!FORMATS.includes(config.format)) {
    throw new ConfigError(`Input "format" must be one of ${FORMATS.join(', ')}, got "${config.format}".`);
  }
  const format = config.format as MetricsFormat | 'auto';
  const cwd = resolve(context.workspace, config.workingDirectory);
  const crucibleConfig = loadConfig(resolve(cwd, config.config), { explicit: config.config !== 'crucible.yml' });
  const settings = crucibleConfig.metrics;

  const current = await core.group('Loading the current runs', () => currentRuns(context, config.current, config.runEvidencePattern, format, cwd));
  core.info(`${current.length} current run(s): ${current.map((loaded) => `${relative(cwd, loaded.path) || loaded.path} (${loaded.metrics.size} metrics)`).join(', ')}`);

  const client = await githubClient(config.token, context);
  const baseline = await core.group('Finding the baseline', () =>
    resolveBaseline({
      context,
      client,
      artifactName: config.artifactName,
      maxDepth: config.baselineMaxDepth,
      currentPaths: config.current,
      baselinePath: config.baselinePath,
      format,
      cwd,
      wantHistory: current.length < 2,
    }),
  );
  if (baseline.info.note !== undefined) core.info(baseline.info.note);
  if (baseline.info.source === 'none') {
    const message = `No baseline: every metric is reported as added and nothing is judged. ${baseline.info.note ?? ''} Artifact retention running out is the usual cause; a push to the base branch makes a fresh one.`.trim();
    if (config.ifNoBaseline === 'fail') throw new ConfigError(message);
    if (config.ifNoBaseline === 'warn') core.warning(message, { title: 'compare-metrics: no baseline' });
  } else {
    core.info(`Baseline: ${baseline.info.source} at ${baseline.info.sha ?? 'a path'} (${baseline.runs.length} run(s)).`);
  }

  const comparison = compareRuns(baseline.runs, current, {
    rules: settings.rules,
    tolerance: settings.tolerance,
    confidence: config.confidence,
    baselineHistory: baseline.history,
  });
  const evidence = comparisonEvidence(comparison, {
    git: gitInfo({ sha: context.sha, ref: context.ref }, cwd),
    baseline: baseline.info,
    confidence: config.confidence,
    createdAt: new Date().toISOString(),
    runs: { baseline: baseline.runs.length, current: current.length },
  });
  const folder = join(context.runnerTemp, 'crucible', 'comparison');
  mkdirSync(folder, { recursive: true });
  const evidencePath = join(folder, 'comparison.json');
  writeFileSync(evidencePath, `${JSON.stringify(evidence, null, 2)}\n`);
  await uploadEvidence(context, config.artifactName, [evidencePath], folder);

  const regressions = comparison.metrics.filter((metric) => metric.status === 'regressed').length;
  const improvements = comparison.metrics.filter((metric) => metric.status === 'improved').length;
  core.setOutput(Outputs.verdict, comparison.verdict);
  core.setOutput(Outputs.regressions, String(regressions));
  core.setOutput(Outputs.improvements, String(improvements));
  core.setOutput(Outputs.evidencePath, evidencePath);
  core.setOutput(Outputs.baselineSha, baseline.info.sha ?? '');
  core.setOutput(Outputs.baselineSource, baseline.info.source);

  await core.summary.addHeading('Model metrics', 2).addRaw(renderComparisonMarkdown(evidence), true).write();
  for (const metric of comparison.metrics.filter((entry) => entry.status === 'regressed' || entry.status === 'invalid')) {
    // Point at the crucible.yml rule that judged it when there is one, else at the metrics file.
    const ruleLine = ruleFor(metric.name, settings.rules)?.line;
    const file = ruleLine !== undefined && crucibleConfig.file !== null ? crucibleConfig.file : current[0]?.metrics.get(metric.name)?.source.file;
    core.error(`${metric.name}: ${metric.status} (${metric.reason}).`, {
      title: `Metric ${metric.status}`,
      ...(file === undefined ? {} : { file: relative(context.workspace, file) }),
      ...(ruleLine !== undefined && file === crucibleConfig.file ? { startLine: ruleLine } : {}),
    });
  }
  const line = summarize(comparison.verdict, baseline, regressions, improvements);
  if (comparison.verdict === 'fail' && config.failOnRegression) core.setFailed(`${line}\n${comparison.failures.join('\n')}`);
  else core.info(line);
}

