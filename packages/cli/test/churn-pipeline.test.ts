import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ComparisonEvidenceSchema, MonitoringEvidenceSchema } from '@crucible/core';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../../scripts/actions.ts';

/**
 * examples/churn-pipeline for real: the standard-library trainer for two seeds, its metrics through
 * `crucible compare`, and a healthy and a drifted production day through `crucible monitor`. Machines without
 * python3 skip, saying why.
 */
const example = join(repoRoot, 'examples', 'churn-pipeline');
const hasPython = spawnSync('python3', ['--version'], { encoding: 'utf8' }).status === 0;
// The reason a test skips is printed with the results, where a person reads them.
if (!hasPython) process.stdout.write('Skipping the churn-pipeline example: python3 is not on this machine.\n');

const dir = mkdtempSync(join(tmpdir(), 'crucible-churn-pipeline-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function python(script: string, ...args: string[]) {
  return spawnSync('python3', [join(example, script), ...args], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
}

function crucible(...args: string[]) {
  return spawnSync(join(repoRoot, 'node_modules', '.bin', 'crucible'), args, { cwd: dir, encoding: 'utf8', timeout: 120_000 });
}

describe.runIf(hasPython)('examples/churn-pipeline', () => {
  it('trains two seeds whose metrics and histories crucible compare loads and judges', () => {
    for (const seed of ['1', '2']) {
      const result = python('train.py', '--seed', seed, '--quiet', '--metrics-dir', `seed-${seed}/dvclive`, '--model', `seed-${seed}/model/model.json`);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(new RegExp(`^trained: seed=${seed} epochs=40 eval accuracy=0\\.\\d+`));
      const model = JSON.parse(readFileSync(join(dir, `seed-${seed}`, 'model', 'model.json'), 'utf8')) as { weights: number[] };
      expect(model.weights).toHaveLength(4);
      expect(existsSync(join(dir, `seed-${seed}`, 'dvclive', 'plots', 'metrics', 'eval', 'accuracy.tsv'))).toBe(true);
    }
    // Learned something: better than always answering "stays" (right for about 0.68 of all customers).
    const metrics = JSON.parse(readFileSync(join(dir, 'seed-1', 'dvclive', 'metrics.json'), 'utf8')) as { eval: { accuracy: number } };
    expect(metrics.eval.accuracy).toBeGreaterThan(0.72);

    const compared = crucible('compare', '--config', join(example, 'crucible.yml'), '--baseline', 'seed-1/dvclive', '--current', 'seed-2/dvclive', '--json', 'comparison.json');
    expect(compared.stderr).toBe('');
    expect(compared.status).toBe(0);
    const comparison = ComparisonEvidenceSchema.parse(JSON.parse(readFileSync(join(dir, 'comparison.json'), 'utf8')));
    expect(comparison.verdict).toBe('pass');
    expect(comparison.metrics.map((metric) => metric.name).sort()).toEqual(['eval.accuracy', 'eval.f1', 'eval.loss', 'eval.precision', 'eval.recall', 'train.loss']);
    const accuracy = comparison.metrics.find((metric) => metric.name === 'eval.accuracy');
    expect(accuracy?.current).toBeCloseTo(metrics.eval.accuracy, 6);
  });

  it('gives the same files for the same seed', () => {
    python('train.py', '--seed', '1', '--quiet', '--metrics-dir', 'again/dvclive', '--model', 'again/model.json');
    expect(readFileSync(join(dir, 'again', 'dvclive', 'metrics.json'), 'utf8')).toBe(readFileSync(join(dir, 'seed-1', 'dvclive', 'metrics.json'), 'utf8'));
  });

  it('generates a healthy day that crucible monitor passes and a drifted one it alerts on', () => {
    const generated = python('generate_batches.py', '--out-dir', 'batches', '--days', '2', '--drift-from', '2', '--seed', '7', '--model', 'seed-1/model/model.json');
    expect(generated.status).toBe(0);
    expect(generated.stdout).toBe('batches/2026-12-01.csv: 500 rows, healthy\nbatches/2026-12-02.csv: 500 rows, drifted\n');
    const header = readFileSync(join(dir, 'batches', '2026-12-01.csv'), 'utf8').split('\n')[0];
    expect(header).toBe('customer_id,tenure_months,monthly_charges,contract,churned,predicted');

    const monitor = (day: string, json: string) =>
      crucible('monitor', '--config', join(example, 'crucible.yml'), '--schema', join(example, 'data', 'schema.yml'), '--reference', join(example, 'data', 'train.csv'), '--data', day, '--target', 'churned', '--prediction', 'predicted', '--expected', 'seed-1/dvclive/metrics.json', '--json', json);

    const healthy = monitor('batches/2026-12-01.csv', 'healthy.json');
    expect(healthy.stderr).toBe('');
    expect(healthy.stdout).toMatch(/result: healthy\n$/);
    expect(healthy.status).toBe(0);
    expect(MonitoringEvidenceSchema.parse(JSON.parse(readFileSync(join(dir, 'healthy.json'), 'utf8')))).toMatchObject({ healthy: true, rows: 500, datasetDrift: false });

    const drifted = monitor('batches/2026-12-02.csv', 'drifted.json');
    expect(drifted.status).toBe(1);
    expect(drifted.stdout).toMatch(/result: alert/);
    const evidence = MonitoringEvidenceSchema.parse(JSON.parse(readFileSync(join(dir, 'drifted.json'), 'utf8')));
    expect(evidence).toMatchObject({ healthy: false, datasetDrift: true });
    expect(evidence.drift.filter((column) => column.drifted).map((column) => column.column)).toEqual(expect.arrayContaining(['tenure_months', 'monthly_charges', 'contract']));
  });

  it('generates the same days for the same seed, and trains a model itself when given none', () => {
    python('generate_batches.py', '--out-dir', 'again', '--days', '2', '--drift-from', '2', '--seed', '7', '--model', 'seed-1/model/model.json');
    expect(readFileSync(join(dir, 'again', '2026-12-02.csv'), 'utf8')).toBe(readFileSync(join(dir, 'batches', '2026-12-02.csv'), 'utf8'));
    const alone = python('generate_batches.py', '--out-dir', 'alone', '--days', '1', '--drift-from', '0', '--rows', '150');
    expect(alone.status).toBe(0);
    expect(readFileSync(join(dir, 'alone', '2026-12-01.csv'), 'utf8').trim().split('\n')).toHaveLength(151);
  });
});
