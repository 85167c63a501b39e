import * as core from '@actions/core';
import { isCrucibleError } from '@crucible/core/errors';
import { type InputShape, type InputsOf, readInputs } from './inputs.ts';

/**
 * Reads the action's inputs from the runner and masks the token at once, so no later log line can show it.
 */
export function actionInputs<Shape extends InputShape>(shape: Shape): InputsOf<Shape> {
  const config = readInputs(shape, (name) => core.getInput(name));
  const token = (config as Record<string, unknown>)['token'];
  if (typeof token === 'string' && token !== '') core.setSecret(token);
  return config;
}

/**
 * The one try/catch of an action: a Crucible error becomes a failure with its own message (no stack trace: it is
 * the user's to fix); anything else is a bug, reported as such with the stack in the debug log.
 */
export async function runAction(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    reportFailure(error);
  }
}

export function reportFailure(error: unknown): void {
  if (isCrucibleError(error)) {
    // A message that starts "file:line: " (a mistake in crucible.yml or a schema) becomes an annotation on that
    // line, so the Files view shows it where it must be fixed.
    const at = /^([^\s:][^:\n]*):(\d+): /.exec(error.message);
    if (at === null) core.setFailed(error.message);
    else {
      process.exitCode = 1;
      core.error(error.message, { file: at[1], startLine: Number(at[2]) });
    }
    return;
  }
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof Error && error.stack !== undefined) core.debug(error.stack);
  core.setFailed(
    `Unexpected error: ${message}. This is a bug in Crucible; re-run with debug logging (ACTIONS_STEP_DEBUG) and report it with the log.`,
  );
}
