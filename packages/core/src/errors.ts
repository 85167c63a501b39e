/**
 * Errors a person can act on. Each names what failed, the bad value and the fix; the edges (actions, CLI) print
 * the message alone, without a stack trace, and map the class to a severity or an exit code.
 */
export class CrucibleError extends Error {
  /** How much it matters to the job: the action fails the step, or only annotates it. Classes set their own. */
  readonly severity: Severity = 'fail';
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'CrucibleError';
  }
}

/** How much a failure matters to the job: `fail` fails the step, `warning` and `notice` only annotate it. */
export type Severity = 'fail' | 'warning' | 'notice';

/** A user-supplied value (action input, CLI flag) is missing or malformed. */
export class InputError extends CrucibleError {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'InputError';
  }
}

/** A file the user wrote (crucible.yml, a schema, a metrics file) does not fit its schema. */
export class ConfigError extends CrucibleError {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'ConfigError';
  }
}

/** A capability that is declared (action.yml, CLI help) but has not been built yet. */
export class NotImplementedError extends CrucibleError {
  constructor(what: string) {
    super(
      `${what} is not implemented yet in this version of Crucible. ` +
        'Pin a release whose CHANGELOG lists it, or remove the step for now.',
    );
    this.name = 'NotImplementedError';
  }
}

export function isCrucibleError(error: unknown): error is CrucibleError {
  return error instanceof CrucibleError;
}
