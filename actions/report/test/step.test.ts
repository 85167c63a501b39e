import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareRuns, comparisonEvidence, type EvidenceStore, InputError, type LoadedRun, type Log, ZERO_TOLERANCE } from '@crucible/core';
import type { CheckRunReport, CommentMode } from '@crucible/github';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Gathered, type ReportGitHub, type ReportSettings, reportStep, type ReportTarget } from '../src/step.ts';

// Edge tests of the report step with fake ports, as actions/cache tests restoreImpl with a fake state provider:
// no runner, no GitHub; what the step decides is read from its outcome and from what the fakes were asked.

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'crucible-report-step-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, text: string) => {
  mkdirSync(join(dir, name, '..'), { recursive: true });
  writeFileSync(join(dir, name), text);
};

const sha = (char: string) => char.repeat(40);
const HEAD = sha('a');
const EVIDENCE_SHA = sha('e');
const RUN_URL = 'https://github.com/octo-org/models/actions/runs/99';
const MARKER = '<!-- crucible-report id="model-report" workflow="ml.yml" -->';

function run(values: Record<string, number>): LoadedRun {
  return { path: 'm', formats: ['json'], files: [], params: new Map(), metrics: new Map(Object.entries(values).map(([name, value]) => [name, { name, value, history: [], source: { file: 'm' } }])) };
}

/** Comparison evidence as compare-metrics writes it, recorded for `commit`. */
function comparisonJson(baseline: Record<string, number>, current: Record<string, number>, commit: string | null = EVIDENCE_SHA, headSha?: string): string {
  const comparison = compareRuns([run(baseline)], [run(current)], { rules: [], tolerance: ZERO_TOLERANCE, confidence: 0.95 });
  return JSON.stringify(
    comparisonEvidence(comparison, {
      git: commit === null ? null : { sha: commit, ref: 'refs/pull/7/merge', ...(headSha === undefined ? {} : { headSha }) },
      baseline: { source: 'artifact', sha: sha('c'), fellBack: false, ageDays: 3 },
      confidence: 0.95,
      createdAt: '2026-11-20T00:00:00Z',
      runs: { baseline: 1, current: 1 },
    }),
  );
}

/** Run evidence as train writes it, recorded for no commit. */
const runJson = (exitCode: number) =>
  JSON.stringify({ schema: 'crucible/run@1', command: 'python train.py', exitCode, signal: null, durationSeconds: 1, timedOut: false, gpus: [], telemetry: null, metrics: { acc: 0.9 }, git: null });

/** Fake ports: GitHub that records what it is asked, evidence kept in <dir>/out, this run's artifacts from a map. */
function ports(options: { target?: ReportTarget; artifacts?: Map<string, string>; triggering?: Gathered; publish?: number | undefined | Error } = {}) {
  const seen = {
    comments: [] as Array<{ pull: number; marker: string; body: string; mode: CommentMode }>,
    commitComments: [] as Array<{ sha: string; body: string }>,
    checkRuns: [] as Array<Omit<CheckRunReport, 'owner' | 'repo'>>,
    runsRead: [] as Array<{ runId: number; pattern: string }>,
    fetched: [] as string[],
    published: [] as Array<{ name: string; paths: string[] }>,
    warnings: [] as string[],
  };
  const github: ReportGitHub = {
    target: async () => options.target ?? { pull: 7, headSha: HEAD },
    evidenceOfRun: async (runId, pattern) => {
      seen.runsRead.push({ runId, pattern });
      return options.triggering ?? { evidence: [], refused: [] };
    },
    comment: async (pull, marker, body, mode) => {
      seen.comments.push({ pull, marker, body, mode });
      return { action: 'created', commentId: 501, url: 'https://github.com/octo-org/models/pull/7#issuecomment-501', removed: [], hidden: [] };
    },
    commitComment: async (commit, body) => {
      seen.commitComments.push({ sha: commit, body });
      return { id: 701, url: `https://github.com/octo-org/models/commit/${commit}#commitcomment-701` };
    },
    checkRun: async (report) => {
      seen.checkRuns.push(report);
      return { id: 601, url: 'https://github.com/octo-org/models/runs/601' };
    },
    marker: (reportId) => `<!-- crucible-report id="${reportId}" workflow="ml.yml" -->`,
  };
  const out = join(dir, 'out');
  mkdirSync(out, { recursive: true });
  const evidence: EvidenceStore = {
    write: (file, content) => {
      writeFileSync(join(out, file), content());
      return join(out, file);
    },
    publish: async (name, paths) => {
      seen.published.push({ name, paths });
      const result = 'publish' in options ? options.publish : 42;
      if (result instanceof Error) throw result;
      return result;
    },
    fetch: async (pattern) => {
      seen.fetched.push(pattern);
      return options.artifacts ?? new Map();
    },
  };
  const log: Log = { info: () => {}, debug: () => {}, warning: (message) => seen.warnings.push(message), group: (_title, body) => body() };
  return { ports: { github, evidence, log }, seen, out };
}

function settings(overrides: Partial<ReportSettings> = {}): ReportSettings {
  return {
    cwd: dir,
    workspace: dir,
    config: { path: 'crucible.yml', explicit: false },
    evidence: ['evidence'],
    evidencePattern: 'crucible-*',
    reportId: 'model-report',
    commentMode: 'update',
    checkRun: true,
    commitComment: false,
    eventName: 'pull_request',
    artifactName: 'crucible-report',
    links: { repository: 'octo-org/models', serverUrl: 'https://github.com', runUrl: RUN_URL },
    onBadEvidence: 'refuse',
    git: null,
    limits: { comment: 65_536, checkText: 65_535 },
    ...overrides,
  };
}

describe('report step', () => {
  it('comments on the pull request with its marker, creates a passing check run, keeps the full report and sets every output', async () => {
    write('evidence/comparison.json', comparisonJson({ acc: 0.8 }, { acc: 0.85 }));
    const fake = ports();
    const outcome = await reportStep(settings(), fake.ports);
    const reportPath = join(fake.out, 'report.md');
    expect(outcome.outputs).toEqual({
      verdict: 'pass',
      'comment-id': '501',
      'comment-url': 'https://github.com/octo-org/models/pull/7#issuecomment-501',
      'check-run-id': '601',
      'report-path': reportPath,
    });
    expect(fake.seen.comments).toEqual([{ pull: 7, marker: MARKER, body: expect.stringMatching(/^### Model report\n\n✅ \*\*Pass\*\*/), mode: 'update' }]);
    expect(fake.seen.checkRuns).toEqual([expect.objectContaining({ name: 'crucible / model report', headSha: HEAD, conclusion: 'success', title: 'Metrics pass', detailsUrl: RUN_URL, annotations: [] })]);
    expect(fake.seen.published).toEqual([{ name: 'crucible-report', paths: [reportPath, join(fake.out, 'report.json')] }]);
    expect(outcome.evidence).toEqual([reportPath, join(fake.out, 'report.json')]);
    expect(readFileSync(reportPath, 'utf8')).toBe(outcome.summary);
    expect(JSON.parse(readFileSync(join(fake.out, 'report.json'), 'utf8'))).toMatchObject({ schema: 'crucible/report@1', verdict: 'pass', refused: [], evidence: [{ schema: 'crucible/comparison@1' }] });
    expect(outcome.failure).toBeUndefined();
  });

  it('searches a folder given as evidence, subfolders included, and reads a file given by itself', async () => {
    write('evidence/compare/comparison.json', comparisonJson({ acc: 0.8 }, { acc: 0.85 }));
    write('evidence/train/seed-1/run.json', runJson(0));
    write('evidence/train/seed-1/metrics.json', '{"acc": 0.9}');
    const folder = await reportStep(settings(), ports().ports);
    expect(folder.result.gathered.evidence.map((found) => found.kind)).toEqual(['comparison', 'run']);
    const file = await reportStep(settings({ evidence: ['evidence/train/seed-1/run.json'] }), ports().ports);
    expect(file.result.gathered.evidence.map((found) => found.kind)).toEqual(['run']);
    expect(file.outputs.verdict).toBe('none');
  });

  it('refuses a bad evidence file with its reason and a warning, reports the rest and fails the verdict, when bad evidence is refused', async () => {
    write('evidence/comparison.json', comparisonJson({ acc: 0.8 }, { acc: 0.85 }));
    write('broken/comparison.json', '{"schema": "crucible/comparison@1", "verdict": ');
    write('invalid/run.json', '{"schema": "crucible/run@1", "exitCode": "zero"}');
    const fake = ports();
    const outcome = await reportStep(settings({ evidence: ['evidence', 'broken/comparison.json', 'invalid/run.json'] }), fake.ports);
    expect(outcome.result.gathered.evidence.map((found) => found.kind)).toEqual(['comparison']);
    expect(outcome.result.gathered.refused).toEqual([
      { source: 'broken/comparison.json', reason: expect.stringMatching(/^broken\/comparison\.json: not valid JSON/) },
      { source: 'invalid/run.json', reason: expect.stringMatching(/^invalid\/run\.json: not a valid crucible\/run@1 document/) },
    ]);
    expect(fake.seen.warnings).toEqual([expect.stringMatching(/^Refused evidence from broken\/comparison\.json: /), expect.stringMatching(/^Refused evidence from invalid\/run\.json: /)]);
    expect(outcome.outputs.verdict).toBe('fail');
    expect(fake.seen.comments[0]?.body).toMatch(/2 evidence files refused/);
    expect(fake.seen.checkRuns[0]?.conclusion).toBe('failure');
  });

  it.each([
    ['a file that is not JSON', 'bad.json', '{"schema": ', /bad\.json: not valid JSON/],
    ['JSON that is not evidence', 'bad.json', '{"acc": 0.9}', /bad\.json: not an evidence document/],
    ['an empty folder', 'empty', undefined, /empty: no evidence below this folder.*crucible compare --json/],
  ])('makes %s an input error, naming it, when bad evidence is an error (the CLI)', async (_case, path, content, message) => {
    if (content === undefined) mkdirSync(join(dir, path));
    else write(path, content);
    const fake = ports({ target: { headSha: null } });
    const error = await reportStep(settings({ evidence: [path], onBadEvidence: 'error' }), fake.ports).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(message);
    expect(fake.seen.published).toEqual([]);
  });

  it('says which evidence path does not exist', async () => {
    await expect(reportStep(settings({ evidence: ['downloaded'] }), ports().ports)).rejects.toThrow(/^Input "evidence": downloaded does not exist/);
  });

  it("reads this run's evidence artifacts when no evidence is given, skipping the report's own, and refuses a bad artifact", async () => {
    write('artifacts/comparison/comparison.json', comparisonJson({ acc: 0.8 }, { acc: 0.85 }));
    write('artifacts/run/run.json', runJson(0));
    write('artifacts/broken/run.json', 'not json');
    // An earlier report step of this run: its report.json is no evidence, and a regression in it must not count.
    write('artifacts/report/comparison.json', comparisonJson({ acc: 0.8 }, { acc: 0.5 }));
    const artifacts = new Map([
      ['crucible-comparison', join(dir, 'artifacts/comparison')],
      ['crucible-run-train', join(dir, 'artifacts/run')],
      ['crucible-broken', join(dir, 'artifacts/broken')],
      ['crucible-report', join(dir, 'artifacts/report')],
    ]);
    const fake = ports({ artifacts });
    const outcome = await reportStep(settings({ evidence: [] }), fake.ports);
    expect(fake.seen.fetched).toEqual(['crucible-*']);
    expect(outcome.result.gathered.evidence.map((found) => found.kind)).toEqual(['comparison', 'run']);
    expect(outcome.result.gathered.refused).toEqual([{ source: 'artifact crucible-broken', reason: expect.stringMatching(/not valid JSON/) }]);
    expect(outcome.result.markdown).not.toMatch(/regressed/);
  });

  it('on workflow_run, reads the evidence of the triggering run, not of this one', async () => {
    write('triggering/comparison.json', comparisonJson({ acc: 0.8 }, { acc: 0.7 }));
    const [found] = (await reportStep(settings({ evidence: ['triggering'], checkRun: false, commentMode: 'off' }), ports().ports)).result.gathered.evidence;
    const triggering: Gathered = { evidence: found === undefined ? [] : [found], refused: [{ source: 'artifact crucible-x of run 4242', reason: 'the artifact has expired' }] };
    const fake = ports({ target: { pull: 9, headSha: HEAD, triggeringRun: 4242 }, triggering });
    const outcome = await reportStep(settings({ evidence: [], eventName: 'workflow_run' }), fake.ports);
    expect(fake.seen.runsRead).toEqual([{ runId: 4242, pattern: 'crucible-*' }]);
    expect(fake.seen.fetched).toEqual([]);
    expect(outcome.result.gathered).toEqual(triggering);
    expect(fake.seen.comments.map((comment) => comment.pull)).toEqual([9]);
    expect(outcome.outputs.verdict).toBe('fail');
  });

  it('fits the comment within the limit with its marker, says what it left out and links the full report', async () => {
    const baseline = Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`layer_${i}_acc`, 0.8]));
    const current = Object.fromEntries(Object.keys(baseline).map((name, i) => [name, i < 2 ? 0.7 : 0.8]));
    write('evidence/comparison.json', comparisonJson(baseline, current));
    const fake = ports();
    const limit = 4000;
    const outcome = await reportStep(settings({ limits: { comment: limit, checkText: 65_535 } }), fake.ports);
    const [comment] = fake.seen.comments;
    expect([...(comment?.body ?? '')].length + MARKER.length + 1).toBeLessThanOrEqual(limit);
    expect(comment?.body).toContain("Shortened to fit GitHub's size limit");
    expect(comment?.body).toMatch(/[\d,]+ metrics are not shown \([\d,]+ unchanged\)/);
    expect(comment?.body).toContain(`${RUN_URL}/artifacts/42`);
    // The regressions are never what is left out; the full report (the job summary) keeps every metric.
    expect(comment?.body).toMatch(/layer(_|&#95;)1(_|&#95;)acc/);
    expect(outcome.summary).toMatch(/layer(_|&#95;)199(_|&#95;)acc/);
    expect(outcome.result.dropped).toEqual([]);
  });

  it('posts no comment when comment mode is off', async () => {
    write('evidence/comparison.json', comparisonJson({ acc: 0.8 }, { acc: 0.85 }));
    const fake = ports();
    const outcome = await reportStep(settings({ commentMode: 'off', commitComment: true }), fake.ports);
    expect(fake.seen.comments).toEqual([]);
    expect(fake.seen.commitComments).toEqual([]);
    expect(outcome.outputs['comment-id']).toBeUndefined();
    expect(outcome.outputs['check-run-id']).toBe('601');
  });

  it.each([
    ['push', true, true],
    ['workflow_dispatch', true, true],
    ['push', false, false],
    ['schedule', true, false],
    ['release', true, false],
  ])('on %s with commit-comment %s, comments on the commit: %s', async (eventName, commitComment, posted) => {
    write('evidence/comparison.json', comparisonJson({ acc: 0.8 }, { acc: 0.85 }));
    const fake = ports({ target: { headSha: HEAD } });
    const outcome = await reportStep(settings({ eventName, commitComment }), fake.ports);
    expect(fake.seen.comments).toEqual([]);
    if (posted) {
      expect(fake.seen.commitComments).toEqual([{ sha: HEAD, body: expect.stringMatching(/^<!-- crucible-report id="model-report" workflow="ml\.yml" -->\n### Model report\n/) }]);
      expect(outcome.outputs).toMatchObject({ 'comment-id': '701', 'comment-url': expect.stringContaining('#commitcomment-701') });
    } else {
      expect(fake.seen.commitComments).toEqual([]);
      expect(outcome.outputs['comment-id']).toBeUndefined();
    }
  });

  it.each([
    ['a comparison that passes', 'success', 'Metrics pass', comparisonJson({ acc: 0.8 }, { acc: 0.85 })],
    ['a comparison with a regression', 'failure', 'Needs attention', comparisonJson({ acc: 0.8 }, { acc: 0.7 })],
    ['a failed training run', 'failure', 'Needs attention', runJson(1)],
    ['only a finished training run', 'neutral', 'No comparison', runJson(0)],
  ])('concludes the check run by the verdict: %s gives %s', async (_case, conclusion, title, document) => {
    write('evidence/evidence.json', document);
    const fake = ports();
    await reportStep(settings(), fake.ports);
    expect(fake.seen.checkRuns).toEqual([expect.objectContaining({ conclusion, title, headSha: HEAD })]);
  });

  it('annotates the check run on the crucible.yml rule of a regressed metric, relative to the workspace', async () => {
    write('ml/crucible.yml', 'metrics:\n  rules:\n    - name: loss\n      direction: lower\n    - name: acc\n      direction: higher\n');
    write('ml/evidence/comparison.json', comparisonJson({ acc: 0.8, loss: 0.5 }, { acc: 0.7, loss: 0.4 }));
    const fake = ports();
    await reportStep(settings({ cwd: join(dir, 'ml') }), fake.ports);
    expect(fake.seen.checkRuns[0]?.annotations).toEqual([
      { path: 'ml/crucible.yml', start_line: 5, end_line: 5, annotation_level: 'failure', title: 'Metric regressed', message: expect.stringMatching(/^acc: regressed/) },
    ]);
  });

  it('creates no check run when asked not to, or when there is no commit to put it on', async () => {
    write('evidence/comparison.json', comparisonJson({ acc: 0.8 }, { acc: 0.85 }));
    const off = ports();
    expect((await reportStep(settings({ checkRun: false }), off.ports)).outputs['check-run-id']).toBeUndefined();
    const noCommit = ports({ target: { headSha: null } });
    await reportStep(settings(), noCommit.ports);
    expect([...off.seen.checkRuns, ...noCommit.seen.checkRuns]).toEqual([]);
  });

  it.each([
    ['an artifact id and a run', 42, RUN_URL, true],
    ['no artifact id', undefined, RUN_URL, false],
    ['no run to link', 42, undefined, false],
  ])('links the full report only with %s', async (_case, artifactId, runUrl, linked) => {
    write('evidence/comparison.json', comparisonJson({ acc: 0.8 }, { acc: 0.85 }));
    const fake = ports({ publish: artifactId });
    const links = { repository: 'octo-org/models', serverUrl: 'https://github.com', ...(runUrl === undefined ? {} : { runUrl }) };
    await reportStep(settings({ links }), fake.ports);
    const body = fake.seen.comments[0]?.body ?? '';
    if (linked) expect(body).toContain(`Full report: [markdown and JSON](${RUN_URL}/artifacts/42)`);
    else expect(body).not.toContain('Full report:');
  });

  it('still posts the report, without the link, when the full report cannot be uploaded', async () => {
    write('evidence/comparison.json', comparisonJson({ acc: 0.8 }, { acc: 0.85 }));
    const fake = ports({ publish: new Error('an artifact named crucible-report already exists') });
    const outcome = await reportStep(settings(), fake.ports);
    expect(fake.seen.warnings).toEqual([
      'Could not upload the full report as artifact "crucible-report": an artifact named crucible-report already exists. Set artifact-name to a name unique in this run.',
    ]);
    expect(fake.seen.comments).toHaveLength(1);
    expect(fake.seen.comments[0]?.body).not.toContain('/artifacts/');
    expect(outcome.failure).toBeUndefined();
    expect(outcome.outputs['report-path']).toBe(join(fake.out, 'report.md'));
  });

  it('keeps and publishes nothing, and leaves report-path empty, where the evidence store keeps no report', async () => {
    write('evidence/comparison.json', comparisonJson({ acc: 0.8 }, { acc: 0.85 }));
    const fake = ports();
    const outcome = await reportStep(settings(), { ...fake.ports, evidence: { write: () => undefined, publish: async () => 1, fetch: async () => new Map() } });
    expect(outcome.outputs['report-path']).toBe('');
    expect(outcome.evidence).toEqual([]);
    expect(outcome.summary).toMatch(/^### Model report/);
  });

  it.each([
    ['the target names the commit', { headSha: HEAD }, EVIDENCE_SHA, sha('9'), HEAD],
    ['there is no target commit (the CLI), the one the evidence records', { headSha: null }, EVIDENCE_SHA, sha('9'), EVIDENCE_SHA],
    ['neither names one, the checkout', { headSha: null }, null, sha('9'), sha('9')],
    ['nothing names one, none', { headSha: null }, null, null, null],
  ] as const)('reports on the commit that %s', async (_case, target, recorded, checkout, expected) => {
    write('evidence/comparison.json', comparisonJson({ acc: 0.8 }, { acc: 0.85 }, recorded));
    const outcome = await reportStep(settings({ git: checkout === null ? null : { sha: checkout, ref: 'refs/heads/main' } }), ports({ target }).ports);
    if (expected === null) expect(outcome.result.markdown).toContain('Commit: unknown');
    else expect(outcome.result.markdown).toContain(`Commit: [<code>${expected.slice(0, 7)}</code>](https://github.com/octo-org/models/commit/${expected})`);
  });

  it.each([
    ['the pull request names its head (the action)', { pull: 7, headSha: HEAD }],
    ['nothing names a commit (the CLI), the head the evidence records', { headSha: null }],
  ] as const)("reports a pull_request run's evidence, recorded on the merge commit, as this commit's when %s", async (_case, target) => {
    write('evidence/comparison.json', comparisonJson({ acc: 0.8 }, { acc: 0.85 }, EVIDENCE_SHA, HEAD));
    const { markdown } = (await reportStep(settings(), ports({ target }).ports)).result;
    expect(markdown).toContain(`Commit: [<code>${HEAD.slice(0, 7)}</code>](https://github.com/octo-org/models/commit/${HEAD})`);
    expect(markdown).not.toContain('Evidence records other commits');
  });

  it('still warns when the evidence comes from another push of the pull request', async () => {
    write('evidence/comparison.json', comparisonJson({ acc: 0.8 }, { acc: 0.85 }, EVIDENCE_SHA, sha('d')));
    const { markdown } = (await reportStep(settings(), ports({ target: { pull: 7, headSha: HEAD } }).ports)).result;
    expect(markdown).toContain(`Evidence records other commits than this one: [<code>${sha('d').slice(0, 7)}</code>]`);
  });
});
