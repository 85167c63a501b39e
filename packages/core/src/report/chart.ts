/**
 * Training curves for the report: Mermaid xychart-beta line charts of baseline against PR or of a line per run,
 * and Unicode sparklines for clients that show Mermaid as code. GitHub shows a chart that does not parse as an
 * error box, so the text emitted here keeps to what the xychart grammar accepts: plain decimals (no exponent),
 * titles in a safe alphabet.
 */

export type History = ReadonlyArray<readonly [number, number]>;
type Point = [number, number];

/** Finite points in step order, one per step (the last logged wins, as when a trainer logs a step again). */
function clean(history: History): Point[] {
  const byStep = new Map<number, number>();
  for (const [step, value] of history) if (Number.isFinite(step) && Number.isFinite(value)) byStep.set(step, value);
  return [...byStep].sort((a, b) => a[0] - b[0]);
}

/** `count` evenly spaced steps from `from` to `to`. */
function stepGrid(from: number, to: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => (i === count - 1 ? to : from + ((to - from) * i) / (count - 1)));
}

/** A series' values at each grid step: linear between its points, held flat beyond its first and last. */
function resample(points: readonly Point[], grid: readonly number[]): number[] {
  let at = 0;
  return grid.map((step) => {
    while (at < points.length - 1 && (points[at + 1] as Point)[0] <= step) at++;
    const [x0, y0] = points[at] as Point;
    const next = points[at + 1];
    if (step <= x0 || next === undefined) return y0;
    const [x1, y1] = next;
    return y0 + ((y1 - y0) * (step - x0)) / (x1 - x0);
  });
}

const LEVELS = '▁▂▃▄▅▆▇█';

/** A history as a line of block characters, resampled to at most `width`; '' with fewer than two points. */
export function sparkline(history: History, width = 16): string {
  const points = clean(history);
  if (points.length < 2) return '';
  const values = resample(points, stepGrid((points[0] as Point)[0], (points.at(-1) as Point)[0], Math.min(width, points.length)));
  const low = Math.min(...values);
  const span = Math.max(...values) - low;
  const top = LEVELS.length - 1;
  // A flat history (or one whose span overflows) sits mid-height rather than at the floor.
  const level = (value: number) => (span > 0 && Number.isFinite(span) ? Math.round(((value - low) / span) * top) : Math.floor(top / 2));
  return values.map((value) => LEVELS[level(value)]).join('');
}

/**
 * Text for a chart title or axis label: letters, digits and a few marks only, so no quote, directive, entity or
 * markup can reach Mermaid. The report shows the exact name next to the chart.
 */
export function mermaidLabel(text: string, maxLength = 60): string {
  const safe = text.replace(/[^A-Za-z0-9 _./()+-]+/g, '_').replace(/\s+/g, ' ').trim().slice(0, maxLength);
  return safe === '' || /^_+$/.test(safe) ? 'metric' : safe;
}

/**
 * Plain decimals, since the grammar has no exponent: extreme magnitudes are divided by a power of ten first (the
 * axis label says which), and the decimals give about four significant digits of the values' range.
 */
function axisNumbers(values: readonly number[]): { format: (value: number) => string; suffix: string } {
  const magnitude = Math.max(...values.map(Math.abs));
  // Clamped so that the divisor of a subnormal stays a number above zero.
  const exponent = magnitude === 0 ? 0 : Math.max(-300, Math.floor(Math.log10(magnitude)));
  const scaled = exponent >= 12 || exponent <= -7;
  const divisor = scaled ? 10 ** exponent : 1;
  const range = (Math.max(...values) - Math.min(...values)) / divisor;
  const decimals = Math.min(15, Math.max(0, 3 - Math.floor(Math.log10(range > 0 ? range : magnitude / divisor || 1))));
  const format = (value: number) => {
    const text = (value / divisor).toFixed(decimals).replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
    return text === '-0' ? '0' : text;
  };
  return { format, suffix: scaled ? ` (x 1e${exponent})` : '' };
}

/** A line's colour: the hex Mermaid draws it in, and the words the caption names it by (xychart-beta has no legend). */
type Colour = { hex: string; label: string };

/** Baseline first, PR second; xychart-beta has no legend, so the caption names the colours. */
const BASELINE_COLOUR: Colour = { hex: '#f28e2b', label: '🟠 orange' };
const CURRENT_COLOUR: Colour = { hex: '#4e79a7', label: '🔵 blue' };

/**
 * Colours for one line per run (seeds): Tableau 10, in an order whose emoji circles are told apart at a glance.
 * Eight, since there are no more distinct circles; a chart draws at most this many runs.
 */
const RUN_COLOURS: readonly Colour[] = [
  CURRENT_COLOUR,
  BASELINE_COLOUR,
  { hex: '#59a14f', label: '🟢 green' },
  { hex: '#e15759', label: '🔴 red' },
  { hex: '#b07aa1', label: '🟣 purple' },
  { hex: '#edc948', label: '🟡 yellow' },
  { hex: '#9c755f', label: '🟤 brown' },
  { hex: '#4d4d4d', label: '⚫ black' },
];
const MAX_RUN_LINES = RUN_COLOURS.length;

export type CurveChart = {
  /** The fenced Mermaid block. */
  mermaid: string;
  /** Which colour is which line, as plain words (markdown added by the caller). */
  colours: Array<{ label: string; side: 'baseline' | 'current' }>;
  /** Where a line is drawn flat because its history ends before the other's, in words. */
  notes: string[];
};

const MAX_POINTS = 40;

type Series = { points: Point[]; colour: Colour };
/**
 * A chart, and for a series' points, the steps they cover when those fall short of the chart's ("steps 0 to 900",
 * with the axis' scale) or undefined.
 */
type Drawn = { mermaid: string; partial: (points: readonly Point[]) => string | undefined };

/**
 * A line chart of some series (each with at least one point), resampled onto one evenly spaced step grid: their
 * steps differ (other logging intervals, other lengths). Undefined when none has two points or the values cannot
 * be drawn.
 */
function lineChart(name: string, series: readonly Series[]): Drawn | undefined {
  if (!series.some((entry) => entry.points.length >= 2)) return undefined;
  const from = Math.min(...series.map((entry) => (entry.points[0] as Point)[0]));
  const to = Math.max(...series.map((entry) => (entry.points.at(-1) as Point)[0]));
  if (!(to > from) || !Number.isFinite(to - from)) return undefined;
  const grid = stepGrid(from, to, Math.min(MAX_POINTS, Math.max(...series.map((entry) => entry.points.length))));
  const lines = series.map((entry) => resample(entry.points, grid));
  const values = lines.flat();
  const low = Math.min(...values);
  const high = Math.max(...values);
  const pad = high > low ? (high - low) * 0.05 : Math.abs(high) * 0.05 || 1;
  // Values near the largest doubles overflow the padded axis; such a chart could not be drawn anyway.
  if (!Number.isFinite(high + pad - (low - pad))) return undefined;
  const y = axisNumbers([low - pad, high + pad, ...values]);
  const x = axisNumbers([from, to]);
  const palette = series.map((entry) => entry.colour.hex).join(', ');
  const mermaid = [
    '```mermaid',
    `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${palette}"}}}}%%`,
    'xychart-beta',
    `  title "${mermaidLabel(name)}"`,
    `  x-axis "${mermaidLabel(`step${x.suffix}`)}" ${x.format(from)} --> ${x.format(to)}`,
    `  y-axis "${mermaidLabel(`value${y.suffix}`)}" ${y.format(low - pad)} --> ${y.format(high + pad)}`,
    ...lines.map((line) => `  line [${line.map(y.format).join(', ')}]`),
    '```',
  ].join('\n');
  const partial = (points: readonly Point[]) => {
    const [first, last] = [(points[0] as Point)[0], (points.at(-1) as Point)[0]];
    return first <= from && last >= to ? undefined : `steps ${x.format(first)} to ${x.format(last)}${x.suffix}`;
  };
  return { mermaid, partial };
}

/**
 * A line chart of a metric's baseline and PR histories, both resampled onto one evenly spaced step grid (their
 * steps differ: other logging intervals, other lengths). Undefined when neither side has two points.
 */
export function curveChart(name: string, baseline: History, current: History): CurveChart | undefined {
  const sides = [
    { side: 'baseline' as const, points: clean(baseline), colour: BASELINE_COLOUR },
    { side: 'current' as const, points: clean(current), colour: CURRENT_COLOUR },
  ].filter((entry) => entry.points.length > 0);
  const chart = lineChart(name, sides);
  if (chart === undefined) return undefined;
  const notes = sides.flatMap((entry) => {
    const steps = chart.partial(entry.points);
    if (steps === undefined) return [];
    return [`${entry.side === 'baseline' ? 'the baseline' : 'this PR'} logged ${steps} only; its line is flat outside them`];
  });
  return { mermaid: chart.mermaid, colours: sides.map((entry) => ({ label: entry.colour.label, side: entry.side })), notes };
}

export type RunsChart = {
  /** The fenced Mermaid block. */
  mermaid: string;
  /**
   * One entry per line drawn, in order: which of the histories given it is, its colour in words, and "steps 0 to
   * 900" where that run logged fewer steps than the chart spans (its line is flat outside them).
   */
  lines: Array<{ run: number; colour: string; partial?: string }>;
  /** Runs that logged the metric but are not drawn: a chart has MAX_RUN_LINES colours. */
  more: number;
};

/**
 * A line chart of one metric with a line per run (seeds of one training), the first MAX_RUN_LINES runs that logged
 * it. Undefined when no run has two points.
 */
export function runsChart(name: string, histories: readonly History[]): RunsChart | undefined {
  const logged = histories.map((history, run) => ({ run, points: clean(history) })).filter((entry) => entry.points.length > 0);
  const runs = logged.slice(0, MAX_RUN_LINES).map((entry, i) => ({ ...entry, colour: RUN_COLOURS[i] as Colour }));
  const chart = lineChart(name, runs);
  if (chart === undefined) return undefined;
  return {
    mermaid: chart.mermaid,
    more: logged.length - runs.length,
    lines: runs.map((entry) => {
      const partial = chart.partial(entry.points);
      return { run: entry.run, colour: entry.colour.label, ...(partial === undefined ? {} : { partial }) };
    }),
  };
}
