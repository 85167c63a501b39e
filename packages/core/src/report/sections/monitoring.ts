import type { MonitoringBatch, MonitoringEvidence, PerformanceResult } from '../../evidence/monitoring.ts';
import type { DriftResult } from '../../evidence/validation.ts';
import { type Budget, fitParts, type Shown } from '../budget.ts';
import { escapeCode, escapeMarkdown, escapeName } from '../escape.ts';
import { formatNumber } from '../format.ts';
import { type Align, details, plural, table } from '../markdown.ts';
import { allotter, DROP_ORDER, type LeverName, type Omission, type ReportContext, type Section, sectionMarkdown } from '../section.ts';
import { checkRow, driftRow } from './data.ts';

export type LabelledMonitoring = { evidence: MonitoringEvidence; label: string };

/**
 * Names from production data are untrusted and bounded only by the schema (10,000 characters): a column or file
 * name is clipped to this many code points before it is escaped, so one name cannot take the report's room.
 */
const NAME_CHARS = 120;
/** A reason is a sentence the monitor wrote, but it quotes names: clipped like a message. */
const REASON_CHARS = 300;
/** Reasons listed per document; the monitor writes a few, a hostile document could hold a thousand. */
const MAX_REASONS = 10;
/** Drifted columns shown unfolded; the rest of the table folds away. */
const OPEN_DRIFTED = 20;
/** A timeline of more batches than this is drawn with one point per run of consecutive batches. */
const MAX_POINTS = 50;
/** Up to this many batches, the batch table shows unfolded. */
const OPEN_BATCHES = 10;
/** Drifted column names listed in a batch's row. */
const BATCH_COLUMNS = 3;
/** Up to this many performance rows, every one shows in one table; beyond, those that hold fold away. */
const OPEN_METRICS = 12;

const SHARE_COLOUR = { hex: '#4e79a7', label: '🔵 blue bars' };
const THRESHOLD_COLOUR = { hex: '#f28e2b', label: '🟠 orange line' };

/** The first `max` code points of `text`, with an ellipsis when some were cut. */
function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  const points = [...text];
  return points.length > max ? `${points.slice(0, max - 1).join('')}…` : text;
}

/** A name from the data (column, file, model) as exact monospaced text, clipped. */
const nameOf = (name: string, max = NAME_CHARS) => escapeName(clipText(name, max));

/** "12.5%" for a share in 0..1. */
function percent(share: number | null | undefined): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return '—';
  return `${Number((share * 100).toPrecision(3))}%`;
}

type Status = 'healthy' | 'alert' | 'not-judged';

/** The document's status; `healthy: false` wins over a `status` that says otherwise, never the reverse. */
function statusOf(evidence: MonitoringEvidence): Status {
  const status = evidence.status ?? (evidence.healthy ? 'healthy' : 'alert');
  return !evidence.healthy && status === 'healthy' ? 'alert' : status;
}

const STATUS_TEXT: Record<Status, string> = { healthy: '✅ **Healthy**', alert: '❌ **Alert**', 'not-judged': '⚪ **Not judged**' };
const PERFORMANCE_TEXT: Record<PerformanceResult['status'], string> = { ok: '✅ ok', degraded: '🔴 degraded', 'not-judged': '⚪ not judged' };

/** Degraded metrics first, then required ones not judged, then those that hold, then the rest not judged. */
function performanceRank(entry: PerformanceResult): number {
  if (entry.status === 'degraded') return 0;
  if (entry.status === 'not-judged' && entry.required === true) return 1;
  return entry.status === 'ok' ? 2 : 3;
}

/** Of a list, the indices of the first `count` by rank (stable), in their original order. */
function chosen(ranks: readonly number[], count: number): number[] {
  return ranks
    .map((rank, index) => ({ rank, index }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .slice(0, count)
    .map((entry) => entry.index)
    .sort((a, b) => a - b);
}

/** "for `churn` `v3` in environment `production` (stage `prod`)", or the evidence file where no model is named. */
function subject(monitoring: LabelledMonitoring): string {
  const model = monitoring.evidence.model;
  if (model === undefined) return monitoring.label === '' ? '' : ` for ${nameOf(monitoring.label)}`;
  const version = model.version === undefined || model.version === null ? '' : ` ${escapeCode(model.version, 60)}`;
  const where = [
    model.environment === undefined || model.environment === null ? '' : `environment ${escapeCode(model.environment, 60)}`,
    model.stage === undefined || model.stage === null ? '' : `stage ${escapeCode(model.stage, 60)}`,
  ].filter((part) => part !== '');
  const place = where.length === 0 ? '' : ` in ${where[0]}${where.length > 1 ? ` (${where[1]})` : ''}`;
  return ` for ${nameOf(model.name)}${version}${place}`;
}

/** One line a reader can stop at: the status, what was watched, how many rows, and against what. */
function headline(monitoring: LabelledMonitoring): string {
  const evidence = monitoring.evidence;
  const batches = evidence.batches.length === 1 ? '' : ` in ${plural(evidence.batches.length, 'batch', 'batches')}`;
  const labelled = evidence.labelledRows === undefined ? '' : ` (${evidence.labelledRows.toLocaleString('en-US')} labelled)`;
  const reference =
    evidence.reference === undefined || evidence.reference === null ? '' : ` against ${nameOf(evidence.reference.file)} (${plural(evidence.reference.rows, 'row')})`;
  const minimum = statusOf(evidence) === 'not-judged' && evidence.minRows !== undefined ? `; at least ${evidence.minRows.toLocaleString('en-US')} are needed to judge` : '';
  return `${STATUS_TEXT[statusOf(evidence)]}${subject(monitoring)}: ${plural(evidence.rows, 'row')}${labelled}${batches}${reference}${minimum}.`;
}

function reasonsList(evidence: MonitoringEvidence): string {
  const reasons = evidence.reasons ?? [];
  if (reasons.length === 0) return '';
  const items = reasons.slice(0, MAX_REASONS).map((reason) => `- ${escapeMarkdown(reason, REASON_CHARS)}`);
  if (reasons.length > MAX_REASONS) items.push(`- and ${plural(reasons.length - MAX_REASONS, 'more reason')}`);
  return items.join('\n');
}

/** "Drift: 3 of 10 columns drifted (30%); dataset drift at 50% or more: no." */
function driftLine(evidence: MonitoringEvidence): string {
  const summary = evidence.driftSummary;
  const columns = summary?.columns ?? evidence.drift.length;
  if (columns === 0 && evidence.drift.length === 0) return 'Drift: no column could be tested.';
  const drifted = summary?.drifted ?? evidence.drift.filter((entry) => entry.drifted).length;
  const share = summary?.share ?? (columns > 0 ? drifted / columns : 0);
  const dataset = evidence.datasetDrift ? '**yes**' : 'no';
  const threshold = summary === undefined || summary === null ? '' : ` (at ${percent(summary.threshold)} of columns or more)`;
  const alertOn = evidence.alertOn === 'dataset' ? ' Alerts on dataset drift only.' : '';
  return `Drift: ${drifted.toLocaleString('en-US')} of ${plural(columns, 'column')} drifted (${percent(share)}); dataset drift${threshold}: ${dataset}.${alertOn}`;
}

function predictionDriftLine(entry: DriftResult | null | undefined): string {
  if (entry === undefined || entry === null) return '';
  const [column, statistic, value, when, result] = driftRow({ ...entry, column: clipText(entry.column, NAME_CHARS) });
  return `Prediction drift (${column} against the reference's target): ${statistic} ${value}, drift when ${when}: ${result}.`;
}

/** The batch table's columns: the optional ones only where some batch records them (older monitors do not). */
type BatchColumns = { drifted: boolean; checks: boolean };

function batchColumns(batches: readonly MonitoringBatch[]): BatchColumns {
  return { drifted: batches.some((batch) => batch.drifted !== undefined), checks: batches.some((batch) => batch.checksFailed !== undefined) };
}

function batchHeader(columns: BatchColumns): { header: string[]; align: Align[] } {
  return {
    header: ['#', 'Batch', 'Rows', 'Drifted', ...(columns.drifted ? ['Drifted columns'] : []), ...(columns.checks ? ['Failed checks'] : [])],
    align: ['r', 'l', 'r', 'r', ...(columns.drifted ? ['l' as const] : []), ...(columns.checks ? ['r' as const] : [])],
  };
}

function batchRow(batch: MonitoringBatch, index: number, columns: BatchColumns): string[] {
  const names = batch.drifted ?? [];
  const more = names.length > BATCH_COLUMNS ? ` and ${names.length - BATCH_COLUMNS} more` : '';
  const drifted = names.length === 0 ? '' : `${names.slice(0, BATCH_COLUMNS).map((name) => nameOf(name, 40)).join(', ')}${more}`;
  const share = `${percent(batch.driftedShare)}${batch.columns === undefined ? '' : ` of ${batch.columns.toLocaleString('en-US')}`}${batch.datasetDrift === true ? ' 🔴' : ''}`;
  return [
    String(index + 1),
    nameOf(batch.source, 80),
    batch.rows.toLocaleString('en-US'),
    share,
    ...(columns.drifted ? [drifted] : []),
    ...(columns.checks ? [batch.checksFailed === undefined ? '' : batch.checksFailed.toLocaleString('en-US')] : []),
  ];
}

/** A share as Mermaid reads it: a plain decimal, no exponent. */
const mermaidShare = (share: number) => (Number.isFinite(share) ? Math.min(1, Math.max(0, share)) : 0).toFixed(3).replace(/\.?0+$/, '') || '0';

type Timeline = { mermaid: string; caption: string };

/**
 * The drifted share per batch as a Mermaid bar chart with the dataset-drift share as a line. The x axis is the
 * batch's number in the table, never its name (names are untrusted, Mermaid's grammar is not an escaping layer).
 * Over MAX_POINTS batches, each bar is the highest share of a run of consecutive batches, so a drifted batch is
 * never averaged away.
 */
function timeline(evidence: MonitoringEvidence): Timeline | undefined {
  const batches = evidence.batches;
  if (batches.length < 2) return undefined;
  const size = Math.ceil(batches.length / MAX_POINTS);
  const points: Array<{ label: string; share: number }> = [];
  for (let from = 0; from < batches.length; from += size) {
    const run = batches.slice(from, from + size);
    const to = from + run.length;
    points.push({ label: run.length === 1 ? String(from + 1) : `${from + 1}-${to}`, share: Math.max(...run.map((batch) => batch.driftedShare)) });
  }
  const threshold = evidence.driftSummary?.threshold;
  const palette = [SHARE_COLOUR.hex, ...(threshold === undefined ? [] : [THRESHOLD_COLOUR.hex])].join(', ');
  const mermaid = [
    '```mermaid',
    `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${palette}"}}}}%%`,
    'xychart-beta',
    '  title "Share of columns drifted per batch"',
    `  x-axis "batch" [${points.map((point) => `"${point.label}"`).join(', ')}]`,
    '  y-axis "drifted share" 0 --> 1',
    `  bar [${points.map((point) => mermaidShare(point.share)).join(', ')}]`,
    ...(threshold === undefined ? [] : [`  line [${points.map(() => mermaidShare(threshold)).join(', ')}]`]),
    '```',
  ].join('\n');
  const line = threshold === undefined ? '' : `; ${THRESHOLD_COLOUR.label}: the dataset-drift share, ${percent(threshold)}`;
  const thinned = size === 1 ? '' : ` ${plural(batches.length, 'batch', 'batches')} in ${points.length} bars: each is the highest share of ${size} consecutive batches.`;
  return { mermaid, caption: `<sub>${SHARE_COLOUR.label}: share of columns drifted in each batch, numbered as in the batch table${line}.${thinned}</sub>` };
}

function performanceTable(entries: readonly PerformanceResult[]): string {
  const bound = entries.some((entry) => entry.bound !== undefined && entry.bound !== null);
  const tolerance = entries.some((entry) => entry.tolerance !== undefined);
  const note = entries.some((entry) => entry.note !== undefined && entry.note !== '');
  const header = ['Metric', 'Expected', 'Observed', ...(bound ? ['Bound'] : []), ...(tolerance ? ['Tolerance'] : []), 'Status', ...(note ? ['Note'] : [])];
  const align: Align[] = ['l', 'r', 'r', ...(bound ? ['r' as const] : []), ...(tolerance ? ['r' as const] : []), 'l', ...(note ? ['l' as const] : [])];
  const rows = entries.map((entry) => {
    const live = entry.metric !== undefined && entry.metric !== entry.name ? ` (live ${nameOf(entry.metric, 64)})` : '';
    const required = entry.required === true ? ' · required' : '';
    return [
      `${nameOf(entry.name)}${live}${required}`,
      formatNumber(entry.expected),
      formatNumber(entry.observed),
      ...(bound ? [formatNumber(entry.bound)] : []),
      ...(tolerance ? [entry.tolerance === undefined ? '' : formatNumber(entry.tolerance)] : []),
      PERFORMANCE_TEXT[entry.status],
      ...(note ? [entry.note === undefined ? '' : escapeMarkdown(entry.note, 200)] : []),
    ];
  });
  return table(header, rows, align);
}

const DRIFT_HEADER = ['Column', 'Statistic', 'Value', 'Drift when', 'Result'];
const DRIFT_ALIGN: Align[] = ['l', 'l', 'r', 'r', 'l'];
const CHECK_HEADER = ['Batch', 'Column', 'Check', 'Unexpected', 'Examples', 'Observed'];
const CHECK_ALIGN: Align[] = ['l', 'l', 'l', 'r', 'l', 'l'];

/** One document's rows, escaped once, each list in the order the budget keeps them (most important first). */
type Prepared = {
  source: LabelledMonitoring;
  drift: Array<{ drifted: boolean; row: string[] }>;
  batchRanks: number[];
  batchHeader: { header: string[]; align: Align[] };
  batchRows: string[][];
  performance: PerformanceResult[];
  checks: string[][];
  timeline: Timeline | undefined;
};

function prepare(source: LabelledMonitoring): Prepared {
  const evidence = source.evidence;
  const columns = batchColumns(evidence.batches);
  const sources = new Map(evidence.batches.map((batch, index) => [batch.source, index + 1]));
  const drift = [...evidence.drift]
    .sort((a, b) => Number(b.drifted) - Number(a.drifted))
    .map((entry) => ({ drifted: entry.drifted, row: driftRow({ ...entry, column: clipText(entry.column, NAME_CHARS) }) }));
  const performance = [...(evidence.performance ?? [])].sort((a, b) => performanceRank(a) - performanceRank(b));
  const checks = (evidence.checks ?? [])
    .filter((check) => !check.success)
    .map((check) => {
      const batch = check.source === undefined ? '' : sources.has(check.source) ? `${sources.get(check.source)}: ${nameOf(check.source, 60)}` : nameOf(check.source, 60);
      const clipped = { ...check, ...(check.column === undefined ? {} : { column: clipText(check.column, NAME_CHARS) }), ...(check.columns === undefined ? {} : { columns: check.columns.map((name) => clipText(name, NAME_CHARS)) }) };
      return [batch, ...checkRow(clipped)];
    });
  return {
    source,
    drift,
    batchRanks: evidence.batches.map((batch) => (batch.driftedShare > 0 || batch.datasetDrift === true || (batch.checksFailed ?? 0) > 0 ? 0 : 1)),
    batchHeader: batchHeader(columns),
    batchRows: evidence.batches.map((batch, index) => batchRow(batch, index, columns)),
    performance,
    checks,
    timeline: timeline(evidence),
  };
}

type Counts = { drift: number; batches: number; performance: number; checks: number; chart: boolean };

function driftBlocks(prepared: Prepared, count: number): string[] {
  const rows = prepared.drift.slice(0, count);
  if (rows.length === 0) return [];
  const drifted = rows.filter((entry) => entry.drifted);
  const open = drifted.slice(0, OPEN_DRIFTED).map((entry) => entry.row);
  const folded = rows.slice(open.length);
  const blocks = open.length === 0 ? [] : [table(DRIFT_HEADER, open, DRIFT_ALIGN)];
  if (folded.length > 0) {
    const moreDrifted = folded.filter((entry) => entry.drifted).length;
    const stable = folded.length - moreDrifted;
    const summary = [moreDrifted > 0 ? `${plural(moreDrifted, 'more drifted column')}` : '', stable > 0 ? `${plural(stable, 'column')} that did not drift` : ''].filter((part) => part !== '').join(' and ');
    blocks.push(details(summary.charAt(0).toUpperCase() + summary.slice(1), table(DRIFT_HEADER, folded.map((entry) => entry.row), DRIFT_ALIGN)));
  }
  return blocks;
}

function performanceBlocks(prepared: Prepared, count: number): string[] {
  const evidence = prepared.source.evidence;
  const all = prepared.performance;
  if (all.length === 0) return [];
  const labelled = evidence.labelledRows === undefined ? '' : ` on ${plural(evidence.labelledRows, 'labelled row')}`;
  const task = evidence.task === undefined || evidence.task === null ? '' : ` (${evidence.task})`;
  const intro = `Live quality${labelled}${task} against the expected metrics:`;
  const shown = all.slice(0, count);
  if (shown.length === 0) return [intro];
  if (all.length <= OPEN_METRICS) return [intro, performanceTable(shown)];
  const attention = shown.filter((entry) => performanceRank(entry) <= 1);
  const rest = shown.slice(attention.length);
  return [intro, attention.length === 0 ? '' : performanceTable(attention), rest.length === 0 ? '' : details(`${plural(rest.length, 'other metric')}`, performanceTable(rest))];
}

/** "500 batches", or "120 of 500 batches" where the budget kept those with drift or failed checks. */
function batchSummary(shown: number, total: number): string {
  return shown === total ? plural(total, 'batch', 'batches') : `${shown.toLocaleString('en-US')} of ${plural(total, 'batch', 'batches')}`;
}

function documentMarkdown(prepared: Prepared, counts: Counts): string {
  const evidence = prepared.source.evidence;
  const batches = chosen(prepared.batchRanks, counts.batches).map((index) => prepared.batchRows[index] as string[]);
  const batchTable = batches.length === 0 ? '' : table(prepared.batchHeader.header, batches, prepared.batchHeader.align);
  const chart = counts.chart && prepared.timeline !== undefined ? `${prepared.timeline.mermaid}\n\n${prepared.timeline.caption}` : '';
  const checks = prepared.checks.slice(0, counts.checks);
  return [
    headline(prepared.source),
    reasonsList(evidence),
    driftLine(evidence),
    ...driftBlocks(prepared, counts.drift),
    predictionDriftLine(evidence.predictionDrift),
    chart,
    batchTable === '' ? '' : evidence.batches.length > OPEN_BATCHES ? details(batchSummary(batches.length, evidence.batches.length), batchTable) : batchTable,
    ...performanceBlocks(prepared, counts.performance),
    checks.length === 0 ? '' : `Failed data checks on production data:\n\n${table(CHECK_HEADER, checks, CHECK_ALIGN)}`,
  ]
    .filter((block) => block !== '')
    .join('\n\n');
}

const notShown = (count: number, noun: string, nouns: string, verb = 'shown') => `${plural(count, noun, nouns)} ${count === 1 ? 'is' : 'are'} not ${verb}`;

/**
 * Production monitoring from monitor's evidence, a block per model and environment: the status and its reasons,
 * the drifted columns (the others folded), prediction drift, the drifted share per batch as a Mermaid chart with
 * the batch table beside it, live quality against the expected metrics, and failed data checks. Five levers: the
 * charts, batch rows (batches with nothing to see first), drift rows (stable columns first), live quality rows
 * (those that hold first) and failed checks.
 */
export function monitoringSection(monitorings: readonly LabelledMonitoring[], context: ReportContext): Section {
  const prepared = monitorings.map(prepare);
  const driftFor = allotter(prepared.map((each) => each.drift.map((entry) => (entry.drifted ? 0 : 1))));
  const batchesFor = allotter(prepared.map((each) => each.batchRanks));
  const performanceFor = allotter(prepared.map((each) => each.performance.map(performanceRank)));
  const checksFor = allotter(prepared.map((each) => each.checks.map(() => 0)));
  const charted = prepared.flatMap((each, index) => (each.timeline === undefined ? [] : [index]));
  const total = (count: (each: Prepared) => number) => prepared.reduce((sum, each) => sum + count(each), 0);
  const totals = {
    monitorCharts: charted.length,
    monitorBatches: total((each) => each.batchRows.length),
    monitorDrift: total((each) => each.drift.length),
    monitorMetrics: total((each) => each.performance.length),
    monitorChecks: total((each) => each.checks.length),
  };
  const omitted = (shown: Shown<LeverName>): Omission[] => {
    const left = (lever: keyof typeof totals) => totals[lever] - Math.min(shown[lever], totals[lever]);
    const sentences: Array<[keyof typeof totals, string]> = [
      ['monitorCharts', notShown(left('monitorCharts'), 'drift timeline', 'drift timelines', 'drawn')],
      ['monitorBatches', notShown(left('monitorBatches'), 'production batch', 'production batches', 'listed')],
      ['monitorDrift', notShown(left('monitorDrift'), 'production drift row', 'production drift rows')],
      ['monitorMetrics', notShown(left('monitorMetrics'), 'live quality metric', 'live quality metrics')],
      ['monitorChecks', notShown(left('monitorChecks'), 'failed production check', 'failed production checks')],
    ];
    return sentences.filter(([lever]) => left(lever) > 0).map(([lever, sentence]) => ({ lever, sentence }));
  };
  return {
    levers: Object.entries(totals).map(([name, count]) => ({ name: name as LeverName, total: count })),
    omitted,
    render: (shown) => {
      if (prepared.length === 0) return '';
      const drift = driftFor(shown.monitorDrift);
      const batches = batchesFor(shown.monitorBatches);
      const performance = performanceFor(shown.monitorMetrics);
      const checks = checksFor(shown.monitorChecks);
      // Charts go in document order: the first documents keep theirs.
      const drawn = new Set(charted.slice(0, shown.monitorCharts));
      const body = prepared.map((each, i) =>
        documentMarkdown(each, { drift: drift[i] ?? 0, batches: batches[i] ?? 0, performance: performance[i] ?? 0, checks: checks[i] ?? 0, chart: drawn.has(i) }),
      );
      return sectionMarkdown('Production monitoring', body, omitted(shown), context);
    },
  };
}

/**
 * The monitoring section on its own, for monitor's job summary and `crucible monitor --markdown`: every row shown,
 * or, given a budget (the step summary's 1 MiB), fitted to it as the report is, the least important rows left out
 * first and said so.
 */
export function renderMonitoringMarkdown(evidence: MonitoringEvidence, options: { label?: string; budget?: Budget } = {}): string {
  const section = monitoringSection([{ evidence, label: options.label ?? '' }], { repository: '', sha: null, serverUrl: '' });
  const everything = Object.fromEntries(DROP_ORDER.map((name) => [name, Number.MAX_SAFE_INTEGER])) as Shown<LeverName>;
  if (options.budget === undefined) return section.render(everything);
  const levers = DROP_ORDER.flatMap((name) => section.levers.filter((lever) => lever.name === name));
  const fitted = fitParts([{ levers: section.levers.map((lever) => lever.name), render: section.render }], levers, options.budget);
  return fitted.markdown;
}
