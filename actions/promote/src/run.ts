import { resolve } from 'node:path';
import * as core from '@actions/core';
import { actionInputs, commitOf, readContext, runAction } from '@crucible/action-kit';
import { inputs } from './inputs.ts';

/** Inputs -> the promote step over the runner's ports and GitHub -> the outcome applied (by runAction). */
export async function run(): Promise<void> {
  await runAction(async () => {
    const config = actionInputs(inputs);
    const context = readContext();
    const [{ promoteStep, parseVersionRequest }, { promoteGitHub }, { artifactEvidenceStore, runnerLog }, { githubClient }, { findEnvironmentPolicy, loadConfig, systemClock }, { readJobIdentity }] = await Promise.all([
      import('./step.ts'),
      import('./github.ts'),
      import('@crucible/action-kit/ports'),
      import('@crucible/action-kit/github'),
      import('@crucible/core'),
      import('@crucible/action-kit'),
    ]);
    const cwd = resolve(context.workspace, config.workingDirectory);
    const crucible = loadConfig(resolve(cwd, config.config), { explicit: config.config !== 'crucible.yml', workspace: context.workspace });
    const client = await githubClient(config.token, context);
    if (config.teamsToken !== undefined) core.setSecret(config.teamsToken);
    const teamsClient = config.teamsToken === undefined ? undefined : await githubClient(config.teamsToken, context);
    const protectedRef = process.env['GITHUB_REF_PROTECTED'];
    // Promoting another run's evidence: a new version is registered at the commit that run was about.
    let git = commitOf(context);
    if (config.evidenceRunId !== undefined && config.evidenceRunId !== context.runId) {
      const { data } = await client.rest.actions.getWorkflowRun({ owner: context.owner, repo: context.repo, run_id: config.evidenceRunId });
      git = { sha: data.head_sha, ref: context.ref, headSha: data.head_sha };
    }
    return promoteStep(
      {
        environment: config.environment,
        model: config.model,
        version: parseVersionRequest(config.version),
        stage: config.stage === undefined || config.stage === '' ? config.environment : config.stage,
        policy: findEnvironmentPolicy(crucible.environments, config.environment),
        evidence:
          config.evidence.length > 0
            ? { kind: 'paths', paths: config.evidence }
            : { kind: 'run', runId: config.evidenceRunId ?? context.runId, pattern: config.evidencePattern },
        modelArtifactPattern: config.modelArtifact,
        run: {
          id: context.runId,
          attempt: context.runAttempt,
          actor: context.actor,
          triggeringActor: context.triggeringActor,
          url: `${context.serverUrl}/${context.owner}/${context.repo}/actions/runs/${context.runId}`,
        },
        git,
        refProtected: protectedRef === 'true' ? true : protectedRef === 'false' ? false : undefined,
        deployment: {
          create: config.deployment,
          environmentUrl: config.environmentUrl === '' ? undefined : config.environmentUrl,
          requiredContexts: config.requiredContexts,
          production: config.environment.toLowerCase() === 'production',
        },
        artifactName: config.artifactName === '' ? `crucible-promotion-${config.environment}` : config.artifactName,
        teamsToken: config.teamsToken !== undefined,
        attachModel: config.attachModel,
      },
      {
        github: promoteGitHub(client, context, { workspace: context.workspace, cwd, log: runnerLog, teamsClient }),
        identity: async () => {
          const identity = await readJobIdentity();
          return identity.status === 'unchecked' ? identity : { status: 'checked', environment: identity.claims.environment ?? undefined };
        },
        evidence: artifactEvidenceStore(context, 'promote'),
        log: runnerLog,
        clock: systemClock,
      },
    );
  });
}
