import { describe, expect, it } from 'vitest';
import {
  ComparisonEvidenceSchema,
  compareRuns,
  comparisonEvidence,
  type CompareOptions,
  inferDirection,
  type LoadedRun,
  type MetricRule,
  parseTolerance,
  renderComparisonMarkdown,
  runsFromComparisonEvidence,
  benjaminiHochberg,
  pooledSpread,
  studentTCdf,
  studentTQuantile,
  welchInterval,
  ZERO_TOLERANCE,
} from '../src/index.ts';

function run(values: Record<string, number | null>, params: Record<string, string> = {}): LoadedRun {
  return {
    path: 'run',
    formats: ['json'],
    files: ['metrics.json'],
    metrics: new Map(
      Object.entries(values).map(([name, value]) => [
        name,
        { name, value, ...(value === null ? { raw: 'NaN' } : {}), history: [], source: { file: 'metrics.json', key: name } },
      ]),
    ),
    params: new Map(Object.entries(params).map(([name, value]) => [name, { name, value, source: { file: 'params.yaml' } }])),
  };
}

const rule = (name: string, fields: Partial<MetricRule> = {}): MetricRule => ({ name, required: false, ignore: false, ...fields });
const options = (fields: Partial<CompareOptions> = {}): CompareOptions => ({ rules: [], tolerance: ZERO_TOLERANCE, confidence: 0.95, ...fields });
const statusOf = (comparison: ReturnType<typeof compareRuns>, name: string) => comparison.metrics.find((metric) => metric.name === name)?.status;

describe('inferDirection', () => {
  it.each([
    ['eval/acc_top1', 'higher'],
    ['onerror_count', 'none'],
    ['val_loss', 'lower'],
    ['eval.accuracy', 'higher'],
    ['train/loss_scaled_acc', 'higher'],
    ['p95_latency_ms', 'lower'],
    ['F1', 'higher'],
    ['mAP', 'higher'],
    ['rougeL', 'none'],
    ['bleu-4', 'higher'],
    ['epoch', 'none'],
    ['time_to_first_token', 'lower'],
    ['wall/time', 'lower'],
  ])('%s is %s', (name, expected) => expect(inferDirection(name)).toBe(expected));
});

describe('parseTolerance', () => {
  it.each([
    ['0.01', { kind: 'absolute', amount: 0.01 }],
    [0.5, { kind: 'absolute', amount: 0.5 }],
    ['2%', { kind: 'relative', fraction: 0.02 }],
    ['0', { kind: 'absolute', amount: 0 }],
  ])('%s', (text, expected) => expect(parseTolerance(text, 'tolerance')).toEqual(expected));

  it.each(['abc', '-1', '2 %', '%'])('refuses %s naming the input and the fix', (text) => {
    expect(() => parseTolerance(text, 'Input "tolerance"')).toThrow(`Input "tolerance" must be a number or a percentage like "2%", got "${text}".`);
  });
});

describe('statistics', () => {
  it.each([
    [0.95, 4, 2.131847],
    [0.95, 10, 1.812461],
    [0.975, 1, 12.706205],
    [0.95, 7.3, 1.88293],
    [0.95, Number.POSITIVE_INFINITY, 1.644854],
  ])('t quantile p=%s df=%s is %s', (p, df, expected) => expect(studentTQuantile(p, df)).toBeCloseTo(expected, 5));

  it("gives Welch's interval with fractional degrees of freedom", () => {
    const interval = welchInterval([1, 2, 3, 4], [2, 4, 6, 8, 10], 0.95);
    expect(interval.difference).toBeCloseTo(3.5, 10);
    expect(interval.degreesOfFreedom).toBeCloseTo(5.5208, 3);
    expect(interval.low).toBeLessThan(interval.difference);
  });
});

describe('compareRuns with one run a side', () => {
  it('judges by the inferred direction with the default tolerance of 0', () => {
    const result = compareRuns([run({ acc: 0.9, loss: 0.3, epoch: 10 })], [run({ acc: 0.91, loss: 0.35, epoch: 12 })], options());
    expect(statusOf(result, 'acc')).toBe('improved');
    expect(statusOf(result, 'loss')).toBe('regressed');
    expect(statusOf(result, 'epoch')).toBe('within-noise');
    expect(result.verdict).toBe('fail');
    expect(result.failures).toEqual([expect.stringMatching(/^loss: regressed/)]);
    expect(result.metrics.find((metric) => metric.name === 'acc')).toMatchObject({ baseline: 0.9, current: 0.91, directionSource: 'inferred' });
  });

  it('lets a rule set direction and an absolute or relative tolerance, exact names before globs', () => {
    const rules = [rule('eval/*', { tolerance: parseTolerance('2%', 't') }), rule('eval/loss', { direction: 'higher' }), rule('custom', { direction: 'lower', tolerance: parseTolerance('0.1', 't') })];
    const result = compareRuns([run({ 'eval/acc': 0.9, 'eval/loss': 1, custom: 5 })], [run({ 'eval/acc': 0.885, 'eval/loss': 1.2, custom: 5.05 })], options({ rules }));
    expect(statusOf(result, 'eval/acc')).toBe('unchanged');
    expect(statusOf(result, 'eval/loss')).toBe('improved');
    expect(statusOf(result, 'custom')).toBe('unchanged');
    expect(result.verdict).toBe('pass');
  });

  it('tests one run against the spread of recent base-branch runs (t with their degrees of freedom)', () => {
    const baselineHistory = new Map([['acc', [0.9, 0.91, 0.89, 0.9, 0.92, 0.5]]]);
    const result = compareRuns([run({ acc: 0.9 })], [run({ acc: 0.88 })], options({ baselineHistory }));
    const acc = result.metrics[0];
    expect(acc?.status).toBe('within-noise');
    expect(acc?.noise).toMatchObject({ method: 'history', runs: 5, degreesOfFreedom: 4 });
    // t = -0.02 / (0.0114 x sqrt 2) with 4 degrees of freedom.
    expect(acc?.pValue).toBeCloseTo(studentTCdf(-0.02 / (0.0114017543 * Math.SQRT2), 4), 6);
    expect(compareRuns([run({ acc: 0.9 })], [run({ acc: 0.85 })], options({ baselineHistory })).verdict).toBe('fail');
  });

  it('marks values that are not finite numbers invalid and fails', () => {
    const result = compareRuns([run({ acc: 0.9 })], [run({ acc: null })], options());
    expect(result.metrics[0]).toMatchObject({ status: 'invalid', current: null, delta: null });
    expect(result.verdict).toBe('fail');
  });

  it('shows added and removed metrics, and fails when a required one is missing', () => {
    const result = compareRuns([run({ acc: 0.9, old: 1 })], [run({ acc: 0.9, fresh: 2 })], options({ rules: [rule('f1', { required: true }), rule('old', { required: true })] }));
    expect(result.metrics.map((metric) => [metric.name, metric.status])).toEqual([
      ['acc', 'unchanged'],
      ['f1', 'removed'],
      ['fresh', 'added'],
      ['old', 'removed'],
    ]);
    expect(result.verdict).toBe('fail');
    expect(result.failures).toEqual(['f1: required, but the current run does not report it', 'old: required, but the current run does not report it']);
  });

  it('leaves ignored metrics out and diffs params', () => {
    const result = compareRuns([run({ acc: 0.9, 'debug/x': 1 }, { lr: '0.1', seed: '1' })], [run({ acc: 0.9, 'debug/x': 9 }, { lr: '0.05' })], options({ rules: [rule('debug/*', { ignore: true })] }));
    expect(result.metrics.map((metric) => metric.name)).toEqual(['acc']);
    expect(result.params).toEqual([
      { name: 'lr', baseline: '0.1', current: '0.05' },
      { name: 'seed', baseline: '1', current: null },
    ]);
  });
});

describe('compareRuns with several runs a side', () => {
  const seeds = (values: number[]) => values.map((value) => run({ acc: value }));

  it('calls a shift inside the noise within-noise, not a regression', () => {
    const result = compareRuns(seeds([0.90, 0.92, 0.88, 0.91, 0.89]), seeds([0.89, 0.91, 0.87, 0.90, 0.88]), options());
    expect(result.metrics[0]?.status).toBe('within-noise');
    expect(result.metrics[0]?.noise.method).toBe('welch');
    expect(result.verdict).toBe('pass');
  });

  it('calls a shift whose interval is wholly on the bad side a regression', () => {
    const result = compareRuns(seeds([0.90, 0.91, 0.90, 0.91, 0.90]), seeds([0.85, 0.86, 0.85, 0.86, 0.85]), options());
    expect(result.metrics[0]?.status).toBe('regressed');
    expect(result.metrics[0]?.baseline).toBeCloseTo(0.904, 10);
  });

  it('holds the interval against the tolerance', () => {
    const result = compareRuns(seeds([0.90, 0.91, 0.90, 0.91]), seeds([0.88, 0.89, 0.88, 0.89]), options({ tolerance: parseTolerance('0.05', 't') }));
    expect(result.metrics[0]?.status).toBe('within-noise');
  });

  it('calls identical runs unchanged', () => {
    expect(compareRuns(seeds([1, 1, 1]), seeds([1, 1]), options()).metrics[0]?.status).toBe('unchanged');
  });
});

describe('statistics for the correction', () => {
  it.each([
    // p-values, rejected at 5%: the largest k with p_(k) <= k x 0.05 / m rejects the k smallest (step-up).
    [[0.001, 0.015, 0.035, 0.045, 0.3], [true, true, false, false, false], 0.02],
    [[0.001, 0.025, 0.028, 0.035, 0.3], [true, true, true, true, false], 0.04],
    [[0.04, 0.04, 0.04, 0.04], [true, true, true, true], 0.05],
    [[0.011, 0.2, 0.3, 0.4, 0.5], [false, false, false, false, false], 0],
    [[0.01], [true], 0.05],
    [[], [], 0],
  ])('Benjamini-Hochberg on %j', (pValues, rejected, cut) => {
    const result = benjaminiHochberg(pValues, 0.05);
    expect(result.rejected).toEqual(rejected);
    expect(result.cut).toBeCloseTo(cut, 12);
  });

  it('pools spreads by their degrees of freedom, leaving out samples of one', () => {
    expect(pooledSpread([[1, 2, 3], [10, 12], [7]])).toEqual({ variance: (2 + 2) / 3, degreesOfFreedom: 3 });
    expect(pooledSpread([[1], []])).toBeUndefined();
  });
});

describe('the correction across metrics (Benjamini-Hochberg)', () => {
  // Single runs against five base-branch runs with a standard deviation of 0.0158: t = change / (0.0158 x sqrt 2),
  // 4 degrees of freedom. Each metric's change is set to give the one-sided p-value in its row.
  const spread = [0.78, 0.79, 0.8, 0.81, 0.82];
  const standardError = 0.0158113883 * Math.SQRT2;
  const higher = [rule('*', { direction: 'higher' })];
  const judge = (rows: ReadonlyArray<readonly [string, number]>, confidence = 0.95) => {
    const values = (sign: number) => Object.fromEntries(rows.map(([name, p]) => [name, 0.8 + sign * studentTQuantile(p, 4) * standardError]));
    return compareRuns([run(values(0))], [run(values(1))], options({ confidence, rules: higher, baselineHistory: new Map(rows.map(([name]) => [name, spread])) }));
  };

  it.each([
    {
      title: 'step-up: rejects p = 0.025 at rank 2 (cut 0.02) because p = 0.035 at rank 4 is under 0.04',
      rows: [['a', 0.001], ['b', 0.025], ['c', 0.028], ['d', 0.035], ['e', 0.3]] as const,
      expected: { a: 'regressed', b: 'regressed', c: 'regressed', d: 'regressed', e: 'within-noise' },
    },
    {
      title: 'keeps p = 0.035 and 0.045 within noise although each is under 5% alone',
      rows: [['a', 0.001], ['b', 0.015], ['c', 0.035], ['d', 0.045], ['e', 0.3]] as const,
      expected: { a: 'regressed', b: 'regressed', c: 'within-noise', d: 'within-noise', e: 'within-noise' },
    },
    {
      title: 'rejects nothing when the smallest p is above 0.05 / m',
      rows: [['a', 0.011], ['b', 0.2], ['c', 0.3], ['d', 0.4], ['e', 0.45]] as const,
      expected: { a: 'within-noise', b: 'within-noise', c: 'within-noise', d: 'within-noise', e: 'within-noise' },
    },
    {
      title: 'one metric alone is held at the level itself, as before',
      rows: [['a', 0.045]] as const,
      expected: { a: 'regressed' },
    },
  ])('$title', ({ rows, expected }) => {
    const result = judge(rows);
    expect(Object.fromEntries(result.metrics.map((metric) => [metric.name, metric.status]))).toEqual(expected);
    rows.forEach(([name, p]) => expect(result.metrics.find((metric) => metric.name === name)?.pValue).toBeCloseTo(p, 6));
    expect(result.correction).toEqual({ method: 'benjamini-hochberg', level: 0.05, judged: rows.length });
    expect(result.verdict).toBe(Object.values(expected).includes('regressed') ? 'fail' : 'pass');
    expect(result.failures).toEqual(Object.entries(expected).filter(([, status]) => status === 'regressed').map(([name]) => expect.stringMatching(new RegExp(`^${name}: regressed \\(worse than the tolerance allows: one-sided p = `))));
  });

  it('says why a metric under the level alone stays within noise', () => {
    const metric = judge([['a', 0.001], ['b', 0.015], ['c', 0.035], ['d', 0.045], ['e', 0.3]]).metrics.find((entry) => entry.name === 'c');
    expect(metric?.reason).toMatch(/^worse, one-sided p = 0\.035 .*not significant once 5 metrics are corrected for \(Benjamini-Hochberg at 0\.05\)$/);
  });

  it('corrects improvements the same way, in a family of their own', () => {
    const rows = [['a', 0.001], ['b', 0.035], ['c', 0.4]] as const;
    const up = Object.fromEntries(rows.map(([name, p]) => [name, 0.8 - studentTQuantile(p, 4) * standardError]));
    const result = compareRuns([run(Object.fromEntries(rows.map(([name]) => [name, 0.8])))], [run(up)], options({ rules: higher, baselineHistory: new Map(rows.map(([name]) => [name, spread])) }));
    expect(result.metrics.map((metric) => metric.status)).toEqual(['improved', 'within-noise', 'within-noise']);
    expect(result.verdict).toBe('pass');
  });

  it('tests against the tolerance boundary, not against zero', () => {
    // Worse by 0.1 with a standard error of 0.0224: beyond zero by far, but not beyond a tolerance of 0.09.
    const history = new Map([['acc', spread]]);
    const within = compareRuns([run({ acc: 0.9 })], [run({ acc: 0.8 })], options({ baselineHistory: history, tolerance: parseTolerance('0.09', 't') }));
    expect(within.metrics[0]?.status).toBe('within-noise');
    expect(within.metrics[0]?.pValue).toBeCloseTo(studentTCdf(-0.01 / standardError, 4), 6);
    expect(compareRuns([run({ acc: 0.9 })], [run({ acc: 0.8 })], options({ baselineHistory: history })).metrics[0]?.status).toBe('regressed');
  });

  it('holds 20 metrics with no true change to one verdict: a shift each would fail alone passes among 19 quiet ones', () => {
    const seeds = [0.9, 0.92, 0.88, 0.91, 0.89];
    // Standard error 0.01 and 8 degrees of freedom: a drop giving p = 0.03 alone.
    const drop = -studentTQuantile(0.03, 8) * 0.01;
    const runsOf = (shift: number) =>
      seeds.map((value, i) => run(Object.fromEntries(Array.from({ length: 20 }, (_, at) => [`m${String(at).padStart(2, '0')}/acc`, at === 0 ? value - shift : seeds[(i + at) % 5] as number]))));
    const alone = compareRuns(seeds.map((value) => run({ 'm00/acc': value })), seeds.map((value) => run({ 'm00/acc': value - drop })), options());
    expect(alone.metrics[0]).toMatchObject({ status: 'regressed', noise: { method: 'welch' } });
    expect(alone.metrics[0]?.pValue).toBeCloseTo(0.03, 6);
    const together = compareRuns(runsOf(0), runsOf(drop), options());
    expect(together.metrics[0]?.status).toBe('within-noise');
    expect(together.verdict).toBe('pass');
    expect(together.correction).toEqual({ method: 'benjamini-hochberg', level: 0.05, judged: 20 });
    // A 4-sigma-like drop (p far under 0.05 / 20) is still caught among them.
    expect(compareRuns(runsOf(0), runsOf(0.06), options()).metrics[0]?.status).toBe('regressed');
  });

  it('leaves tolerance-only and exact judgments out of the family and out of the correction', () => {
    // No noise estimate: single runs, no history. Twenty metrics each past the tolerance all regress, as before.
    const names = Array.from({ length: 20 }, (_, at) => `m${at}/acc`);
    const result = compareRuns([run(Object.fromEntries(names.map((name) => [name, 0.9])))], [run(Object.fromEntries(names.map((name) => [name, 0.89])))], options());
    expect(new Set(result.metrics.map((metric) => metric.status))).toEqual(new Set(['regressed']));
    expect(result.metrics.every((metric) => metric.noise.method === 'tolerance' && metric.pValue === undefined)).toBe(true);
    expect(result.correction?.judged).toBe(0);
    // Every run of a side agreeing: exact, judged against the tolerance alone.
    const exact = compareRuns([run({ acc: 0.9 }), run({ acc: 0.9 })], [run({ acc: 0.8 }), run({ acc: 0.8 })], options());
    expect(exact.metrics[0]).toMatchObject({ status: 'regressed', noise: { method: 'welch' } });
    expect(exact.correction?.judged).toBe(0);
  });

  it('pools the baseline spread with base-branch history for more degrees of freedom, the current side kept its own', () => {
    const baseline = [0.9, 0.92, 0.88, 0.91, 0.89].map((value) => run({ acc: value }));
    const current = [0.89, 0.91, 0.87, 0.9, 0.88].map((value) => run({ acc: value }));
    const plain = compareRuns(baseline, current, options()).metrics[0]?.noise;
    const pooled = compareRuns(baseline, current, options({ baselineHistory: new Map([['acc', [0.9, 0.92, 0.88, 0.91, 0.89]]]) })).metrics[0]?.noise;
    expect(plain).toMatchObject({ method: 'welch', degreesOfFreedom: 8 });
    expect(pooled).toMatchObject({ method: 'welch', historyRuns: 5 });
    if (pooled?.method !== 'welch' || plain?.method !== 'welch') throw new Error('welch expected');
    // Baseline 8 degrees of freedom (4 + 4), current 4: Welch-Satterthwaite gives 4 x 2^2 / (1/8 + 1/4) = 10.67.
    expect(pooled.degreesOfFreedom).toBeCloseTo(32 / 3, 6);
    expect(pooled.high - pooled.low).toBeLessThan(plain.high - plain.low);
  });
});

describe('comparison evidence', () => {
  it('fits its schema and gives back the runs it measured as a later baseline', () => {
    const current = [run({ acc: 0.91, loss: 0.3 }, { lr: '0.1' }), run({ acc: 0.93, loss: 0.28 })];
    const comparison = compareRuns([run({ acc: 0.9, loss: 0.31 })], current, options());
    const evidence = comparisonEvidence(comparison, {
      git: { sha: 'a'.repeat(40), ref: 'refs/heads/main' },
      baseline: { source: 'path', sha: null, fellBack: true },
      confidence: 0.95,
      createdAt: '2026-11-20T00:00:00Z',
      runs: { baseline: 1, current: 2 },
    });
    expect(ComparisonEvidenceSchema.parse(JSON.parse(JSON.stringify(evidence)))).toEqual(evidence);
    expect(evidence.correction).toEqual({ method: 'benjamini-hochberg', level: 0.05, judged: 0 });
    expect(renderComparisonMarkdown(evidence)).not.toContain('Benjamini-Hochberg');
    const rebuilt = runsFromComparisonEvidence(evidence, 'comparison.json');
    expect(rebuilt.map((loaded) => Object.fromEntries([...loaded.metrics].map(([name, value]) => [name, value.value])))).toEqual([
      { acc: 0.91, loss: 0.3 },
      { acc: 0.93, loss: 0.28 },
    ]);
    expect(rebuilt[0]?.params.get('lr')?.value).toBe('0.1');
  });

  it('records the correction and each p-value, and the report says which correction was used', () => {
    const seeds = (shift: number) => [0.9, 0.92, 0.88, 0.91, 0.89].map((value, i) => run({ 'a/acc': value - shift, 'b/acc': [0.8, 0.81, 0.79, 0.8, 0.82][i] as number }));
    const comparison = compareRuns(seeds(0), seeds(0.06), options());
    const evidence = comparisonEvidence(comparison, {
      git: { sha: 'a'.repeat(40), ref: 'refs/heads/main' },
      baseline: { source: 'path', sha: null, fellBack: true },
      confidence: 0.95,
      createdAt: '2026-11-20T00:00:00Z',
      runs: { baseline: 5, current: 5 },
    });
    expect(ComparisonEvidenceSchema.parse(JSON.parse(JSON.stringify(evidence)))).toEqual(evidence);
    expect(evidence.correction).toEqual({ method: 'benjamini-hochberg', level: 0.05, judged: 2 });
    expect(evidence.metrics.map((metric) => [metric.name, metric.status])).toEqual([['a/acc', 'regressed'], ['b/acc', 'within-noise']]);
    expect(evidence.metrics[0]?.pValue).toBeLessThan(0.025);
    expect(evidence.metrics[1]?.pValue).toBeCloseTo(0.5, 10);
    expect(renderComparisonMarkdown(evidence)).toContain(
      'Runs compared: 5 baseline, 5 current. Regressions and improvements are called at a 5% false-discovery rate across the 2 metrics judged by a t test (Benjamini-Hochberg).',
    );
  });
});
