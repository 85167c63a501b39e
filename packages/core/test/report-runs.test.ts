import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FoundEvidence } from '../src/evidence/read.ts';
import type { GpuInfo, RunEvidence } from '../src/evidence/run.ts';
import { renderRunMarkdown } from '../src/index.ts';
import { renderReport } from '../src/report/render.ts';
import { describeHardware, describeRunner, runOutcome } from '../src/report/sections/runs.ts';
import type { ReportInput } from '../src/report/types.ts';
import { showInvisible } from '../src/text/invisible.ts';
import { example, idleRun, oldRun, run, stoppedRun } from './fixtures/report/example.ts';
import { githubDom, tablesOf } from './helpers/github-markdown.ts';
import { HOSTILE_FRAGMENTS, runArbitrary } from './helpers/report-arbitraries.ts';
import { expectWellFormed } from './helpers/report-shape.ts';

const COMMENT = 65_536;
type FoundRun = Extract<FoundEvidence, { kind: 'run' }>;

/** A report of these runs (and any other evidence given first), nothing refused, no environments. */
function withRuns(runs: readonly FoundRun[], others: readonly FoundEvidence[] = []): ReportInput {
  return { ...example, evidence: [...others, ...runs], refused: [], environments: {} };
}

function changed(base: FoundRun, changes: Partial<RunEvidence>, path = base.path): FoundRun {
  return { ...base, path, document: { ...base.document, ...changes } };
}

/** Text as GitHub shows it: references decoded, the invisible joiners that break mentions left out, spaces collapsed. */
function shown(markdown: string): string {
  return (githubDom(markdown).textContent ?? '').replace(/\u2060/g, '').replace(/\s+/g, ' ').trim();
}

/** The training section of a report: from its heading to the next section's. */
function trainingSection(markdown: string): string {
  const start = markdown.indexOf('#### Training run');
  const end = markdown.indexOf('\n#### ', start + 1);
  return markdown.slice(start, end === -1 ? undefined : end);
}

function runTable(markdown: string) {
  return tablesOf(githubDom(markdown)).find((table) => table.header.includes('Result'));
}

/** The facts and hints: the section's list items, as shown. */
function listItems(markdown: string): string[] {
  return trainingSection(markdown)
    .split('\n')
    .filter((line) => line.startsWith('- '))
    .map((line) => shown(line.slice(2)));
}

/** Each chart's title, in order. */
function chartTitles(markdown: string): string[] {
  return [...markdown.matchAll(/^ {2}title "(.*)"$/gm)].map((match) => match[1] as string);
}

const render = (input: ReportInput) => renderReport(input, { maxChars: COMMENT }).markdown;

describe('runOutcome', () => {
  it.each([
    ['exit 0', {}, true, '✅ exit 0'],
    ['a non-zero exit', { exitCode: 1 }, false, '❌ exit 1'],
    ['a signal', { exitCode: null, signal: 'SIGKILL' }, false, '❌ killed by <code>SIGKILL</code>'],
    ['neither', { exitCode: null, signal: null }, false, '❌ no exit code'],
    ['the time budget, saying how long it was', { exitCode: null, signal: 'SIGINT', timedOut: true, timeBudgetSeconds: 19_800 }, false, '⏱️ stopped by the time budget after 5 h 30 min'],
    ['the time budget in old evidence', { exitCode: 124, timedOut: true, timeBudgetSeconds: undefined }, false, '⏱️ stopped by the time budget (exit 124)'],
    ['a cancel', { exitCode: 130, signal: null, cancelled: true }, false, '⏹️ cancelled'],
  ] as const)('tells %s', (_, changes, ok, text) => {
    const outcome = runOutcome({ ...run.document, ...changes });
    expect(outcome.ok).toBe(ok);
    expect(outcome.text).toBe(text);
  });
});

describe('describeHardware and describeRunner', () => {
  const gpu = (changes: Partial<GpuInfo>): GpuInfo => ({ ...(run.document.gpus[0] as GpuInfo), ...changes });
  it.each([
    ['two A100s', run.document.gpus, '2 × NVIDIA A100-SXM4-80GB (80 GiB), driver 550.54.15, CUDA 12.4'],
    ['no GPU', [], 'no GPU'],
    ['a name alone (old evidence)', [{ name: 'NVIDIA A10G' }], '1 × NVIDIA A10G'],
    ['an H100, in MiB as nvidia-smi counts', [gpu({ name: 'NVIDIA H100 80GB HBM3', memoryTotalMiB: 81_559 })], '1 × NVIDIA H100 80GB HBM3 (79.6 GiB), driver 550.54.15, CUDA 12.4'],
    ['an AMD GPU with no name and no CUDA', [{ vendor: 'amd', memoryTotalMiB: 196_608, driverVersion: '6.7.0', cudaVersion: null }], '1 × AMD GPU (192 GiB), driver 6.7.0'],
    ['memory the tool could not read', [gpu({ memoryTotalMiB: null })], '1 × NVIDIA A100-SXM4-80GB, driver 550.54.15, CUDA 12.4'],
    [
      'a box of five kinds',
      ['A', 'B', 'C', 'D', 'D'].map((name) => ({ name })),
      '1 × A + 1 × B + 1 × C + 2 other GPUs',
    ],
    ['two drivers', [gpu({}), gpu({ driverVersion: '535.104.05', cudaVersion: '12.2' })], '2 × NVIDIA A100-SXM4-80GB (80 GiB), driver 550.54.15 / 535.104.05, CUDA 12.4 / 12.2'],
  ] as const)('describes %s', (_, gpus, text) => {
    expect(shown(describeHardware(gpus as GpuInfo[]))).toBe(text);
  });

  it.each<[string, RunEvidence['runner'], string]>([
    ['a whole runner', run.document.runner, 'gpu-box-1 (self-hosted, Linux X64), labels self-hosted, linux, a100'],
    ['no runner', null, ''],
    ['labels alone', { name: null, os: null, arch: null, environment: null, labels: ['gpu'] }, 'labels gpu'],
    ['a hundred labels', { name: 'r', os: null, arch: null, environment: null, labels: Array.from({ length: 100 }, (_, i) => `l${i}`) }, 'r, labels l0, l1, l2, l3, l4, l5 and 94 more'],
  ])('describes %s', (_, runner, text) => {
    expect(shown(describeRunner(runner))).toBe(text);
  });
});

describe('the training section', () => {
  it("shows the example's seeds: hardware and runner once, a row per seed with its telemetry, stopped runs first", () => {
    const markdown = render(withRuns([run, stoppedRun, idleRun]));
    expect(runTable(markdown)).toEqual({
      header: ['Run', 'Command', 'Result', 'Duration', 'Peak GPU memory', 'GPU util. mean / p95', 'Mean power / GPU', 'GPU-hours'],
      rows: [
        ['train-seed-2/run.json', 'python train.py --epochs 12 --seed 2', '⏱️ stopped by the time budget after 45 min 00 s', '45 min 12 s', '71.8 GiB (90%)', '90% / 98%', '334 W', '1.51'],
        ['train-seed-1/run.json', 'python train.py --epochs 12 --seed 1', '✅ exit 0', '30 min 34 s', '71.3 GiB (89%)', '91% / 99%', '337 W', '1.02'],
        ['train-seed-3/run.json', 'python train.py --epochs 12 --seed 3', '✅ exit 0', '36 min 50 s', '40 GiB (50%)', '18% / 26%', '147 W', '1.23'],
      ],
    });
    expect(listItems(markdown)).toEqual([
      'Hardware: 2 × NVIDIA A100-SXM4-80GB (80 GiB), driver 550.54.15, CUDA 12.4',
      'Runner: gpu-box-1 (self-hosted, Linux X64), labels self-hosted, linux, a100',
      'GPU-hours: 3.75 in all',
      '⏱️ The time budget stopped train-seed-2/run.json after 45 min 00 s; it can resume from its checkpoint checkpoints/ (1.2 GiB) when run again.',
      '🐢 GPU utilisation of train-seed-3/run.json averaged 18% (p95 26%): the GPUs were mostly idle, so it is probably input-bound (data loading or preprocessing).',
    ]);
  });

  it('puts hardware and runner in columns when the runs differ', () => {
    const h100 = changed(
      idleRun,
      { gpus: [{ name: 'NVIDIA H100 80GB HBM3', memoryTotalMiB: 81_559 }], runner: { ...(run.document.runner as NonNullable<RunEvidence['runner']>), name: 'gpu-box-2' } },
    );
    const markdown = render(withRuns([run, h100]));
    const table = runTable(markdown);
    expect(table?.header).toEqual(['Run', 'Command', 'Result', 'Duration', 'Hardware', 'Runner', 'Peak GPU memory', 'GPU util. mean / p95', 'Mean power / GPU', 'GPU-hours']);
    expect(table?.rows.map((row) => row.slice(4, 7))).toEqual([
      ['2 × NVIDIA A100-SXM4-80GB (80 GiB), driver 550.54.15, CUDA 12.4', 'gpu-box-1 (self-hosted, Linux X64), labels self-hosted, linux, a100', '71.3 GiB (89%)'],
      ['1 × NVIDIA H100 80GB HBM3 (79.6 GiB)', 'gpu-box-2 (self-hosted, Linux X64), labels self-hosted, linux, a100', '40 GiB (50%)'],
    ]);
    expect(listItems(markdown).filter((item) => /^(Hardware|Runner)/.test(item))).toEqual([]);
  });

  it("shows a Slurm run's job (id, partition, nodes, GPUs, queue and run time) and its GPUs from the allocation", () => {
    const job = (jobId: string, state = 'COMPLETED') => ({
      jobId,
      partition: 'gpu',
      nodes: 2,
      nodeList: 'gpu[01-02]',
      gpus: 16,
      queueSeconds: 190,
      runSeconds: 7200,
      sbatchOptions: ['--partition=gpu', '--nodes=2', '--gres=gpu:8'],
      state,
    });
    const first = changed(run, { backend: 'slurm', gpus: [], slurm: job('4242') });
    const markdown = render(withRuns([first]));
    expect(listItems(markdown).slice(0, 3)).toEqual([
      "Hardware: 16 GPUs on the Slurm job's nodes",
      'Runner: gpu-box-1 (self-hosted, Linux X64), labels self-hosted, linux, a100',
      'Slurm job: 4242 on partition gpu, 2 nodes gpu[01-02], 16 GPUs, 3 min 10 s queued, 2 h 00 min running',
    ]);
    // Jobs differ from run to run: a column, beside a run that never left the queue.
    const pending = changed(stoppedRun, { backend: 'slurm', gpus: [], telemetry: null, exitCode: null, signal: null, slurm: { ...job('4243', 'PENDING'), nodes: null, nodeList: null, gpus: null, runSeconds: null, queueSeconds: 2700 } });
    const table = runTable(render(withRuns([first, pending])));
    expect(table?.header).toContain('Slurm job');
    const column = table?.header.indexOf('Slurm job') ?? -1;
    expect(table?.rows.map((row) => [row[2], row[column]])).toEqual([
      ['⏱️ stopped by the time budget after 45 min 00 s, still pending in the queue', '4243 on partition gpu, 45 min 00 s queued'],
      ['✅ exit 0', '4242 on partition gpu, 2 nodes gpu[01-02], 16 GPUs, 3 min 10 s queued, 2 h 00 min running'],
    ]);
    // A run on the runner shows no Slurm line at all.
    expect(listItems(render(withRuns([run]))).some((item) => item.startsWith('Slurm'))).toBe(false);
  });

  it('shows peak memory as a share of the GPU that reached it, and no share when that GPU is unknown', () => {
    const mixed: GpuInfo[] = [
      { index: 0, name: 'big', memoryTotalMiB: 81_920 },
      { index: 1, name: 'small', memoryTotalMiB: 40_960 },
    ];
    const telemetry = { peakMemoryMiB: 30_000, gpus: [{ index: 0, peakMemoryMiB: 20_000 }, { index: 1, peakMemoryMiB: 30_000 }] };
    const peak = (evidence: FoundRun) => runTable(render(withRuns([evidence])))?.rows[0]?.[4];
    expect(peak(changed(oldRun, { gpus: mixed, telemetry }))).toBe('29.3 GiB (73%)');
    expect(peak(changed(oldRun, { gpus: mixed, telemetry: { peakMemoryMiB: 30_000 } }))).toBe('29.3 GiB');
    expect(peak(changed(oldRun, { gpus: [{ name: 'x' }], telemetry: { peakMemoryMiB: 300 } }))).toBe('300 MiB');
  });

  it('shows what partial telemetry has, and no column for what no run has', () => {
    const markdown = render(withRuns([changed(oldRun, { telemetry: { gpuHours: 0.51, meanUtilizationPercent: null, p95UtilizationPercent: 97 } })]));
    expect(runTable(markdown)).toEqual({
      header: ['Run', 'Command', 'Result', 'Duration', 'GPU util. mean / p95', 'GPU-hours'],
      rows: [['run.json', 'python train.py --epochs 12 --seed 1', '✅ exit 0', '30 min 34 s', '— / 97%', '0.51']],
    });
  });

  it.each([
    ['a stop with a checkpoint to resume from', {}, ['⏱️ The time budget stopped the run after 45 min 00 s; it can resume from its checkpoint checkpoints/ (1.2 GiB) when run again.']],
    [
      'a stop with a checkpoint of unknown size',
      { checkpoint: { path: 'ckpt/', restoredKey: null, bytes: null } },
      ['⏱️ The time budget stopped the run after 45 min 00 s; it can resume from its checkpoint ckpt/ when run again.'],
    ],
    ['a stop with no checkpoint', { checkpoint: null }, ['⏱️ The time budget stopped the run after 45 min 00 s, and no checkpoint was recorded to resume from.']],
    ['a stop in old evidence (no checkpoint field)', { checkpoint: undefined }, []],
    [
      'a long run that left its GPUs idle',
      { timedOut: false, exitCode: 0, signal: null, telemetry: { ...idleRun.document.telemetry, meanUtilizationPercent: 12, p95UtilizationPercent: null } },
      ['🐢 GPU utilisation averaged 12%: the GPUs were mostly idle, so it is probably input-bound (data loading or preprocessing).'],
    ],
    ['a short run that left its GPUs idle (it was mostly starting)', { timedOut: false, exitCode: 0, durationSeconds: 120, telemetry: idleRun.document.telemetry }, []],
    ['a failed run that left its GPUs idle', { timedOut: false, exitCode: 1, telemetry: idleRun.document.telemetry }, []],
    ['a run at 30% utilisation', { timedOut: false, exitCode: 0, telemetry: { ...idleRun.document.telemetry, meanUtilizationPercent: 30 } }, []],
  ] as const)('hints at %s', (_, changes, hints) => {
    const markdown = render(withRuns([changed(stoppedRun, changes as Partial<RunEvidence>)]));
    expect(listItems(markdown).filter((item) => /^[⏱🐢…]/u.test(item))).toEqual(hints);
    expectWellFormed(markdown);
  });

  it('lists three hints of a kind and counts the rest', () => {
    const seeds = Array.from({ length: 5 }, (_, i) => changed(stoppedRun, {}, `/e/seed-${i}/run.json`));
    const hints = listItems(render(withRuns(seeds))).filter((item) => /^[⏱…]/u.test(item));
    expect(hints).toHaveLength(4);
    expect(hints[0]).toMatch(/^⏱️ The time budget stopped seed-0\/run\.json after/);
    expect(hints[3]).toBe('… and 2 more runs stopped by the time budget.');
  });

  it('folds the table when there are many runs, saying how they ended', () => {
    const seeds = Array.from({ length: 6 }, (_, i) => changed(i === 0 ? stoppedRun : run, {}, `/e/seed-${i}/run.json`));
    const markdown = render(withRuns(seeds));
    expect(markdown).toContain('<details><summary>6 training runs: 1 stopped by the time budget, 5 finished</summary>');
    expect(runTable(markdown)?.rows).toHaveLength(6);
  });
});

describe("the runs' curves", () => {
  it('draws only the metrics no comparison draws, a line per seed, and no curve twice', () => {
    const markdown = render(example);
    // eval/acc has a history in the runs and in the comparison: the comparison's chart shows it.
    expect(chartTitles(trainingSection(markdown))).toEqual(['train/acc', 'train/loss']);
    expect(chartTitles(markdown)).toEqual(['train/acc', 'train/loss', 'eval/acc', 'eval/loss']);
    expect(shown(trainingSection(markdown))).toContain(
      'train/loss: 🔵 blue: train-seed-1/run.json, 🟠 orange: train-seed-2/run.json, 🟢 green: train-seed-3/run.json. train-seed-2/run.json logged steps 0 to 850 only; its line is flat outside them.',
    );
  });

  it('draws a metric a comparison would draw when the report has no comparison', () => {
    expect(chartTitles(render(withRuns([run])))).toEqual(['eval/acc', 'train/acc', 'train/loss']);
  });

  it('draws at most four metrics, those with a direction first, folded, and says how many had a history', () => {
    const names = ['lr', 'epoch', 'z/loss', 'b/acc', 'c/f1', 'd/mse', 'e/auc'];
    const histories = Object.fromEntries(names.map((name) => [name, [[0, 1], [1, 2]] as [number, number][]]));
    const markdown = render(withRuns([changed(oldRun, { histories })]));
    expect(chartTitles(markdown)).toEqual(['b/acc', 'c/f1', 'd/mse', 'e/auc']);
    expect(markdown).toContain('<details><summary>4 curves</summary>');
    expect(markdown).toContain('Run curves are drawn for 4 of the 7 metrics the runs logged a history of.');
  });

  it('draws eight runs of a metric and counts the rest', () => {
    const seeds = Array.from({ length: 10 }, (_, i) => changed(oldRun, { histories: { loss: [[0, i], [1, i + 1]] } }, `/e/seed-${i}/run.json`));
    const markdown = render(withRuns(seeds));
    expect(markdown.match(/^ {2}line \[/gm)).toHaveLength(8);
    expect(shown(markdown)).toContain('2 more runs logged it; a chart draws 8.');
  });

  it('takes a metric named __proto__ or constructor as any other name', () => {
    const histories = JSON.parse('{"__proto__": [[0, 1], [1, 2]], "constructor": [[0, 3], [1, 2]]}') as RunEvidence['histories'];
    const markdown = renderRunMarkdown({ ...oldRun.document, histories });
    expect(chartTitles(markdown).sort()).toEqual(['__proto__', 'constructor']);
  });

  it('drops a run curve before anything else when the report is too long', () => {
    const full = render(example);
    const { dropped, markdown } = renderReport(example, { maxChars: [...full].length - 1 });
    expect(dropped).toEqual(['1 run curve is not drawn']);
    expect(markdown).toContain('✂️ 1 run curve is not drawn to fit the size limit; see the [full report]');
  });
});

describe('renderRunMarkdown', () => {
  it("renders one run as the train action's job summary (reviewed snapshot)", async () => {
    const markdown = renderRunMarkdown(stoppedRun.document);
    expectWellFormed(markdown);
    expect(runTable(markdown)?.header[0]).toBe('Command');
    expect(tablesOf(githubDom(markdown)).find((table) => table.header[0] === 'GPU')?.rows.map((row) => row.slice(0, 3))).toEqual([
      ['0', 'NVIDIA A100-SXM4-80GB', '71.8 GiB (90%)'],
      ['1', 'NVIDIA A100-SXM4-80GB', '70.6 GiB (88%)'],
    ]);
    await expect(`${markdown}\n`).toMatchFileSnapshot('./__snapshots__/run-summary.md');
  });

  it('renders old evidence with what it has', () => {
    expect(renderRunMarkdown(oldRun.document)).toBe(
      [
        '#### Training run',
        '',
        '- Hardware: 1 × NVIDIA A10G',
        '',
        '| Command | Result | Duration |',
        '| :- | :- | -: |',
        '| <code>python train&#46;py --epochs 12 --seed 1</code> | ✅ exit 0 | 30 min 34 s |',
      ].join('\n'),
    );
  });
});

describe('untrusted GPU and runner text, as GitHub renders it', () => {
  /** What escapeMarkdown and escapeCode leave readable: line breaks as spaces, controls as their pictures. */
  const readable = (text: string) =>
    // eslint-disable-next-line no-control-regex -- the line breaks escapeMarkdown reads as spaces
    [...showInvisible(text.replace(/[\r\n\t\u000b\u000c\u2028\u2029]+/g, ' '))]
      .map((char) => {
        const code = char.codePointAt(0) as number;
        if (code >= 0xd800 && code <= 0xdfff) return '\uFFFD';
        if (code < 0x20) return String.fromCodePoint(0x2400 + code);
        return code === 0x7f ? '\u2421' : char;
      })
      .join('');
  /** Spaces as HTML shows them: runs of them read as one. */
  const collapsed = (text: string) => text.replace(/\s+/g, ' ').trim();

  it('shows every hostile GPU name, runner name and label as written, with no link, image, mention or broken table', () => {
    const runs = HOSTILE_FRAGMENTS.map((fragment, i) =>
      changed(
        run,
        {
          gpus: [{ ...(run.document.gpus[0] as GpuInfo), name: `g${i} ${fragment} end`, driverVersion: `d${i} ${fragment}` }],
          runner: { name: `r${i} ${fragment}`, os: 'Linux', arch: 'X64', environment: 'self-hosted', labels: [`l${i} ${fragment}`] },
          command: `python ${fragment}`,
          checkpoint: { path: `c${i} ${fragment}`, restoredKey: null, bytes: null },
          timedOut: true,
        },
        `/e/${i}/run.json`,
      ),
    );
    const markdown = renderReport(withRuns(runs), { maxChars: 1024 * 1024 }).markdown;
    expectWellFormed(markdown);
    const table = runTable(markdown);
    expect(table?.rows).toHaveLength(HOSTILE_FRAGMENTS.length);
    const column = (heading: string) => table?.rows.map((row) => collapsed((row[table.header.indexOf(heading)] as string).replace(/\u2060/g, '')));
    const [hardware, runner] = [column('Hardware'), column('Runner')];
    HOSTILE_FRAGMENTS.forEach((fragment, i) => {
      expect(hardware).toContain(collapsed(`1 × ${readable(`g${i} ${fragment} end`)} (80 GiB), driver ${readable(`d${i} ${fragment}`)}, CUDA 12.4`));
      expect(runner).toContain(collapsed(`${readable(`r${i} ${fragment}`)} (self-hosted, Linux X64), labels ${readable(`l${i} ${fragment}`)}`));
    });
  });

  it('keeps any run summary well-formed, its first GPU named as written (property)', () => {
    fc.assert(
      fc.property(runArbitrary, (evidence) => {
        const markdown = renderRunMarkdown(evidence);
        expectWellFormed(markdown);
        const name = evidence.gpus[0]?.name;
        if (name !== undefined && name.trim() !== '' && [...name].length <= 120) expect(shown(markdown)).toContain(collapsed(readable(name)));
      }),
      { numRuns: 100 },
    );
  });

  it('keeps a report of several runs well-formed and within its budget (property)', () => {
    fc.assert(
      fc.property(fc.array(runArbitrary, { minLength: 1, maxLength: 12 }), fc.integer({ min: 500, max: 20_000 }), (documents, maxChars) => {
        const runs = documents.map((document, i): FoundRun => ({ path: `/e/seed-${i}/run.json`, kind: 'run', document }));
        const report = renderReport(withRuns(runs), { maxChars });
        expect([...report.markdown].length).toBeLessThanOrEqual(maxChars);
        if (!report.dropped[0]?.startsWith('every section')) expectWellFormed(report.markdown);
      }),
      { numRuns: 60 },
    );
  });
});
