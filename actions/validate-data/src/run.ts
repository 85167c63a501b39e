import { actionInputs, readContext, runAction } from '@crucible/action-kit';
import { inputs } from './inputs.ts';

export async function run(): Promise<void> {
  await runAction(async () => {
    const config = actionInputs(inputs);
    const context = readContext();
    // The data engine (readers, sketches, workers) loads only once inputs and context check out.
    const { validate } = await import('./validate.ts');
    await validate(config, context);
  });
}
