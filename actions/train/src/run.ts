import * as core from '@actions/core';
import { actionInputs, readContext, runAction } from '@crucible/action-kit';
import { inputs } from './inputs.ts';
import { State } from './outputs.ts';

/**
 * One bundle for both phases, as actions/checkout does: main marks its state, so the same script started as
 * post (after the job's steps, `post-if: always()`, also after a failure or a cancel) saves the checkpoint.
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
    const { trainStep } = await import('./train.ts');
    await trainStep(config, context);
  });
}
