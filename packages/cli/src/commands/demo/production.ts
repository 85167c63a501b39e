import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { CrucibleError, type RegistryTag, registryState } from '@crucible/core';
import { type ActionRun, type GitHubEvent, type LoopbackGitHub, pushEvent, runAction } from '@crucible/testkit';
import type { CliIo } from '../../io.ts';
import { registryTable } from '../registry.ts';
import { writeProductionDay } from './batches.ts';

/** What the production half needs from the demo: the loopback, the repository, and where its jobs run. */
export type DemoStage = {
  github: LoopbackGitHub;
  io: CliIo;
  owner: string;
  name: string;
  /** The runner's `PATH`, with this `node` first. */
  path: string;
  /** The folder of an action (actions/<name>). */
  action: (name: string) => string;
  /** Folders to remove when the demo ends. */
  scratch: string[];
  /** How many times each job runs (re-runs in the same run, for the pipeline test); 1 by default. */
  attempts?: number | undefined;
  /** Sees each job's result, every attempt. */
  onJob?: ((job: string, step: string, run: ActionRun) => void) | undefined;
};

type Reason = { rule: string; ok: boolean; detail: string };

function repoOf(stage: DemoStage) {
  const repo = stage.github.state.repo(stage.owner, stage.name);
  if (repo === undefined) throw new CrucibleError(`The loopback GitHub has no repository ${stage.owner}/${stage.name}.`);
  return repo;
}

/** One job of the merge run (a job with `environment:`, granted `id-token: write`), running one action. */
async function environmentJob(
  stage: DemoStage,
  job: { run: number; name: string; environment: string; action: string; inputs: Record<string, string>; workspace: string; sha: string },
): Promise<ActionRun> {
  const env = stage.github.runnerEnv({ repo: `${stage.owner}/${stage.name}`, run: job.run, job: job.name, environment: job.environment, idToken: true });
  const event = pushEvent({ repository: `${stage.owner}/${stage.name}`, ref: 'refs/heads/main', after: job.sha });
  for (let attempt = 1; ; attempt++) {
    const result = await runAction({ action: job.action, inputs: job.inputs, env: { ...env, PATH: stage.path }, event, workspace: job.workspace, keepTemp: true });
    stage.scratch.push(dirname(result.runnerTemp));
    stage.onJob?.(job.name, job.name, result);
    if (attempt >= (stage.attempts ?? 1)) return result;
  }
}

/** The gate's decision and every reason, from the promotion evidence promote wrote. */
function printDecision(stage: DemoStage, result: ActionRun, environment: string): boolean {
  const path = result.outputs['evidence-path'];
  if (path === undefined || path === '') throw new CrucibleError(`promote to ${environment} wrote no promotion evidence. Its log:\n${result.log}`);
  const evidence = JSON.parse(readFileSync(path, 'utf8')) as { allowed: boolean; version?: string; reasons: Reason[] };
  const allowed = evidence.allowed && result.exitCode === 0;
  stage.io.stdout(`  gate: ${allowed ? 'allowed' : 'refused'} (churn ${evidence.version ?? result.outputs['version'] ?? '?'} to ${environment})\n`);
  for (const reason of evidence.reasons) stage.io.stdout(`    ${reason.ok ? '✓' : '✗'} ${reason.detail.startsWith(`${reason.rule}:`) ? reason.detail : `${reason.rule}: ${reason.detail}`}\n`);
  if (allowed) stage.io.stdout(`  registry tag ${result.outputs['tag']}, deployment ${result.outputs['deployment-id']}, release ${result.outputs['release-url']}\n`);
  return allowed;
}

/** The loopback's tags as `git for-each-ref` would list them in a clone, for `crucible registry show`'s table. */
function loopbackTags(stage: DemoStage): RegistryTag[] {
  const repo = repoOf(stage);
  const tags: RegistryTag[] = [];
  for (const [ref, entry] of repo.refs) {
    if (!ref.startsWith('refs/tags/')) continue;
    const object = entry.type === 'tag' ? repo.tags.get(entry.sha) : undefined;
    if (object !== undefined) tags.push({ name: ref.slice('refs/tags/'.length), sha: object.object.sha, date: object.tagger.date, message: object.message, annotated: true });
  }
  return tags;
}

function printDeployments(stage: DemoStage): void {
  const deployments = [...repoOf(stage).deployments.values()].sort((a, b) => a.id - b.id);
  for (const deployment of deployments) {
    const payload = (deployment.payload ?? {}) as { version?: string };
    const statuses = deployment.statuses.map((status) => status.state).join(' → ');
    const url = deployment.statuses.findLast((status) => status.environmentUrl !== '')?.environmentUrl;
    stage.io.stdout(`  deployment ${deployment.id}: ${deployment.environment}, churn ${payload.version ?? '?'} at ${deployment.sha.slice(0, 7)}: ${statuses}${url === undefined ? '' : ` (${url})`}\n`);
  }
}

/**
 * The production half of the demo, in the run of the push that merged the pull request (its model job has run):
 * promote to staging, promote to production (refused until a second person approves), deploy, then the scheduled
 * monitor on a healthy and a drifted day. `step` is the number of the first step printed; returns the next one.
 */
export async function runProductionHalf(stage: DemoStage, merge: { run: number; sha: string; workspace: string; actor: string; approver: string }, step: number): Promise<number> {
  const { io, github } = stage;
  const promote = stage.action('promote');
  const job = (name: string, environment: string, action: string, inputs: Record<string, string>) =>
    environmentJob(stage, { run: merge.run, name, environment, action, inputs, workspace: merge.workspace, sha: merge.sha });

  io.stdout(`${step++}. Promote to staging (job promote-staging, environment staging).\n`);
  const staging = await job('promote-staging', 'staging', promote, { model: 'churn', environment: 'staging', version: '1.0.0' });
  if (!printDecision(stage, staging, 'staging')) throw new CrucibleError(`The promotion to staging was refused. Its log:\n${staging.log}`);

  io.stdout(`\n${step++}. Promote to production (job promote-production, environment production; ${merge.actor} merged and started the run).\n`);
  const refused = await job('promote-production', 'production', promote, { model: 'churn', environment: 'production' });
  if (printDecision(stage, refused, 'production')) throw new CrucibleError('The production promotion was allowed without a second person\'s approval.');
  const run = repoOf(stage).runs.get(merge.run);
  if (run === undefined) throw new CrucibleError(`The loopback GitHub has no run ${merge.run}.`);
  github.state.user(merge.approver);
  run.approvals.push({ environments: ['production'], state: 'approved', user: merge.approver, comment: 'Staging looks right; ship it.' });
  io.stdout(`  ${merge.approver} approves the deployment to production ("Staging looks right; ship it."); the job runs again.\n`);
  const allowed = await job('promote-production', 'production', promote, { model: 'churn', environment: 'production' });
  if (!printDecision(stage, allowed, 'production')) throw new CrucibleError(`The approved production promotion was refused. Its log:\n${allowed.log}`);

  io.stdout(`\n${step++}. The registry (crucible registry show, from the repository's tags):\n\n`);
  io.stdout(registryTable(registryState(loopbackTags(stage))).trimEnd().replace(/^/gm, '  '));
  io.stdout('\n');

  io.stdout(`\n${step++}. Deploy to production (job deploy, environment production).\n`);
  const deployed = await job('deploy', 'production', stage.action('deploy'), {
    model: 'churn',
    environment: 'production',
    'deployment-id': allowed.outputs['deployment-id'] ?? '',
    'environment-url': 'https://models.example.com/churn',
    run: 'test -f "$CRUCIBLE_MODEL_PATH/churn.json" && echo "serving $CRUCIBLE_MODEL $CRUCIBLE_VERSION (sha256 ${CRUCIBLE_MODEL_DIGEST:0:12}) in $CRUCIBLE_ENVIRONMENT"',
  });
  if (deployed.exitCode !== 0) throw new CrucibleError(`The deploy step failed. Its log:\n${deployed.log}`);
  const served = /^serving .*$/m.exec(deployed.log)?.[0];
  io.stdout(`  deploy ${deployed.outputs['status']}: churn ${deployed.outputs['version']}${served === undefined ? '' : `; the command said "${served}"`}\n`);
  printDeployments(stage);

  // The scheduled monitor runs on a checkout of main, with the day's batches the serving side logged.
  const monitorWorkspace = mkdtempSync(join(tmpdir(), 'crucible-demo-monitor-'));
  stage.scratch.push(monitorWorkspace);
  const days = [
    { date: 'day-1', drifted: false, seed: 1, story: 'customers like the ones the model was trained on' },
    { date: 'day-2', drifted: true, seed: 2, story: 'a price rise brought in new customers on monthly contracts' },
  ];
  for (const day of days) {
    writeProductionDay(join(monitorWorkspace, 'production', `${day.date}.csv`), {
      trainCsv: join(merge.workspace, 'data', 'train.csv'),
      modelJson: join(merge.workspace, 'model', 'churn.json'),
      day,
      rows: 300,
      seed: day.seed,
    });
  }
  // The monitor job checks out main: its crucible.yml (the monitor: section) is the merged one.
  copyFileSync(join(merge.workspace, 'crucible.yml'), join(monitorWorkspace, 'crucible.yml'));
  for (const day of days) {
    io.stdout(`\n${step++}. Monitor, ${day.date.replace('-', ' ')} (${day.story}): the scheduled run reads production/${day.date}.csv, 300 rows with labels and predictions.\n`);
    const result = await monitorRun(stage, merge.sha, monitorWorkspace, `production/${day.date}.csv`);
    const outputs = result.outputs;
    io.stdout(`  monitor ${outputs['status']}: churn ${outputs['version']} in production, ${outputs['rows']} rows, ${outputs['drifted-columns']} drifted columns`);
    io.stdout(`${outputs['issue-number'] ? `, alert issue #${outputs['issue-number']}` : ', no issue'}${outputs['dispatched'] === 'true' ? ', retraining dispatched' : ''}\n`);
    if (outputs['status'] === undefined) throw new CrucibleError(`The monitor step stopped before judging the day. Its log:\n${result.log}`);
  }

  const repo = repoOf(stage);
  const issues = [...repo.issues.values()];
  for (const dispatch of repo.dispatches) {
    io.stdout(`  dispatched ${dispatch.workflow} on ${dispatch.ref} (run ${dispatch.runId}) with ${Object.entries(dispatch.inputs).map(([key, value]) => `${key}=${JSON.stringify(value)}`).join(' ')}\n`);
  }
  for (const issue of issues) {
    io.stdout(`\n${step++}. The alert issue #${issue.number} (${issue.state}, labels ${issue.labels.join(', ')}): ${issue.title}\n\n${issue.body ?? ''}\n`);
  }
  return step;
}

/** The scheduled monitor workflow (ml-monitor.yml): a run of its own on main, one step. */
async function monitorRun(stage: DemoStage, sha: string, workspace: string, data: string): Promise<ActionRun> {
  const repository = `${stage.owner}/${stage.name}`;
  const env = stage.github.runnerEnv({ repo: repository, workflow: 'Monitor', eventName: 'schedule', sha, ref: 'refs/heads/main', job: 'monitor' });
  const event: GitHubEvent = { name: 'schedule', payload: { schedule: '0 6 * * *', repository: { full_name: repository, name: stage.name, owner: { login: stage.owner } } } };
  let result: ActionRun;
  for (let attempt = 1; ; attempt++) {
    result = await runAction({
      action: stage.action('monitor'),
      inputs: { model: 'churn', stage: 'production', data, target: 'churned', prediction: 'predicted', 'dispatch-workflow': 'retrain.yml' },
      env: { ...env, PATH: stage.path },
      event,
      workspace,
      keepTemp: true,
    });
    stage.scratch.push(dirname(result.runnerTemp));
    stage.onJob?.('monitor', data, result);
    if (attempt >= (stage.attempts ?? 1)) break;
  }
  const run = repoOf(stage).runs.get(Number(env['GITHUB_RUN_ID']));
  if (run !== undefined) {
    run.status = 'completed';
    run.conclusion = result.conclusion === 'success' ? 'success' : 'failure';
  }
  return result;
}

