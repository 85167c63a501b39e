import type { ComparisonEvidence } from '../evidence/comparison.ts';
import { type Budget, fitParts, type Part } from './budget.ts';
import { escapeMarkdown, escapeName } from './escape.ts';
import { formatAge, formatNumber, formatPercent } from './format.ts';
import { type Align, commitLink, plural, table } from './markdown.ts';

export type Metric = ComparisonEvidence['metrics'][number];
type MetricStatus = Metric['status'];

const STATUS: Record<MetricStatus, string> = {
  improved: '🟢 improved',
  regressed: '🔴 regressed',
  unchanged: '⚪ unchanged',
  'within-noise': '🟡 within noise',
  added: '🆕 added',
  removed: '➖ removed',
  invalid: '⛔ invalid',
};

/** Regressions and invalid values first, then improvements, then the rest: the order rows are shown and kept. */
export const STATUS_ORDER: Record<MetricStatus, number> = { invalid: 0, regressed: 1, removed: 2, improved: 3, added: 4, 'within-noise': 5, unchanged: 6 };

/** Statuses a reviewer must see: the report keeps these rows longest when it has to leave rows out. */
export const ATTENTION: ReadonlySet<MetricStatus> = new Set(['invalid', 'regressed', 'removed']);

/** In importance order, by name within a status. */
export function sortMetrics(metrics: readonly Metric[]): Metric[] {
  return [...metrics].sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** "3 improved, 400 unchanged", in importance order; statuses with no metric are left out. */
export function describeStatuses(metrics: readonly Metric[]): string {
  const counts = new Map<MetricStatus, number>();
  for (const metric of metrics) counts.set(metric.status, (counts.get(metric.status) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => STATUS_ORDER[a[0]] - STATUS_ORDER[b[0]])
    .map(([status, count]) => `${count.toLocaleString('en-US')} ${status === 'within-noise' ? 'within noise' : status}`)
    .join(', ');
}

/** What decided the status: Welch's interval, the spread of recent base-branch runs, or the tolerance. */
function noiseNote(metric: Metric): string {
  const noise = metric.noise;
  if (noise === undefined || noise.method === 'none') return metric.direction === 'none' ? 'not judged' : '';
  if (noise.method === 'welch') {
    const level = Math.round((2 * noise.confidence - 1) * 100);
    return `${level}% CI [${formatNumber(noise.low, { sign: true })}, ${formatNumber(noise.high, { sign: true })}]`;
  }
  if (noise.method === 'history') return `±${formatNumber(noise.threshold)} (t test, ${noise.runs} base runs)`;
  if (noise.threshold <= 0) return '';
  return `tolerance ${metric.tolerance === undefined ? formatNumber(noise.threshold) : escapeMarkdown(metric.tolerance, 64)}`;
}

function direction(metric: Metric): string {
  const arrow = metric.direction === 'higher' ? '↑' : metric.direction === 'lower' ? '↓' : '·';
  return metric.directionSource === 'inferred' && metric.direction !== 'none' ? `${arrow}*` : arrow;
}

function status(metric: Metric): string {
  const required = metric.required === true && metric.status === 'removed' ? 'required' : '';
  return [STATUS[metric.status], required, noiseNote(metric)].filter((part) => part !== '').join(' · ');
}

/** The baseline column's heading: which commit, how old. */
function baselineHeading(evidence: ComparisonEvidence): string {
  const baseline = evidence.baseline;
  if (baseline?.sha === undefined || baseline.sha === null || !/^[0-9a-f]{7,40}$/i.test(baseline.sha)) return 'Baseline';
  const age = baseline.ageDays === undefined || baseline.ageDays === null ? '' : `, ${formatAge(baseline.ageDays)}`;
  return `Baseline <code>${baseline.sha.slice(0, 7)}</code>${age}`;
}

/** The metric table's heading row; `trend` adds the column of the PR's sparklines. */
export function metricHeader(evidence: ComparisonEvidence, trend: boolean): { header: string[]; align: Align[] } {
  const header = ['Metric', 'Better', baselineHeading(evidence), 'This PR', 'Δ', 'Δ %', 'Status'];
  const align: Align[] = ['l', 'c', 'r', 'r', 'r', 'r', 'l'];
  return trend ? { header: [...header, 'PR trend'], align: [...align, 'l'] } : { header, align };
}

/** One metric's row: the name exactly as written, escaped; `trend` is its sparkline when the table has the column. */
export function metricRow(metric: Metric, trend?: string): string[] {
  const row = [
    escapeName(metric.name),
    direction(metric),
    formatNumber(metric.baseline),
    formatNumber(metric.current),
    formatNumber(metric.delta, { sign: true }),
    formatPercent(metric.deltaPercent),
    status(metric),
  ];
  return trend === undefined ? row : [...row, trend];
}

export const METRIC_LEGEND = '↑ higher is better, ↓ lower is better, · not judged; * direction inferred from the name (set it in crucible.yml).';

/** The metric table: one row per metric, names escaped, the most important rows first. */
export function renderMetricTable(evidence: ComparisonEvidence, limit = Number.POSITIVE_INFINITY): { table: string; dropped: number } {
  const sorted = sortMetrics(evidence.metrics);
  const shown = sorted.slice(0, limit);
  const { header, align } = metricHeader(evidence, false);
  return { table: table(header, shown.map((metric) => metricRow(metric)), align), dropped: sorted.length - shown.length };
}

const BASELINE_SOURCE: Record<NonNullable<ComparisonEvidence['baseline']>['source'], string> = {
  artifact: 'the base branch run at the merge-base',
  'ancestor-artifact': 'the nearest ancestor of the merge-base with results',
  git: 'the metrics file in git at the merge-base',
  path: 'the baseline-path given',
  none: '',
};

/**
 * What the baseline was, in one line: source, commit, age, and whether it fell back. With the repository, the
 * commit links to GitHub.
 */
export function describeBaseline(evidence: ComparisonEvidence, repository = { serverUrl: '', repository: '' }): string {
  const baseline = evidence.baseline;
  if (baseline === undefined || baseline.source === 'none') return 'No baseline was found: every metric is new.';
  const commit = baseline.sha === null ? 'an unknown commit' : commitLink(baseline.sha, repository);
  const note = baseline.note === undefined || baseline.note === '' ? '' : ` ${escapeMarkdown(baseline.note, 300)}`;
  return `Baseline: ${BASELINE_SOURCE[baseline.source]}, ${commit} (${formatAge(baseline.ageDays)})${baseline.fellBack ? ', a fallback' : ''}.${note}`;
}

/** "Runs compared: 3 baseline, 3 current." and the correction across metrics when there was one, or ''. */
export function describeRuns(evidence: ComparisonEvidence): string {
  const runs = evidence.runs === undefined ? '' : `Runs compared: ${evidence.runs.baseline} baseline, ${evidence.runs.current} current.`;
  return [runs, describeCorrection(evidence)].filter((part) => part !== '').join(' ');
}

/** "Regressions are called at a 5% false-discovery rate across the 20 metrics judged by a t test (Benjamini-Hochberg)." */
export function describeCorrection(evidence: ComparisonEvidence): string {
  const correction = evidence.correction;
  if (correction === undefined || correction.judged < 2) return '';
  const level = `${Number((correction.level * 100).toPrecision(3))}%`;
  return `Regressions and improvements are called at a ${level} false-discovery rate across the ${correction.judged.toLocaleString('en-US')} metrics judged by a t test (Benjamini-Hochberg).`;
}

/** The verdict of one comparison in a line: what failed, or how many improved. */
export function comparisonVerdict(evidence: ComparisonEvidence): string {
  const count = (wanted: (metric: Metric) => boolean) => evidence.metrics.filter(wanted).length;
  const regressed = count((metric) => metric.status === 'regressed');
  const invalid = count((metric) => metric.status === 'invalid');
  const missing = count((metric) => metric.status === 'removed' && metric.required === true);
  if (evidence.verdict === 'pass') return `✅ **Metrics pass**: ${count((metric) => metric.status === 'improved')} improved, no regressions.`;
  const parts = [
    regressed > 0 ? `${plural(regressed, 'metric')} regressed` : '',
    invalid > 0 ? `${plural(invalid, 'value')} not a number` : '',
    missing > 0 ? `${plural(missing, 'required metric')} missing` : '',
  ].filter((part) => part !== '');
  return `❌ **Metrics fail**: ${parts.length > 0 ? parts.join(', ') : 'see the failures below'}.`;
}

/** The step summary takes 1 MiB; a little is kept for the heading the caller adds. */
const SUMMARY_BUDGET: Budget = { maxChars: 1024 * 1024 - 1024, maxBytes: 1024 * 1024 - 1024 };

/**
 * A compact markdown summary of a comparison: verdict, baseline, table, and what the marks mean. Within `budget`
 * (by default a step summary's): when the table is too long, its least important rows are left out, and it says so.
 */
export function renderComparisonMarkdown(evidence: ComparisonEvidence, budget: Budget = SUMMARY_BUDGET): string {
  const runs = describeRuns(evidence);
  const head = `${comparisonVerdict(evidence)}\n\n${describeBaseline(evidence)}${runs === '' ? '' : ` ${runs}`}`;
  const rows: Part<'rows'> = {
    levers: ['rows'],
    render: ({ rows: limit }) => {
      const { table, dropped } = renderMetricTable(evidence, limit);
      return dropped === 0 ? table : `${limit === 0 ? '' : `${table}\n\n`}✂️ ${plural(dropped, 'metric')} not shown to fit the size limit.`;
    },
  };
  const fitted = fitParts([{ levers: [], render: () => head }, rows, { levers: [], render: () => `<sub>${METRIC_LEGEND}</sub>` }], [{ name: 'rows', total: evidence.metrics.length }], budget);
  return `${fitted.markdown}\n`;
}
