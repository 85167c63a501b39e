import { type CurveChart, curveChart } from '../chart.ts';
import { type Metric, STATUS_ORDER } from '../comparison.ts';
import { escapeName } from '../escape.ts';
import { details, plural } from '../markdown.ts';
import { type ReportContext, type Section, sectionMarkdown } from '../section.ts';
import type { LabelledComparison } from './metrics.ts';

/** More charts than this is more than a reviewer reads, and each one is work for the browser. */
const MAX_CHARTS = 20;
/** Up to this many charts show unfolded. */
const OPEN_CHARTS = 2;

type Drawn = { name: string; chart: CurveChart };

function chartMarkdown({ name, chart }: Drawn): string {
  const colours = chart.colours.map((colour) => `${colour.label}: ${colour.side === 'baseline' ? 'baseline' : 'this PR'}`).join(', ');
  const notes = chart.notes.map((note) => ` ${note.charAt(0).toUpperCase()}${note.slice(1)}.`).join('');
  return `${chart.mermaid}\n\n<sub>${escapeName(name)}: ${colours}.${notes}</sub>`;
}

type Candidate = { metric: Metric; history: { baseline: [number, number][]; current: [number, number][] } };

/** Every compared metric with a history, in the order of the comparisons and of their metrics. */
function candidatesOf(comparisons: readonly LabelledComparison[]): Candidate[] {
  const candidates: Candidate[] = [];
  for (const { evidence } of comparisons) {
    const histories = new Map(Object.entries(evidence.histories ?? {}));
    for (const metric of evidence.metrics) {
      const history = histories.get(metric.name);
      if (history !== undefined) candidates.push({ metric, history });
    }
  }
  return candidates;
}

/**
 * The metrics whose curves are this section's to draw: those a comparison holds a history for. The runs section
 * leaves them to it, so that no curve is drawn twice, whether or not the budget or the cap keeps the chart here.
 */
export function comparedCurveNames(comparisons: readonly LabelledComparison[]): Set<string> {
  return new Set(candidatesOf(comparisons).map((candidate) => candidate.metric.name));
}

/**
 * The metrics with a history, most important first (the metric table's order, across comparisons), and the first
 * MAX_CHARTS of them drawn; drawing stops there, so thousands of histories cost no more than twenty.
 */
function drawCharts(comparisons: readonly LabelledComparison[]): { drawn: Drawn[]; withHistory: number } {
  const candidates = candidatesOf(comparisons);
  // A stable sort keeps comparison order, then name order, within a status.
  candidates.sort((a, b) => STATUS_ORDER[a.metric.status] - STATUS_ORDER[b.metric.status]);
  const drawn: Drawn[] = [];
  for (const { metric, history } of candidates) {
    if (drawn.length === MAX_CHARTS) break;
    const chart = curveChart(metric.name, history.baseline, history.current);
    if (chart !== undefined) drawn.push({ name: metric.name, chart });
  }
  return { drawn, withHistory: candidates.length };
}

/** Training curves of baseline against PR, as Mermaid charts; one lever, the number of charts. */
export function curvesSection(comparisons: readonly LabelledComparison[], context: ReportContext): Section {
  const { drawn, withHistory } = drawCharts(comparisons);
  const omitted: Section['omitted'] = (shown) =>
    shown.charts < drawn.length ? [{ lever: 'charts', sentence: `${plural(drawn.length - shown.charts, 'training curve')} ${drawn.length - shown.charts === 1 ? 'is' : 'are'} not drawn` }] : [];
  return {
    levers: [{ name: 'charts', total: drawn.length }],
    omitted,
    render: (shown) => {
      if (drawn.length === 0) return '';
      const charts = drawn.slice(0, shown.charts).map(chartMarkdown).join('\n\n');
      const capped = drawn.length === MAX_CHARTS && withHistory > MAX_CHARTS ? `Curves are drawn for the ${MAX_CHARTS} most important of the ${withHistory.toLocaleString('en-US')} metrics with a history.` : '';
      const body = charts === '' ? '' : drawn.length > OPEN_CHARTS ? details(`${plural(shown.charts, 'chart')}: baseline against this PR`, charts) : charts;
      return sectionMarkdown('Training curves', [body, capped], omitted(shown), context);
    },
  };
}
