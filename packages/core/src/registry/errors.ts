import { InputError } from '../errors.ts';

/**
 * A registry value a person gave (model name, stage, version, tag name) that GTO's grammar, git or GitHub would
 * refuse. An InputError, so the CLI exits 2 and an action fails the step with the message alone.
 */
export class RegistryError extends InputError {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'RegistryError';
  }
}
