import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import type { Mermaid } from 'mermaid';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MonitoringBatch, MonitoringEvidence, PerformanceResult } from '../src/evidence/monitoring.ts';
import type { FoundEvidence } from '../src/evidence/read.ts';
import type { DriftResult } from '../src/evidence/validation.ts';
import { renderMonitoringMarkdown } from '../src/index.ts';
import { countCodePoints } from '../src/report/budget.ts';
import { renderReport } from '../src/report/render.ts';
import type { ReportInput } from '../src/report/types.ts';
import { example } from './fixtures/report/example.ts';
import { githubDom, shownAs, tablesOf } from './helpers/github-markdown.ts';
import { HOSTILE_FRAGMENTS, hostileText } from './helpers/report-arbitraries.ts';
import { expectWellFormed, TRUSTED } from './helpers/report-shape.ts';

const COMMENT = 65_536;

// mermaid.parse runs under Node once a DOM window is global (as in report-chart.test.ts): the real parser, since
// GitHub shows a chart it rejects as an error box.
let mermaid: Mermaid;
beforeAll(async () => {
  const { window } = new JSDOM('<!doctype html><html><body></body></html>');
  Object.assign(globalThis, { window, document: window.document });
  mermaid = (await import('mermaid')).default;
});

function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```mermaid\n([\s\S]*?)\n```$/gm)].map((match) => match[1] as string);
}

/** Every line of a timeline is one the code writes: numbers, fixed words and batch numbers, never a name. */
function expectOnlyNumbers(chart: string): void {
  for (const line of chart.split('\n').slice(2)) {
    expect(line).toMatch(/^ {2}(title "[\w ]+"|x-axis "batch" \[("\d+(-\d+)?"(, )?)+\]|y-axis "drifted share" 0 --> 1|(bar|line) \[[\d., ]+\])$/);
  }
}

function drift(column: string, drifted: boolean, statistic: DriftResult['statistic'] = 'ks'): DriftResult {
  const pValue = statistic === 'ks' || statistic === 'chi-square' || statistic === 'z';
  return { column, statistic, value: pValue ? (drifted ? 0.001 : 0.4) : drifted ? 0.3 : 0.02, threshold: pValue ? 0.05 : 0.1, drifted };
}

function batch(index: number, driftedShare = 0, extra: Partial<MonitoringBatch> = {}): MonitoringBatch {
  return { source: `logs/day-${String(index + 1).padStart(3, '0')}.parquet`, rows: 1000, driftedShare, columns: 4, checksFailed: 0, ...extra };
}

const metric = (name: string, status: PerformanceResult['status'], extra: Partial<PerformanceResult> = {}): PerformanceResult => ({
  name,
  expected: 0.9,
  observed: status === 'not-judged' ? null : status === 'ok' ? 0.905 : 0.81,
  status,
  ...extra,
});

/** Healthy monitoring of four columns in three batches, with live accuracy; `changes` make it otherwise. */
function monitoring(changes: Partial<MonitoringEvidence> = {}): MonitoringEvidence {
  return {
    schema: 'crucible/monitoring@1',
    git: { sha: '3f2a9c1d4e5b6a7980a1b2c3d4e5f60718293a4b', ref: 'refs/heads/main', headSha: '3f2a9c1d4e5b6a7980a1b2c3d4e5f60718293a4b' },
    healthy: true,
    status: 'healthy',
    reasons: [],
    rows: 3000,
    labelledRows: 1200,
    task: 'classification',
    batches: [batch(0), batch(1), batch(2)],
    drift: [drift('age', false), drift('income', false, 'wasserstein'), drift('region', false, 'psi'), drift('plan', false, 'chi-square')],
    datasetDrift: false,
    driftSummary: { columns: 4, drifted: 0, share: 0, threshold: 0.5, datasetDrift: false },
    alertOn: 'column',
    minRows: 100,
    performance: [metric('eval.accuracy', 'ok', { metric: 'accuracy', bound: 0.92, tolerance: 0.01, rows: 1200 })],
    predictionDrift: drift('churned', false, 'chi-square'),
    reference: { file: 'reference-profile.json', kind: 'profile', rows: 50_000 },
    model: { name: 'churn', version: 'v1.4.0', stage: 'prod', environment: 'production' },
    ...changes,
  };
}

const drifted = (): MonitoringEvidence =>
  monitoring({
    healthy: false,
    status: 'alert',
    reasons: ['2 of 4 columns drifted: age, income'],
    batches: [batch(0), batch(1, 0.25, { drifted: ['age'] }), batch(2, 0.5, { drifted: ['age', 'income'], datasetDrift: true, checksFailed: 1 })],
    drift: [drift('age', true), drift('income', true, 'wasserstein'), drift('region', false, 'psi'), drift('plan', false, 'chi-square')],
    datasetDrift: true,
    driftSummary: { columns: 4, drifted: 2, share: 0.5, threshold: 0.5, datasetDrift: true },
  });

const degraded = (): MonitoringEvidence =>
  monitoring({
    healthy: false,
    status: 'alert',
    reasons: ['accuracy 0.81 is below the expected 0.9 by more than the tolerance 0.01 and the 95% bound 0.83'],
    performance: [
      metric('eval.f1', 'ok', { metric: 'f1', bound: 0.93, tolerance: 0.01 }),
      metric('eval.accuracy', 'degraded', { metric: 'accuracy', bound: 0.83, tolerance: 0.01, required: true }),
      metric('eval.auc', 'not-judged', { note: 'no live counterpart' }),
    ],
    predictionDrift: drift('churned', true, 'chi-square'),
  });

const notJudged = (): MonitoringEvidence =>
  monitoring({
    healthy: false,
    status: 'not-judged',
    reasons: ['42 rows is fewer than min-rows (100): not judged'],
    rows: 42,
    labelledRows: 0,
    batches: [batch(0, 0, { rows: 42 })],
    drift: [],
    driftSummary: null,
    performance: [metric('eval.accuracy', 'not-judged', { note: 'no labelled rows' })],
    predictionDrift: null,
  });

function found(document: MonitoringEvidence, path = '/tmp/evidence/monitor/monitoring.json'): FoundEvidence {
  return { path, kind: 'monitoring', document };
}

function reportOf(documents: MonitoringEvidence[], extra: Partial<ReportInput> = {}): ReportInput {
  return { ...example, evidence: documents.map((document, i) => found(document, `/tmp/evidence/monitor-${i}/monitoring.json`)), refused: [], environments: {}, ...extra };
}

/** Every table GitHub would show whose first heading is `heading`. */
const tablesHeaded = (markdown: string, heading: string) => tablesOf(githubDom(markdown)).filter((table) => table.header[0] === heading);

describe('the monitoring section', () => {
  it('renders a drifted alert (reviewed snapshot)', async () => {
    const markdown = renderMonitoringMarkdown({ ...drifted(), performance: degraded().performance ?? [], checks: [{ type: 'expect_column_values_to_not_be_null', column: 'age', success: false, unexpectedCount: 3, unexpectedPercent: 0.3, examples: [{ value: null, line: 17 }], source: 'logs/day-003.parquet' }] });
    expectWellFormed(markdown);
    await expect(markdown).toMatchFileSnapshot('./__snapshots__/report-monitoring.md');
  });

  it('says healthy, with the model, version, environment, stage, rows and reference, and folds the stable columns', () => {
    const markdown = renderMonitoringMarkdown(monitoring());
    expectWellFormed(markdown);
    expect(markdown).toContain(
      '✅ **Healthy** for <code>churn</code> <code>v1&#46;4&#46;0</code> in environment <code>production</code> (stage <code>prod</code>): 3,000 rows (1,200 labelled) in 3 batches against <code>reference-profile&#46;json</code> (50,000 rows).',
    );
    expect(markdown).toContain('Drift: 0 of 4 columns drifted (0%); dataset drift (at 50% of columns or more): no.');
    expect(markdown).toContain('<details><summary>4 columns that did not drift</summary>');
    expect(tablesHeaded(markdown, 'Metric')[0]?.rows).toEqual([['eval.accuracy (live accuracy)', '0.9', '0.905', '0.92', '0.01', '✅ ok']]);
    expect(markdown).toContain("Prediction drift (<code>churned</code> against the reference's target): χ² p-value 0.4, drift when < 0.05: 🟢 stable.");
    expect(markdown).not.toMatch(/^- /m);
  });

  it('shows the drifted columns first, unfolded, with their statistic, value and threshold, and dataset drift against its share', () => {
    const markdown = renderMonitoringMarkdown(drifted());
    expectWellFormed(markdown);
    expect(markdown).toMatch(/^❌ \*\*Alert\*\* for /m);
    expect(markdown).toContain('- 2 of 4 columns drifted&#58; age, income');
    expect(markdown).toContain('Drift: 2 of 4 columns drifted (50%); dataset drift (at 50% of columns or more): **yes**.');
    const [open, folded] = tablesHeaded(markdown, 'Column');
    expect(open?.header).toEqual(['Column', 'Statistic', 'Value', 'Drift when', 'Result']);
    expect(open?.rows).toEqual([
      ['age', 'KS p-value', '0.001', '< 0.05', '🔴 drifted'],
      ['income', 'Wasserstein / std', '0.3', '≥ 0.1', '🔴 drifted'],
    ]);
    expect(folded?.rows.map((row) => row[0])).toEqual(['region', 'plan']);
    expect(markdown).toContain('<details><summary>2 columns that did not drift</summary>');
  });

  it('says where dataset drift alone alerts', () => {
    expect(renderMonitoringMarkdown(monitoring({ alertOn: 'dataset' }))).toContain('Alerts on dataset drift only.');
  });

  it('lists live quality with degraded metrics first, the bound and tolerance, and prediction drift', () => {
    const markdown = renderMonitoringMarkdown(degraded());
    expectWellFormed(markdown);
    expect(markdown).toContain('Live quality on 1,200 labelled rows (classification) against the expected metrics:');
    const [quality] = tablesHeaded(markdown, 'Metric');
    expect(quality?.header).toEqual(['Metric', 'Expected', 'Observed', 'Bound', 'Tolerance', 'Status', 'Note']);
    expect(quality?.rows).toEqual([
      ['eval.accuracy (live accuracy) · required', '0.9', '0.81', '0.83', '0.01', '🔴 degraded', ''],
      ['eval.f1 (live f1)', '0.9', '0.905', '0.93', '0.01', '✅ ok', ''],
      ['eval.auc', '0.9', '—', '—', '', '⚪ not judged', 'no live counterpart'],
    ]);
    expect(markdown).toContain('χ² p-value 0.001, drift when < 0.05: 🔴 drifted.');
  });

  it('says not judged, why, and how many rows it needs', () => {
    const markdown = renderMonitoringMarkdown(notJudged());
    expectWellFormed(markdown);
    expect(markdown).toContain(
      '⚪ **Not judged** for <code>churn</code> <code>v1&#46;4&#46;0</code> in environment <code>production</code> (stage <code>prod</code>): 42 rows (0 labelled) against <code>reference-profile&#46;json</code> (50,000 rows); at least 100 are needed to judge.',
    );
    expect(markdown).toContain('- 42 rows is fewer than min-rows &#40;100&#41;&#58; not judged');
    expect(markdown).toContain('Drift: no column could be tested.');
    expect(mermaidBlocks(markdown)).toEqual([]);
  });

  it('reads healthy: false as an alert even where status says healthy', () => {
    expect(renderMonitoringMarkdown(monitoring({ healthy: false, status: 'healthy' }))).toMatch(/^❌ \*\*Alert\*\*/m);
    expect(renderMonitoringMarkdown(monitoring({ healthy: false, status: undefined }))).toMatch(/^❌ \*\*Alert\*\*/m);
  });

  it('names the evidence file where the monitor names no model (the CLI)', () => {
    const { markdown } = renderReport(reportOf([monitoring({ model: undefined })]), { maxChars: COMMENT });
    expect(markdown).toMatch(/^✅ \*\*Healthy\*\* for <code>monitoring&#46;json<\/code>: 3,000 rows/m);
    expect(renderMonitoringMarkdown(monitoring({ model: undefined }))).toMatch(/^✅ \*\*Healthy\*\*: 3,000 rows/m);
  });

  it('lists failed data checks with the batch they failed in', () => {
    const checks = [{ type: 'expect_column_values_to_be_between', column: 'age', success: false, unexpectedCount: 5, source: 'logs/day-002.parquet' }, { type: 'expect_column_to_exist', column: 'plan', success: true }];
    const markdown = renderMonitoringMarkdown(monitoring({ healthy: false, status: 'alert', checks }));
    const [table] = tablesHeaded(markdown, 'Batch');
    expect(table?.header).toEqual(['Batch', 'Column', 'Check', 'Unexpected', 'Examples', 'Observed']);
    expect(table?.rows).toEqual([['2: logs/day-002.parquet', 'age', 'expect_column_values_to_be_between', '5', '', '']]);
  });
});

describe('the monitoring section in the report', () => {
  it.each([
    ['healthy monitoring', [monitoring()], 'none', /^⚪ \*\*No metric comparison\*\* in the evidence; production monitoring healthy\.$/m],
    ['a drift alert', [drifted()], 'fail', /^❌ \*\*Fail\*\*: 1 monitoring alert\.$/m],
    ['degraded quality', [degraded()], 'fail', /^❌ \*\*Fail\*\*: 1 monitoring alert\.$/m],
    ['too few rows', [notJudged()], 'fail', /^❌ \*\*Fail\*\*: 1 monitoring result not judged\.$/m],
    ['an alert and a model not judged', [drifted(), notJudged(), monitoring()], 'fail', /^❌ \*\*Fail\*\*: 1 monitoring alert, 1 monitoring result not judged\.$/m],
  ] as const)('gives the verdict of %s', (_, documents, verdict, line) => {
    const report = renderReport(reportOf([...documents]), { maxChars: COMMENT });
    expect(report.verdict).toBe(verdict);
    expect(report.markdown).toMatch(line);
    expect(report.markdown).toContain('#### Production monitoring');
    expectWellFormed(report.markdown);
  });

  it('shows one block per model and environment, in the order given', () => {
    const staging = monitoring({ model: { name: 'churn', version: 'v1.5.0', environment: 'staging' } });
    const { markdown } = renderReport(reportOf([drifted(), staging]), { maxChars: COMMENT });
    const production = markdown.indexOf('in environment <code>production</code>');
    expect(production).toBeGreaterThan(0);
    expect(markdown.indexOf('<code>v1&#46;5&#46;0</code> in environment <code>staging</code>:')).toBeGreaterThan(production);
    expect(mermaidBlocks(markdown)).toHaveLength(2);
  });

  it('renders nothing for a report without monitoring evidence', () => {
    expect(renderReport(example, { maxChars: COMMENT }).markdown).not.toContain('Production monitoring');
  });
});

describe('the drift timeline', () => {
  it('parses with the real Mermaid parser, colours included, for a few batches and for many', async () => {
    for (const count of [2, 3, 49, 50, 51, 500, 10_000]) {
      const batches = Array.from({ length: count }, (_, i) => batch(i, (i * 37) % 101 / 100));
      const blocks = mermaidBlocks(renderMonitoringMarkdown(monitoring({ batches })));
      expect(blocks).toHaveLength(1);
      const config = { themeVariables: { xyChart: { plotColorPalette: '#4e79a7, #f28e2b' } } };
      await expect(mermaid.parse(blocks[0] as string)).resolves.toMatchObject({ diagramType: 'xychart', config });
    }
  });

  it('draws a bar per batch, numbered, with the dataset-drift share as a line', () => {
    const markdown = renderMonitoringMarkdown(drifted());
    expect(mermaidBlocks(markdown)[0]?.split('\n').slice(2)).toEqual([
      '  title "Share of columns drifted per batch"',
      '  x-axis "batch" ["1", "2", "3"]',
      '  y-axis "drifted share" 0 --> 1',
      '  bar [0, 0.25, 0.5]',
      '  line [0.5, 0.5, 0.5]',
    ]);
    expect(markdown).toContain('🟠 orange line: the dataset-drift share, 50%.</sub>');
  });

  it('thins 500 batches to 50 bars, each the highest share of its run, and says so', () => {
    const batches = Array.from({ length: 500 }, (_, i) => batch(i, i === 137 ? 0.75 : 0.01));
    const markdown = renderMonitoringMarkdown(monitoring({ batches }));
    const chart = mermaidBlocks(markdown)[0] as string;
    const labels = JSON.parse(chart.match(/x-axis "batch" (\[.*\])/)?.[1] as string) as string[];
    const bars = (chart.match(/bar \[(.*)\]/)?.[1] as string).split(', ').map(Number);
    expect(labels).toHaveLength(50);
    expect(labels.slice(0, 2)).toEqual(['1-10', '11-20']);
    expect(labels.at(-1)).toBe('491-500');
    expect(bars[13]).toBe(0.75);
    expect(bars.filter((bar) => bar === 0.01)).toHaveLength(49);
    expect(markdown).toContain('500 batches in 50 bars: each is the highest share of 10 consecutive batches.');
  });

  it('draws no chart for one batch, and no line without a configured share', () => {
    expect(mermaidBlocks(renderMonitoringMarkdown(monitoring({ batches: [batch(0)] })))).toEqual([]);
    const chart = mermaidBlocks(renderMonitoringMarkdown(monitoring({ driftSummary: null })))[0] as string;
    expect(chart).not.toContain('line [');
    expect(chart).toContain('"plotColorPalette": "#4e79a7"');
  });

  it('keeps batch names out of the chart, whatever they are, and lists them in the batch table (property)', async () => {
    const samples = fc.sample(fc.array(hostileText, { minLength: 2, maxLength: 12 }), { numRuns: 40, seed: 7 });
    for (const sources of [HOSTILE_FRAGMENTS.map((fragment) => `b ${fragment}`), ...samples]) {
      const batches = sources.map((source, i) => batch(i, 0.5, { source, drifted: [source] }));
      const markdown = renderMonitoringMarkdown(monitoring({ batches }));
      expectWellFormed(markdown);
      const [chart] = mermaidBlocks(markdown);
      expectOnlyNumbers(chart as string);
      await expect(mermaid.parse(chart as string)).resolves.toMatchObject({ diagramType: 'xychart' });
      const rows = tablesHeaded(markdown, '#')[0]?.rows ?? [];
      expect(rows.map((row) => row[0])).toEqual(sources.map((_, i) => String(i + 1)));
      expect(rows.map((row) => row[1])).toEqual(sources.map((source) => shownAs([...source].length > 80 ? `${[...source].slice(0, 79).join('')}…` : source)));
    }
  });
});

describe('untrusted names', () => {
  it('shows every hostile column, metric, source, model and reason as written, with no markup, link, mention or broken table', () => {
    const names = HOSTILE_FRAGMENTS.map((fragment, i) => `n${i} ${fragment} end`);
    const evidence = monitoring({
      healthy: false,
      status: 'alert',
      reasons: names.slice(0, 10),
      batches: names.map((name, i) => batch(i, 0.5, { source: name, drifted: [name] })),
      drift: names.map((name, i) => drift(name, i % 2 === 0)),
      performance: names.map((name) => metric(name, 'degraded', { metric: 'accuracy', note: name })),
      checks: names.map((name) => ({ type: 'expect_column_values_to_not_be_null', column: name, success: false, unexpectedCount: 1, source: name })),
      predictionDrift: drift(names[5] as string, true),
      reference: { file: names[6] as string, kind: 'profile', rows: 10 },
      model: { name: names[7] as string, version: names[8] as string, environment: names[9] as string, stage: names[10] as string },
    });
    const { markdown } = renderReport(reportOf([evidence]), { maxChars: 1024 * 1024 });
    expectWellFormed(markdown);
    expect(markdown).not.toMatch(/<script|<img|\]\(https:\/\/evil/);
    const cells = (heading: string) => tablesHeaded(markdown, heading).flatMap((table) => table.rows.map((row) => row[0]));
    expect(cells('Column').sort()).toEqual(names.map(shownAs).sort());
    expect(cells('Metric').sort()).toEqual(names.map((name) => `${shownAs(name)} (live accuracy)`).sort());
    const dom = githubDom(markdown);
    expect(dom.querySelectorAll('table')).toHaveLength(tablesOf(dom).length);
    const charts = mermaidBlocks(markdown);
    expect(charts).toHaveLength(1);
    expectOnlyNumbers(charts[0] as string);
  });

  it('clips a 10,000-character name to a cell and keeps newlines, pipes and backticks inert', () => {
    const long = `${'|`<script>alert(1)</script>\n'.repeat(400)}`.slice(0, 10_000);
    const evidence = monitoring({ drift: [drift(long, true)], batches: [batch(0, 1, { source: long, drifted: [long] }), batch(1)], reasons: [long], model: { name: long } });
    const markdown = renderMonitoringMarkdown(evidence);
    expectWellFormed(markdown);
    expect(countCodePoints(markdown)).toBeLessThan(12_000);
    const [column] = tablesHeaded(markdown, 'Column');
    expect(column?.rows[0]?.[0]).toBe(`${shownAs([...long].slice(0, 119).join(''))}…`);
    expect(column?.rows[0]).toHaveLength(5);
    expect(markdown).not.toContain('<script>');
    expect(markdown).not.toContain('\n|`');
  });
});

describe('the size budget', () => {
  /** 1,000 columns (every tenth drifted), 500 batches, 50 metrics and 20 failed checks, with long hostile names. */
  function large(tag = ''): MonitoringEvidence {
    const name = (i: number) => `${tag}${String(i).padStart(4, '0')} ${'|<@x #1 [a](https://evil.example) '.repeat(4)}`;
    return monitoring({
      healthy: false,
      status: 'alert',
      reasons: ['100 of 1,000 columns drifted'],
      drift: Array.from({ length: 1000 }, (_, i) => drift(name(i), i % 10 === 3)),
      driftSummary: { columns: 1000, drifted: 100, share: 0.1, threshold: 0.5, datasetDrift: false },
      batches: Array.from({ length: 500 }, (_, i) => batch(i, i >= 400 ? 0.2 : 0, { source: `${name(i)}.parquet`, ...(i >= 400 ? { drifted: [name(i)] } : {}) })),
      performance: Array.from({ length: 50 }, (_, i) => metric(`metric ${i}`, i % 25 === 0 ? 'degraded' : 'ok')),
      checks: Array.from({ length: 20 }, (_, i) => ({ type: 'expect_column_values_to_not_be_null', column: name(i), success: false, unexpectedCount: i, source: `${name(i)}.parquet` })),
    });
  }

  it('fits 1,000 columns and 500 batches in a comment: the batch rows go first, then stable columns, and it says so', () => {
    const input = reportOf([large()], { context: { ...example.context, fullReportUrl: `${TRUSTED}actions/runs/1/artifacts/2` } });
    const report = renderReport(input, { maxChars: COMMENT });
    expect(countCodePoints(report.markdown)).toBeLessThanOrEqual(COMMENT);
    expectWellFormed(report.markdown);
    expect(report.dropped).toEqual(['500 production batches are not listed', expect.stringMatching(/^[\d,]+ production drift rows are not shown$/)]);
    // The chart sums up every batch and outlasts the rows; the drifted columns come before any stable one.
    expect(mermaidBlocks(report.markdown)).toHaveLength(1);
    const columns = tablesHeaded(report.markdown, 'Column').flatMap((table) => table.rows.map((row) => row[4]));
    expect(columns.slice(0, 100).every((result) => result === '🔴 drifted')).toBe(true);
    // Every degraded metric and failed check stays.
    const quality = tablesHeaded(report.markdown, 'Metric');
    expect(quality.flatMap((table) => table.rows.map((row) => row[table.header.indexOf('Status')])).filter((status) => status === '🔴 degraded')).toHaveLength(2);
    expect(tablesHeaded(report.markdown, 'Batch').flatMap((table) => table.rows)).toHaveLength(20);
    expect(report.markdown).toContain("✂️ Shortened to fit GitHub's size limit");
    expect(report.markdown).toMatch(/production batches are not listed to fit the size limit; see the \[full report\]/);
  });

  it('shares the room between models, and never goes over any budget (property)', () => {
    const input = reportOf([large('a'), large('b')]);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 80_000 }), fc.option(fc.integer({ min: 0, max: 80_000 }), { nil: undefined }), (maxChars, maxBytes) => {
        const report = renderReport(input, { maxChars, maxBytes });
        expect(countCodePoints(report.markdown)).toBeLessThanOrEqual(maxChars);
        if (maxBytes !== undefined) expect(Buffer.byteLength(report.markdown)).toBeLessThanOrEqual(maxBytes);
        expect(report.markdown.match(/<details[ >]/g)?.length ?? 0).toBe(report.markdown.match(/<\/details>/g)?.length ?? 0);
      }),
      { numRuns: 12, seed: 42 },
    );
  });

  it('turns down batch rows, then drift rows, then the timeline, then failed checks, then live quality', () => {
    const order = ['production batches are not listed', 'production drift rows are not shown', 'drift timeline is not drawn', 'failed production checks are not shown', 'live quality metrics are not shown'];
    const input = reportOf([large()]);
    let previous = 0;
    for (const maxChars of [60_000, 30_000, 15_000, 10_000, 6000, 4000, 3000, 2000]) {
      const report = renderReport(input, { maxChars });
      expect(countCodePoints(report.markdown)).toBeLessThanOrEqual(maxChars);
      const levers = report.dropped.map((sentence) => order.findIndex((ending) => sentence.endsWith(ending)));
      // Every lever before the last one turned down is turned down all the way, and in this order.
      expect(levers).toEqual(levers.map((_, i) => i));
      expect(levers.length).toBeGreaterThanOrEqual(previous);
      previous = levers.length;
      if (levers.length >= 2) expect(report.dropped.slice(0, 2)).toEqual(['500 production batches are not listed', '1,000 production drift rows are not shown'].slice(0, levers.length - 1).concat(report.dropped.slice(levers.length - 1, 2)));
      expect(mermaidBlocks(report.markdown)).toHaveLength(levers.length >= 3 ? 0 : 1);
    }
    expect(previous).toBe(5);
  });

  it('shows everything in the job summary by default, and fits a budget when given one', () => {
    const everything = renderMonitoringMarkdown(large());
    // Counted in the markdown: GitHub's rendering of 600,000 characters is slow to emulate, and the shape is checked below.
    expect(everything.match(/ \| (🔴 drifted|🟢 stable) \|$/gm)).toHaveLength(1000);
    expect(everything.match(/^\| \d+ \| <code>/gm)).toHaveLength(500);
    expect(everything).not.toContain('✂️');
    const fitted = renderMonitoringMarkdown(large(), { budget: { maxChars: 50_000, maxBytes: 50_000 } });
    expect(Buffer.byteLength(fitted)).toBeLessThanOrEqual(50_000);
    expect(fitted).toMatch(/✂️ [\d,]+ production batches are not listed to fit the size limit\./);
    expectWellFormed(fitted);
  });
});
