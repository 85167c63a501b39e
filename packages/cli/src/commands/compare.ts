import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  compareRuns,
  comparisonEvidence,
  formatNumber,
  formatPercent,
  InputError,
  loadConfig,
  loadRun,
  type MetricComparison,
  METRICS_FORMATS,
  type MetricsFormat,
  renderComparisonMarkdown,
} from '@crucible/core';
import { type CliIo, ExitCode, gitOf } from '../io.ts';

/** A plain-text table for a terminal: names as written, numbers right-aligned. */
function textTable(metrics: MetricComparison[]): string {
  const rows = [
    ['metric', 'baseline', 'current', 'delta', 'delta %', 'status'],
    ...metrics.map((metric) => [
      // Control characters in a name would move the cursor or colour the terminal; show them as "?".
      [...metric.name].map((char) => (char < " " || char === "\u007f" ? "?" : char)).join(""),
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

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** crucible compare --baseline <path> --current <path> [--config <file>] [--json <out>] [--markdown <out>] */
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
  const at = (path: string) => resolve(io.cwd, path);
  const config = values.config === undefined ? loadConfig(at('crucible.yml'), { explicit: false }) : loadConfig(at(values.config), { explicit: true });
  const format = (values.format ?? 'auto') as MetricsFormat | 'auto';
  if (format !== 'auto' && !METRICS_FORMATS.includes(format)) {
    throw new InputError(`--format must be auto or one of ${METRICS_FORMATS.join(', ')}, got "${format}".`);
  }
  const baseline = await Promise.all((values.baseline ?? []).map((path) => loadRun(at(path), { format })));
  const current = await Promise.all((values.current ?? []).map((path) => loadRun(at(path), { format })));
  const comparison = compareRuns(baseline, current, { ...config.metrics });
  // Evidence is built only when a file asks for it: a plain run prints the table and the verdict.
  if (values.json !== undefined || values.markdown !== undefined) {
    const evidence = comparisonEvidence(comparison, {
      git: gitOf(io.cwd),
      baseline: { source: 'path', sha: null, fellBack: false },
      confidence: config.metrics.confidence,
      createdAt: new Date().toISOString(),
      runs: { baseline: baseline.length, current: current.length },
    });
    if (values.json !== undefined) write(at(values.json), `${JSON.stringify(evidence, null, 2)}\n`);
    if (values.markdown !== undefined) write(at(values.markdown), renderComparisonMarkdown(evidence));
  }
  io.stdout(`${textTable(comparison.metrics)}\n\n`);
  if (comparison.verdict === 'fail') {
    io.stdout(`verdict: fail\n${comparison.failures.map((line) => `  ${line}`).join('\n')}\n`);
    return ExitCode.failed;
  }
  io.stdout(`verdict: pass (${baseline.length} baseline run(s), ${current.length} current run(s))\n`);
  return ExitCode.pass;
}
