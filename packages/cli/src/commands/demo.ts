import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CrucibleError } from '@crucible/core';
import { type LoopbackGitHub, type PipelineJob, pullRequestEvent, pushEvent, runPipeline, shaOf, startLoopbackGitHub } from '@crucible/testkit';
import { type CliIo, ExitCode } from '../io.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
const action = (name: string) => join(root, 'actions', name);
const REPO = 'demo-org/churn';

/**
 * The demo workflow's job: check the data, train the example (the train action, on the CPU: `gpu: optional`),
 * compare the run's metrics with the baseline, and report. The runner's `node` is this one.
 */
function modelJob(workspace: string, lr: string): PipelineJob {
  return {
    name: 'model',
    workspace,
    env: { PATH: `${dirname(process.execPath)}${delimiter}${process.env['PATH'] ?? ''}` },
    steps: [
      { id: 'data', action: action('validate-data'), inputs: { data: 'data/train.csv', schema: 'data/schema.yml', reference: 'baseline' } },
      {
        id: 'train',
        action: action('train'),
        inputs: { run: `node train.mjs --lr ${lr}`, gpu: 'optional', 'metrics-path': 'dvclive', 'params-path': 'dvclive/params.yaml', 'data-paths': 'data/train.csv' },
      },
      { id: 'metrics', action: action('compare-metrics'), inputs: { 'fail-on-regression': 'false' } },
      { id: 'report', action: action('report'), always: true },
    ],
  };
}

function workspaceWithExample(): string {
  const workspace = mkdtempSync(join(tmpdir(), 'crucible-demo-'));
  cpSync(join(root, 'examples', 'churn'), workspace, { recursive: true });
  return workspace;
}

async function seed(): Promise<LoopbackGitHub> {
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
          branches: { main: 'main-1', 'faster-training': 'pr-1' },
          workflows: [{ name: 'ML', path: '.github/workflows/ml.yml' }],
          pulls: [{ number: 1, title: 'Raise the learning rate', user: 'bob', head: { ref: 'faster-training', sha: 'pr-1' }, base: { ref: 'main' } }],
        },
      ],
    },
  });
}

/**
 * crucible demo: the main job on the bundled example, against a loopback GitHub on 127.0.0.1 with the real action
 * bundles. A push to main trains the example and leaves the baseline evidence; a pull request raises the learning
 * rate, and the same job checks its data, compares its metrics with main's and posts the model report, which the
 * demo prints.
 */
export async function demoCommand(args: string[], io: CliIo): Promise<number> {
  if (args.length > 0) throw new CrucibleError(`crucible demo takes no arguments, got "${args[0]}".`);
  const github = await seed();
  const workspaces: string[] = [];
  try {
    io.stdout(`Loopback GitHub at ${github.urls.api}, repository ${REPO}.\n\n1. Push to main: train with lr 0.1 and record the baseline.\n`);
    const mainWorkspace = workspaceWithExample();
    workspaces.push(mainWorkspace);
    const push = await runPipeline(
      { github, repo: REPO, workflow: 'ML', eventName: 'push', sha: shaOf('main-1'), ref: 'refs/heads/main', event: pushEvent({ repository: REPO, after: shaOf('main-1') }) },
      [modelJob(mainWorkspace, '0.1')],
    );
    io.stdout(`  run ${push.runId}: ${push.jobs[0]?.steps.map((step) => `${step.id} ${step.conclusion}`).join(', ')}\n\n`);

    io.stdout('2. Pull request #1: raise the learning rate to 0.5.\n');
    const prWorkspace = workspaceWithExample();
    workspaces.push(prWorkspace);
    const event = pullRequestEvent({ repository: REPO, number: 1, headRef: 'faster-training', headSha: shaOf('pr-1'), baseRef: 'main', baseSha: shaOf('main-1') });
    const pull = await runPipeline(
      { github, repo: REPO, workflow: 'ML', eventName: 'pull_request', sha: shaOf('merge-1'), ref: 'refs/pull/1/merge', headBranch: 'faster-training', event },
      [modelJob(prWorkspace, '0.5')],
    );
    const steps = pull.jobs[0]?.steps ?? [];
    io.stdout(`  run ${pull.runId}: ${steps.map((step) => `${step.id} ${step.conclusion}`).join(', ')}\n`);
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
    return ExitCode.pass;
  } finally {
    await github.close();
    for (const workspace of workspaces) rmSync(workspace, { recursive: true, force: true });
  }
}
