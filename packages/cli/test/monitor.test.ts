import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MonitoringEvidenceSchema } from '@crucible/core';
import { seededRandom as random } from '@crucible/testkit';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../../scripts/actions.ts';

const CRUCIBLE = join(repoRoot, 'node_modules', '.bin', 'crucible');
let dir: string;

function crucible(...args: string[]) {
  return spawnSync(CRUCIBLE, args, { cwd: dir, encoding: 'utf8' });
}

/** Loan applications: income, age, purpose, the label `default` and the model's `score` (right 90% of the time). */
function day(rows: number, seed: number, options: { shift?: number; flip?: number; prediction?: boolean; drop?: string } = {}): string {
  const next = random(seed);
  const header = ['id', 'income', 'age', 'purpose', 'default', ...(options.prediction === false ? [] : ['predicted'])].filter((name) => name !== options.drop);
  const lines = [header.join(',')];
  for (let i = 0; i < rows; i++) {
    const income = 40_000 + 30_000 * next() + (options.shift ?? 0) * 20_000;
    const age = Math.floor(20 + 50 * next());
    const purpose = ['car', 'home', 'study'][Math.floor(next() * 3)] as string;
    const label = income < 50_000 ? (next() < 0.7 ? 1 : 0) : next() < 0.1 ? 1 : 0;
    let predicted = next() < 0.9 ? label : 1 - label;
    if (options.flip !== undefined && next() < options.flip) predicted = 1 - predicted;
    const row: Record<string, string | number> = { id: i, income: income.toFixed(0), age, purpose, default: label, predicted };
    lines.push(header.map((name) => row[name]).join(','));
  }
  return `${lines.join('\n')}\n`;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'crucible-monitor-cli-'));
  const write = (name: string, text: string) => {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  };
  write('train.csv', day(2000, 1, { prediction: false }));
  write('healthy/2026-12-01.csv', day(600, 2));
  write('healthy/2026-12-02.csv', day(600, 3));
  write('drifted/2026-12-03.csv', day(600, 4, { shift: 1 }));
  write('degraded/2026-12-04.csv', day(1500, 5, { flip: 0.4 }));
  write('few/2026-12-05.csv', day(40, 6));
  write('missing/2026-12-06.csv', day(300, 7, { drop: 'age' }));
  write('other.csv', 'a,b\n1,2\n2,3\n');
  write('metrics.json', JSON.stringify({ eval: { accuracy: 0.9, loss: 0.3 } }));
  write('crucible.yml', 'monitor:\n  skip: [id]\n  metrics: [accuracy]\n');
});

describe('crucible monitor', () => {
  it('exits 0 on healthy batches, writing the evidence and the markdown', () => {
    const result = crucible('monitor', '--reference', 'train.csv', '--data', 'healthy', '--target', 'default', '--prediction', 'predicted', '--expected', 'metrics.json', '--json', 'out/monitoring.json', '--markdown', 'out/monitoring.md');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/batches: 2, 1200 rows/);
    expect(result.stdout).toMatch(/healthy\/2026-12-01\.csv: 600 rows, drift share 0/);
    expect(result.stdout).toMatch(/ok {7}eval\.accuracy: live 0\.\d+, expected 0\.9/);
    expect(result.stdout).toMatch(/result: healthy\n$/);
    const evidence = MonitoringEvidenceSchema.parse(JSON.parse(readFileSync(join(dir, 'out/monitoring.json'), 'utf8')));
    expect(evidence).toMatchObject({ healthy: true, rows: 1200, datasetDrift: false });
    expect(evidence.batches.map((batch) => batch.source)).toEqual(['healthy/2026-12-01.csv', 'healthy/2026-12-02.csv']);
    expect(readFileSync(join(dir, 'out/monitoring.md'), 'utf8').length).toBeGreaterThan(50);
  });

  it('exits 1 on drift and names the column, overall and in the batch where it started', () => {
    const result = crucible('monitor', '--reference', 'train.csv', '--data', 'healthy/*.csv', '--data', 'drifted');
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/drifted\/2026-12-03\.csv: 600 rows, drift share [\d.]+ \(income/);
    expect(result.stdout).toMatch(/DRIFT income: wasserstein/);
    expect(result.stdout).toMatch(/result: alert\n {2}- \d+ of \d+ column\(s\) drifted: "income"/);
  });

  it('exits 1 on degraded predictions beyond tolerance and noise', () => {
    const result = crucible('monitor', '--reference', 'train.csv', '--data', 'degraded', '--target', 'default', '--prediction', 'predicted', '--expected', 'metrics.json', '--json', 'degraded.json');
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/DEGRADED eval\.accuracy: live 0\.\d+, expected 0\.9/);
    const evidence = MonitoringEvidenceSchema.parse(JSON.parse(readFileSync(join(dir, 'degraded.json'), 'utf8')));
    expect(evidence.performance?.find((entry) => entry.name === 'eval.accuracy')?.status).toBe('degraded');
    expect(evidence.performance?.find((entry) => entry.name === 'eval.loss')?.status).toBe('not-judged');
  });

  it('exits 1 with "not judged" and the reason on too few rows', () => {
    const result = crucible('monitor', '--reference', 'train.csv', '--data', 'few');
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/result: not judged\n {2}- 40 row\(s\) in 1 batch\(es\), fewer than monitor\.min-rows \(100\)/);
  });

  it.each([
    [['--data', 'missing'], /missing\/2026-12-06\.csv: lacks the column\(s\) "age" that the model's reference train\.csv has/],
    [['--data', 'healthy/*.parquet'], /--data healthy\/\*\.parquet: the glob matches no data file/],
    [['--data', 'healthy', '--reference', 'other.csv'], /none of its columns .* is in the reference other\.csv .* the profile of another data set/],
    [['--data', 'healthy', '--expected', 'metrics.json'], /--expected needs --target and --prediction/],
    [['--data', 'healthy', '--target', 'default'], /--target and --prediction go together/],
    [['--data', 'healthy', '--config', 'nowhere.yml'], /nowhere\.yml does not exist/],
  ])('exits 2 with one clear line for %j', (extra, message) => {
    const args = ['monitor', '--reference', 'train.csv', ...extra];
    // --reference given twice: the last wins, as with every flag.
    const result = crucible(...args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).toBe('');
  });
});
