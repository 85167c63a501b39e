import * as core from '@actions/core';
import { actionInputs, readContext, runAction, throwOnRenamedInputs } from '@crucible/action-kit';
import { inputs, renamedInputs } from './inputs.ts';

/** Inputs -> the deploy step over the runner's ports and GitHub -> the outcome applied (by runAction). */
export async function run(): Promise<void> {
  await runAction(async () => {
    throwOnRenamedInputs(renamedInputs, (name) => core.getInput(name));
    const config = actionInputs(inputs);
    const context = readContext();
    // The supervisor, the GitHub client and the artifact client load only once inputs and context check out.
    const [{ deployStep }, { deploySettings }, { deployGitHub }, { runnerLog }, { githubClient }, { systemClock }] = await Promise.all([
      import('./step.ts'),
      import('./settings.ts'),
      import('./github.ts'),
      import('@crucible/action-kit/ports'),
      import('@crucible/action-kit/github'),
      import('@crucible/core'),
    ]);
    const settings = deploySettings(config, context, process.env);
    const client = await githubClient(config.token, context);
    return deployStep(settings, { github: deployGitHub(client, context, config.token ?? ''), log: runnerLog, clock: systemClock });
  });
}
