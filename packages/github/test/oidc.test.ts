import { type LoopbackGitHub, shaOf, standardSeed, startLoopbackGitHub } from '@crucible/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// action-kit's helper is the caller of decodeOidcClaims; it is tested here against the loopback GitHub because
// action-kit has no testkit dependency of its own.
import { readJobIdentity } from '../../action-kit/src/oidc.ts';
import { decodeOidcClaims, OidcTokenError } from '../src/index.ts';

let github: LoopbackGitHub;
beforeAll(async () => {
  github = await startLoopbackGitHub({ seed: standardSeed() });
});
afterAll(() => github.close());

/** What core.getIDToken does: GET the request URL with `&audience=`, the request token as a bearer. */
async function idToken(env: Record<string, string>, audience: string): Promise<string> {
  const response = await fetch(`${env['ACTIONS_ID_TOKEN_REQUEST_URL']}&audience=${encodeURIComponent(audience)}`, {
    headers: { authorization: `Bearer ${env['ACTIONS_ID_TOKEN_REQUEST_TOKEN']}` },
  });
  return ((await response.json()) as { value: string }).value;
}

describe('decodeOidcClaims', () => {
  it("reads the job's environment, ref, sha, run and workflow from the runner's token", async () => {
    const env = github.runnerEnv({ repo: 'octo-org/models', environment: 'production', idToken: true, actor: 'alice', ref: 'refs/heads/main', sha: shaOf('c3') });
    const claims = decodeOidcClaims(await idToken(env, 'crucible'));
    expect(claims).toMatchObject({
      subject: 'repo:octo-org/models:environment:production',
      environment: 'production',
      audience: 'crucible',
      ref: 'refs/heads/main',
      refType: 'branch',
      sha: shaOf('c3'),
      repository: 'octo-org/models',
      repositoryOwner: 'octo-org',
      actor: 'alice',
      eventName: 'push',
      runId: Number(env['GITHUB_RUN_ID']),
      runAttempt: 1,
      workflowRef: env['GITHUB_WORKFLOW_REF'],
      jobWorkflowRef: env['GITHUB_WORKFLOW_REF'],
      baseRef: undefined,
      headRef: undefined,
    });
  });

  it('leaves environment undefined for a job without one', async () => {
    const env = github.runnerEnv({ repo: 'octo-org/models', idToken: true });
    expect(decodeOidcClaims(await idToken(env, 'crucible')).environment).toBeUndefined();
  });

  it.each([
    ['not a JWT', 'abc', /not a JWT/],
    ['a payload that is not JSON', 'a.b.c', /not base64url-encoded JSON/],
    ['a token without run_id', `e30.${Buffer.from(JSON.stringify({ sub: 's', iss: 'i', aud: 'a', ref: 'r', sha: shaOf('c3'), repository: 'o/r', repository_owner: 'o', actor: 'a', run_attempt: '1' })).toString('base64url')}.sig`, /run_id/],
  ])('refuses %s, naming the problem', (_, token, message) => {
    expect(() => decodeOidcClaims(token)).toThrow(OidcTokenError);
    expect(() => decodeOidcClaims(token)).toThrow(message);
  });
});

describe('readJobIdentity', () => {
  it('asks @actions/core for the token when the job has id-token: write', async () => {
    const env = github.runnerEnv({ repo: 'octo-org/models', environment: 'staging', idToken: true });
    const saved = { url: process.env['ACTIONS_ID_TOKEN_REQUEST_URL'], token: process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'] };
    process.env['ACTIONS_ID_TOKEN_REQUEST_URL'] = env['ACTIONS_ID_TOKEN_REQUEST_URL'];
    process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'] = env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
    try {
      // The real core.getIDToken, against the loopback's endpoint.
      const identity = await readJobIdentity('crucible');
      expect(identity).toMatchObject({ status: 'checked', claims: { environment: 'staging', audience: 'crucible', runId: Number(env['GITHUB_RUN_ID']) } });
    } finally {
      for (const [name, value] of [['ACTIONS_ID_TOKEN_REQUEST_URL', saved.url], ['ACTIONS_ID_TOKEN_REQUEST_TOKEN', saved.token]] as const) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });

  it('says "unchecked" without asking when the job has no id-token: write', async () => {
    const env = github.runnerEnv({ repo: 'octo-org/models', environment: 'production' });
    let asked = false;
    const identity = await readJobIdentity('crucible', {
      env,
      getIDToken: () => {
        asked = true;
        return Promise.resolve('');
      },
    });
    expect(identity).toEqual({ status: 'unchecked', reason: expect.stringContaining('id-token: write') });
    expect(asked).toBe(false);
  });
});
