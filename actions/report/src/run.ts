import { actionInputs, readContext, runAction } from '@crucible/action-kit';
import { inputs } from './inputs.ts';

export async function run(): Promise<void> {
  await runAction(async () => {
    const config = actionInputs(inputs);
    const context = readContext();
    // The renderer, the evidence readers and the GitHub client load only once inputs and context check out.
    const { report } = await import('./report.ts');
    await report(config, context);
  });
}
