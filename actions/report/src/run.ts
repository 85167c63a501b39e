import { actionInputs, runAction } from '@crucible/action-kit';
import { NotImplementedError } from '@crucible/core/errors';
import { inputs } from './inputs.ts';

export async function run(): Promise<void> {
  await runAction(async () => {
    actionInputs(inputs);
    throw new NotImplementedError('The report action');
  });
}
