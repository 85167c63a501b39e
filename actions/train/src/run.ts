import * as core from '@actions/core';
import { actionInputs, readContext, runAction } from '@crucible/action-kit';
import { inputs } from './inputs.ts';
import { State } from './outputs.ts';

/**
 * Inputs -> the train step over the runner's ports -> the outcome applied (by runAction). One bundle for both
 * phases, as actions/checkout does: main marks its state, so the same script started as post (after the job's
 * steps, `post-if: always()`, also after a failure or a cancel) saves the checkpoint and sends what main could not.
 */
export async function run(): Promise<void> {
  await runAction(async () => {
    if (core.getState(State.isPost) === 'true') {
      const { post } = await import('./post.ts');
      await post();
      return;
    }
    core.saveState(State.isPost, 'true');
    const config = actionInputs(inputs);
    const context = readContext();
    // The supervisor, the metric loaders and the cache client load only once inputs and context check out.
    const [{ trainStep }, { trainSettings }, ports, { runnerLog }, { systemClock }] = await Promise.all([
      import('./step.ts'),
      import('./settings.ts'),
      import('./runner-ports.ts'),
      import('@crucible/action-kit/ports'),
      import('@crucible/core'),
    ]);
    const settings = trainSettings(config, context, process.env);
    // The runner masks the workflow's secrets, not a value the `env` input or the step's environment holds under a
    // secret-looking name (OPENAI_KEY=... written out): masked too, before the command can print it.
    for (const secret of settings.secrets) core.setSecret(secret);
    const checkpoints =
      settings.checkpoint === undefined
        ? undefined
        : ports.cacheCheckpoints(context, { relativePath: settings.checkpoint.path, key: config.checkpointKey, leg: settings.artifacts.evidence.replace(/^crucible-run-/, ''), maxBytes: settings.checkpoint.maxBytes, log: runnerLog });
    return trainStep(settings, {
      checkpoints,
      uploads: ports.artifactUploads(context, runnerLog),
      runner: () => ports.runnerInfo(config.token, context, runnerLog),
      interrupts: ports.processInterrupts,
      log: runnerLog,
      clock: systemClock,
    });
  });
}
