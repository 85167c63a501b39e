import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { actionInputs, commitOf, readContext, type RunContext, runAction } from '@crucible/action-kit';
import type { MonitoringEvidence, Outcome } from '@crucible/core';
import { InputError } from '@crucible/core/errors';
import type { GitHubClient, ReleaseEvidence } from '@crucible/github';
import { inputs } from './inputs.ts';
import { Outputs } from './outputs.ts';

type Config = ReturnType<typeof actionInputs<typeof inputs>>;

/** The version to monitor: the input, the stage's holder in the registry, or the environment's latest deployment. */
async function versionOf(
  config: Config,
  modules: { github: typeof import('@crucible/github'); core: typeof import('@crucible/core') },
  client: GitHubClient,
  repository: { owner: string; repo: string },
  environment: string,
): Promise<{ version: string; how: string }> {
  const { github, core } = modules;
  if (config.version !== undefined) return { version: core.normalizeVersion(config.version, 'version'), how: 'the version input' };
  if (config.stage !== undefined) {
    const held = await github.resolveStageVersion(client, repository, { model: config.model, stage: config.stage });
    return { version: held.version, how: `the registry: it holds ${config.stage}` };
  }
  const deployed = await github.resolveDeployedVersion(client, repository, { model: config.model, environment });
  return { version: deployed.version, how: `deployment ${deployed.deploymentId} to ${environment} (${deployed.deployedAt})` };
}

/**
 * The reference profile and expected metrics kept on the version's release, written to files for the step. Several
 * run documents (seeds) give the mean of each metric, as compare-metrics reports a side of several runs.
 */
function writeReleaseEvidence(evidence: ReleaseEvidence, folder: string): { reference: { path: string; label: string }; expected?: { path: string; label: string } } {
  mkdirSync(folder, { recursive: true });
  const reference = join(folder, evidence.profile.asset);
  writeFileSync(reference, evidence.profile.content);
  const where = `release ${evidence.tag}`;
  const out: { reference: { path: string; label: string }; expected?: { path: string; label: string } } = { reference: { path: reference, label: `${evidence.profile.asset} (${where})` } };
  const comparison = evidence.expected.find((file) => file.kind === 'comparison');
  if (comparison !== undefined) {
    const path = join(folder, comparison.asset);
    writeFileSync(path, comparison.content);
    out.expected = { path, label: `${comparison.asset} (${where})` };
  } else if (evidence.expected.length > 0) {
    const sums = new Map<string, { total: number; n: number }>();
    for (const file of evidence.expected) {
      if (file.kind !== 'run') continue;
      for (const [name, value] of Object.entries(file.document.metrics)) {
        if (value === null || !Number.isFinite(value)) continue;
        const entry = sums.get(name) ?? { total: 0, n: 0 };
        entry.total += value;
        entry.n++;
        sums.set(name, entry);
      }
    }
    const path = join(folder, 'expected-metrics.json');
    writeFileSync(path, `${JSON.stringify(Object.fromEntries([...sums].map(([name, { total, n }]) => [name, total / n])), null, 2)}\n`);
    out.expected = { path, label: `${evidence.expected.map((file) => file.asset).join(', ')} (${where}, mean of ${evidence.expected.length} run(s))` };
  }
  return out;
}

function runUrl(context: RunContext): string {
  return `${context.serverUrl}/${context.owner}/${context.repo}/actions/runs/${context.runId}`;
}

/** Inputs -> the version and its reference -> the monitor step -> the alert issue and the retraining dispatch. */
export async function run(): Promise<void> {
  await runAction(async () => {
    const config = actionInputs(inputs);
    const context = readContext();
    const environment = config.environment ?? config.stage;
    if (environment === undefined) {
      throw new InputError('Give `stage` (the registry stage whose version is monitored) or `environment` (whose latest successful deployment is): the alert issue is kept per model and environment.');
    }
    if ((config.target === undefined) !== (config.prediction === undefined)) throw new InputError('Inputs "target" and "prediction" go together: live quality compares the two columns.');
    const [{ bundledWorkerScripts, monitorStep }, { artifactEvidenceStore, runnerLog }, core, github, { githubClient }, { parseDuration }] = await Promise.all([
      import('./step.ts'),
      import('@crucible/action-kit/ports'),
      import('@crucible/core'),
      import('@crucible/github'),
      import('@crucible/action-kit/github'),
      import('@crucible/supervisor'),
    ]);
    const cooldownMs = parseDuration(config.dispatchCooldown, 'dispatch-cooldown') * 1000;
    const labels = config.labels.flatMap((entry) => entry.split(',')).map((label) => label.trim()).filter((label) => label !== '');
    const cwd = resolve(context.workspace, config.workingDirectory);
    const client = await githubClient(config.token, context);
    const repository = { owner: context.owner, repo: context.repo };

    const { version, how } = await runnerLog.group(`Finding the version of ${config.model} to monitor`, () => versionOf(config, { github, core }, client, repository, environment));
    runnerLog.info(`Monitoring ${config.model} ${version}, from ${how}.`);
    const wantExpected = config.target !== undefined && config.expected === undefined;
    let reference = config.reference === undefined ? undefined : { path: config.reference, label: config.reference };
    let expected = config.expected === undefined ? undefined : { path: config.expected, label: config.expected };
    if (reference === undefined || wantExpected) {
      const release = await runnerLog.group(`Reading the evidence on the release of ${config.model} ${version}`, () =>
        github.fetchReleaseEvidence(client, repository, { model: config.model, version, needExpected: wantExpected }),
      );
      const files = writeReleaseEvidence(release, join(context.runnerTemp, 'crucible', 'monitor-reference'));
      reference ??= files.reference;
      if (wantExpected) expected = files.expected;
    }

    const model: NonNullable<MonitoringEvidence['model']> = { name: config.model, version, stage: config.stage ?? null, environment };
    const outcome: Outcome = await monitorStep(
      {
        cwd,
        workspace: context.workspace,
        reference: reference.path,
        referenceLabel: reference.label,
        data: config.data,
        schema: config.schema,
        config: { path: config.config, explicit: config.config !== 'crucible.yml' },
        target: config.target,
        prediction: config.prediction,
        expected: expected?.path,
        ...(expected === undefined ? {} : { expectedLabel: expected.label }),
        git: core.gitInfo(commitOf(context), cwd),
        model,
        artifactName: config.artifactName,
        workerScripts: bundledWorkerScripts(dirname(fileURLToPath(import.meta.url))),
      },
      { evidence: artifactEvidenceStore(context, 'monitoring'), log: runnerLog, clock: core.systemClock },
    );
    const evidence = (outcome.result as { evidence: MonitoringEvidence }).evidence;
    outcome.outputs[Outputs.version] = version;
    outcome.outputs[Outputs.issueNumber] = '';
    outcome.outputs[Outputs.issueUrl] = '';
    outcome.outputs[Outputs.dispatched] = 'false';

    if (config.issue) {
      const author = await github.tokenIdentity(client);
      const target = { model: config.model, environment, author };
      // Within an issue body's 65,536 characters, with room for the marker, the footer and the monitor's record.
      const table = core.renderMonitoringMarkdown(evidence, { label: `${config.model} ${version}`, budget: { maxChars: 60_000 } });
      const footer = `\n\n_Checked by [run ${context.runId}](${runUrl(context)}) at ${evidence.createdAt ?? new Date().toISOString()}._`;
      if (evidence.status === 'alert') {
        const alert = await github.openOrUpdateAlert(client, repository, { ...target, body: `${table}${footer}`, labels, runId: context.runId });
        outcome.outputs[Outputs.issueNumber] = String(alert.issue.number);
        outcome.outputs[Outputs.issueUrl] = alert.issue.url;
        runnerLog.info(alert.action === 'muted' ? `Alert issue #${alert.issue.number} was closed as not planned: left muted until the model is healthy again.` : `Alert issue #${alert.issue.number} ${alert.action}: ${alert.issue.url}`);
        if (alert.duplicates.length > 0) runnerLog.warning(`Other open alert issues of ${config.model} in ${environment}: ${alert.duplicates.map((n) => `#${n}`).join(', ')}; close them as duplicates of #${alert.issue.number}.`);
        if (config.dispatchWorkflow !== undefined && alert.action !== 'muted') {
          const ref = config.dispatchRef ?? ((context.payload['repository'] as { default_branch?: string } | undefined)?.default_branch ?? (await client.rest.repos.get(repository)).data.default_branch);
          const dispatch = await github.dispatchRetraining(client, repository, {
            ...target,
            issueNumber: alert.issue.number,
            workflow: /^\d+$/.test(config.dispatchWorkflow) ? Number(config.dispatchWorkflow) : config.dispatchWorkflow,
            ref,
            version,
            reason: evidence.reasons?.[0] ?? 'the model is not healthy',
            cooldownMs,
          });
          if (dispatch.action === 'dispatched') {
            outcome.outputs[Outputs.dispatched] = 'true';
            runnerLog.info(`Retraining started: ${config.dispatchWorkflow} on ${ref}, next allowed after ${dispatch.nextAllowedAt}.`);
          } else if (dispatch.action === 'cooldown') {
            runnerLog.info(`Retraining not started: the last dispatch for this alert was at ${dispatch.lastAt}; the next is allowed after ${dispatch.nextAllowedAt} (dispatch-cooldown ${config.dispatchCooldown}).`);
          }
        }
      } else if (evidence.status === 'healthy') {
        const recovered = await github.recoverAlert(client, repository, { ...target, comment: `The model is healthy again.\n\n${table}${footer}` });
        if (recovered.issue !== undefined) {
          outcome.outputs[Outputs.issueNumber] = String(recovered.issue.number);
          outcome.outputs[Outputs.issueUrl] = recovered.issue.url;
          runnerLog.info(`Alert issue #${recovered.issue.number} ${recovered.action === 'closed' ? 'closed: the model is healthy again' : 'marked recovered'}.`);
        }
      } else {
        runnerLog.info('Not judged: the alert issue is left as it is.');
      }
    }
    if (outcome.failure !== undefined && config.failOn === 'never') outcome.failure = { ...outcome.failure, severity: 'warning' };
    return outcome;
  });
}
