import { markdownTable } from 'markdown-table';
import type { ComparisonEvidence } from '../evidence/comparison.ts';
import { escapeCode, escapeMarkdown } from './escape.ts';
import { formatAge, formatNumber, formatPercent } from './format.ts';

type Metric = ComparisonEvidence['metrics'][number];

const STATUS: Record<Metric['status'], string> = {
  improved: '🟢 improved',
  regressed: '🔴 regressed',
  unchanged: '⚪ unchanged',
  'within-noise': '🟡 within noise',
  added: '🆕 added',
  removed: '➖ removed',
  invalid: '⛔ invalid',
};

/** Regressions and invalid values first, then improvements, then the rest; by name within each. */
const ORDER: Record<Metric['status'], number> = { invalid: 0, regressed: 1, removed: 2, improved: 3, added: 4, 'within-noise': 5, unchanged: 6 };

function noiseNote(metric: Metric): string {
  const noise = metric.noise;
  if (noise === undefined || noise.method === 'none') return metric.direction === 'none' ? 'not judged' : '';
  if (noise.method === 'welch') {
    const level = Math.round((2 * noise.confidence - 1) * 100);
    return `${level}% CI [${formatNumber(noise.low, { sign: true })}, ${formatNumber(noise.high, { sign: true })}]`;
  }
  if (noise.method === 'history') return `±${formatNumber(noise.threshold)} (2σ of ${noise.runs} base runs)`;
  return noise.threshold > 0 ? `tolerance ${metric.tolerance ?? formatNumber(noise.threshold)}` : '';
}

function direction(metric: Metric): string {
  const arrow = metric.direction === 'higher' ? '↑' : metric.direction === 'lower' ? '↓' : '·';
  return metric.directionSource === 'inferred' && metric.direction !== 'none' ? `${arrow}*` : arrow;
}

/** The metric table: one row per metric, names escaped, the most important rows first. */
export function renderMetricTable(evidence: ComparisonEvidence, limit = Number.POSITIVE_INFINITY): { table: string; dropped: number } {
  const sorted = [...evidence.metrics].sort((a, b) => ORDER[a.status] - ORDER[b.status] || a.name.localeCompare(b.name));
  const shown = sorted.slice(0, limit);
  const rows = shown.map((metric) => [
    escapeCode(metric.name),
    direction(metric),
    formatNumber(metric.baseline),
    formatNumber(metric.current),
    formatNumber(metric.delta, { sign: true }),
    formatPercent(metric.deltaPercent),
    [STATUS[metric.status], noiseNote(metric)].filter((part) => part !== '').join(' · '),
  ]);
  const table = markdownTable([['Metric', 'Better', 'Baseline', 'Current', 'Δ', 'Δ %', 'Status'], ...rows], {
    align: ['l', 'c', 'r', 'r', 'r', 'r', 'l'],
  });
  return { table, dropped: sorted.length - shown.length };
}

/** What the baseline was, in one line: source, commit, age, and whether it fell back. */
export function describeBaseline(evidence: ComparisonEvidence): string {
  const baseline = evidence.baseline;
  if (baseline === undefined || baseline.source === 'none') return 'No baseline was found: every metric is new.';
  const commit = baseline.sha === null ? 'an unknown commit' : `<code>${escapeMarkdown(baseline.sha.slice(0, 7))}</code>`;
  const source = {
    artifact: 'the base branch run at the merge-base',
    'ancestor-artifact': 'the nearest ancestor of the merge-base with results',
    git: 'the metrics file in git at the merge-base',
    path: 'the baseline-path given',
    none: '',
  }[baseline.source];
  return `Baseline: ${source}, ${commit} (${formatAge(baseline.ageDays)})${baseline.fellBack ? ', a fallback' : ''}.`;
}

/** A compact markdown summary of a comparison: verdict, baseline, table, and what the marks mean. */
export function renderComparisonMarkdown(evidence: ComparisonEvidence): string {
  const regressed = evidence.metrics.filter((metric) => metric.status === 'regressed').length;
  const invalid = evidence.metrics.filter((metric) => metric.status === 'invalid').length;
  const improved = evidence.metrics.filter((metric) => metric.status === 'improved').length;
  const verdict =
    evidence.verdict === 'pass'
      ? `✅ **Metrics pass**: ${improved} improved, no regressions.`
      : `❌ **Metrics fail**: ${[regressed > 0 ? `${regressed} regressed` : '', invalid > 0 ? `${invalid} invalid` : '', (evidence.failures ?? []).some((line) => line.includes('required')) ? 'required metric missing' : ''].filter((part) => part !== '').join(', ')}.`;
  const { table } = renderMetricTable(evidence);
  const runs = evidence.runs === undefined ? '' : ` Runs compared: ${evidence.runs.baseline} baseline, ${evidence.runs.current} current.`;
  return [
    verdict,
    '',
    `${describeBaseline(evidence)}${runs}`,
    '',
    table,
    '',
    '<sub>↑ higher is better, ↓ lower is better, · not judged; * direction inferred from the name (set it in crucible.yml).</sub>',
    '',
  ].join('\n');
}
