import type { Lever, Shown } from './budget.ts';
import { link } from './markdown.ts';
import type { ReportInput } from './types.ts';

/** The counts the budget can turn down, each a kind of row or chart. */
export type LeverName =
  | 'runCharts'
  | 'charts'
  | 'params'
  | 'otherMetrics'
  | 'drift'
  | 'monitorBatches'
  | 'monitorDrift'
  | 'monitorCharts'
  | 'runs'
  | 'needs'
  | 'checks'
  | 'monitorChecks'
  | 'monitorMetrics'
  | 'refused'
  | 'attentionMetrics';

/**
 * The order levers are turned down when the report is too long: the runs' own curves (a comparison's say more),
 * then baseline-against-PR curves, then params, then metrics that need no attention, then drift rows (stable
 * columns first), then production monitoring's batch rows, drift rows and its timeline (the chart sums up every
 * batch in a thousand characters, so it outlasts the rows); failed data checks, live quality rows and regressed,
 * invalid and removed metrics only after everything else.
 */
export const DROP_ORDER: readonly LeverName[] = [
  'runCharts',
  'charts',
  'params',
  'otherMetrics',
  'drift',
  'monitorBatches',
  'monitorDrift',
  'monitorCharts',
  'runs',
  'needs',
  'checks',
  'monitorChecks',
  'monitorMetrics',
  'refused',
  'attentionMetrics',
];

export type ReportContext = ReportInput['context'];

/** One part of the report, top to bottom; later issues add theirs (data checks, drift) to the list in render.ts. */
export type Section = {
  levers: Lever<LeverName>[];
  /** The section's markdown for the counts given; '' when it has nothing to say. */
  render: (shown: Shown<LeverName>) => string;
  /** What those counts leave out, a sentence per lever turned down ("412 metrics are not shown (…)"). */
  omitted: (shown: Shown<LeverName>) => Omission[];
};

export type Omission = { lever: LeverName; sentence: string };

/** The line a section shows where it left rows out, linking the full report when there is one. */
export function omissionNote(sentence: string, context: ReportContext): string {
  const where = context.fullReportUrl === undefined ? '' : `; see the ${link('full report', context.fullReportUrl)}`;
  return `✂️ ${sentence} to fit the size limit${where}.`;
}

/** A section's markdown: its heading, its body, and a note per omission, blank lines between. */
export function sectionMarkdown(heading: string, body: readonly string[], omissions: readonly Omission[], context: ReportContext): string {
  return [`#### ${heading}`, ...body, ...omissions.map((omission) => omissionNote(omission.sentence, context))].filter((block) => block !== '').join('\n\n');
}

/**
 * Shares a count of rows among groups (one per evidence document) by importance across all of them: each row has
 * a rank (lower is more important), each group's rows are sorted by it, and the first `count` rows of the merged
 * order are shown. Returns how many of each group's rows that is; each group shows a prefix of its rows.
 */
export function allotter(ranks: readonly (readonly number[])[]): (count: number) => number[] {
  const merged = ranks
    .flatMap((group, index) => group.map((rank, row) => ({ rank, index, row })))
    .sort((a, b) => a.rank - b.rank || a.index - b.index || a.row - b.row)
    .map((entry) => entry.index);
  return (count) => {
    const counts = ranks.map(() => 0);
    for (const index of merged.slice(0, count)) counts[index] = (counts[index] as number) + 1;
    return counts;
  };
}

/**
 * Short labels for evidence files: their paths without the folder they all share, so two runs read as
 * `seed-1/run.json` and `seed-2/run.json` rather than two long temp paths.
 */
export function evidenceLabels(paths: readonly string[]): Map<string, string> {
  const split = paths.map((path) => path.split(/[\\/]+/));
  let common = 0;
  const first = split[0] ?? [];
  while (common < first.length - 1 && split.every((parts) => parts.length - 1 > common && parts[common] === first[common])) common++;
  return new Map(paths.map((path, i) => [path, (split[i] as string[]).slice(common).join('/')]));
}
