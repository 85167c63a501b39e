import fc from 'fast-check';
import type { ComparisonEvidence } from '../../src/evidence/comparison.ts';
import type { FoundEvidence } from '../../src/evidence/read.ts';
import type { RunEvidence } from '../../src/evidence/run.ts';
import type { ReportInput } from '../../src/report/types.ts';

/** Pieces of markdown, HTML and GitHub syntax that a hostile name would use to break out of its cell. */
export const HOSTILE_FRAGMENTS = [
  '|',
  '\\|',
  '`',
  '```',
  '<',
  '>',
  '@octocat',
  '@github/security',
  '#123',
  'GH-7',
  'acme/models#9',
  '[x](https://evil.example)',
  '![x](https://evil.example/a.png)',
  '[x]: https://evil.example',
  '<https://evil.example>',
  'https://evil.example/p?q=1',
  'http://evil.example',
  'www.evil.example',
  'evil@example.com',
  'javascript:alert(1)',
  'data:image/png;base64,AAAA',
  '</details>',
  '<details open>',
  '<summary>',
  '</code>',
  '<!--',
  '-->',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '*',
  '**',
  '_',
  '~~',
  '$x$',
  ':smile:',
  '[^1]',
  '&amp;',
  '&#124;',
  '\n',
  '\r\n',
  '\t',
  '\u0000',
  '\u202e',
  '# ',
  '> ',
  '- ',
  '1. ',
  '    ',
  '%%{init: {}}%%',
  '"',
  '😀',
] as const;

/** Text built from hostile fragments and random characters. */
export const hostileText = fc
  .array(fc.oneof(fc.constantFrom(...HOSTILE_FRAGMENTS), fc.string({ unit: 'binary', maxLength: 4 })), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.join(''));

/** A name the evidence schemas accept: 1 to 512 characters, any of them. */
export const metricName = fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }), hostileText).filter((name) => name.length > 0 && name.length <= 512);

const finite = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 });
const value = fc.option(finite, { nil: null });
const STATUSES = ['improved', 'regressed', 'unchanged', 'within-noise', 'added', 'removed', 'invalid'] as const;

export const history = fc.array(fc.tuple(fc.integer({ min: 0, max: 10_000 }), finite), { maxLength: 30 });

type Metric = ComparisonEvidence['metrics'][number];

function metricArbitrary(name: fc.Arbitrary<string>): fc.Arbitrary<Metric> {
  return fc.record({
    name,
    baseline: value,
    current: value,
    delta: value,
    deltaPercent: value,
    direction: fc.constantFrom('higher', 'lower', 'none'),
    directionSource: fc.constantFrom('rule', 'inferred'),
    status: fc.constantFrom(...STATUSES),
    required: fc.boolean(),
    tolerance: fc.constantFrom('0', '2%', '0.01'),
    noise: fc.oneof(
      fc.record({ method: fc.constant('welch' as const), confidence: fc.constant(0.95), low: finite, high: finite, degreesOfFreedom: fc.constant(4), threshold: finite }),
      fc.record({ method: fc.constant('tolerance' as const), threshold: finite }),
      fc.constant({ method: 'none' as const }),
    ),
  });
}

/** Comparison evidence with arbitrary names, statuses, params and histories. */
export function comparisonArbitrary(options: { maxMetrics?: number; name?: fc.Arbitrary<string> } = {}): fc.Arbitrary<ComparisonEvidence> {
  const name = options.name ?? metricName;
  return fc
    .record({
      verdict: fc.constantFrom('pass', 'fail'),
      metrics: fc.uniqueArray(metricArbitrary(name), { maxLength: options.maxMetrics ?? 30, selector: (metric) => metric.name }),
      params: fc.uniqueArray(fc.record({ name, baseline: fc.option(fc.oneof(fc.string(), hostileText), { nil: null }), current: fc.option(fc.oneof(fc.string(), hostileText), { nil: null }) }), {
        maxLength: 20,
        selector: (param) => param.name,
      }),
      sha: fc.option(fc.oneof(fc.stringMatching(/^[0-9a-f]{40}$/), hostileText), { nil: null }),
      ageDays: fc.option(fc.double({ min: 0, max: 400, noNaN: true }), { nil: null }),
      histories: fc.array(fc.record({ baseline: history, current: history }), { maxLength: 30 }),
    })
    .map(({ sha, ageDays, histories, ...rest }) => ({
      schema: 'crucible/comparison@1' as const,
      git: null,
      ...rest,
      baseline: { source: 'artifact' as const, sha, ageDays, fellBack: false },
      runs: { baseline: 1, current: 1 },
      histories: Object.fromEntries(rest.metrics.slice(0, histories.length).map((metric, i) => [metric.name, histories[i] as { baseline: [number, number][]; current: [number, number][] }])),
    }));
}

/** Text a machine or a person put in run evidence (GPU names, runner labels, paths): hostile, within the schema's 200. */
export const machineText = fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), hostileText).map((text) => text.slice(0, 200));

/** A count the telemetry measured: NaN-free, sometimes null (nvidia-smi's "[N/A]"), sometimes huge. */
const quantity = fc.option(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 2e6 }), fc.constant(1e300)), { nil: null });
const percent = fc.option(fc.double({ noNaN: true, min: 0, max: 100 }), { nil: null });

/** Every field optional, as a tool other than Crucible's train action may write it. */
const gpuInfo = fc.record(
  {
    vendor: fc.constantFrom('nvidia' as const, 'amd' as const),
    index: fc.nat({ max: 7 }),
    name: machineText,
    uuid: fc.option(machineText, { nil: null }),
    memoryTotalMiB: quantity,
    memoryUsedMiB: quantity,
    driverVersion: fc.option(machineText, { nil: null }),
    cudaVersion: fc.option(machineText, { nil: null }),
  },
  { requiredKeys: [] },
);

const gpuTelemetry = fc.record(
  {
    index: fc.nat({ max: 7 }),
    samples: fc.nat({ max: 100_000 }),
    peakMemoryMiB: quantity,
    meanMemoryMiB: quantity,
    meanUtilizationPercent: percent,
    p95UtilizationPercent: percent,
    meanPowerW: quantity,
    peakPowerW: quantity,
    maxTemperatureC: quantity,
  },
  { requiredKeys: [] },
);

const telemetry = fc.option(
  fc.record(
    {
      tool: fc.constantFrom('nvidia-smi' as const, 'rocm-smi' as const),
      intervalSeconds: fc.double({ noNaN: true, noDefaultInfinity: true, min: 0.1, max: 60 }),
      samples: fc.nat({ max: 100_000 }),
      durationSeconds: fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 1e6 }),
      gpuHours: fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 1e5 }),
      peakMemoryMiB: quantity,
      meanMemoryMiB: quantity,
      meanUtilizationPercent: percent,
      p95UtilizationPercent: percent,
      meanPowerW: quantity,
      gpus: fc.array(gpuTelemetry, { maxLength: 8 }),
      file: fc.option(machineText, { nil: null }),
    },
    { requiredKeys: [] },
  ),
  { nil: null },
);

const runner = fc.option(
  fc.record({
    name: fc.option(machineText, { nil: null }),
    os: fc.option(fc.oneof(fc.constantFrom('Linux', 'Windows', 'macOS'), machineText), { nil: null }),
    arch: fc.option(fc.constantFrom('X64', 'ARM64'), { nil: null }),
    environment: fc.option(fc.oneof(fc.constantFrom('self-hosted', 'github-hosted'), machineText), { nil: null }),
    labels: fc.option(fc.array(machineText, { maxLength: 10 }), { nil: null }),
  }),
  { nil: null },
);

/**
 * Run evidence with the contract's fields always there and the train action's sometimes absent (old evidence):
 * hostile GPU names, runner labels, commands, checkpoint paths and metric names; NaN-free numbers.
 */
export const runArbitrary: fc.Arbitrary<RunEvidence> = fc.record(
  {
    schema: fc.constant('crucible/run@1' as const),
    command: fc.oneof(fc.string(), hostileText),
    exitCode: fc.option(fc.integer({ min: 0, max: 255 }), { nil: null }),
    signal: fc.option(fc.oneof(fc.constantFrom('SIGKILL', 'SIGTERM', 'SIGINT'), machineText.map((text) => text.slice(0, 20))), { nil: null }),
    durationSeconds: fc.double({ min: 0, max: 1e6, noNaN: true }),
    timedOut: fc.boolean(),
    cancelled: fc.boolean(),
    timeBudgetSeconds: fc.option(fc.double({ min: 1, max: 1e6, noNaN: true }), { nil: null }),
    runner,
    gpus: fc.array(gpuInfo, { maxLength: 8 }),
    telemetry,
    metrics: fc.constant({}),
    histories: fc.dictionary(metricName, history, { maxKeys: 6 }),
    checkpoint: fc.option(fc.record({ path: machineText, restoredKey: fc.option(machineText, { nil: null }), bytes: fc.option(fc.nat(), { nil: null }) }), { nil: null }),
    git: fc.constant(null),
  },
  { requiredKeys: ['schema', 'command', 'exitCode', 'signal', 'durationSeconds', 'timedOut', 'gpus', 'telemetry', 'metrics', 'git'] },
);

const environments = fc.dictionary(
  metricName,
  fc.record({
    require: fc.record({
      'protected-environment': fc.boolean(),
      approvals: fc.integer({ min: 0, max: 3 }),
      evidence: fc.subarray(['validation', 'profile', 'comparison', 'run'] as const),
    }),
  }),
  { maxKeys: 4 },
);

/** A whole report input: comparisons, runs, refused files and environments, all with hostile text. */
export function reportInputArbitrary(options: { maxMetrics?: number } = {}): fc.Arbitrary<ReportInput> {
  return fc
    .record({
      comparisons: fc.array(comparisonArbitrary(options), { minLength: 0, maxLength: 2 }),
      runs: fc.array(runArbitrary, { maxLength: 3 }),
      refused: fc.array(fc.record({ source: metricName, reason: fc.oneof(fc.string({ maxLength: 2000 }), hostileText) }), { maxLength: 4 }),
      environments,
      fullReportUrl: fc.option(fc.constant('https://github.com/acme/models/actions/runs/1/artifacts/2'), { nil: undefined }),
    })
    .map(({ comparisons, runs, refused, environments, fullReportUrl }) => {
      const evidence: FoundEvidence[] = [
        ...comparisons.map((document, i): FoundEvidence => ({ path: `/e/comparison-${i}.json`, kind: 'comparison', document })),
        ...runs.map((document, i): FoundEvidence => ({ path: `/e/run-${i}/run.json`, kind: 'run', document })),
      ];
      return {
        evidence,
        refused,
        environments,
        context: {
          repository: 'acme/models',
          sha: 'a'.repeat(40),
          serverUrl: 'https://github.com',
          runUrl: 'https://github.com/acme/models/actions/runs/1',
          ...(fullReportUrl === undefined ? {} : { fullReportUrl }),
        },
      };
    });
}
