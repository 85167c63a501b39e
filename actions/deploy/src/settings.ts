import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { InputsOf, RunContext } from '@crucible/action-kit';
import { environmentPolicyOf, loadConfig } from '@crucible/core';
import { InputError } from '@crucible/core/errors';
import { parseDuration } from '@crucible/supervisor';
import type { inputs } from './inputs.ts';
import type { DeploySettings } from './step.ts';

export type DeployInputs = InputsOf<typeof inputs>;

/** Runner variables that belong to this step, not to the deploy command (least privilege). */
const PRIVATE_VARIABLES = /^(INPUT_|STATE_|ACTIONS_RUNTIME_TOKEN$|ACTIONS_ID_TOKEN_REQUEST_|ACTIONS_RESULTS_URL$|ACTIONS_CACHE_URL$|GITHUB_STATE$)/;

/** Seconds between SIGINT, SIGTERM and SIGKILL when the time budget stops the command. */
const GRACE_SECONDS = 10;

/** The deploy step's settings from the action's inputs and the runner's context. */
export function deploySettings(config: DeployInputs, context: RunContext, processEnv: NodeJS.ProcessEnv): DeploySettings {
  const cwd = resolve(context.workspace, config.workingDirectory);
  if (!existsSync(cwd)) throw new InputError(`working-directory: "${config.workingDirectory}" does not exist in the workspace (${cwd}).`);
  // Inputs are checked before the config they point at.
  const timeBudgetSeconds = config.timeBudget === undefined ? undefined : parseDuration(config.timeBudget, 'time-budget');
  // Deploy goes only where crucible.yml governs promotion, as promote does: a misspelt environment stops here.
  const stage = config.stage ?? config.environment;
  const crucible = loadConfig(resolve(cwd, config.config), { explicit: config.config !== 'crucible.yml', workspace: context.workspace });
  environmentPolicyOf(crucible.environments, [config.environment, stage], config.config);
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(processEnv)) if (!PRIVATE_VARIABLES.test(name)) env[name] = value;
  return {
    model: config.model,
    stage,
    version: config.version,
    environment: config.environment,
    environmentUrl: config.environmentUrl,
    rollback: config.rollback,
    deploymentId: config.deploymentId === undefined ? undefined : Number(config.deploymentId),
    requiredContexts: config.requiredContexts,
    production: config.production ?? config.environment.toLowerCase() === 'production',
    transient: config.transient,
    cwd,
    command: { script: config.run, shell: config.shell, scriptsDir: join(context.runnerTemp, 'crucible', 'scripts') },
    env,
    timeBudgetSeconds,
    graceSeconds: GRACE_SECONDS,
    modelRoot: join(context.runnerTemp, 'crucible', 'deploy'),
    run: { id: context.runId, attempt: context.runAttempt, url: `${context.serverUrl}/${context.owner}/${context.repo}/actions/runs/${context.runId}` },
  };
}
