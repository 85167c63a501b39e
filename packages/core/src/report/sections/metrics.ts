import type { ComparisonEvidence } from '../../evidence/comparison.ts';
import { sparkline } from '../chart.ts';
import {
  ATTENTION,
  describeBaseline,
  describeRuns,
  describeStatuses,
  METRIC_LEGEND,
  type Metric,
  metricHeader,
  metricRow,
  sortMetrics,
  STATUS_ORDER,
} from '../comparison.ts';
import { escapeName } from '../escape.ts';
import { details, plural, table } from '../markdown.ts';
import { allotter, type LeverName, type Omission, type ReportContext, type Section, sectionMarkdown } from '../section.ts';

export type LabelledComparison = { evidence: ComparisonEvidence; label: string };

/** Up to this many rows, a comparison is one table; beyond, the metrics that need no attention fold away. */
const FOLD_AT = 12;

type Group = {
  source: LabelledComparison;
  /** Invalid, regressed and removed metrics, in importance order, with their rows rendered once. */
  attention: Array<{ metric: Metric; row: string[] }>;
  other: Array<{ metric: Metric; row: string[] }>;
  trend: boolean;
};

function group(source: LabelledComparison): Group {
  const histories = new Map(Object.entries(source.evidence.histories ?? {}));
  const trends = new Map(source.evidence.metrics.map((metric) => [metric.name, sparkline(histories.get(metric.name)?.current ?? [])]));
  const trend = [...trends.values()].some((line) => line !== '');
  const rows = sortMetrics(source.evidence.metrics).map((metric) => ({ metric, row: metricRow(metric, trend ? trends.get(metric.name) : undefined) }));
  return {
    source,
    attention: rows.filter((entry) => ATTENTION.has(entry.metric.status)),
    other: rows.filter((entry) => !ATTENTION.has(entry.metric.status)),
    trend,
  };
}

function groupMarkdown(entry: Group, attention: number, other: number, labelled: boolean, context: ReportContext): string {
  const evidence = entry.source.evidence;
  const { header, align } = metricHeader(evidence, entry.trend);
  const runs = describeRuns(evidence);
  const blocks = [labelled ? `**${escapeName(entry.source.label)}**` : '', `${describeBaseline(evidence, context)}${runs === '' ? '' : ` ${runs}`}`];
  const rows = (list: Group['attention'], count: number) => list.slice(0, count).map((item) => item.row);
  if (evidence.metrics.length === 0) return [...blocks, 'No metrics were compared.'].filter((block) => block !== '').join('\n\n');
  if (evidence.metrics.length <= FOLD_AT) {
    const shown = [...rows(entry.attention, attention), ...rows(entry.other, other)];
    if (shown.length > 0) blocks.push(table(header, shown, align));
  } else {
    if (attention > 0) blocks.push(table(header, rows(entry.attention, attention), align));
    if (other > 0) {
      const others = entry.other.map((item) => item.metric);
      blocks.push(details(`${plural(others.length, 'other metric')}: ${describeStatuses(others)}`, table(header, rows(entry.other, other), align)));
    }
  }
  blocks.push(`<sub>${METRIC_LEGEND}${entry.trend ? ' PR trend: the history of the first PR run.' : ''}</sub>`);
  return blocks.filter((block) => block !== '').join('\n\n');
}

/** "412 metrics are not shown (400 unchanged, 12 within noise)" for the rows a count leaves out. */
function omittedRows(lever: LeverName, groups: readonly Group[], counts: readonly number[], pick: (entry: Group) => Group['attention']): Omission[] {
  const left = groups.flatMap((entry, i) => pick(entry).slice(counts[i]).map((item) => item.metric));
  if (left.length === 0) return [];
  return [{ lever, sentence: `${plural(left.length, 'metric')} ${left.length === 1 ? 'is' : 'are'} not shown (${describeStatuses(left)})` }];
}

/**
 * The metric tables, one per comparison: baseline and runs, then the rows. Two levers: metrics that need attention
 * (invalid, regressed, removed) and the others, so the others go first when the report must shrink.
 */
export function metricsSection(comparisons: readonly LabelledComparison[], context: ReportContext): Section {
  const groups = comparisons.map(group);
  const rank = (list: Group['attention']) => list.map((item) => STATUS_ORDER[item.metric.status]);
  const allotAttention = allotter(groups.map((entry) => rank(entry.attention)));
  const allotOther = allotter(groups.map((entry) => rank(entry.other)));
  const omitted: Section['omitted'] = (shown) => [
    ...omittedRows('otherMetrics', groups, allotOther(shown.otherMetrics), (entry) => entry.other),
    ...omittedRows('attentionMetrics', groups, allotAttention(shown.attentionMetrics), (entry) => entry.attention),
  ];
  return {
    levers: [
      { name: 'attentionMetrics', total: groups.reduce((sum, entry) => sum + entry.attention.length, 0) },
      { name: 'otherMetrics', total: groups.reduce((sum, entry) => sum + entry.other.length, 0) },
    ],
    omitted,
    render: (shown) => {
      if (groups.length === 0) return '';
      const attention = allotAttention(shown.attentionMetrics);
      const other = allotOther(shown.otherMetrics);
      const body = groups.map((entry, i) => groupMarkdown(entry, attention[i] as number, other[i] as number, groups.length > 1, context));
      return sectionMarkdown('Metrics', body, omitted(shown), context);
    },
  };
}
