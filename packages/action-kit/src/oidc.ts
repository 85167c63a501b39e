import * as core from '@actions/core';
import { decodeOidcClaims, type OidcClaims } from '@crucible/github';

/**
 * What the job's OIDC token says, or why there is none: `unchecked` when the job was not given `id-token: write`
 * (the runner then sets no ACTIONS_ID_TOKEN_REQUEST_URL), so the caller can say the environment name was not
 * cross-checked instead of failing or pretending it was.
 */
export type JobIdentity = { status: 'checked'; claims: OidcClaims } | { status: 'unchecked'; reason: string };

export type JobIdentityPorts = {
  env?: NodeJS.ProcessEnv;
  /** `core.getIDToken` by default; it masks the token in the log. */
  getIDToken?: (audience?: string) => Promise<string>;
};

/**
 * Asks the runner for the job's OIDC token (`core.getIDToken(audience)`) and reads its claims: environment, ref,
 * sha, run id and attempt, workflow refs. The signature is not verified; decodeOidcClaims says why. A token the
 * runner refuses to give or a token without the claims fails: with `id-token: write` granted, that is not a state
 * to carry on from.
 */
export async function readJobIdentity(audience?: string, ports: JobIdentityPorts = {}): Promise<JobIdentity> {
  const env = ports.env ?? process.env;
  if (!env['ACTIONS_ID_TOKEN_REQUEST_URL'] || !env['ACTIONS_ID_TOKEN_REQUEST_TOKEN']) {
    return {
      status: 'unchecked',
      reason: 'The job has no OIDC token (give it `permissions: id-token: write` to cross-check its environment with the token\'s `environment` claim).',
    };
  }
  const getIDToken = ports.getIDToken ?? ((wanted?: string) => core.getIDToken(wanted));
  return { status: 'checked', claims: decodeOidcClaims(await getIDToken(audience)) };
}
