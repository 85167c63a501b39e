import { CrucibleError } from '@crucible/core';
import * as z from 'zod/mini';

/** The OIDC token could not be read: not a JWT, or without a claim Crucible relies on. */
export class OidcTokenError extends CrucibleError {
  constructor(message: string) {
    super(message);
    this.name = 'OidcTokenError';
  }
}

/**
 * What GitHub's OIDC token says about the job, in Crucible's words. GitHub sends every custom claim as a string
 * (`run_id: "22259804324"`, `ref_protected: "true"`); numbers and booleans are converted here. `environment` is
 * undefined when the job names no `environment:`; the claims GitHub sends only for some events (base_ref, head_ref)
 * are undefined when absent or empty.
 */
export type OidcClaims = {
  /** `repo:owner/name:environment:production`, or `...:ref:refs/heads/main`, `...:pull_request`. */
  subject: string;
  issuer: string;
  audience: string | string[];
  environment: string | undefined;
  ref: string;
  refType: string | undefined;
  refProtected: boolean | undefined;
  sha: string;
  repository: string;
  repositoryOwner: string;
  actor: string;
  eventName: string | undefined;
  runId: number;
  runAttempt: number;
  runNumber: number | undefined;
  workflowRef: string | undefined;
  /** The workflow file that defines the job: a reusable workflow's, when the job runs one. */
  jobWorkflowRef: string | undefined;
  jobWorkflowSha: string | undefined;
  runnerEnvironment: string | undefined;
  baseRef: string | undefined;
  headRef: string | undefined;
  issuedAt: number | undefined;
  expiresAt: number | undefined;
  /** Every claim as the token carries it. */
  raw: Record<string, unknown>;
};

const text = z.string().check(z.minLength(1));
const optionalText = z.optional(z.string());
const integerText = z.string().check(z.regex(/^\d+$/));

const claimsSchema = z.looseObject({
  sub: text,
  iss: text,
  aud: z.union([z.string(), z.array(z.string())]),
  environment: optionalText,
  ref: z.string(),
  ref_type: optionalText,
  ref_protected: optionalText,
  sha: z.string().check(z.regex(/^[0-9a-f]{40}$/)),
  repository: text,
  repository_owner: text,
  actor: text,
  event_name: optionalText,
  run_id: integerText,
  run_attempt: integerText,
  run_number: z.optional(integerText),
  workflow_ref: optionalText,
  job_workflow_ref: optionalText,
  job_workflow_sha: optionalText,
  runner_environment: optionalText,
  base_ref: optionalText,
  head_ref: optionalText,
  iat: z.optional(z.number()),
  exp: z.optional(z.number()),
});

const blankToUndefined = (value: string | undefined) => (value === undefined || value === '' ? undefined : value);

/**
 * Reads the claims of the JWT that the runner's ID-token endpoint hands out (what `core.getIDToken` returns). The
 * signature is not checked here, on purpose: the token comes straight from the runner's own endpoint over the URL
 * and request token the runner put in this process's environment, so whoever could forge it controls the runner and
 * this code with it; verifying against the issuer's JWKS would need the network (token.actions.githubusercontent.com,
 * or the GHES host) for no gain in that case. A token from anywhere else must be verified before it is believed.
 */
export function decodeOidcClaims(token: string): OidcClaims {
  const parts = token.split('.');
  if (parts.length !== 3 || parts[1] === undefined || parts[1] === '') throw new OidcTokenError('The OIDC token is not a JWT (three dot-separated parts).');
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
  } catch {
    throw new OidcTokenError('The OIDC token\'s payload is not base64url-encoded JSON.');
  }
  const result = claimsSchema.safeParse(payload);
  if (!result.success) {
    const problems = result.error.issues.slice(0, 5).map((issue) => `${issue.path.map(String).join('.') || '(payload)'}: ${issue.code === 'invalid_type' ? `missing or not a ${issue.expected}` : issue.message}`);
    throw new OidcTokenError(`The OIDC token lacks claims Crucible reads (${problems.join('; ')}).`);
  }
  const claims = result.data;
  return {
    subject: claims.sub,
    issuer: claims.iss,
    audience: claims.aud,
    environment: blankToUndefined(claims.environment),
    ref: claims.ref,
    refType: blankToUndefined(claims.ref_type),
    refProtected: claims.ref_protected === undefined ? undefined : claims.ref_protected === 'true',
    sha: claims.sha,
    repository: claims.repository,
    repositoryOwner: claims.repository_owner,
    actor: claims.actor,
    eventName: blankToUndefined(claims.event_name),
    runId: Number(claims.run_id),
    runAttempt: Number(claims.run_attempt),
    runNumber: claims.run_number === undefined ? undefined : Number(claims.run_number),
    workflowRef: blankToUndefined(claims.workflow_ref),
    jobWorkflowRef: blankToUndefined(claims.job_workflow_ref),
    jobWorkflowSha: blankToUndefined(claims.job_workflow_sha),
    runnerEnvironment: blankToUndefined(claims.runner_environment),
    baseRef: blankToUndefined(claims.base_ref),
    headRef: blankToUndefined(claims.head_ref),
    issuedAt: claims.iat,
    expiresAt: claims.exp,
    raw: payload as Record<string, unknown>,
  };
}
