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
  runsFromComparisonEvidence,
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

  it('widens the threshold to twice the spread of recent base-branch runs', () => {
    const baselineHistory = new Map([['acc', [0.9, 0.91, 0.89, 0.9, 0.92, 0.5]]]);
    const result = compareRuns([run({ acc: 0.9 })], [run({ acc: 0.88 })], options({ baselineHistory }));
    const acc = result.metrics[0];
    expect(acc?.status).toBe('within-noise');
    expect(acc?.noise).toMatchObject({ method: 'history', runs: 5 });
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
    const rebuilt = runsFromComparisonEvidence(evidence, 'comparison.json');
    expect(rebuilt.map((loaded) => Object.fromEntries([...loaded.metrics].map(([name, value]) => [name, value.value])))).toEqual([
      { acc: 0.91, loss: 0.3 },
      { acc: 0.93, loss: 0.28 },
    ]);
    expect(rebuilt[0]?.params.get('lr')?.value).toBe('0.1');
  });
});
