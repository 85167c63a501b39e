import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { monitorStep } from '@crucible/action-monitor/step';
import { InputError, type MonitoringEvidence, renderMonitoringMarkdown, systemClock, terminalText } from '@crucible/core';
import { bundledWorkerScripts, DATA_FORMATS, type DataFormat, type DriftResult } from '@crucible/core/data';
import { type CliIo, ExitCode, gitOf } from '../io.ts';
import { checkOutputPath, commandLog, localEvidenceStore, outputTarget, writeOut } from '../ports.ts';

const USAGE =
  'crucible monitor --reference <profile.json|data> --data <path> [--data <path>]... [--schema <file>] [--config <file>] ' +
  '[--target <column> --prediction <column> --expected <metrics|evidence>] [--json <out>] [--markdown <out>]';

const number = (value: number | null | undefined) => (value === null || value === undefined ? 'n/a' : String(+value.toPrecision(4)));

function driftLine(drift: DriftResult): string {
  const pValue = ['ks', 'chi-square', 'z'].includes(drift.statistic);
  const comparison = pValue ? `p = ${number(drift.value)} (drift below ${drift.threshold})` : `${number(drift.value)} (drift at ${drift.threshold} or more)`;
  return `${drift.drifted ? 'DRIFT' : 'ok   '} ${drift.column}: ${drift.statistic} ${comparison}${drift.note === undefined ? '' : `; ${drift.note}`}`;
}

/** What a person reads in the terminal; every name from the data goes through terminalText. */
function textReport(evidence: MonitoringEvidence): string {
  const lines: string[] = [];
  const reference = evidence.reference;
  lines.push(`reference: ${reference?.file ?? 'n/a'} (${reference?.rows ?? 0} rows, ${reference?.kind ?? 'profile'})`);
  lines.push(`batches: ${evidence.batches.length}, ${evidence.rows} rows in ${((evidence.timings?.totalMs ?? 0) / 1000).toFixed(2)} s`);
  for (const batch of evidence.batches) {
    const drifted = batch.drifted ?? [];
    lines.push(`  ${batch.source}: ${batch.rows} rows, drift share ${+batch.driftedShare.toFixed(3)}${drifted.length === 0 ? '' : ` (${drifted.slice(0, 5).join(', ')}${drifted.length > 5 ? ', ...' : ''})`}`);
  }
  const summary = evidence.driftSummary;
  if (summary !== null && summary !== undefined) {
    lines.push(`drift over all batches: ${summary.drifted} of ${summary.columns} column(s), share ${+summary.share.toFixed(3)} ${summary.datasetDrift ? `>= ${summary.threshold}: dataset drift` : `< ${summary.threshold}: no dataset drift`}`);
  }
  for (const drift of evidence.drift) lines.push(`  ${driftLine(drift)}`);
  if (evidence.predictionDrift !== null && evidence.predictionDrift !== undefined) lines.push(`prediction drift: ${driftLine(evidence.predictionDrift)}`);
  const failed = evidence.checks ?? [];
  if ((evidence.statistics?.checks ?? 0) > 0) lines.push(`checks: ${failed.length} of ${evidence.statistics?.checks ?? 0} failed`);
  for (const check of failed.slice(0, 20)) lines.push(`  FAIL ${check.type}${check.column === undefined ? '' : ` ${check.column}`} in ${check.source ?? '?'}${check.unexpectedCount === undefined ? '' : `: ${check.unexpectedCount} unexpected`}`);
  if (evidence.performance !== undefined) {
    lines.push(`live quality (${evidence.task ?? 'model'}, ${evidence.labelledRows ?? 0} labelled rows):`);
    for (const metric of evidence.performance) {
      lines.push(`  ${metric.status === 'degraded' ? 'DEGRADED' : metric.status === 'ok' ? 'ok      ' : 'n/j     '} ${metric.name}: live ${number(metric.observed)}, expected ${number(metric.expected)}${metric.note === undefined ? '' : ` (${metric.note})`}`);
    }
  }
  const status = evidence.status ?? (evidence.healthy ? 'healthy' : 'alert');
  lines.push(`result: ${status === 'not-judged' ? 'not judged' : status}`);
  for (const reason of evidence.reasons ?? []) lines.push(`  - ${reason}`);
  return `${lines.map((line) => terminalText(line)).join('\n')}\n`;
}

/** crucible monitor: the monitor step over local files; exit 0 healthy, 1 alert or not judged, 2 input error. */
export async function monitorCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      reference: { type: 'string' },
      data: { type: 'string', multiple: true },
      schema: { type: 'string' },
      config: { type: 'string' },
      target: { type: 'string' },
      prediction: { type: 'string' },
      expected: { type: 'string' },
      json: { type: 'string' },
      markdown: { type: 'string' },
      format: { type: 'string' },
      threads: { type: 'string' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length > 0) throw new InputError(`Unexpected argument "${positionals[0]}": name batches with --data. Usage: ${USAGE}`);
  if (values.reference === undefined) throw new InputError(`--reference <profile.json|data> is required: the profile the model was trained on (\`crucible validate --profile-out\`) or its data. Usage: ${USAGE}`);
  if (values.data === undefined || values.data.length === 0) throw new InputError(`--data <path> is required: one or more production batches (files, folders or globs). Usage: ${USAGE}`);
  if ((values.target === undefined) !== (values.prediction === undefined)) throw new InputError('--target and --prediction go together: live quality compares the two columns.');
  const format = values.format as DataFormat | undefined;
  if (format !== undefined && !DATA_FORMATS.includes(format)) throw new InputError(`--format must be one of ${DATA_FORMATS.join(', ')}, got "${format}".`);
  const threads = values.threads === undefined ? undefined : Number(values.threads);
  if (threads !== undefined && !(Number.isInteger(threads) && threads >= 1)) throw new InputError(`--threads must be a whole number from 1, got "${values.threads}".`);
  const markdown = outputTarget(io.cwd, '--markdown', values.markdown);
  if (markdown !== undefined) checkOutputPath(markdown);
  const workerScripts = bundledWorkerScripts(dirname(fileURLToPath(import.meta.url)));
  const outcome = await monitorStep(
    {
      cwd: io.cwd,
      workspace: io.cwd,
      reference: values.reference,
      data: values.data,
      schema: values.schema,
      config: { path: values.config ?? 'crucible.yml', explicit: values.config !== undefined },
      target: values.target,
      prediction: values.prediction,
      expected: values.expected,
      format,
      git: gitOf(io.cwd),
      artifactName: 'crucible-monitoring',
      ...(threads === undefined ? {} : { threads }),
      workerScripts,
    },
    {
      evidence: localEvidenceStore({ 'monitoring.json': outputTarget(io.cwd, '--json', values.json) }),
      log: commandLog(io, 'monitor'),
      clock: systemClock,
    },
  );
  const { evidence } = outcome.result;
  if (markdown !== undefined) writeOut(markdown, renderMonitoringMarkdown(evidence));
  io.stdout(textReport(evidence));
  return evidence.healthy ? ExitCode.pass : ExitCode.failed;
}
