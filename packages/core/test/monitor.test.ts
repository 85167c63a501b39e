import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MONITOR, type MonitorPolicy } from '../src/config.ts';
import { MonitoringEvidenceSchema } from '../src/evidence/monitoring.ts';
import { QualityAccumulator } from '../src/data/quality.ts';
import { expandBatches, liveQuality, loadExpected, monitorData, type MonitorOptions } from '../src/monitor/index.ts';
import { tempDir } from './data-helpers.ts';

/** A seeded generator (mulberry32), so every run writes the same data. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normal(next: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
}

type Day = { rows: number; seed: number; shift?: number; flip?: number; withPrediction?: boolean; drop?: string };

/** Rows of a churn-like table: two numbers, a category, the label, and (production) the model's prediction. */
function table(day: Day): string {
  const next = random(day.seed);
  const columns = ['id', 'tenure', 'charges', 'plan', 'churned', ...(day.withPrediction === false ? [] : ['prediction'])].filter((name) => name !== day.drop);
  const lines = [columns.join(',')];
  for (let i = 0; i < day.rows; i++) {
    const tenure = 24 + 10 * normal(next) + (day.shift ?? 0) * 10;
    const charges = 70 + 20 * normal(next);
    const plan = ['basic', 'plus', 'pro'][Math.floor(next() * 3)] as string;
    const churned = tenure < 20 ? (next() < 0.8 ? 1 : 0) : next() < 0.1 ? 1 : 0;
    // The model is right 90% of the time; `flip` makes it wrong on that share of the rows as well.
    let prediction = next() < 0.9 ? churned : 1 - churned;
    if (day.flip !== undefined && next() < day.flip) prediction = 1 - prediction;
    const row: Record<string, string | number> = { id: `c${day.seed}-${i}`, tenure: tenure.toFixed(2), charges: charges.toFixed(2), plan, churned, prediction };
    lines.push(columns.map((name) => row[name]).join(','));
  }
  return `${lines.join('\n')}\n`;
}

function write(dir: string, name: string, text: string): string {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
  return path;
}

function setup(days: Day[], policy: Partial<MonitorPolicy> = {}, extra: Partial<MonitorOptions> = {}): MonitorOptions {
  const dir = tempDir();
  const reference = write(dir, 'reference.csv', table({ rows: 3000, seed: 1, withPrediction: false }));
  const batches = days.map((day, i) => ({ path: write(dir, `batches/day-${String(i + 1).padStart(2, '0')}.csv`, table(day)), label: `day-${i + 1}` }));
  return {
    git: null,
    threads: 1,
    reference: { path: reference, label: 'reference.csv' },
    batches,
    policy: { ...DEFAULT_MONITOR, skip: ['id'], ...policy },
    ...extra,
  };
}

const expected = (accuracy: number) => ({ file: 'metrics.json', sha256: '0'.repeat(64), metrics: new Map([['eval.accuracy', accuracy], ['eval/f1', 0.8], ['eval_loss', 0.3]]) });

describe('monitorData', () => {
  it('says healthy for production data like the reference, per batch and overall, with live quality as expected', async () => {
    const options = setup([{ rows: 800, seed: 11 }, { rows: 800, seed: 12 }, { rows: 800, seed: 13 }], {}, { target: 'churned', prediction: 'prediction', expected: expected(0.9) });
    const evidence = await monitorData(options);
    expect(MonitoringEvidenceSchema.parse(evidence)).toBeTruthy();
    expect(evidence.reasons).toEqual([]);
    expect(evidence.status).toBe('healthy');
    expect(evidence.healthy).toBe(true);
    expect(evidence.rows).toBe(2400);
    expect(evidence.batches.map((batch) => [batch.source, batch.rows, batch.driftedShare])).toEqual([
      ['day-1', 800, 0],
      ['day-2', 800, 0],
      ['day-3', 800, 0],
    ]);
    // id is skipped; prediction is not in the reference; churned (the label) is a column like any other.
    expect(evidence.drift.map((entry) => entry.column).sort()).toEqual(['charges', 'churned', 'plan', 'tenure']);
    expect(evidence.datasetDrift).toBe(false);
    const accuracy = evidence.performance?.find((entry) => entry.name === 'eval.accuracy');
    expect(accuracy).toMatchObject({ status: 'ok', metric: 'accuracy', expected: 0.9 });
    expect(accuracy?.observed).toBeGreaterThan(0.87);
    // eval_loss has no live counterpart: not judged, and healthy stays healthy.
    expect(evidence.performance?.find((entry) => entry.name === 'eval_loss')).toMatchObject({ status: 'not-judged', observed: null });
    expect(evidence.task).toBe('classification');
    expect(evidence.labelledRows).toBe(2400);
  });

  it('alerts on drift, says which column and from which batch', async () => {
    const evidence = await monitorData(setup([{ rows: 800, seed: 21 }, { rows: 800, seed: 22, shift: -0.8 }, { rows: 800, seed: 23, shift: -0.8 }]));
    expect(evidence.status).toBe('alert');
    expect(evidence.healthy).toBe(false);
    expect(evidence.drift.find((entry) => entry.column === 'tenure')?.drifted).toBe(true);
    expect(evidence.drift.find((entry) => entry.column === 'charges')?.drifted).toBe(false);
    expect(evidence.batches[0]?.driftedShare).toBe(0);
    expect(evidence.batches[1]?.drifted).toContain('tenure');
    expect(evidence.reasons?.[0]).toMatch(/column\(s\) drifted: "tenure" \(wasserstein/);
  });

  it('with alert-on: dataset, one drifted column of three is no alert', async () => {
    // The label follows tenure, so it is skipped here: tenure alone drifts.
    const evidence = await monitorData(setup([{ rows: 800, seed: 31, shift: -0.8 }], { alertOn: 'dataset', skip: ['id', 'churned'] }));
    expect(evidence.drift.filter((entry) => entry.drifted).map((entry) => entry.column)).toContain('tenure');
    expect(evidence.datasetDrift).toBe(false);
    expect(evidence.status).toBe('healthy');
  });

  it('alerts when live quality falls beyond tolerance and noise, not when it holds', async () => {
    const degraded = await monitorData(setup([{ rows: 1000, seed: 41, flip: 0.3 }], {}, { target: 'churned', prediction: 'prediction', expected: expected(0.9) }));
    expect(degraded.status).toBe('alert');
    const accuracy = degraded.performance?.find((entry) => entry.name === 'eval.accuracy');
    expect(accuracy?.status).toBe('degraded');
    expect(accuracy?.bound).toBeLessThan(0.9);
    expect(degraded.reasons?.some((reason) => reason.startsWith('eval.accuracy is degraded'))).toBe(true);
    // The same fall within a tolerance of 0.4 is no alert.
    const tolerated = await monitorData(setup([{ rows: 1000, seed: 41, flip: 0.3 }], { tolerance: { kind: 'absolute', amount: 0.4 } }, { target: 'churned', prediction: 'prediction', expected: expected(0.9) }));
    expect(tolerated.performance?.find((entry) => entry.name === 'eval.accuracy')?.status).toBe('ok');
  });

  it('does not alert on a small sample whose accuracy is a little under the expected one (sampling noise)', async () => {
    // 120 rows at a true accuracy of 0.9 against an expected 0.92: the upper bound covers it.
    const evidence = await monitorData(setup([{ rows: 120, seed: 51 }], {}, { target: 'churned', prediction: 'prediction', expected: expected(0.92) }));
    const accuracy = evidence.performance?.find((entry) => entry.name === 'eval.accuracy');
    expect(accuracy?.observed).toBeLessThan(0.92);
    expect(accuracy?.status).toBe('ok');
  });

  it('runs the schema checks on every batch and alerts on a failure, naming the batch', async () => {
    const { parseDataSchema } = await import('../src/data/index.ts');
    const schema = parseDataSchema('columns:\n  plan: {in: [basic, plus]}\n  charges: {type: number, min: 0}\n', 'schema.yml');
    const evidence = await monitorData(setup([{ rows: 300, seed: 141 }, { rows: 300, seed: 142 }], {}, { schema }));
    expect(evidence.status).toBe('alert');
    expect(evidence.checks?.map((check) => [check.type, check.column, check.source, check.success])).toEqual([
      ['in', 'plan', 'day-1', false],
      ['in', 'plan', 'day-2', false],
    ]);
    expect(evidence.batches.map((batch) => batch.checksFailed)).toEqual([1, 1]);
    expect(evidence.reasons).toContainEqual(expect.stringMatching(/^2 data check\(s\) failed, first in on "plan" in day-1\./));
  });

  it('is not judged with fewer rows than min-rows, and says why', async () => {
    const evidence = await monitorData(setup([{ rows: 60, seed: 61 }]));
    expect(evidence.status).toBe('not-judged');
    expect(evidence.healthy).toBe(false);
    expect(evidence.reasons).toEqual([expect.stringMatching(/^60 row\(s\) in 1 batch\(es\), fewer than monitor\.min-rows \(100\)/)]);
  });

  it('is not judged when monitor.metrics names a metric the expected file lacks', async () => {
    const evidence = await monitorData(
      setup([{ rows: 500, seed: 71 }], { metrics: [{ name: 'auc' }] }, { target: 'churned', prediction: 'prediction', expected: expected(0.9) }),
    );
    expect(evidence.status).toBe('not-judged');
    expect(evidence.reasons?.join('\n')).toMatch(/monitor\.metrics names "auc", but the expected metrics in metrics\.json have no such metric/);
  });

  it('refuses a batch missing the model columns, naming them and monitor.skip', async () => {
    await expect(monitorData(setup([{ rows: 200, seed: 81, drop: 'charges' }]))).rejects.toThrow(/day-1: lacks the column\(s\) "charges" that the model's reference reference\.csv has.*monitor\.skip/);
    // The label may be missing (not yet arrived); skipped columns may be too.
    const evidence = await monitorData(setup([{ rows: 200, seed: 82, drop: 'id' }]));
    expect(evidence.rows).toBe(200);
  });

  it('refuses a reference of another schema', async () => {
    const options = setup([{ rows: 200, seed: 91 }]);
    const other = write(tempDir(), 'other.csv', 'a,b\n1,2\n3,4\n');
    await expect(monitorData({ ...options, reference: { path: other, label: 'other.csv' } })).rejects.toThrow(/none of its columns .* is in the reference other\.csv \("a", "b"\); the reference is the profile of another data set/);
  });

  it('reads a profile as the reference, and gives the same verdict as the data it came from', async () => {
    const options = setup([{ rows: 500, seed: 101, shift: -0.8 }]);
    const fromData = await monitorData(options);
    const { profileData } = await import('../src/data/index.ts');
    const profile = await profileData(options.reference, { git: null, threads: 1 });
    const path = write(tempDir(), 'profile.json', JSON.stringify(profile));
    const fromProfile = await monitorData({ ...options, reference: { path, label: 'profile.json' } });
    expect(fromProfile.reference?.kind).toBe('profile');
    expect(fromProfile.drift.map((entry) => [entry.column, entry.drifted])).toEqual(fromData.drift.map((entry) => [entry.column, entry.drifted]));
  });

  it('counts the same quality whether a batch is read by one thread or split between two', async () => {
    const days = [{ rows: 20_000, seed: 111 }];
    const one = await monitorData(setup(days, {}, { target: 'churned', prediction: 'prediction' }));
    const two = await monitorData(setup(days, {}, { target: 'churned', prediction: 'prediction', threads: 2, forceSplit: true }));
    expect(two.timings?.threads).toBe(2);
    expect(two.performance).toEqual(one.performance);
    expect(two.rows).toBe(one.rows);
  });
});

describe('monitorData on two threads', () => {
  it('splits each of several batches between threads and merges them in order: the same result as one thread', async () => {
    const days = [{ rows: 700, seed: 121 }, { rows: 500, seed: 122, shift: -0.8 }, { rows: 900, seed: 123 }];
    const extra = { target: 'churned', prediction: 'prediction', expected: expected(0.9) };
    const one = await monitorData(setup(days, {}, extra));
    const two = await monitorData(setup(days, {}, { ...extra, threads: 2, forceSplit: true }));
    expect(two.timings?.threads).toBe(2);
    expect(two.batches.map((batch) => [batch.source, batch.rows, batch.driftedShare])).toEqual(one.batches.map((batch) => [batch.source, batch.rows, batch.driftedShare]));
    // Counts are exact either way; distances come from quantile sketches merged in another order (rank error ~1%).
    expect(two.drift.map((entry) => [entry.column, entry.drifted, entry.currentCount])).toEqual(one.drift.map((entry) => [entry.column, entry.drifted, entry.currentCount]));
    two.drift.forEach((entry, i) => expect(Math.abs((entry.value ?? 0) - (one.drift[i]?.value ?? 0))).toBeLessThan(0.03));
    expect(two.performance).toEqual(one.performance);
    expect(two.status).toBe(one.status);
  });

  it('names the batch that lacks a column, after reading the ones before it', async () => {
    await expect(monitorData(setup([{ rows: 200, seed: 131 }, { rows: 200, seed: 132, drop: 'plan' }], {}, { threads: 2, forceSplit: true }))).rejects.toThrow(/day-2: lacks the column\(s\) "plan"/);
  });
});

describe('liveQuality', () => {
  const policy: MonitorPolicy = { ...DEFAULT_MONITOR };
  function counts(pairs: [string, string][]): QualityAccumulator {
    const quality = new QualityAccumulator({ target: 0, prediction: 1, nullValues: [''] });
    for (const [target, prediction] of pairs) quality.add(target, prediction);
    return quality;
  }

  it('computes accuracy, precision, recall and F1 of the positive class as scikit-learn does', () => {
    // TP 3, FP 1, FN 2, TN 4: precision 3/4, recall 3/5, F1 2*3/(2*3+1+2) = 6/9.
    const pairs: [string, string][] = [...Array(3).fill(['1', '1']), ['0', '1'], ...Array(2).fill(['1', '0']), ...Array(4).fill(['0', '0'])];
    const live = liveQuality(counts(pairs), 'classification', policy, 0.95);
    const value = (name: string) => live.metrics.find((metric) => metric.name === name)?.value;
    expect(value('accuracy')).toBeCloseTo(0.7, 12);
    expect(value('precision')).toBeCloseTo(0.75, 12);
    expect(value('recall')).toBeCloseTo(0.6, 12);
    expect(value('f1')).toBeCloseTo(6 / 9, 12);
    expect(live.positive).toBe('1');
  });

  it('reads "1.0", "True" and scores as classes', () => {
    const live = liveQuality(counts([['1.0', '1'], ['True', 'true'], ['0', '0.2'], ['1', '0.7']]), 'classification', policy, 0.95);
    expect(live.metrics.find((metric) => metric.name === 'accuracy')?.value).toBe(1);
    expect(live.notes.join(' ')).toMatch(/2 prediction\(s\) are scores/);
  });

  it('macro-averages a multi-class model', () => {
    // Classes a (2 right, 1 predicted b), b (1 right), c (1 predicted a): precision a 2/3, b 1/2, c 0/0 -> 0.
    const live = liveQuality(counts([['a', 'a'], ['a', 'a'], ['a', 'b'], ['b', 'b'], ['c', 'a']]), 'classification', policy, 0.95);
    const precision = live.metrics.find((metric) => metric.name === 'precision');
    expect(precision?.value).toBeCloseTo((2 / 3 + 1 / 2 + 0) / 3, 12);
    expect(precision?.note).toBe('macro average over 3 classes');
  });

  it('computes MAE, RMSE and MAPE for a regressor', () => {
    const live = liveQuality(counts([['2', '3'], ['4', '2'], ['-1', '-1'], ['5', '9']]), 'regression', policy, 0.95);
    const value = (name: string) => live.metrics.find((metric) => metric.name === name)?.value;
    expect(value('mae')).toBeCloseTo((1 + 2 + 0 + 4) / 4, 12);
    expect(value('rmse')).toBeCloseTo(Math.sqrt((1 + 4 + 0 + 16) / 4), 12);
    expect(value('mape')).toBeCloseTo((1 / 2 + 2 / 4 + 0 + 4 / 5) / 4, 12);
  });
});

describe('expandBatches and loadExpected', () => {
  it('expands files, folders and globs in order, and refuses a glob that matches nothing', () => {
    const dir = tempDir();
    for (const name of ['logs/2026-12-02.csv', 'logs/2026-12-01.csv.gz', 'logs/notes.md', 'one.jsonl']) write(dir, name, 'a\n1\n');
    expect(expandBatches(['logs'], dir).map((batch) => batch.label)).toEqual(['logs/2026-12-01.csv.gz', 'logs/2026-12-02.csv']);
    expect(expandBatches(['logs/*.csv', 'one.jsonl'], dir).map((batch) => batch.label)).toEqual(['logs/2026-12-02.csv', 'one.jsonl']);
    expect(() => expandBatches(['logs/*.parquet'], dir)).toThrow(/--data logs\/\*\.parquet: the glob matches no data file/);
    expect(() => expandBatches(['missing.csv'], dir)).toThrow(/--data missing\.csv: no such file or folder/);
  });

  it('reads expected metrics from a metrics file or run evidence', async () => {
    const dir = tempDir();
    const metrics = write(dir, 'metrics.json', JSON.stringify({ eval: { accuracy: 0.91, f1: 0.8 } }));
    const fromFile = await loadExpected(metrics, 'metrics.json');
    expect([...fromFile.metrics.keys()].length).toBeGreaterThan(0);
    expect([...fromFile.metrics.values()]).toContain(0.91);
    await expect(loadExpected(join(dir, 'none.json'), 'none.json')).rejects.toThrow(/--expected none\.json: cannot read the file \(no such file\)/);
  });
});
