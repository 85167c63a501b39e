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

export const runArbitrary: fc.Arbitrary<RunEvidence> = fc.record({
  schema: fc.constant('crucible/run@1' as const),
  command: fc.oneof(fc.string(), hostileText),
  exitCode: fc.option(fc.integer({ min: 0, max: 255 }), { nil: null }),
  signal: fc.option(fc.constantFrom('SIGKILL', 'SIGTERM'), { nil: null }),
  durationSeconds: fc.double({ min: 0, max: 1e6, noNaN: true }),
  timedOut: fc.boolean(),
  gpus: fc.array(fc.constant({ name: 'GPU' }), { maxLength: 8 }),
  telemetry: fc.constant(null),
  metrics: fc.constant({}),
  git: fc.constant(null),
});

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
