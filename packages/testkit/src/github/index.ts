import { defaultModules } from './modules.ts';
import { validateResponse } from './openapi.ts';
import { type LoopbackGitHub, type LoopbackOptions, startLoopbackGitHub as startServer } from './server.ts';

export type StartOptions = Omit<LoopbackOptions, 'validator'> & {
  /**
   * Check every REST answer against GitHub's OpenAPI description. On by default under vitest, so a handler that
   * drifts from the real API fails the test that used it; off elsewhere (the demo), where loading it costs time.
   */
  validate?: boolean;
};

/** Starts a loopback GitHub with every service (REST, GraphQL, Actions results, blobs) on 127.0.0.1. */
export function startLoopbackGitHub(options: StartOptions = {}): Promise<LoopbackGitHub> {
  const validate = options.validate ?? process.env['VITEST'] !== undefined;
  return startServer({
    ...options,
    modules: [...defaultModules, ...(options.modules ?? [])],
    validator: validate ? validateResponse : undefined,
  });
}
