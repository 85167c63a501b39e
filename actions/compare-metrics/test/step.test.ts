import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, type EvidenceStore, type LoadedRun, silentLog } from '@crucible/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type BaselineRequest, type Baselines, compareStep, type CompareSettings, type ResolvedBaseline } from '../src/step.ts';

// Edge tests of the compare step with fake ports, as actions/cache tests restoreImpl with a fake state provider:
// no runner, no GitHub; what the step decides is read from its outcome.

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'crucible-compare-step-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, text: string) => {
  mkdirSync(join(dir, name, '..'), { recursive: true });
  writeFileSync(join(dir, name), text);
};

function run(values: Record<string, number>): LoadedRun {
  return {
    path: 'baseline.json',
    formats: ['json'],
    files: [],
    metrics: new Map(Object.entries(values).map(([name, value]) => [name, { name, value, history: [], source: { file: 'baseline.json' } }])),
    params: new Map(),
  };
}

function baselineOf(runs: LoadedRun[], history = new Map<string, number[]>()): ResolvedBaseline {
  return runs.length === 0
    ? { runs, history, info: { source: 'none', sha: null, fellBack: true, note: 'Nothing on main.' } }
    : { runs, history, info: { source: 'artifact', sha: 'c'.repeat(40), fellBack: false } };
}

/** Fake ports: a fixed baseline, evidence kept in the temp folder, artifacts of this run from a map. */
function ports(baseline: ResolvedBaseline, artifacts = new Map<string, string>()) {
  const requests: BaselineRequest[] = [];
  const published: Array<{ name: string; paths: string[] }> = [];
  const baselines: Baselines = {
    resolve: async (request) => {
      requests.push(request);
      return baseline;
    },
  };
  const evidence: EvidenceStore = {
    write: (file, content) => {
      writeFileSync(join(dir, file), content());
      return join(dir, file);
    },
    publish: async (name, paths) => {
      published.push({ name, paths });
      return 1;
    },
    fetch: async () => artifacts,
  };
  return { ports: { baselines, evidence, log: silentLog, clock: { now: () => new Date('2026-12-01T00:00:00Z') } }, requests, published };
}

function settings(overrides: Partial<CompareSettings> = {}): CompareSettings {
  return {
    cwd: dir,
    workspace: dir,
    config: { path: 'crucible.yml', explicit: false },
    current: ['metrics.json'],
    runEvidencePattern: 'crucible-run-*',
    format: 'auto',
    ifNoBaseline: 'warn',
    failOnRegression: true,
    confidence: undefined,
    artifactName: 'crucible-comparison',
    git: null,
    summary: true,
    ...overrides,
  };
}

describe('compare step', () => {
  it('writes and publishes its evidence, and sets every output', async () => {
    write('metrics.json', '{"acc": 0.9}');
    const fake = ports(baselineOf([run({ acc: 0.8 })]));
    const outcome = await compareStep(settings(), fake.ports);
    expect(outcome.outputs).toEqual({
      verdict: 'pass',
      regressions: '0',
      improvements: '1',
      'evidence-path': join(dir, 'comparison.json'),
      'baseline-sha': 'c'.repeat(40),
      'baseline-source': 'artifact',
    });
    expect(fake.published).toEqual([{ name: 'crucible-comparison', paths: [join(dir, 'comparison.json')] }]);
    expect(JSON.parse(readFileSync(join(dir, 'comparison.json'), 'utf8'))).toMatchObject({ schema: 'crucible/comparison@1', createdAt: '2026-12-01T00:00:00.000Z' });
    expect(outcome.summary).toMatch(/^## Model metrics\n/);
    expect(outcome.failure).toBeUndefined();
  });

  it.each([
    ['crucible.yml sets it and the input is empty', 'metrics:\n  confidence: 0.8\n', undefined, 0.8],
    ['the input overrides crucible.yml', 'metrics:\n  confidence: 0.8\n', 0.99, 0.99],
    ['neither sets it', '', undefined, 0.95],
  ])('takes the confidence level as the CLI does when %s', async (_case, yaml, input, expected) => {
    write('metrics.json', '{"acc": 0.9}');
    if (yaml !== '') write('crucible.yml', yaml);
    const outcome = await compareStep(settings({ confidence: input }), ports(baselineOf([run({ acc: 0.8 })])).ports);
    expect(outcome.result.evidence.confidence).toBe(expected);
  });

  it('asks for the base branch history only when each side has one run', async () => {
    write('a.json', '{"acc": 0.9}');
    write('b.json', '{"acc": 0.91}');
    const one = ports(baselineOf([run({ acc: 0.8 })]));
    await compareStep(settings({ current: ['a.json'] }), one.ports);
    const two = ports(baselineOf([run({ acc: 0.8 })]));
    await compareStep(settings({ current: ['a.json', 'b.json'] }), two.ports);
    expect(one.requests[0]?.historyRuns).toBe(5);
    expect(two.requests[0]?.historyRuns).toBe(1);
    expect(two.requests[0]?.currentPaths).toEqual([join(dir, 'a.json'), join(dir, 'b.json')]);
  });

  it('fails on a regression and annotates the crucible.yml rule that judged it', async () => {
    write('metrics.json', '{"acc": 0.7}');
    write('crucible.yml', 'metrics:\n  rules:\n    - name: acc\n      direction: higher\n');
    const outcome = await compareStep(settings(), ports(baselineOf([run({ acc: 0.8 })])).ports);
    expect(outcome.failure).toMatchObject({ severity: 'fail', message: expect.stringMatching(/^Verdict: fail \(1 regressed/) });
    expect(outcome.annotations).toEqual([expect.objectContaining({ level: 'error', file: 'crucible.yml', line: 3, message: expect.stringMatching(/^acc: regressed/) })]);
  });

  it('leaves the step green on a regression when fail-on-regression is false, but still annotates', async () => {
    write('metrics.json', '{"acc": 0.7}');
    const outcome = await compareStep(settings({ failOnRegression: false }), ports(baselineOf([run({ acc: 0.8 })])).ports);
    expect(outcome.failure).toBeUndefined();
    expect(outcome.outputs.verdict).toBe('fail');
    expect(outcome.annotations[0]).toMatchObject({ level: 'error', file: 'metrics.json' });
  });

  it.each([
    ['warn', 1],
    ['ignore', 0],
  ] as const)('with no baseline and if-no-baseline %s, compares with nothing and leaves %i warning(s)', async (mode, warnings) => {
    write('metrics.json', '{"acc": 0.7}');
    const outcome = await compareStep(settings({ ifNoBaseline: mode }), ports(baselineOf([])).ports);
    expect(outcome.outputs['baseline-source']).toBe('none');
    expect(outcome.result.comparison.metrics[0]?.status).toBe('added');
    expect(outcome.annotations.filter((annotation) => annotation.level === 'warning')).toHaveLength(warnings);
  });

  it('refuses to go on without a baseline when if-no-baseline is fail, writing nothing', async () => {
    write('metrics.json', '{"acc": 0.7}');
    const fake = ports(baselineOf([]));
    await expect(compareStep(settings({ ifNoBaseline: 'fail' }), fake.ports)).rejects.toThrow(ConfigError);
    expect(fake.published).toEqual([]);
  });

  it("reads train's run evidence from this run's artifacts when current is empty", async () => {
    const evidence = (acc: number) =>
      JSON.stringify({ schema: 'crucible/run@1', command: 'python train.py', exitCode: 0, signal: null, durationSeconds: 1, timedOut: false, gpus: [], telemetry: null, metrics: { acc }, git: null });
    write('seed-1/run.json', evidence(0.9));
    write('seed-2/run.json', evidence(0.92));
    const artifacts = new Map([
      ['crucible-run-seed-1', join(dir, 'seed-1')],
      ['crucible-run-seed-2', join(dir, 'seed-2')],
    ]);
    const outcome = await compareStep(settings({ current: [] }), ports(baselineOf([run({ acc: 0.8 })]), artifacts).ports);
    expect(outcome.result.current).toHaveLength(2);
    expect(outcome.result.evidence.runs).toEqual({ baseline: 1, current: 2 });
  });

  it('says what to do when current is empty and no run evidence was uploaded', async () => {
    await expect(compareStep(settings({ current: [] }), ports(baselineOf([])).ports)).rejects.toThrow(/no run evidence artifacts matching "crucible-run-\*"/);
  });

  it('refuses an unknown format naming the input', async () => {
    await expect(compareStep(settings({ format: 'xml' }), ports(baselineOf([])).ports)).rejects.toThrow(/Input "format" must be one of auto, json/);
  });
});
