import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ComparisonEvidence } from '../src/evidence/comparison.ts';
import type { FoundEvidence } from '../src/evidence/read.ts';
import { countCodePoints } from '../src/report/budget.ts';
import { renderComparisonMarkdown } from '../src/report/comparison.ts';
import { renderReport } from '../src/report/render.ts';
import type { ReportInput } from '../src/report/types.ts';
import { comparison, example, oldRun, run } from './fixtures/report/example.ts';
import { githubDom, shownAs, tablesOf } from './helpers/github-markdown.ts';
import { HOSTILE_FRAGMENTS, hostileText, reportInputArbitrary } from './helpers/report-arbitraries.ts';
import { expectShape, expectWellFormed, TRUSTED } from './helpers/report-shape.ts';

const COMMENT = 65_536;

/** A report input holding one comparison with these metrics (and nothing else unless given). */
function withMetrics(metrics: ComparisonEvidence['metrics'], extra: Partial<ComparisonEvidence> = {}, input: Partial<ReportInput> = {}): ReportInput {
  const document: ComparisonEvidence = { ...comparison.document, metrics, params: [], histories: {}, ...extra };
  return { ...example, evidence: [{ ...comparison, document }], refused: [], environments: {}, ...input };
}

function metric(name: string, status: ComparisonEvidence['metrics'][number]['status'] = 'unchanged'): ComparisonEvidence['metrics'][number] {
  return { name, baseline: 1, current: 1, delta: 0, deltaPercent: 0, direction: 'higher', directionSource: 'rule', status };
}

/** The first cell of every metric table row, as GitHub shows it. */
function metricNamesShown(markdown: string): string[] {
  return tablesOf(githubDom(markdown))
    .filter((table) => table.header[0] === 'Metric')
    .flatMap((table) => table.rows.map((row) => row[0] as string));
}

describe('renderReport', () => {
  it('renders the example report (reviewed snapshot)', async () => {
    const report = renderReport(example, { maxChars: COMMENT });
    expect(report.verdict).toBe('fail');
    expect(report.dropped).toEqual([]);
    expectWellFormed(report.markdown);
    await expect(report.markdown).toMatchFileSnapshot('./__snapshots__/report-example.md');
  });

  it.each([
    ['a passing comparison', withMetrics([metric('acc', 'improved')], { verdict: 'pass' }), 'pass', /^✅ \*\*Pass\*\*: no metric regressed \(1 improved\)\.$/m],
    ['a failing comparison', withMetrics([metric('acc', 'regressed'), metric('loss', 'invalid')], { verdict: 'fail' }), 'fail', /^❌ \*\*Fail\*\*: 1 metric regressed, 1 metric not a number\.$/m],
    ['refused evidence', withMetrics([metric('acc')], { verdict: 'pass' }, { refused: [{ source: 'x.json', reason: 'too large' }] }), 'fail', /1 evidence file refused/],
    ['a run that timed out', { ...example, evidence: [{ ...run, document: { ...run.document, timedOut: true, exitCode: 124 } }], refused: [] }, 'fail', /^❌ \*\*Fail\*\*: 1 training run stopped by the time budget\.$/m],
    ['a run that was cancelled', { ...example, evidence: [{ ...run, document: { ...run.document, cancelled: true, exitCode: 130 } }], refused: [] }, 'fail', /^❌ \*\*Fail\*\*: 1 training run cancelled\.$/m],
    ['a run that failed', { ...example, evidence: [{ ...run, document: { ...run.document, exitCode: 1 } }], refused: [] }, 'fail', /^❌ \*\*Fail\*\*: 1 training run failed\.$/m],
    ['a clean run alone', { ...example, evidence: [run], refused: [] }, 'none', /^⚪ \*\*No metric comparison\*\* in the evidence; 1 training run finished\.$/m],
    ['nothing at all', { ...example, evidence: [], refused: [] }, 'none', /No metric comparison/],
  ] as const)('gives the verdict of %s', (_, input, verdict, line) => {
    const report = renderReport(input as ReportInput, { maxChars: COMMENT });
    expect(report.verdict).toBe(verdict);
    expect(report.markdown).toMatch(line);
    expectWellFormed(report.markdown);
  });

  it('shows old run evidence as before: command, exit code, duration and time-budget stop, and the GPU it names', () => {
    const stopped = { ...oldRun, path: '/e/seed-2/run.json', document: { ...oldRun.document, exitCode: 124, timedOut: true, durationSeconds: 3600 } };
    const { markdown } = renderReport({ ...example, evidence: [{ ...oldRun, path: '/e/seed-1/run.json' }, stopped], refused: [] }, { maxChars: COMMENT });
    const [table] = tablesOf(githubDom(markdown));
    expect(table?.header).toEqual(['Run', 'Command', 'Result', 'Duration']);
    expect(table?.rows).toEqual([
      ['seed-2/run.json', 'python train.py --epochs 12 --seed 1', '⏱️ stopped by the time budget (exit 124)', '1 h 00 min'],
      ['seed-1/run.json', 'python train.py --epochs 12 --seed 1', '✅ exit 0', '30 min 34 s'],
    ]);
    expect(markdown).toContain('- Hardware: 1 × NVIDIA A10G\n');
    expect(markdown).not.toMatch(/Runner|GPU-hours|⏱️ The time budget|🐢|```mermaid/);
  });

  it('leaves out "what promotion still needs" when crucible.yml names no environment', () => {
    expect(renderReport({ ...example, environments: {} }, { maxChars: COMMENT }).markdown).not.toContain('What promotion still needs');
  });

  it('folds a long metric table, keeping the metrics that need attention in view', () => {
    const metrics = [metric('acc', 'regressed'), ...Array.from({ length: 30 }, (_, i) => metric(`m${String(i).padStart(2, '0')}`))];
    const { markdown } = renderReport(withMetrics(metrics), { maxChars: COMMENT });
    expect(markdown).toContain('<details><summary>30 other metrics: 30 unchanged</summary>');
    expect(markdown.indexOf('<code>acc</code>')).toBeLessThan(markdown.indexOf('<details>'));
    expect(metricNamesShown(markdown)).toHaveLength(31);
  });
});

describe('untrusted names, as GitHub renders them', () => {
  it('shows every hostile name exactly, one row each, with no link, image, mention or broken table', () => {
    const names = HOSTILE_FRAGMENTS.map((fragment, i) => `m${i} ${fragment} end`);
    const input = withMetrics(
      names.map((name) => metric(name, 'regressed')),
      { params: names.map((name) => ({ name, baseline: name, current: `${name}!` })) },
      {
        refused: names.map((name) => ({ source: name, reason: `bad ${name}` })),
        environments: Object.fromEntries(names.map((name) => [name, { require: { 'protected-environment': true, approvals: 1, evidence: ['comparison'] as const } }])) as ReportInput['environments'],
      },
    );
    const { markdown } = renderReport(input, { maxChars: 1024 * 1024 });
    expectWellFormed(markdown);
    expect(metricNamesShown(markdown).sort()).toEqual(names.map(shownAs).sort());
    const tables = tablesOf(githubDom(markdown));
    const column = (heading: string) => tables.filter((table) => table.header[0] === heading).flatMap((table) => table.rows.map((row) => row[0]));
    expect(column('Param').sort()).toEqual(names.map(shownAs).sort());
    expect(column('File').sort()).toEqual(names.map(shownAs).sort());
    expect(column('Environment').sort()).toEqual(names.map(shownAs).sort());
  });

  it('keeps any names well-formed and shown as written (property)', () => {
    fc.assert(
      fc.property(reportInputArbitrary(), (input) => {
        const { markdown } = renderReport(input, { maxChars: 1024 * 1024 });
        expectWellFormed(markdown);
        const expected = input.evidence.flatMap((found) => (found.kind === 'comparison' ? found.document.metrics.map((entry) => shownAs(entry.name)) : []));
        expect(metricNamesShown(markdown).sort()).toEqual(expected.sort());
      }),
      { numRuns: 60 },
    );
  });
});

describe('the size budget', () => {
  it('never goes over maxChars or maxBytes, whatever the input (property)', () => {
    fc.assert(
      fc.property(reportInputArbitrary(), fc.integer({ min: 0, max: 12_000 }), fc.option(fc.integer({ min: 0, max: 12_000 }), { nil: undefined }), (input, maxChars, maxBytes) => {
        const { markdown } = renderReport(input, { maxChars, maxBytes });
        expect(countCodePoints(markdown)).toBeLessThanOrEqual(maxChars);
        if (maxBytes !== undefined) expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(maxBytes);
        expect(markdown.match(/<details[ >]/g)?.length ?? 0).toBe(markdown.match(/<\/details>/g)?.length ?? 0);
      }),
      { numRuns: 150 },
    );
  });

  it('fits 20,000 metrics with hostile 512-character names in a comment, regressions first', () => {
    const long = (i: number) => `${i} ${'|<@x #1 [a](https://evil.example) '.repeat(20)}`.slice(0, 512);
    const metrics = Array.from({ length: 20_000 }, (_, i) => metric(long(i), i % 1000 === 0 ? 'regressed' : i % 3 === 0 ? 'within-noise' : 'unchanged'));
    const input = withMetrics(metrics, { params: metrics.slice(0, 2000).map((entry) => ({ name: entry.name, baseline: 'a', current: 'b' })) });
    input.context = { ...input.context, fullReportUrl: `${TRUSTED}actions/runs/1/artifacts/2` };
    const report = renderReport(input, { maxChars: COMMENT });
    expect(countCodePoints(report.markdown)).toBeLessThanOrEqual(COMMENT);
    const shown = metricNamesShown(report.markdown);
    expect(shown.slice(0, 20).sort()).toEqual(metrics.filter((entry) => entry.status === 'regressed').map((entry) => entry.name).sort());
    expect(report.dropped).toEqual([
      '2,000 params are not shown (2,000 changed)',
      `${(19_980 - (shown.length - 20)).toLocaleString('en-US')} metrics are not shown (${report.dropped[1]?.match(/\((.*)\)/)?.[1]})`,
    ]);
    expect(report.dropped[1]).toMatch(/within noise, .* unchanged\)$/);
    expect(report.markdown).toContain(`metrics are not shown (`);
    expect(report.markdown).toContain(`to fit the size limit; see the [full report](${TRUSTED}actions/runs/1/artifacts/2).`);
    expectWellFormed(report.markdown);
  });

  it('fits up to 20,000 hostile metrics of any status in any budget, keeping the most important rows (property)', () => {
    const STATUSES = ['improved', 'regressed', 'unchanged', 'within-noise', 'added', 'removed', 'invalid'] as const;
    fc.assert(
      fc.property(hostileText, fc.integer({ min: 1, max: 20_000 }), fc.integer({ min: 0, max: 70_000 }), fc.integer({ min: 1, max: 997 }), (text, count, maxChars, seed) => {
        const base = `${text}${'x'.repeat(500)}`.slice(0, 490);
        const metrics = Array.from({ length: count }, (_, i) => metric(`${i}:${base}`, STATUSES[(i * seed) % STATUSES.length]));
        const { markdown } = renderReport(withMetrics(metrics), { maxChars });
        expect(countCodePoints(markdown)).toBeLessThanOrEqual(maxChars);
        // The rows shown are a prefix of the importance order: no status is shown while a more important one is cut.
        const order = new Map(STATUSES.map((status) => [status, ['invalid', 'regressed', 'removed', 'improved', 'added', 'within-noise', 'unchanged'].indexOf(status)]));
        const shown = new Set(markdown.match(/<code>\d+&#58;/g)?.map((prefix) => Number(prefix.slice(6, -5))));
        const worstShown = Math.max(-1, ...metrics.filter((_, i) => shown.has(i)).map((entry) => order.get(entry.status) as number));
        expect(metrics.some((entry, i) => !shown.has(i) && (order.get(entry.status) as number) < worstShown)).toBe(false);
      }),
      { numRuns: 6 },
    );
  });

  it('keeps the compare job summary within the step summary limit', () => {
    const metrics = Array.from({ length: 20_000 }, (_, i) => metric(`${i} ${'|<@x '.repeat(100)}`, i % 2 === 0 ? 'regressed' : 'unchanged'));
    const markdown = renderComparisonMarkdown({ ...comparison.document, metrics });
    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(1024 * 1024);
    expect(markdown).toMatch(/✂️ [\d,]+ metrics not shown to fit the size limit\.\n\n<sub>/);
    expectShape(markdown);
  });

  it("drops the runs' curves first, then the comparison's, then params, then metrics that need no attention, then the rest", () => {
    const full = renderReport(example, { maxChars: COMMENT });
    const size = countCodePoints(full.markdown);
    const droppedAt = (maxChars: number) => renderReport(example, { maxChars }).dropped;
    expect(droppedAt(size)).toEqual([]);
    expect(droppedAt(size - 1)).toEqual(['1 run curve is not drawn']);
    expect(droppedAt(size - 1500)[0]).toBe('2 run curves are not drawn');
    expect(droppedAt(size - 3000).slice(0, 2)).toEqual(['2 run curves are not drawn', '2 training curves are not drawn']);
    const tight = renderReport(example, { maxChars: 4000 });
    expect(tight.dropped).toEqual([
      '2 run curves are not drawn',
      '2 training curves are not drawn',
      '4 params are not shown (2 changed, 1 new, 1 the same)',
      '4 metrics are not shown (1 improved, 1 added, 2 within noise)',
      '2 training runs are not shown',
    ]);
    expect(metricNamesShown(tight.markdown)).toEqual(['eval/acc']);
    // The failed run's row stays, and the hints with it: they say what to do.
    expect(tablesOf(githubDom(tight.markdown)).find((table) => table.header[0] === 'Run')?.rows.map((row) => row[0])).toEqual(['train-seed-2/run.json']);
    expect(tight.markdown).toContain('it can resume from its checkpoint');
    expect(tight.markdown).toContain("✂️ Shortened to fit GitHub's size limit");
  });

  it('counts characters as code points, so emoji count once', () => {
    const names = Array.from({ length: 200 }, (_, i) => `${'😀'.repeat(50)}${i}`);
    const input = withMetrics(names.map((name) => metric(name)));
    const { markdown, dropped } = renderReport(input, { maxChars: 10_000 });
    expect(countCodePoints(markdown)).toBeLessThanOrEqual(10_000);
    expect(markdown.length).toBeGreaterThan(10_000);
    expect(dropped).toHaveLength(1);
  });

  it('falls back to the verdict alone when nothing else fits, and says so', () => {
    const report = renderReport(example, { maxChars: 300 });
    expect(report.markdown).toMatch(/^### Model report\n\n❌ \*\*Fail\*\*/);
    expect(report.markdown).toContain('The report does not fit in 300 characters.');
    expect(report.dropped).toEqual(['every section: even at their shortest they do not fit in 300 characters']);
  });
});

describe('evidence labels', () => {
  it('names evidence files by their path below the folder they share', () => {
    const evidence: FoundEvidence[] = [
      { ...run, path: '/tmp/x/evidence/seed-1/run.json' },
      { ...run, path: '/tmp/x/evidence/seed-2/run.json' },
    ];
    const [table] = tablesOf(githubDom(renderReport({ ...example, evidence, refused: [] }, { maxChars: COMMENT }).markdown));
    expect(table?.rows.map((row) => row[0])).toEqual(['seed-1/run.json', 'seed-2/run.json']);
  });
});
