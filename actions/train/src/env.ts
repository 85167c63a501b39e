import { InputError } from '@crucible/core/errors';
import { secretValues } from '@crucible/supervisor';

/** KEY=value lines of the `env` input, checked: a name is a shell variable name. */
export function extraEnv(lines: string[]): Record<string, string> {
  const env: Record<string, string> = {};
  lines.forEach((line, index) => {
    const at = line.indexOf('=');
    const name = at === -1 ? '' : line.slice(0, at).trim();
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      throw new InputError(`env: line ${index + 1} ("${line.slice(0, 60)}") is not KEY=value with KEY a variable name (letters, digits, _).`);
    }
    env[name] = line.slice(at + 1);
  });
  return env;
}

/**
 * The values to keep out of the log artifact and the evidence: secret-looking variables of the step and of the
 * `env` input. Main and post both derive them (secrets are never written to the step's state).
 */
export function stepSecrets(envLines: string[]): string[] {
  return secretValues({ ...process.env, ...extraEnv(envLines) });
}
