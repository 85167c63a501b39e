import { describe, expect, it } from 'vitest';
import { type ComparisonEvidence, ComparisonEvidenceSchema, parseEvidence } from '../src/evidence/index.ts';
import { compareRuns } from '../src/metrics/compare.ts';
import { comparisonEvidence } from '../src/metrics/evidence.ts';
import { boundName, fitComparisonEvidence } from '../src/metrics/evidence-bounds.ts';
import { ZERO_TOLERANCE } from '../src/metrics/tolerance.ts';
import type { LoadedRun, MetricValue } from '../src/metrics/types.ts';

// compare-metrics writes its comparison from whatever the metric files held; report parses it with the schema. A
// document the schema refuses leaves the pull request with no verdict, so the writer must fit every string.

const LONG = 1500;

/** A run as a loader hands it over, strings unbounded (the loaders cut values, but names and paths are as found). */
function run(metrics: Record<string, number | string>, params: Record<string, string> = {}, file = 'metrics.json', history = false): LoadedRun {
  const values = Object.entries(metrics).map(([name, value]): [string, MetricValue] => [
    name,
    {
      name,
      ...(typeof value === 'number' ? { value } : { value: null, raw: value }),
      history: history ? [{ step: 0, value: 1 }, { step: 1, value: 2 }] : [],
      source: { file },
    },
  ]);
  return {
    path: file,
    formats: ['json'],
    files: [file],
    metrics: new Map(values),
    params: new Map(Object.entries(params).map(([name, value]) => [name, { name, value, source: { file } }])),
  };
}

/** comparisonEvidence, written and read back as report reads it. */
function roundTrip(baseline: LoadedRun, current: LoadedRun, note?: string): ComparisonEvidence {
  const comparison = compareRuns([baseline], [current], { rules: [], tolerance: ZERO_TOLERANCE, confidence: 0.95 });
  const document = comparisonEvidence(comparison, {
    git: null,
    baseline: { source: 'artifact', sha: null, fellBack: false, ...(note === undefined ? {} : { note }) },
    confidence: 0.95,
    createdAt: '2026-12-01T00:00:00Z',
    runs: { baseline: 1, current: 1 },
  });
  const found = parseEvidence(Buffer.from(JSON.stringify(document)), 'comparison.json');
  expect(found?.kind).toBe('comparison');
  return found?.document as ComparisonEvidence;
}

describe('comparison evidence fits its own schema', () => {
  it(`round-trips a ${LONG}-character value, its reason and its failure line through the schema`, () => {
    const value = 'v'.repeat(LONG);
    const document = roundTrip(run({ acc: 0.9 }), run({ acc: value }));
    const [metric] = document.metrics;
    expect(metric).toMatchObject({ name: 'acc', status: 'invalid' });
    expect(metric?.reason?.length).toBeLessThanOrEqual(1000);
    expect(metric?.reason).toMatch(/^a value is not a finite number \("v+… \(\d+ characters\)$/);
    expect(document.verdict).toBe('fail');
    expect(document.failures?.every((line) => line.length <= 2000)).toBe(true);
  });

  it(`round-trips a ${LONG}-character metric name, keeping its status, its history and the failure it causes`, () => {
    const name = `eval/${'n'.repeat(LONG)}/acc`;
    const document = roundTrip(run({ [name]: 0.9 }, {}, 'metrics.json', true), run({ [name]: 0.5 }, {}, 'metrics.json', true));
    const [metric] = document.metrics;
    expect(metric?.name.length).toBeLessThanOrEqual(512);
    expect(metric?.name.startsWith('eval/nnnn')).toBe(true);
    expect(metric?.status).toBe('regressed');
    expect(document.verdict).toBe('fail');
    expect(Object.keys(document.histories ?? {})).toEqual([metric?.name]);
  });

  it('keeps two long names that share their start as two metrics', () => {
    const first = `${'x'.repeat(LONG)}_loss`;
    const second = `${'x'.repeat(LONG)}_acc`;
    const document = roundTrip(run({ [first]: 1, [second]: 1 }), run({ [first]: 1, [second]: 1 }));
    const names = document.metrics.map((metric) => metric.name);
    expect(new Set(names).size).toBe(2);
    expect(boundName(first)).toBe(boundName(first));
  });

  it('round-trips long param names and values, a long source path, and a long baseline note', () => {
    const path = `${'deep/'.repeat(400)}metrics.json`;
    const document = roundTrip(
      run({ acc: 0.9 }, { ['p'.repeat(LONG)]: 'a'.repeat(20_000) }, path),
      run({ acc: 'n/a'.repeat(500) }, { ['p'.repeat(LONG)]: 'b'.repeat(20_000) }, path),
      'note '.repeat(1000),
    );
    expect(document.params[0]?.name.length).toBeLessThanOrEqual(512);
    expect(document.params[0]?.current?.length).toBeLessThanOrEqual(10_000);
    expect(document.baseline?.note?.length).toBeLessThanOrEqual(2000);
  });

  it('leaves a document that already fits exactly as it is', () => {
    const document = roundTrip(run({ acc: 0.9, loss: 0.3 }, { lr: '0.1' }), run({ acc: 0.91, loss: 'NaN' }, { lr: '0.2' }));
    expect(fitComparisonEvidence(document)).toEqual(document);
  });

  it('keeps every metric that needs attention when there are more rows than the schema takes', () => {
    const metric = (name: string, status: ComparisonEvidence['metrics'][number]['status']): ComparisonEvidence['metrics'][number] => ({
      name,
      baseline: 1,
      current: 1,
      delta: 0,
      direction: 'higher',
      status,
    });
    const many: ComparisonEvidence = {
      schema: 'crucible/comparison@1',
      git: null,
      verdict: 'fail',
      metrics: [...Array.from({ length: 100_000 }, (_, i) => metric(`m${i}`, 'unchanged')), metric('late', 'regressed'), metric('broken', 'invalid')],
      params: [],
    };
    const fitted = fitComparisonEvidence(many);
    expect(ComparisonEvidenceSchema.safeParse(fitted).success).toBe(true);
    expect(fitted.metrics).toHaveLength(100_000);
    expect(fitted.metrics.slice(-2).map((row) => row.name)).toEqual(['late', 'broken']);
  });
});
