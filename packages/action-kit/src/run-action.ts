import * as core from '@actions/core';
import type { Annotation, Outcome, Severity, StepFailure } from '@crucible/core';
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
 * The one try/catch of an action, and the one place an outcome reaches the runner: `main` reads the inputs, runs
 * the step and returns its outcome, which is applied here; a thrown error becomes a failure (see failureOf).
 */
export async function runAction(main: () => Promise<Outcome | void>): Promise<void> {
  try {
    const outcome = await main();
    if (outcome !== undefined) await applyOutcome(outcome);
  } catch (error) {
    reportFailure(error);
  }
}

function annotate(annotation: Annotation): void {
  const properties = {
    ...(annotation.title === undefined ? {} : { title: annotation.title }),
    ...(annotation.file === undefined ? {} : { file: annotation.file }),
    ...(annotation.line === undefined ? {} : { startLine: annotation.line }),
  };
  core[annotation.level](annotation.message, properties);
}

/** A failure as its severity asks: `fail` fails the step (exit code 1), `warning` and `notice` annotate it. */
export function applyFailure(failure: StepFailure): void {
  if (failure.severity === 'fail') core.setFailed(failure.message);
  else core[failure.severity](failure.message);
}

/**
 * Outputs, annotations, the job summary, then the failure, in that order: a failed step still leaves its outputs
 * and findings for the steps after it (`if: always()`).
 */
export async function applyOutcome(outcome: Outcome): Promise<void> {
  for (const [name, value] of Object.entries(outcome.outputs)) if (value !== undefined) core.setOutput(name, value);
  for (const annotation of outcome.annotations) annotate(annotation);
  if (outcome.summary !== '') await core.summary.addRaw(outcome.summary, true).write();
  if (outcome.failure !== undefined) applyFailure(outcome.failure);
}

/** An Octokit RequestError that got through the GitHub edge: an answer the step could not use. */
function requestError(error: unknown): { status: number; method: string; url: string } | undefined {
  const candidate = error as { status?: unknown; request?: { method?: unknown; url?: unknown } } | null;
  if (typeof candidate?.status !== 'number' || typeof candidate.request?.method !== 'string' || typeof candidate.request.url !== 'string') return undefined;
  return { status: candidate.status, method: candidate.request.method, url: candidate.request.url };
}

/**
 * What an error means for the job. A Crucible error (a bad input, a file to fix, a token without a permission)
 * carries its message and its class's severity; a GitHub answer the step could not use names the call; anything
 * else is a bug in Crucible.
 */
export function failureOf(error: unknown): StepFailure & { line?: { file: string; line: number } } {
  if (isCrucibleError(error)) {
    const severity: Severity = error.severity;
    // A message that starts "file:line: " (a mistake in crucible.yml or a schema) becomes an annotation on that
    // line, so the Files view shows it where it must be fixed.
    const at = /^([^\s:][^:\n]*):(\d+): /.exec(error.message);
    return { message: error.message, severity, ...(at === null ? {} : { line: { file: at[1] as string, line: Number(at[2]) } }) };
  }
  const message = error instanceof Error ? error.message : String(error);
  const request = requestError(error);
  if (request !== undefined) {
    return {
      message: `GitHub answered ${request.status} to ${request.method} ${request.url.replace(/\?.*$/, '')}: ${message}. Re-run the job if GitHub was having trouble; otherwise check the token and the repository settings.`,
      severity: 'fail',
    };
  }
  return { message: `Unexpected error: ${message}. This is a bug in Crucible; re-run with debug logging (ACTIONS_STEP_DEBUG) and report it with the log.`, severity: 'fail' };
}

export function reportFailure(error: unknown): void {
  if (!isCrucibleError(error) && error instanceof Error && error.stack !== undefined) core.debug(error.stack);
  const failure = failureOf(error);
  if (failure.line !== undefined && failure.severity === 'fail') {
    process.exitCode = 1;
    core.error(failure.message, { file: failure.line.file, startLine: failure.line.line });
    return;
  }
  applyFailure(failure);
}
