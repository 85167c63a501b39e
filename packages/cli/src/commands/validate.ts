import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { bundledWorkerScripts, validateStep } from '@crucible/action-validate-data/step';
import { escapeMarkdown, InputError, systemClock, terminalText } from '@crucible/core';
import {
  type CheckResult,
  DATA_FORMATS,
  type DataFormat,
  type DataInput,
  type DriftResult,
  inferSchema,
  type ValidationEvidence,
} from '@crucible/core/data';
import { type CliIo, ExitCode, gitOf } from '../io.ts';
import { checkOutputPath, commandLog, localEvidenceStore, outputTarget, writeOut } from '../ports.ts';

const USAGE = 'crucible validate <data> --schema <file> [--reference <profile.json|data>] [--json <out>] [--markdown <out>] [--profile-out <out>]';

/**
 * Control characters in data would move the cursor or colour the terminal, bidi overrides and zero-width
 * characters would make a value read as another: shown as "?" and as code points.
 */
function safe(text: string): string {
  return terminalText(text);
}

function show(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(+value.toPrecision(6));
  if (typeof value === 'string') return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
  return JSON.stringify(value, (_, v: unknown) => (typeof v === 'number' && !Number.isInteger(v) ? +v.toPrecision(6) : v));
}

function label(check: CheckResult): string {
  return `${check.type}${check.column !== undefined ? ` ${check.column}` : check.columns !== undefined ? ` (${check.columns.join(', ')})` : ''}`;
}

function describeFailure(check: CheckResult, file: string): string {
  const parts = [`FAIL ${label(check)}`];
  if (check.unexpectedCount !== undefined) {
    parts.push(`${check.unexpectedCount} unexpected${check.unexpectedPercent === null || check.unexpectedPercent === undefined ? '' : ` (${+check.unexpectedPercent.toPrecision(3)}%)`}`);
  }
  if (check.observed !== undefined && check.unexpectedCount === undefined) parts.push(`observed ${show(check.observed)}`);
  if (check.expected !== undefined) parts.push(`expected ${check.expected}`);
  let text = parts.join(': ');
  if (check.reason !== undefined) text += `; ${check.reason}`;
  const examples = (check.examples ?? []).slice(0, 3).map((example) => `${file}:${example.line} ${show(example.value)}`);
  text = safe(text);
  if (examples.length > 0) text += `\n      e.g. ${safe(examples.join(', '))}`;
  else if (check.line !== undefined) text += `\n      at ${safe(file)}:${check.line}`;
  return text;
}

function driftLine(drift: DriftResult): string {
  const value = drift.value === null ? 'n/a' : +drift.value.toPrecision(4);
  const comparison = ['ks', 'chi-square', 'z'].includes(drift.statistic) ? `p = ${value} (drift below ${drift.threshold})` : `${value} (drift at ${drift.threshold} or more)`;
  return safe(`${drift.drifted ? 'DRIFT' : 'ok   '} ${drift.column}: ${drift.statistic} ${comparison}${drift.note === undefined ? '' : `; ${drift.note}`}`);
}

function textReport(evidence: ValidationEvidence): string {
  const data = evidence.data;
  const file = data?.file ?? 'data';
  const lines: string[] = [];
  const seconds = ((evidence.timings?.totalMs ?? 0) / 1000).toFixed(2);
  lines.push(safe(`${file}: ${evidence.rows.toLocaleString('en-US')} rows, ${data?.columns.length ?? 0} columns, ${((data?.bytes ?? 0) / 1e6).toFixed(1)} MB in ${seconds} s (${evidence.timings?.threads ?? 1} thread(s))`));
  const failed = evidence.checks.filter((check) => !check.success);
  lines.push(`checks: ${evidence.checks.length - failed.length} passed, ${failed.length} failed`);
  for (const check of failed) lines.push(`  ${describeFailure(check, file)}`);
  if (evidence.driftSummary !== null && evidence.driftSummary !== undefined && evidence.reference) {
    const s = evidence.driftSummary;
    lines.push(
      safe(
        `drift against ${evidence.reference.file} (${evidence.reference.rows.toLocaleString('en-US')} rows): ${s.drifted} of ${s.columns} column(s) drifted, share ${+s.share.toFixed(3)} ${s.datasetDrift ? `>= ${s.threshold}: dataset drift` : `< ${s.threshold}: no dataset drift`}`,
      ),
    );
    for (const drift of evidence.drift) lines.push(`  ${driftLine(drift)}`);
  }
  lines.push(`result: ${evidence.success ? 'pass' : 'fail'}`);
  return `${lines.join('\n')}\n`;
}

/** A plain markdown summary; the model report renders the evidence in full. */
function markdownReport(evidence: ValidationEvidence): string {
  const file = evidence.data?.file ?? 'data';
  const failed = evidence.checks.filter((check) => !check.success);
  const out = [`### Data checks ${evidence.success ? 'pass' : 'fail'}: \`${escapeMarkdown(file)}\``, '', `${evidence.rows} rows; ${evidence.checks.length - failed.length} of ${evidence.checks.length} checks pass.`, ''];
  if (failed.length > 0) {
    out.push('| check | unexpected | examples (line: value) |', '| --- | ---: | --- |');
    for (const check of failed) {
      const examples = (check.examples ?? []).slice(0, 5).map((example) => `${example.line}: ${escapeMarkdown(show(example.value))}`).join('<br>');
      out.push(`| ${escapeMarkdown(label(check))} | ${check.unexpectedCount ?? escapeMarkdown(check.reason ?? show(check.observed))} | ${examples} |`);
    }
    out.push('');
  }
  if (evidence.drift.length > 0 && evidence.driftSummary) {
    out.push(`Drift: ${evidence.driftSummary.drifted} of ${evidence.driftSummary.columns} columns (${evidence.driftSummary.datasetDrift ? 'dataset drift' : 'no dataset drift'}).`, '');
    out.push('| column | statistic | value | threshold | drifted |', '| --- | --- | ---: | ---: | --- |');
    for (const drift of evidence.drift) out.push(`| ${escapeMarkdown(drift.column)} | ${drift.statistic} | ${drift.value === null ? 'n/a' : +drift.value.toPrecision(4)} | ${drift.threshold} | ${drift.drifted ? 'yes' : 'no'} |`);
    out.push('');
  }
  return `${out.join('\n')}\n`;
}

/**
 * crucible validate <data> --schema <file> ... | crucible validate --infer <data>
 * The validate-data step with the reference from a path and evidence written where the flags say.
 */
export async function validateCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      schema: { type: 'string' },
      reference: { type: 'string' },
      json: { type: 'string' },
      markdown: { type: 'string' },
      'profile-out': { type: 'string' },
      infer: { type: 'string' },
      format: { type: 'string' },
      delimiter: { type: 'string' },
      threads: { type: 'string' },
    },
    allowPositionals: true,
    strict: true,
  });
  const at = (path: string) => resolve(io.cwd, path);
  const format = values.format as DataFormat | undefined;
  if (format !== undefined && !DATA_FORMATS.includes(format)) throw new InputError(`--format must be one of ${DATA_FORMATS.join(', ')}, got "${format}".`);
  const delimiter = values.delimiter === '\\t' || values.delimiter === 'tab' ? '\t' : values.delimiter;
  if (delimiter !== undefined && delimiter.length !== 1) throw new InputError(`--delimiter must be one character (or "tab"), got "${delimiter}".`);
  const threads = values.threads === undefined ? undefined : Number(values.threads);
  if (threads !== undefined && !(Number.isInteger(threads) && threads >= 1)) throw new InputError(`--threads must be a whole number from 1, got "${values.threads}".`);
  const git = gitOf(io.cwd);
  const workerScripts = bundledWorkerScripts(dirname(fileURLToPath(import.meta.url)));

  if (values.infer !== undefined) {
    if (positionals.length > 0 || values.schema !== undefined) throw new InputError(`--infer takes the data file itself and no other data or --schema: crucible validate --infer <data>.`);
    const input: DataInput = { path: at(values.infer), label: relative(io.cwd, at(values.infer)) || values.infer, workspace: io.cwd, ...(format === undefined ? {} : { format }), ...(delimiter === undefined ? {} : { delimiter }) };
    const { yaml } = await inferSchema(input, { git, createdAt: new Date().toISOString(), ...(threads === undefined ? {} : { threads }), ...(workerScripts === undefined ? {} : { workerScripts }) });
    io.stdout(yaml);
    return ExitCode.pass;
  }
  if (positionals.length === 0) throw new InputError(`Name the data file to check. Usage: ${USAGE}`);
  if (positionals.length > 1) throw new InputError(`Unexpected argument "${positionals[1]}": validate checks one data file. Usage: ${USAGE}`);
  if (values.schema === undefined && values.reference === undefined && values['profile-out'] === undefined) {
    throw new InputError(`--schema <file> is required (write a starter one with \`crucible validate --infer ${positionals[0]}\`).`);
  }
  const markdown = outputTarget(io.cwd, '--markdown', values.markdown);
  if (markdown !== undefined) checkOutputPath(markdown);
  const outcome = await validateStep(
    {
      cwd: io.cwd,
      workspace: io.cwd,
      data: positionals[0] as string,
      schema: values.schema,
      format: format ?? 'auto',
      delimiter,
      reference: values.reference,
      driftMethod: 'auto',
      driftThreshold: undefined,
      failOn: 'error',
      artifactName: 'crucible-validation',
      git,
      ...(threads === undefined ? {} : { threads }),
      workerScripts,
    },
    {
      // `--reference baseline` names a file called "baseline" here: a laptop has no base branch run to ask.
      references: { baseline: async () => ({ path: at('baseline'), label: 'baseline' }) },
      evidence: localEvidenceStore({
        'validation.json': outputTarget(io.cwd, '--json', values.json),
        'profile.json': outputTarget(io.cwd, '--profile-out', values['profile-out']),
      }),
      log: commandLog(io, 'validate'),
      clock: systemClock,
    },
  );
  const { evidence } = outcome.result;
  if (markdown !== undefined) writeOut(markdown, markdownReport(evidence));
  io.stdout(textReport(evidence));
  // The contract's exit code: 1 when the checks fail or the dataset drifted (the evidence's success).
  return evidence.success ? ExitCode.pass : ExitCode.failed;
}
