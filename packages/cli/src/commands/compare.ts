import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type Baselines, compareStep } from '@crucible/action-compare-metrics/step';
import { formatNumber, formatPercent, InputError, loadRun, type MetricComparison, METRICS_FORMATS, renderComparisonMarkdown, systemClock, terminalText } from '@crucible/core';
import { type CliIo, ExitCode, gitOf } from '../io.ts';
import { checkOutputPath, commandLog, localEvidenceStore, outputTarget, writeOut } from '../ports.ts';

/** A plain-text table for a terminal: names as written, numbers right-aligned. */
function textTable(metrics: MetricComparison[]): string {
  const rows = [
    ['metric', 'baseline', 'current', 'delta', 'delta %', 'status'],
    ...metrics.map((metric) => [
      // Control characters in a name would move the cursor or colour the terminal, a bidi override would make it
      // read as another name: shown as "?" and as code points.
      terminalText(metric.name),
      formatNumber(metric.baseline),
      formatNumber(metric.current),
      formatNumber(metric.delta, { sign: true }),
      formatPercent(metric.deltaPercent),
      `${metric.status}${metric.directionSource === 'inferred' && metric.direction !== 'none' ? ` (${metric.direction}, inferred)` : metric.direction === 'none' ? ' (not judged)' : ''}`,
    ]),
  ];
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  return rows
    .map((row) => row.map((cell, column) => (column === 0 || column === 5 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ').trimEnd())
    .join('\n');
}

/** The baseline on a laptop: the runs named with --baseline, one path each. */
function pathBaselines(paths: string[], workspace: string): Baselines {
  return {
    async resolve(request) {
      const runs = await Promise.all(paths.map((path) => loadRun(path, { format: request.format, workspace })));
      return { runs, history: new Map(), info: { source: 'path', sha: null, fellBack: false } };
    },
  };
}

/**
 * crucible compare --baseline <path> --current <path> [--config <file>] [--json <out>] [--markdown <out>]
 * The compare-metrics step with the baseline from paths and evidence written where the flags say.
 */
export async function compareCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      baseline: { type: 'string', multiple: true },
      current: { type: 'string', multiple: true },
      config: { type: 'string' },
      format: { type: 'string' },
      json: { type: 'string' },
      markdown: { type: 'string' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length > 0) throw new InputError(`Unexpected argument "${positionals[0]}"; pass runs with --baseline and --current.`);
  if ((values.current ?? []).length === 0) throw new InputError('--current <path> is required (a metrics file or folder; repeat it for several runs).');
  if ((values.baseline ?? []).length === 0) throw new InputError('--baseline <path> is required (a metrics file or folder; repeat it for several runs).');
  const format = values.format ?? 'auto';
  if (format !== 'auto' && !(METRICS_FORMATS as readonly string[]).includes(format)) {
    throw new InputError(`--format must be auto or one of ${METRICS_FORMATS.join(', ')}, got "${format}".`);
  }
  const at = (path: string) => resolve(io.cwd, path);
  const markdown = outputTarget(io.cwd, '--markdown', values.markdown);
  if (markdown !== undefined) checkOutputPath(markdown);
  const outcome = await compareStep(
    {
      cwd: io.cwd,
      workspace: io.cwd,
      config: { path: values.config ?? 'crucible.yml', explicit: values.config !== undefined },
      current: values.current ?? [],
      runEvidencePattern: '',
      format,
      ifNoBaseline: 'fail',
      failOnRegression: true,
      confidence: undefined,
      artifactName: 'crucible-comparison',
      git: gitOf(io.cwd),
      summary: false,
    },
    {
      baselines: pathBaselines((values.baseline ?? []).map(at), io.cwd),
      evidence: localEvidenceStore({ 'comparison.json': outputTarget(io.cwd, '--json', values.json) }),
      log: commandLog(io, 'compare'),
      clock: systemClock,
    },
  );
  const { comparison, evidence, baseline, current } = outcome.result;
  if (markdown !== undefined) writeOut(markdown, renderComparisonMarkdown(evidence));
  io.stdout(`${textTable(comparison.metrics)}\n\n`);
  if (comparison.verdict === 'fail') {
    io.stdout(`verdict: fail\n${comparison.failures.map((line) => `  ${line}`).join('\n')}\n`);
    return ExitCode.failed;
  }
  io.stdout(`verdict: pass (${baseline.runs.length} baseline run(s), ${current.length} current run(s))\n`);
  return ExitCode.pass;
}
