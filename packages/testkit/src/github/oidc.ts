import { createSign, generateKeyPairSync, type KeyObject, randomBytes, randomUUID } from 'node:crypto';
import { HttpError } from './http.ts';
import type { Router } from './router.ts';
import type { Context } from './server.ts';
import type { State } from './state.ts';

/**
 * The Actions OIDC provider: what `core.getIDToken(audience)` calls (GET <ACTIONS_ID_TOKEN_REQUEST_URL>&audience=...
 * with `Authorization: Bearer <ACTIONS_ID_TOKEN_REQUEST_TOKEN>`, answering `{"value": "<jwt>"}`), and the issuer's
 * discovery document and JWKS, so that a test can verify a token as a cloud provider does. Tokens are RS256-signed
 * with a key made on first use, one per loopback GitHub.
 */

const ISSUER_PATH = '/_services/token';
/** The request URL's path as the runner's looks (a plan and a job of the pipelines service), with its query. */
const REQUEST_PATH = '/_apis/distributedtask/hubs/Actions/plans/{plan_id}/jobs/{job_id}/idtoken';

const keys = new WeakMap<State, { privateKey: KeyObject; publicKey: KeyObject; kid: string }>();

function keyOf(state: State) {
  let key = keys.get(state);
  if (key === undefined) {
    const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
    key = { ...pair, kid: randomBytes(20).toString('hex').toUpperCase() };
    keys.set(state, key);
  }
  return key;
}

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** The issuer URL of the loopback's OIDC tokens (GitHub's is https://token.actions.githubusercontent.com). */
export function oidcIssuer(context: Pick<Context, 'urls'>): string {
  return `${context.urls.results}${ISSUER_PATH}`;
}

/** ACTIONS_ID_TOKEN_REQUEST_URL for a job: it carries a query already, as the runner's does, and core appends `&audience=`. */
export function idTokenRequestUrl(context: Pick<Context, 'urls'>, runBackendId: string, jobBackendId: string): string {
  return `${context.urls.results}${REQUEST_PATH.replace('{plan_id}', runBackendId).replace('{job_id}', jobBackendId)}?api-version=2.0`;
}

export function registerOidc(router: Router, context: Context): void {
  const { state } = context;

  router.add('GET', REQUEST_PATH, (req) => {
    const token = /^Bearer\s+(.+)$/i.exec(String(req.headers.authorization ?? ''))?.[1];
    const grant = token === undefined ? undefined : state.idTokenGrants.get(token);
    if (grant === undefined || grant.jobBackendId !== req.params['job_id']) throw new HttpError(401, 'Unauthorized');
    const now = Math.floor(state.now() / 1000);
    const { privateKey, kid } = keyOf(state);
    const claims = {
      jti: randomUUID(),
      ...grant.claims,
      aud: req.url.searchParams.get('audience') ?? grant.defaultAudience,
      iss: oidcIssuer(context),
      // GitHub's tokens: valid from ten minutes back (clock skew), for five minutes.
      nbf: now - 600,
      exp: now + 300,
      iat: now,
    };
    const signingInput = `${encode({ typ: 'JWT', alg: 'RS256', x5t: kid, kid })}.${encode(claims)}`;
    const signature = createSign('RSA-SHA256').update(signingInput).sign(privateKey).toString('base64url');
    return { status: 200, body: { count: 1, value: `${signingInput}.${signature}` } };
  }, { openapi: false });

  router.add('GET', `${ISSUER_PATH}/.well-known/openid-configuration`, () => ({
    status: 200,
    body: {
      issuer: oidcIssuer(context),
      jwks_uri: `${oidcIssuer(context)}/.well-known/jwks`,
      subject_types_supported: ['public', 'pairwise'],
      response_types_supported: ['id_token'],
      claims_supported: [
        'sub', 'aud', 'exp', 'iat', 'iss', 'jti', 'nbf', 'ref', 'sha', 'repository', 'repository_id', 'repository_owner',
        'repository_owner_id', 'enterprise', 'enterprise_id', 'run_id', 'run_number', 'run_attempt', 'actor', 'actor_id',
        'workflow', 'workflow_ref', 'workflow_sha', 'head_ref', 'base_ref', 'event_name', 'ref_type', 'ref_protected',
        'environment', 'environment_node_id', 'job_workflow_ref', 'job_workflow_sha', 'repository_visibility',
        'runner_environment', 'check_run_id',
      ],
      id_token_signing_alg_values_supported: ['RS256'],
      scopes_supported: ['openid'],
    },
  }), { openapi: false });

  router.add('GET', `${ISSUER_PATH}/.well-known/jwks`, () => {
    const { publicKey, kid } = keyOf(state);
    return { status: 200, body: { keys: [{ ...publicKey.export({ format: 'jwk' }), kid, x5t: kid, use: 'sig', alg: 'RS256' }] } };
  }, { openapi: false });
}
