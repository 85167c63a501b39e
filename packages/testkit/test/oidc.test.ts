import { createPublicKey, createVerify } from 'node:crypto';
import * as core from '@actions/core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type LoopbackGitHub, shaOf, standardSeed, startLoopbackGitHub } from '../src/index.ts';

let github: LoopbackGitHub;
beforeAll(async () => {
  github = await startLoopbackGitHub({ seed: standardSeed() });
});
afterAll(() => github.close());
afterEach(() => expect(github.violations.splice(0)).toEqual([]));

const OIDC_VARIABLES = ['ACTIONS_ID_TOKEN_REQUEST_URL', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN'] as const;

/** Runs `body` with the job's OIDC variables in process.env, as @actions/core reads them there. */
async function withJobEnv<T>(env: Record<string, string>, body: () => Promise<T>): Promise<T> {
  const saved = OIDC_VARIABLES.map((name) => [name, process.env[name]] as const);
  for (const name of OIDC_VARIABLES) {
    if (env[name] === undefined) delete process.env[name];
    else process.env[name] = env[name];
  }
  try {
    return await body();
  } finally {
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

const parts = (jwt: string) => jwt.split('.').map((part, i) => (i < 2 ? JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) : part)) as [Record<string, unknown>, Record<string, unknown>, string];

describe('OIDC tokens for jobs with id-token: write', () => {
  it('sets the request variables only when the job grants id-token: write', () => {
    const without = github.runnerEnv({ repo: 'octo-org/models', environment: 'production' });
    expect(without).not.toHaveProperty('ACTIONS_ID_TOKEN_REQUEST_URL');
    expect(without).not.toHaveProperty('ACTIONS_ID_TOKEN_REQUEST_TOKEN');
    const granted = github.runnerEnv({ repo: 'octo-org/models', environment: 'production', idToken: true });
    expect(granted['ACTIONS_ID_TOKEN_REQUEST_URL']).toMatch(/\/idtoken\?api-version=2\.0$/);
    expect(granted['ACTIONS_ID_TOKEN_REQUEST_TOKEN']).toEqual(expect.any(String));
  });

  it("answers core.getIDToken with GitHub's claims, naming the job's environment in sub and environment", async () => {
    // @actions/core masks the token it got with ::add-mask:: on stdout; harmless here.
    const env = github.runnerEnv({ repo: 'octo-org/models', environment: 'production', idToken: true, actor: 'alice', ref: 'refs/heads/main', sha: shaOf('c3') });
    const jwt = await withJobEnv(env, () => core.getIDToken('crucible'));
    const [header, claims, signature] = parts(jwt);
    expect(header).toMatchObject({ typ: 'JWT', alg: 'RS256', kid: expect.any(String) });
    expect(signature).not.toBe('');
    expect(claims).toMatchObject({
      sub: 'repo:octo-org/models:environment:production',
      environment: 'production',
      aud: 'crucible',
      ref: 'refs/heads/main',
      ref_type: 'branch',
      sha: shaOf('c3'),
      repository: 'octo-org/models',
      repository_owner: 'octo-org',
      actor: 'alice',
      event_name: 'push',
      run_id: env['GITHUB_RUN_ID'],
      run_attempt: '1',
      workflow_ref: env['GITHUB_WORKFLOW_REF'],
      job_workflow_ref: env['GITHUB_WORKFLOW_REF'],
      runner_environment: 'self-hosted',
    });
    // GitHub sends its custom claims as strings, and no triggering_actor claim.
    for (const name of ['run_id', 'run_attempt', 'run_number', 'repository_id', 'actor_id', 'ref_protected']) expect(typeof claims[name]).toBe('string');
    expect(claims).not.toHaveProperty('triggering_actor');
    expect([typeof claims['iat'], typeof claims['exp'], typeof claims['nbf']]).toEqual(['number', 'number', 'number']);
  });

  it('signs tokens with a key its JWKS serves, under the issuer the token names', async () => {
    const env = github.runnerEnv({ repo: 'octo-org/models', idToken: true });
    const jwt = await withJobEnv(env, () => core.getIDToken());
    const [header, claims, signature] = parts(jwt);
    // No environment: the subject names the ref, and the default audience is the owner's URL.
    expect(claims['sub']).toBe('repo:octo-org/models:ref:refs/heads/main');
    expect(claims).not.toHaveProperty('environment');
    expect(claims['aud']).toBe(`${github.urls.server}/octo-org`);
    const configuration = (await (await fetch(`${String(claims['iss'])}/.well-known/openid-configuration`)).json()) as { issuer: string; jwks_uri: string };
    expect(configuration.issuer).toBe(claims['iss']);
    const jwks = (await (await fetch(configuration.jwks_uri)).json()) as { keys: Array<{ kid: string } & Record<string, unknown>> };
    const jwk = jwks.keys.find((key) => key.kid === header['kid']);
    expect(jwk).toBeDefined();
    const [signed] = jwt.split('.').length === 3 ? [jwt.slice(0, jwt.lastIndexOf('.'))] : [''];
    const key = createPublicKey({ key: jwk as never, format: 'jwk' });
    expect(createVerify('RSA-SHA256').update(signed).verify(key, Buffer.from(signature, 'base64url'))).toBe(true);
  });

  it('refuses a request without the job\'s request token, or with another job\'s', async () => {
    const one = github.runnerEnv({ repo: 'octo-org/models', idToken: true, job: 'promote' });
    const other = github.runnerEnv({ repo: 'octo-org/models', idToken: true, job: 'deploy' });
    const url = one['ACTIONS_ID_TOKEN_REQUEST_URL'] as string;
    expect((await fetch(url)).status).toBe(401);
    expect((await fetch(url, { headers: { authorization: `Bearer ${other['ACTIONS_ID_TOKEN_REQUEST_TOKEN']}` } })).status).toBe(401);
    expect((await fetch(url, { headers: { authorization: `Bearer ${one['ACTIONS_ID_TOKEN_REQUEST_TOKEN']}` } })).status).toBe(200);
  });

  it('creates the environment a job names when the repository has none of that name, as GitHub does', () => {
    github.runnerEnv({ repo: 'octo-org/models', environment: 'canary' });
    expect(github.state.repo('octo-org', 'models')?.environments.has('canary')).toBe(true);
  });
});

describe('release assets and deployment branch policies', () => {
  it('serves an asset as JSON, or as a 302 to its bytes, and deletes it', async () => {
    const token = { authorization: 'Bearer ghs_loopback' };
    const created = (await (await fetch(`${github.urls.api}/repos/octo-org/models/releases`, { method: 'POST', headers: token, body: JSON.stringify({ tag_name: 'assets@v1.0.0', target_commitish: 'main' }) })).json()) as { id: number; upload_url: string };
    const uploaded = (await (await fetch(created.upload_url.replace(/\{.*$/, '?name=a.json'), { method: 'POST', headers: { ...token, 'content-type': 'application/json' }, body: '{"a":1}' })).json()) as { id: number; digest: string };
    expect(uploaded.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    const asset = `${github.urls.api}/repos/octo-org/models/releases/assets/${uploaded.id}`;
    expect(((await (await fetch(asset, { headers: token })).json()) as { name: string }).name).toBe('a.json');
    const redirect = await fetch(asset, { headers: { ...token, accept: 'application/octet-stream' }, redirect: 'manual' });
    expect(redirect.status).toBe(302);
    expect(await (await fetch(redirect.headers.get('location') as string)).text()).toBe('{"a":1}');
    expect((await fetch(asset, { method: 'DELETE', headers: token })).status).toBe(204);
    expect((await fetch(asset, { headers: token })).status).toBe(404);
  });

  it('lists custom branch policies only for an environment that has them', async () => {
    const repo = github.state.repo('octo-org', 'models');
    if (repo === undefined) throw new Error('no repository');
    github.state.addEnvironment(repo, { name: 'gated', deploymentBranchPolicy: { protected_branches: false, custom_branch_policies: true }, branchPolicies: [{ name: 'main' }, { name: 'v*', type: 'tag' }] });
    const list = async (name: string) =>
      (await (await fetch(`${github.urls.api}/repos/octo-org/models/environments/${name}/deployment-branch-policies`, { headers: { authorization: 'Bearer ghs_loopback' } })).json()) as { total_count: number; branch_policies: Array<{ name: string; type: string }> };
    expect(await list('gated')).toMatchObject({ total_count: 2, branch_policies: [{ name: 'main', type: 'branch' }, { name: 'v*', type: 'tag' }] });
    expect(await list('production')).toMatchObject({ total_count: 0, branch_policies: [] });
  });
});
