import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CrucibleError } from '@crucible/core';
import {
  type ActionRun,
  type LoopbackGitHub,
  type PipelineJob,
  type PipelineOptions,
  type PipelineResult,
  pullRequestEvent,
  pushEvent,
  runPipeline,
  shaOf,
  startLoopbackGitHub,
} from '@crucible/testkit';
import { type CliIo, ExitCode } from '../io.ts';
import { writeReportPage } from './demo/page.ts';
import { runProductionHalf } from './demo/production.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
const action = (name: string) => join(root, 'actions', name);
const REPO = 'demo-org/churn';
/** Where the demo leaves the page of what it posted (ignored by git): the same place on every run. */
const PAGE_FOLDER = join(root, '.demo');
/** The runner's PATH: the train and deploy commands run this `node`. */
const RUNNER_PATH = `${dirname(process.execPath)}${delimiter}${process.env['PATH'] ?? ''}`;

/** The seeds each push and pull request trains, one train job each, as the pipeline's matrix does. */
export const SEEDS = [1, 2, 3] as const;

/**
 * The demo workflow's jobs, as ml-pipeline.yml has them: check the data; train the example once per seed (the train
 * action, on the CPU: `gpu: optional`), each leg in a checkout of its own; compare every seed's metrics with the
 * baseline's seeds and report. With `model`, the first seed's leg also writes the model and uploads it as the run's
 * model artifact, which promote records and deploy downloads.
 */
function modelJobs(checkout: () => string, lr: string, options: { model?: boolean } = {}): PipelineJob[] {
  const env = { PATH: RUNNER_PATH };
  const train = SEEDS.map((seed, leg): PipelineJob => {
    const model = options.model === true && leg === 0;
    return {
      name: 'train',
      workspace: checkout(),
      env,
      steps: [
        {
          id: `train (seed ${seed})`,
          action: action('train'),
          inputs: {
            run: `node train.mjs --lr ${lr} --seed ${seed}${model ? ' --model model/churn.json' : ''}`,
            gpu: 'optional',
            'metrics-path': 'dvclive',
            'params-path': 'dvclive/params.yaml',
            'data-paths': 'data/train.csv',
            // What GitHub passes as the default `${{ toJSON(matrix) }}`: the leg's artifacts are crucible-run-train-seed-N.
            matrix: JSON.stringify({ seed }),
            ...(model ? { outputs: 'model' } : {}),
          },
        },
      ],
    };
  });
  return [
    { name: 'validate', workspace: checkout(), env, steps: [{ id: 'data', action: action('validate-data'), inputs: { data: 'data/train.csv', schema: 'data/schema.yml', reference: 'baseline' } }] },
    ...train,
    {
      name: 'compare',
      workspace: checkout(),
      env,
      always: true,
      steps: [
        { id: 'metrics', action: action('compare-metrics'), inputs: { 'fail-on-regression': 'false' } },
        { id: 'report', action: action('report'), always: true },
      ],
    },
  ];
}

/** Every step of a run, in the order they ran, across its jobs. */
function stepsOf(result: PipelineResult): PipelineResult['jobs'][number]['steps'] {
  return result.jobs.flatMap((job) => job.steps);
}

/** "data success, train (seed 1) success, ..., report success". */
function describeRun(result: PipelineResult): string {
  return stepsOf(result)
    .map((step) => `${step.id} ${step.conclusion}`)
    .join(', ');
}

function workspaceWithExample(): string {
  const workspace = mkdtempSync(join(tmpdir(), 'crucible-demo-'));
  cpSync(join(root, 'examples', 'churn'), workspace, { recursive: true });
  return workspace;
}

/** The demo's world: demo-org/churn with main, the pull request's branch, its workflows and environments. */
export async function seed(): Promise<LoopbackGitHub> {
  return startLoopbackGitHub({
    validate: false,
    seed: {
      repos: [
        {
          owner: 'demo-org',
          name: 'churn',
          commits: [
            { sha: 'main-1', message: 'Train the churn model', author: 'alice' },
            { sha: 'pr-1', parents: ['main-1'], message: 'Raise the learning rate', author: 'bob' },
          ],
          branches: { main: 'main-1', 'raise-learning-rate': 'pr-1' },
          workflows: [
            { name: 'ML', path: '.github/workflows/ml.yml' },
            { name: 'Monitor', path: '.github/workflows/ml-monitor.yml', dispatch: false },
            { name: 'Retrain', path: '.github/workflows/retrain.yml', dispatch: { inputs: ['model', 'version', 'reason'] } },
          ],
          pulls: [{ number: 1, title: 'Raise the learning rate', user: 'bob', head: { ref: 'raise-learning-rate', sha: 'pr-1' }, base: { ref: 'main' } }],
          // Production's required reviewer is alice, who may not approve her own runs; staging has no protection.
          environments: [
            { name: 'staging', canAdminsBypass: false, deploymentBranchPolicy: null },
            { name: 'production', reviewers: [{ type: 'User', login: 'alice' }], preventSelfReview: true, canAdminsBypass: false, deploymentBranchPolicy: null },
          ],
        },
      ],
    },
  });
}

/** How the pipeline test drives the demo; `crucible demo` passes none of these. */
export type DemoOptions = {
  /** Run the scenario against this loopback (seeded by `seed()`, perhaps with faults) and leave it open. */
  github?: LoopbackGitHub;
  /** How many times each job runs: 2 re-runs every job after it finished, in the same run, as "Re-run job" does. */
  attempts?: number;
  /** Sees each job's steps as they finish, every attempt, by job name. */
  onJob?: (job: string, step: string, run: ActionRun) => void;
};

/** Runs one workflow run's jobs, then again in the same run `attempts - 1` times; the last attempt is what is printed. */
async function runAttempts(options: DemoOptions, pipeline: PipelineOptions, jobs: PipelineJob[]): Promise<PipelineResult> {
  let result = await runPipeline(pipeline, jobs);
  const runId = result.runId;
  for (let attempt = 1; ; attempt++) {
    for (const job of result.jobs) for (const step of job.steps) if (step.run !== undefined) options.onJob?.(job.name, step.id, step.run);
    if (attempt >= (options.attempts ?? 1)) return result;
    result = await runPipeline({ ...pipeline, run: runId }, jobs);
  }
}

/**
 * crucible demo: the pipeline on the bundled example, against a loopback GitHub on 127.0.0.1 with the real action
 * bundles, job by job. A push to main trains the example (three seeds) and leaves the baseline evidence; a pull
 * request raises the learning rate, and the same jobs check its data, train the three seeds, compare them with
 * main's and post the model report, which the demo prints. Then the pull request is merged: the push trains it again, promotes it to staging and to
 * production (refused until a second person approves), deploys it, and the scheduled monitor watches a healthy and
 * a drifted day of production traffic.
 */
export async function demoCommand(args: string[], io: CliIo, options: DemoOptions = {}): Promise<number> {
  if (args.length > 0) throw new CrucibleError(`crucible demo takes no arguments, got "${args[0]}".`);
  const started = Date.now();
  const github = options.github ?? (await seed());
  const workspaces: string[] = [];
  try {
    io.stdout(`Loopback GitHub at ${github.urls.api}, repository ${REPO}.\n\n1. Push to main: train seeds ${SEEDS.join(', ')} with lr 0.001 and record the baseline.\n`);
    // Each job gets a checkout of its own, as each job of a workflow run does on its own runner.
    const checkout = () => {
      const workspace = workspaceWithExample();
      workspaces.push(workspace);
      return workspace;
    };
    const push = await runAttempts(
      options,
      { github, repo: REPO, workflow: 'ML', eventName: 'push', sha: shaOf('main-1'), ref: 'refs/heads/main', actor: 'alice', event: pushEvent({ repository: REPO, after: shaOf('main-1') }) },
      modelJobs(checkout, '0.001'),
    );
    io.stdout(`  run ${push.runId}: ${describeRun(push)}\n\n`);

    io.stdout(`2. Pull request #1: raise the learning rate to 0.03 (seeds ${SEEDS.join(', ')} again).\n`);
    const event = pullRequestEvent({ repository: REPO, number: 1, headRef: 'raise-learning-rate', headSha: shaOf('pr-1'), baseRef: 'main', baseSha: shaOf('main-1') });
    const pull = await runAttempts(
      options,
      { github, repo: REPO, workflow: 'ML', eventName: 'pull_request', sha: shaOf('merge-1'), ref: 'refs/pull/1/merge', headBranch: 'raise-learning-rate', actor: 'bob', event },
      modelJobs(checkout, '0.03'),
    );
    const steps = stepsOf(pull);
    io.stdout(`  run ${pull.runId}: ${describeRun(pull)}\n`);
    const metrics = steps.find((step) => step.id === 'metrics')?.run?.outputs ?? {};
    io.stdout(`  verdict ${metrics['verdict'] ?? '?'}: ${metrics['regressions'] ?? '?'} regressed, ${metrics['improvements'] ?? '?'} improved, baseline ${metrics['baseline-source'] ?? '?'} at ${(metrics['baseline-sha'] ?? '').slice(0, 7)}\n\n`);

    const repo = github.state.repo('demo-org', 'churn');
    const comment = [...(repo?.issueComments.values() ?? [])].find((candidate) => candidate.issueNumber === 1);
    const check = [...(repo?.checkRuns.values() ?? [])].at(-1);
    if (comment === undefined) {
      const log = steps.find((step) => step.id === 'report')?.run?.log ?? '';
      throw new CrucibleError(`The report step posted no comment. Its log:\n${log}`);
    }
    io.stdout(`3. The model report posted on pull request #1 (check run "${check?.name}": ${check?.conclusion}):\n\n${comment.body}\n`);

    // bob merges the pull request (a fast-forward): main now points at its commit, and the push runs the pipeline.
    io.stdout('\n4. Merge pull request #1: the push to main trains the merged commit and records its evidence and model.\n');
    repo?.branches.set('main', shaOf('pr-1'));
    const pullRequest = repo?.pulls.get(1);
    if (pullRequest !== undefined) pullRequest.state = 'closed';
    const mergeJobs = modelJobs(checkout, '0.03', { model: true });
    // The first seed's checkout holds the model it trained: production serves it, and the monitor's days use it.
    const modelWorkspace = mergeJobs.find((job) => job.name === 'train')?.workspace ?? checkout();
    const merge = await runAttempts(
      options,
      { github, repo: REPO, workflow: 'ML', eventName: 'push', sha: shaOf('pr-1'), ref: 'refs/heads/main', actor: 'bob', event: pushEvent({ repository: REPO, after: shaOf('pr-1'), before: shaOf('main-1'), pusher: 'bob' }) },
      mergeJobs,
    );
    const mergeSteps = stepsOf(merge);
    const mergeMetrics = mergeSteps.find((step) => step.id === 'metrics')?.run?.outputs ?? {};
    io.stdout(`  run ${merge.runId}: ${describeRun(merge)}\n`);
    io.stdout(`  verdict ${mergeMetrics['verdict'] ?? '?'}: ${mergeMetrics['regressions'] ?? '?'} regressed, ${mergeMetrics['improvements'] ?? '?'} improved, baseline ${mergeMetrics['baseline-source'] ?? '?'} at ${(mergeMetrics['baseline-sha'] ?? '').slice(0, 7)}\n\n`);
    if (merge.conclusion !== 'success') {
      const failed = mergeSteps.find((step) => step.conclusion === 'failure');
      throw new CrucibleError(`The merge run's ${failed?.id ?? 'model'} step failed. Its log:\n${failed?.run?.log ?? ''}`);
    }

    await runProductionHalf(
      { github, io, owner: 'demo-org', name: 'churn', path: RUNNER_PATH, action, scratch: workspaces, attempts: options.attempts, onJob: options.onJob },
      { run: merge.runId, sha: shaOf('pr-1'), workspace: modelWorkspace, actor: 'bob', approver: 'alice' },
      5,
    );
    const issues = [...(repo?.issues.values() ?? [])];
    const page = writeReportPage(PAGE_FOLDER, `Crucible demo: what ${REPO} was shown`, [
      { title: `Pull request #1: the model report (comment by the report action)`, markdown: comment.body },
      ...issues.map((issue) => ({ title: `Issue #${issue.number}: ${issue.title}`, markdown: issue.body ?? '' })),
    ]);
    io.stdout(`\nThe comment and the alert issue as GitHub shows them (open in a browser; no network needed): ${page}\n`);
    io.stdout(`\nThe demo took ${((Date.now() - started) / 1000).toFixed(1)} s.\n`);
    return ExitCode.pass;
  } finally {
    if (options.github === undefined) await github.close();
    for (const workspace of workspaces) rmSync(workspace, { recursive: true, force: true });
  }
}
