import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LoopbackGitHub, RunnerEnvOptions } from '../github/server.ts';
import type { GitHubEvent } from './events.ts';
import { type ActionRun, runAction } from './simulator.ts';

/** Outputs of the steps that ran so far in a job, by step id, as `steps.<id>.outputs` in a workflow. */
export type StepOutputs = Record<string, Record<string, string>>;

export type PipelineStep = {
  id?: string;
  /** Folder holding the action's action.yml. */
  action: string;
  /** The step's `with:`; a function sees the outputs of earlier steps of the same job. */
  inputs?: Record<string, string> | ((steps: StepOutputs) => Record<string, string>);
  /** Run even when an earlier step failed, as `if: always()`. */
  always?: boolean;
};

export type PipelineJob = {
  name: string;
  steps: PipelineStep[];
  /** The job's `env:`. */
  env?: Record<string, string>;
  /** The job's own folder is used as GITHUB_WORKSPACE; give one to share files (a checkout) with the test. */
  workspace?: string;
  /** Run even when an earlier job failed, as `if: always()`. */
  always?: boolean;
};

export type JobResult = {
  name: string;
  conclusion: 'success' | 'failure' | 'skipped';
  steps: Array<{ id: string; run: ActionRun | undefined; conclusion: 'success' | 'failure' | 'cancelled' | 'skipped' }>;
};

export type PipelineResult = { runId: number; conclusion: 'success' | 'failure'; jobs: JobResult[] };

export type PipelineOptions = Omit<RunnerEnvOptions, 'job'> & {
  github: LoopbackGitHub;
  event?: GitHubEvent;
  /** Per-step limit passed to runAction. */
  timeoutMs?: number;
};

/**
 * Runs the jobs of one workflow run in order against one loopback GitHub: each job gets its own job id (and so
 * its own runtime token) within the same run, so an artifact one job uploads is what the next job downloads, as on
 * GitHub. A failed step skips the rest of its job and later jobs, unless they say `always`. When the jobs are done
 * the run is marked completed with their conclusion, so later runs find it as a baseline.
 */
export async function runPipeline(options: PipelineOptions, jobs: readonly PipelineJob[]): Promise<PipelineResult> {
  const { github, event, timeoutMs, ...envOptions } = options;
  const first = github.runnerEnv({ ...envOptions, job: jobs[0]?.name ?? 'build' });
  const runId = Number(first['GITHUB_RUN_ID']);
  const results: JobResult[] = [];
  let failed = false;
  for (const job of jobs) {
    if (failed && job.always !== true) {
      results.push({ name: job.name, conclusion: 'skipped', steps: job.steps.map((step, i) => ({ id: step.id ?? String(i), run: undefined, conclusion: 'skipped' })) });
      continue;
    }
    const result = await runJob(github, { ...envOptions, run: runId }, job, event, timeoutMs);
    failed ||= result.conclusion === 'failure';
    results.push(result);
  }
  const repo = github.state.repo(...(envOptions.repo.split('/') as [string, string]));
  const run = repo?.runs.get(runId);
  if (run !== undefined) {
    run.status = 'completed';
    run.conclusion = failed ? 'failure' : 'success';
    run.updatedAt = github.state.nowIso();
  }
  return { runId, conclusion: failed ? 'failure' : 'success', jobs: results };
}

async function runJob(
  github: LoopbackGitHub,
  envOptions: RunnerEnvOptions,
  job: PipelineJob,
  event: GitHubEvent | undefined,
  timeoutMs: number | undefined,
): Promise<JobResult> {
  const env = { ...github.runnerEnv({ ...envOptions, job: job.name }), ...job.env };
  const workspace = job.workspace ?? (await mkdtemp(join(tmpdir(), `crucible-job-${job.name}-`)));
  const outputs: StepOutputs = {};
  const steps: JobResult['steps'] = [];
  let failed = false;
  try {
    for (const [index, step] of job.steps.entries()) {
      const id = step.id ?? String(index);
      if (failed && step.always !== true) {
        steps.push({ id, run: undefined, conclusion: 'skipped' });
        continue;
      }
      const inputs = typeof step.inputs === 'function' ? step.inputs(outputs) : step.inputs;
      const run = await runAction({ action: step.action, inputs, env, event, workspace, timeoutMs });
      outputs[id] = run.outputs;
      Object.assign(env, run.exportedEnv);
      if (run.addedPath.length > 0) env['PATH'] = [...run.addedPath, env['PATH'] ?? process.env['PATH'] ?? ''].join(':');
      failed ||= run.conclusion !== 'success';
      steps.push({ id, run, conclusion: run.conclusion });
    }
  } finally {
    if (job.workspace === undefined) await rm(workspace, { recursive: true, force: true });
  }
  return { name: job.name, conclusion: failed ? 'failure' : 'success', steps };
}
