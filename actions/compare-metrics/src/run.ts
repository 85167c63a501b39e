import { actionInputs, readContext, runAction } from '@crucible/action-kit';
import { inputs } from './inputs.ts';

export async function run(): Promise<void> {
  await runAction(async () => {
    const config = actionInputs(inputs);
    const context = readContext();
    // The loaders, the statistics and the GitHub client load only once the inputs and the job's context are known
    // to be good, so a misconfigured step fails in the time it takes to start Node.
    const { compare } = await import('./compare.ts');
    await compare(config, context);
  });
}
