import type { GpuInfo, GpuTelemetry, RunEvidence, RunnerInfo } from '../../evidence/run.ts';
import { inferDirection } from '../../metrics/direction.ts';
import type { Shown } from '../budget.ts';
import { type RunsChart, runsChart } from '../chart.ts';
import { escapeCode, escapeMarkdown, escapeName } from '../escape.ts';
import { formatDuration, formatMemory, formatNumber } from '../format.ts';
import { type Align, details, plural, table } from '../markdown.ts';
import { DROP_ORDER, type LeverName, type Omission, type ReportContext, type Section, sectionMarkdown } from '../section.ts';

export type LabelledRun = { evidence: RunEvidence; label: string };

/** A command can be a whole script; the table shows its start. */
const COMMAND_LENGTH = 160;
/** Up to this many runs, the table shows unfolded. */
const OPEN_ROWS = 5;
/** Text a machine reported (a GPU's name, a runner's): the schema allows 200 characters, a cell shows fewer. */
const MACHINE_TEXT = 120;
/** GPU models a hardware line lists; a box of more kinds is rare, and the rest are counted. */
const MAX_GPU_MODELS = 3;
/** Runner labels listed; a runner can have a hundred. */
const MAX_LABELS = 6;
/** Below this mean utilisation the GPUs were idle most of the time: they waited for something, usually input. */
const LOW_UTILISATION_PERCENT = 30;
/** A shorter run spends much of its time starting (imports, loading, compiling), so its mean says little. */
const MIN_UTILISATION_SECONDS = 300;
/** Hints of one kind listed; the rest are counted, so forty stopped seeds cost one line more than three. */
const MAX_HINTS = 3;
/** The runs' own curves: a few metrics, each a line per run; a comparison's curves carry the rest. */
const MAX_RUN_CHARTS = 4;
/** Up to this many run charts show unfolded. */
const OPEN_CHARTS = 2;

export type RunOutcome = {
  ok: boolean;
  /** How it ended, for counting: ran to the end with exit 0, failed, stopped by the time budget, or cancelled. */
  ending: 'finished' | 'failed' | 'time-budget' | 'cancelled';
  text: string;
};

/** How the run ended, for people: the exit code, the signal, the time budget (and what it was), or a cancel. */
export function runOutcome(run: RunEvidence): RunOutcome {
  if (run.timedOut) {
    const budget = known(run.timeBudgetSeconds) ? ` after ${formatDuration(run.timeBudgetSeconds)}` : '';
    const pending = run.slurm?.state === 'PENDING' ? ', still pending in the queue' : '';
    return { ok: false, ending: 'time-budget', text: `⏱️ stopped by the time budget${budget}${pending}${run.exitCode === null ? '' : ` (exit ${run.exitCode})`}` };
  }
  if (run.cancelled === true) return { ok: false, ending: 'cancelled', text: '⏹️ cancelled' };
  if (run.exitCode === 0) return { ok: true, ending: 'finished', text: '✅ exit 0' };
  if (run.exitCode === null) return { ok: false, ending: 'failed', text: run.signal === null ? '❌ no exit code' : `❌ killed by ${escapeCode(run.signal, 20)}` };
  return { ok: false, ending: 'failed', text: `❌ exit ${run.exitCode}` };
}

const ENDINGS: Record<RunOutcome['ending'], string> = { failed: 'failed', 'time-budget': 'stopped by the time budget', cancelled: 'cancelled', finished: 'finished' };

/** "1 failed, 2 stopped by the time budget, 9 finished": problems first, endings with no run left out. */
function describeEndings(runs: readonly LabelledRun[]): string {
  const counts = new Map<RunOutcome['ending'], number>();
  for (const run of runs) {
    const ending = runOutcome(run.evidence).ending;
    counts.set(ending, (counts.get(ending) ?? 0) + 1);
  }
  return (Object.keys(ENDINGS) as RunOutcome['ending'][])
    .filter((ending) => counts.has(ending))
    .map((ending) => `${(counts.get(ending) as number).toLocaleString('en-US')} ${ENDINGS[ending]}`)
    .join(', ');
}

function known(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function given(value: string | null | undefined): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function gpuModel(gpu: GpuInfo): string {
  if (given(gpu.name)) return escapeMarkdown(gpu.name, MACHINE_TEXT);
  return gpu.vendor === 'nvidia' ? 'NVIDIA GPU' : gpu.vendor === 'amd' ? 'AMD GPU' : 'GPU';
}

/** "550.54.15", or both where GPUs disagree; '' when no GPU says. */
function versions(gpus: readonly GpuInfo[], pick: (gpu: GpuInfo) => string | null | undefined): string {
  const distinct = [...new Set(gpus.map(pick).filter(given))];
  const listed = distinct.slice(0, 2).map((version) => escapeMarkdown(version, 40));
  return distinct.length > 2 ? `${listed.join(' / ')} / …` : listed.join(' / ');
}

/** "2 × NVIDIA A100-SXM4-80GB (80 GiB), driver 550.54.15, CUDA 12.4"; what the evidence leaves out is left out. */
export function describeHardware(gpus: readonly GpuInfo[]): string {
  if (gpus.length === 0) return 'no GPU';
  const models = new Map<string, number>();
  for (const gpu of gpus) {
    const memory = known(gpu.memoryTotalMiB) && gpu.memoryTotalMiB > 0 ? ` (${formatMemory(gpu.memoryTotalMiB)})` : '';
    const model = `${gpuModel(gpu)}${memory}`;
    models.set(model, (models.get(model) ?? 0) + 1);
  }
  const listed = [...models].slice(0, MAX_GPU_MODELS);
  const others = gpus.length - listed.reduce((sum, [, count]) => sum + count, 0);
  const driver = versions(gpus, (gpu) => gpu.driverVersion);
  const cuda = versions(gpus, (gpu) => gpu.cudaVersion);
  return [
    [...listed.map(([model, count]) => `${count} × ${model}`), ...(others > 0 ? [plural(others, 'other GPU')] : [])].join(' + '),
    driver === '' ? '' : `driver ${driver}`,
    cuda === '' ? '' : `CUDA ${cuda}`,
  ]
    .filter((part) => part !== '')
    .join(', ');
}

/**
 * "`4242` on partition `gpu`, 2 nodes `gpu[01-02]`, 16 GPUs, 3m 10s queued, 2h running" (its job, for a run with
 * backend slurm); '' for a run on the runner.
 * What the cluster did not say is left out.
 */
export function describeSlurm(run: RunEvidence): string {
  const job = run.slurm;
  if (run.backend !== 'slurm' || job === null || job === undefined) return '';
  const nodes = known(job.nodes) ? `${plural(job.nodes, 'node')}${given(job.nodeList) ? ` ${escapeCode(job.nodeList, MACHINE_TEXT)}` : ''}` : given(job.nodeList) ? escapeCode(job.nodeList, MACHINE_TEXT) : '';
  return [
    `${escapeCode(job.jobId, 64)}${given(job.partition) ? ` on partition ${escapeCode(job.partition, 60)}` : ''}`,
    nodes,
    known(job.gpus) && job.gpus > 0 ? plural(job.gpus, 'GPU') : '',
    known(job.queueSeconds) ? `${formatDuration(job.queueSeconds)} queued` : '',
    known(job.runSeconds) ? `${formatDuration(job.runSeconds)} running` : '',
  ]
    .filter((part) => part !== '')
    .join(', ');
}

/** "`gpu-box-1` (self-hosted, Linux X64), labels `self-hosted`, `a100`"; '' when the evidence names no runner. */
export function describeRunner(runner: RunnerInfo | null | undefined): string {
  if (runner === null || runner === undefined) return '';
  const platform = [runner.os, runner.arch].filter(given).map((text) => escapeMarkdown(text, 50)).join(' ');
  const kind = [given(runner.environment) ? escapeMarkdown(runner.environment, 50) : '', platform].filter((part) => part !== '').join(', ');
  const name = [given(runner.name) ? escapeCode(runner.name, MACHINE_TEXT) : '', kind === '' ? '' : `(${kind})`].filter((part) => part !== '').join(' ');
  const labels = runner.labels ?? [];
  const more = labels.length > MAX_LABELS ? ` and ${labels.length - MAX_LABELS} more` : '';
  const listed = labels.length === 0 ? '' : `labels ${labels.slice(0, MAX_LABELS).map((label) => escapeCode(label, 60)).join(', ')}${more}`;
  return [name, listed].filter((part) => part !== '').join(', ');
}

const percent = (value: number | null | undefined) => (known(value) ? `${formatNumber(Math.round(value))}%` : '—');
const watts = (value: number | null | undefined) => (known(value) ? `${formatNumber(Math.round(value))} W` : '—');

/** "71.3 GiB (89%)": a peak and the share of its GPU's memory, when that GPU's size is known. */
function memoryCell(peak: number | null | undefined, total: number | undefined): string {
  if (!known(peak)) return '—';
  const share = total === undefined ? Number.NaN : Math.round((peak / total) * 100);
  return `${formatMemory(peak)}${Number.isFinite(share) ? ` (${formatNumber(share)}%)` : ''}`;
}

function utilisationCell(mean: number | null | undefined, p95: number | null | undefined): string {
  return known(mean) || known(p95) ? `${percent(mean)} / ${percent(p95)}` : '—';
}

/** Memory of each GPU by its index, where the preflight saw both. */
function memoryByIndex(gpus: readonly GpuInfo[]): Map<number, number> {
  return new Map(gpus.flatMap((gpu) => (gpu.index !== undefined && known(gpu.memoryTotalMiB) && gpu.memoryTotalMiB > 0 ? [[gpu.index, gpu.memoryTotalMiB] as const] : [])));
}

/**
 * The memory of the GPU that reached the run's peak: found by index through the per-GPU telemetry, else the size
 * every GPU shares; undefined when neither says (then no percentage is shown rather than a guess).
 */
function memoryAtPeak(run: RunEvidence, peak: number): number | undefined {
  const totals = memoryByIndex(run.gpus);
  const atPeak = run.telemetry?.gpus?.find((gpu) => gpu.peakMemoryMiB === peak && gpu.index !== undefined && totals.has(gpu.index));
  if (atPeak?.index !== undefined) return totals.get(atPeak.index);
  const sizes = [...new Set(run.gpus.map((gpu) => gpu.memoryTotalMiB))];
  const only = sizes[0];
  return sizes.length === 1 && known(only) && only > 0 ? only : undefined;
}

type Column = { header: string; align: Align; cell: (run: LabelledRun) => string };

const TELEMETRY_COLUMNS: readonly Column[] = [
  {
    header: 'Peak GPU memory',
    align: 'r',
    cell: ({ evidence }) => {
      const peak = evidence.telemetry?.peakMemoryMiB;
      return memoryCell(peak, known(peak) ? memoryAtPeak(evidence, peak) : undefined);
    },
  },
  { header: 'GPU util. mean / p95', align: 'r', cell: ({ evidence }) => utilisationCell(evidence.telemetry?.meanUtilizationPercent, evidence.telemetry?.p95UtilizationPercent) },
  { header: 'Mean power / GPU', align: 'r', cell: ({ evidence }) => watts(evidence.telemetry?.meanPowerW) },
  { header: 'GPU-hours', align: 'r', cell: ({ evidence }) => (known(evidence.telemetry?.gpuHours) ? formatNumber(Number(evidence.telemetry.gpuHours.toPrecision(3))) : '—') },
];

/** A fact every run shares goes in a line above the table; one that differs is a column. */
function sharedOrColumn(runs: readonly LabelledRun[], header: string, describe: (run: LabelledRun) => string): { line: string; column?: Column } {
  const texts = new Map(runs.map((run) => [run, describe(run)]));
  const distinct = new Set(texts.values());
  if (distinct.size <= 1) return { line: [...distinct][0] ?? '' };
  return { line: '', column: { header, align: 'l', cell: (run) => texts.get(run) || '—' } };
}

/** Who a hint is about: the run's label, or "the run" when the section has one. */
type Who = (run: LabelledRun) => string;

function budgetHint(run: LabelledRun, who: Who): string {
  const evidence = run.evidence;
  const after = known(evidence.timeBudgetSeconds) ? ` after ${formatDuration(evidence.timeBudgetSeconds)}` : '';
  const stopped = `⏱️ The time budget stopped ${who(run)}${after}`;
  const checkpoint = evidence.checkpoint;
  if (checkpoint === null || checkpoint === undefined) return `${stopped}, and no checkpoint was recorded to resume from.`;
  const size = known(checkpoint.bytes) ? ` (${formatMemory(checkpoint.bytes / 1024 ** 2)})` : '';
  return `${stopped}; it can resume from its checkpoint ${escapeCode(checkpoint.path, 200)}${size} when run again.`;
}

function utilisationHint(run: LabelledRun, single: boolean): string {
  const telemetry = run.evidence.telemetry;
  const p95 = known(telemetry?.p95UtilizationPercent) ? ` (p95 ${percent(telemetry.p95UtilizationPercent)})` : '';
  const of = single ? '' : ` of ${escapeName(run.label)}`;
  return `🐢 GPU utilisation${of} averaged ${percent(telemetry?.meanUtilizationPercent)}${p95}: the GPUs were mostly idle, so it is probably input-bound (data loading or preprocessing).`;
}

/** A run that used its GPUs little: long enough for the mean to mean something, and not one that failed early. */
function lowUtilisation(run: LabelledRun): boolean {
  const mean = run.evidence.telemetry?.meanUtilizationPercent;
  const ending = runOutcome(run.evidence).ending;
  return known(mean) && mean < LOW_UTILISATION_PERCENT && run.evidence.durationSeconds >= MIN_UTILISATION_SECONDS && (ending === 'finished' || ending === 'time-budget');
}

/** The first hints of a kind, and a count of the rest. */
function capped(hints: readonly string[], rest: (count: number) => string): string[] {
  return hints.length <= MAX_HINTS ? [...hints] : [...hints.slice(0, MAX_HINTS), `… and ${rest(hints.length - MAX_HINTS)}.`];
}

/**
 * What a person can act on, in a line each: a run the time budget stopped (it can resume from its checkpoint) and a
 * run that kept its GPUs mostly idle. Stopped runs without a checkpoint field are old evidence: nothing to add.
 */
function hintsOf(runs: readonly LabelledRun[]): string[] {
  const single = runs.length === 1;
  const who: Who = (run) => (single ? 'the run' : escapeName(run.label));
  const stopped = runs.filter((run) => run.evidence.timedOut && run.evidence.checkpoint !== undefined);
  const idle = runs.filter(lowUtilisation);
  return [
    ...capped(stopped.map((run) => budgetHint(run, who)), (count) => `${plural(count, 'more run')} stopped by the time budget`),
    ...capped(idle.map((run) => utilisationHint(run, single)), (count) => `${plural(count, 'more run')} with GPU utilisation under ${LOW_UTILISATION_PERCENT}%`),
  ];
}

type RunCurve = { name: string; chart: RunsChart };

/**
 * The runs' own curves, for metrics no comparison draws: metrics with a direction (loss, accuracy) before the rest
 * (learning rate, epoch), then those more runs logged, then by name; the first MAX_RUN_CHARTS that can be drawn.
 */
function drawRunCurves(runs: readonly LabelledRun[], compared: ReadonlySet<string>): { drawn: RunCurve[]; withHistory: number } {
  // Maps, not the records themselves: a metric named __proto__ must not read the prototype.
  const histories = runs.map((run) => new Map(Object.entries(run.evidence.histories ?? {})));
  const logged = new Map<string, number>();
  for (const byName of histories) for (const [name, history] of byName) if (!compared.has(name) && history.length > 0) logged.set(name, (logged.get(name) ?? 0) + 1);
  const undirected = (name: string) => (inferDirection(name) === 'none' ? 1 : 0);
  const order = [...logged].sort((a, b) => undirected(a[0]) - undirected(b[0]) || b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const drawn: RunCurve[] = [];
  for (const [name] of order) {
    if (drawn.length === MAX_RUN_CHARTS) break;
    const chart = runsChart(name, histories.map((byName) => byName.get(name) ?? []));
    if (chart !== undefined) drawn.push({ name, chart });
  }
  return { drawn, withHistory: logged.size };
}

function runCurveMarkdown({ name, chart }: RunCurve, runs: readonly LabelledRun[]): string {
  const label = (index: number) => escapeName((runs[index] as LabelledRun).label);
  const colours = runs.length === 1 ? '' : `: ${chart.lines.map((line) => `${line.colour}: ${label(line.run)}`).join(', ')}`;
  const notes = chart.lines.flatMap((line) => (line.partial === undefined ? [] : [` ${runs.length === 1 ? 'The run' : label(line.run)} logged ${line.partial} only; its line is flat outside them.`]));
  const more = chart.more === 0 ? '' : ` ${plural(chart.more, 'more run')} logged it; a chart draws ${chart.lines.length}.`;
  const caption = `${escapeName(name)}${colours}${colours === '' && notes.length === 0 && more === '' ? '' : '.'}${notes.join('')}${more}`;
  return `${chart.mermaid}\n\n<sub>${caption}</sub>`;
}

/** Per GPU of one run, folded: memory, utilisation, power and temperature, to see one GPU lag the others. */
function perGpuMarkdown(run: RunEvidence): string {
  const telemetry: readonly GpuTelemetry[] = run.telemetry?.gpus ?? [];
  if (telemetry.length < 2) return '';
  const totals = memoryByIndex(run.gpus);
  const models = new Map(run.gpus.flatMap((gpu) => (gpu.index === undefined ? [] : [[gpu.index, gpuModel(gpu)] as const])));
  const rows = telemetry.map((gpu) => {
    const index = gpu.index;
    return [
      index === undefined ? '—' : String(index),
      (index === undefined ? undefined : models.get(index)) ?? '—',
      memoryCell(gpu.peakMemoryMiB, index === undefined ? undefined : totals.get(index)),
      utilisationCell(gpu.meanUtilizationPercent, gpu.p95UtilizationPercent),
      watts(gpu.meanPowerW),
      watts(gpu.peakPowerW),
      known(gpu.maxTemperatureC) ? `${formatNumber(Math.round(gpu.maxTemperatureC))} °C` : '—',
    ];
  });
  const header = ['GPU', 'Model', 'Peak memory', 'Util. mean / p95', 'Mean power', 'Peak power', 'Max temperature'];
  return details(`Per GPU: ${plural(rows.length, 'GPU')}`, table(header, rows, ['r', 'l', 'r', 'r', 'r', 'r', 'r']));
}

export type RunsSectionOptions = {
  /** Metrics whose curves another section draws (a comparison's); the runs' own curves leave them out. */
  compared?: ReadonlySet<string>;
  /** One run on its own (the train action's job summary): no label column, and a table per GPU. */
  standalone?: boolean;
};

/**
 * The training runs: hardware and runner (in a line when every run shares them), then a row per run with its
 * command, how it ended, how long it took and what the telemetry saw, failed runs first; hints for a run the time
 * budget stopped or one that left its GPUs idle; then curves from the runs' histories for metrics no comparison
 * draws, a line per run. Old evidence shows what it has. Two levers: the rows, and the charts.
 */
export function runsSection(runs: readonly LabelledRun[], context: ReportContext, options: RunsSectionOptions = {}): Section {
  // A Slurm job's GPUs are on its nodes: the login node's probe saw none, so the allocation says what it had.
  const hardware = sharedOrColumn(runs, 'Hardware', (run) =>
    run.evidence.backend === 'slurm' && run.evidence.gpus.length === 0 ? (known(run.evidence.slurm?.gpus) && run.evidence.slurm.gpus > 0 ? `${plural(run.evidence.slurm.gpus, 'GPU')} on the Slurm job's nodes` : 'no GPU') : describeHardware(run.evidence.gpus),
  );
  const runner = sharedOrColumn(runs, 'Runner', (run) => describeRunner(run.evidence.runner));
  const slurm = sharedOrColumn(runs, 'Slurm job', (run) => describeSlurm(run.evidence));
  const telemetry = TELEMETRY_COLUMNS.filter((column) => runs.some((run) => column.cell(run) !== '—'));
  const columns: Column[] = [
    ...(options.standalone === true ? [] : [{ header: 'Run', align: 'l' as const, cell: (run: LabelledRun) => escapeName(run.label) }]),
    { header: 'Command', align: 'l', cell: (run) => escapeCode(run.evidence.command, COMMAND_LENGTH) },
    { header: 'Result', align: 'l', cell: (run) => runOutcome(run.evidence).text },
    { header: 'Duration', align: 'r', cell: (run) => formatDuration(run.evidence.durationSeconds) },
    ...(hardware.column === undefined ? [] : [hardware.column]),
    ...(runner.column === undefined ? [] : [runner.column]),
    ...(slurm.column === undefined ? [] : [slurm.column]),
    ...telemetry,
  ];
  const rows = runs
    .map((run) => ({ run, ok: runOutcome(run.evidence).ok }))
    .sort((a, b) => Number(a.ok) - Number(b.ok))
    .map(({ run }) => columns.map((column) => column.cell(run)));
  const gpuHours = runs.flatMap((run) => (known(run.evidence.telemetry?.gpuHours) ? [run.evidence.telemetry.gpuHours] : []));
  const facts = [
    hardware.line === '' ? '' : `Hardware: ${hardware.line}`,
    runner.line === '' ? '' : `Runner: ${runner.line}`,
    slurm.line === '' ? '' : `Slurm job: ${slurm.line}`,
    runs.length > 1 && gpuHours.length > 0 ? `GPU-hours: ${formatNumber(Number(gpuHours.reduce((sum, hours) => sum + hours, 0).toPrecision(3)))} in all` : '',
  ].filter((fact) => fact !== '');
  const hints = hintsOf(runs);
  const perGpu = options.standalone === true && runs.length === 1 ? perGpuMarkdown((runs[0] as LabelledRun).evidence) : '';
  const { drawn, withHistory } = drawRunCurves(runs, options.compared ?? new Set());
  const omitted: Section['omitted'] = (shown) => {
    const left: Omission[] = [];
    if (shown.runs < rows.length) left.push({ lever: 'runs', sentence: `${plural(rows.length - shown.runs, 'training run')} ${rows.length - shown.runs === 1 ? 'is' : 'are'} not shown` });
    if (shown.runCharts < drawn.length) left.push({ lever: 'runCharts', sentence: `${plural(drawn.length - shown.runCharts, 'run curve')} ${drawn.length - shown.runCharts === 1 ? 'is' : 'are'} not drawn` });
    return left;
  };
  return {
    levers: [
      { name: 'runs', total: rows.length },
      { name: 'runCharts', total: drawn.length },
    ],
    omitted,
    render: (shown) => {
      if (rows.length === 0) return '';
      const shownRows = rows.slice(0, shown.runs);
      const rendered = shownRows.length === 0 ? '' : table(columns.map((column) => column.header), shownRows, columns.map((column) => column.align));
      const summary = `${plural(runs.length, 'training run')}: ${describeEndings(runs)}`;
      const charts = drawn.slice(0, shown.runCharts).map((curve) => runCurveMarkdown(curve, runs)).join('\n\n');
      const cappedCharts = drawn.length === MAX_RUN_CHARTS && withHistory > MAX_RUN_CHARTS ? `Run curves are drawn for ${MAX_RUN_CHARTS} of the ${withHistory.toLocaleString('en-US')} metrics the runs logged a history of.` : '';
      const body = [
        facts.map((fact) => `- ${fact}`).join('\n'),
        rows.length <= OPEN_ROWS || rendered === '' ? rendered : details(summary, rendered),
        perGpu,
        hints.map((hint) => `- ${hint}`).join('\n'),
        charts === '' ? '' : drawn.length > OPEN_CHARTS ? details(runs.length === 1 ? plural(Math.min(shown.runCharts, drawn.length), 'curve') : `${plural(Math.min(shown.runCharts, drawn.length), 'chart')}: a line per run`, charts) : charts,
        charts === '' ? '' : cappedCharts,
      ];
      return sectionMarkdown(runs.length === 1 ? 'Training run' : 'Training runs', body, omitted(shown), context);
    },
  };
}

/** One run's section on its own, every row and chart shown: the train action's job summary. */
export function renderRunMarkdown(evidence: RunEvidence): string {
  const section = runsSection([{ evidence, label: 'run' }], { repository: '', sha: null, serverUrl: '' }, { standalone: true });
  const everything = Object.fromEntries(DROP_ORDER.map((name) => [name, Number.MAX_SAFE_INTEGER])) as Shown<LeverName>;
  return section.render(everything);
}
