import { relative, resolve } from 'node:path';
import {
  type Annotation,
  type BaselineInfo,
  type Clock,
  type Comparison,
  compareRuns,
  type ComparisonEvidence,
  comparisonEvidence,
  ConfigError,
  emptyOutcome,
  type EvidenceStore,
  findEvidence,
  type GitInfo,
  HISTORY_RUNS,
  InputError,
  type LoadedRun,
  loadConfig,
  loadRun,
  type Log,
  METRICS_FORMATS,
  type MetricsFormat,
  type Outcome,
  renderComparisonMarkdown,
  ruleFor,
  runFromRunEvidence,
} from '@crucible/core';
import { Outputs } from './outputs.ts';

/**
 * What compare-metrics does, in one shape for the action and `crucible compare`: load the current runs, find the
 * baseline, compare under crucible.yml's rules, write the comparison evidence, and say what to show.
 */

/** The baseline side of a comparison, and how it was found. */
export type ResolvedBaseline = {
  runs: LoadedRun[];
  info: BaselineInfo;
  /** Final values of each metric in recent base-branch runs (newest first), for the one-run noise estimate. */
  history: Map<string, number[]>;
};

export type BaselineRequest = {
  /** Paths of the current runs, resolved: a baseline may be the same files at another commit. */
  currentPaths: string[];
  format: MetricsFormat | 'auto';
  /** How many base-branch comparisons to read for the noise estimate: HISTORY_RUNS for one run a side, else 1. */
  historyRuns: number;
};

/** Finds the baseline: the base branch's evidence through GitHub in the action, paths on a laptop. */
export interface Baselines {
  resolve(request: BaselineRequest): Promise<ResolvedBaseline>;
}

export type ComparePorts = { baselines: Baselines; evidence: EvidenceStore; log: Log; clock: Clock };

export type CompareSettings = {
  /** Folder relative paths are resolved from. */
  cwd: string;
  /** The repository checkout; annotations name files relative to it. */
  workspace: string;
  /** crucible.yml; `explicit` when the user named it (then it must exist). */
  config: { path: string; explicit: boolean };
  /** One path per current run; empty means this run's run evidence artifacts matching `runEvidencePattern`. */
  current: string[];
  runEvidencePattern: string;
  format: string;
  ifNoBaseline: 'warn' | 'fail' | 'ignore';
  failOnRegression: boolean;
  /** Overrides crucible.yml's metrics.confidence when set. */
  confidence: number | undefined;
  artifactName: string;
  git: GitInfo;
  /** Render the metric table for the job summary; the CLI prints its own table and skips it (10,000 rows cost). */
  summary: boolean;
};

export type CompareResult = { comparison: Comparison; evidence: ComparisonEvidence; baseline: ResolvedBaseline; current: LoadedRun[] };

const FORMATS: readonly string[] = ['auto', ...METRICS_FORMATS];

/** The current runs: the paths given (one run each), or train's run evidence uploaded earlier in this run. */
async function currentRuns(settings: CompareSettings, format: MetricsFormat | 'auto', store: EvidenceStore): Promise<LoadedRun[]> {
  if (settings.current.length > 0) return Promise.all(settings.current.map((path) => loadRun(resolve(settings.cwd, path), { format, workspace: settings.workspace })));
  const downloaded = await store.fetch(settings.runEvidencePattern);
  const runs = [...downloaded.entries()].flatMap(([name, dir]) =>
    findEvidence(dir).flatMap((found) => (found.kind === 'run' ? [runFromRunEvidence(found.document, name)] : [])),
  );
  if (runs.length === 0) {
    throw new ConfigError(
      `Input "current" is empty and this run has no run evidence artifacts matching "${settings.runEvidencePattern}". Set current to the metrics path(s), or run the train action earlier in this workflow.`,
    );
  }
  return runs;
}

function describeSource(baseline: ResolvedBaseline): string {
  return baseline.info.source === 'none' ? 'no baseline' : `baseline from ${baseline.info.source} at ${baseline.info.sha?.slice(0, 7) ?? 'a path'}`;
}

export async function compareStep(settings: CompareSettings, ports: ComparePorts): Promise<Outcome<(typeof Outputs)[keyof typeof Outputs], CompareResult>> {
  const { log } = ports;
  if (!FORMATS.includes(settings.format)) throw new InputError(`Input "format" must be one of ${FORMATS.join(', ')}, got "${settings.format}".`);
  const format = settings.format as MetricsFormat | 'auto';
  const config = loadConfig(resolve(settings.cwd, settings.config.path), { explicit: settings.config.explicit, workspace: settings.workspace });
  const rules = config.metrics.rules;
  const confidence = settings.confidence ?? config.metrics.confidence;

  const current = await log.group('Loading the current runs', () => currentRuns(settings, format, ports.evidence));
  log.info(`${current.length} current run(s): ${current.map((loaded) => `${relative(settings.cwd, loaded.path) || loaded.path} (${loaded.metrics.size} metrics)`).join(', ')}`);

  const baseline = await log.group('Finding the baseline', () =>
    ports.baselines.resolve({ currentPaths: settings.current.map((path) => resolve(settings.cwd, path)), format, historyRuns: current.length < 2 ? HISTORY_RUNS : 1 }),
  );
  if (baseline.info.note !== undefined) log.info(baseline.info.note);
  const annotations: Annotation[] = [];
  if (baseline.info.source === 'none') {
    const message = `No baseline: every metric is reported as added and nothing is judged. ${baseline.info.note ?? ''} Artifact retention running out is the usual cause; a push to the base branch makes a fresh one.`.trim();
    if (settings.ifNoBaseline === 'fail') throw new ConfigError(message);
    if (settings.ifNoBaseline === 'warn') annotations.push({ level: 'warning', message, title: 'compare-metrics: no baseline' });
  } else {
    log.info(`Baseline: ${baseline.info.source} at ${baseline.info.sha ?? 'a path'} (${baseline.runs.length} run(s)).`);
  }

  const comparison = compareRuns(baseline.runs, current, { rules, tolerance: config.metrics.tolerance, confidence, baselineHistory: baseline.history });
  const evidence = comparisonEvidence(comparison, {
    git: settings.git,
    baseline: baseline.info,
    confidence,
    createdAt: ports.clock.now().toISOString(),
    runs: { baseline: baseline.runs.length, current: current.length },
  });
  const outcome = emptyOutcome<(typeof Outputs)[keyof typeof Outputs], CompareResult>({ comparison, evidence, baseline, current });
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
  if (settings.summary) outcome.summary = `## Model metrics\n\n${renderComparisonMarkdown(evidence)}`;
  for (const metric of comparison.metrics) {
    if (metric.status !== 'regressed' && metric.status !== 'invalid') continue;
    // Point at the crucible.yml rule that judged it when there is one, else at the metrics file.
    const ruleLine = ruleFor(metric.name, rules)?.line;
    const onRule = ruleLine !== undefined && config.file !== null;
    const file = onRule ? config.file : current[0]?.metrics.get(metric.name)?.source.file;
    annotations.push({
      level: 'error',
      message: `${metric.name}: ${metric.status} (${metric.reason}).`,
      title: `Metric ${metric.status}`,
      ...(file === undefined || file === null ? {} : { file: relative(settings.workspace, file) }),
      ...(onRule ? { line: ruleLine } : {}),
    });
  }
  outcome.annotations = annotations;
  const line = `Verdict: ${comparison.verdict} (${regressions} regressed, ${improvements} improved; ${describeSource(baseline)}).`;
  if (comparison.verdict === 'fail' && settings.failOnRegression) outcome.failure = { message: `${line}\n${comparison.failures.join('\n')}`, severity: 'fail' };
  else log.info(line);
  return outcome;
}
