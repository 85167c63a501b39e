import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Faults } from '../src/github/faults.ts';
import { type LoopbackGitHub, type Router, standardSeed, startLoopbackGitHub } from '../src/index.ts';

const Client = Octokit.plugin(retry, throttling);
const GET_REPO = 'GET /repos/{owner}/{repo}';
let github: LoopbackGitHub;
const warnings: string[] = [];

function client(baseUrl = github.urls.api) {
  return new Client({
    auth: 'ghs_loopback',
    baseUrl,
    // Retry waits are seconds times this base; 1 ms keeps the suite fast while going through the same code.
    retry: { retryAfterBaseValue: 1 },
    throttle: {
      retryAfterBaseValue: 1,
      onRateLimit: (after: number) => (warnings.push(`primary ${after}`), true),
      onSecondaryRateLimit: (after: number) => (warnings.push(`secondary ${after}`), true),
    },
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
  });
}
const repo = { owner: 'octo-org', repo: 'models' };

beforeAll(async () => {
  github = await startLoopbackGitHub({
    seed: standardSeed(),
    faultSeed: 7,
    // A deliberately malformed answer, to prove the OpenAPI check catches one.
    modules: [(router: Router) => router.add('GET', '/repos/{owner}/{repo}/readme', () => ({ status: 200, body: { name: 42 } }), { needs: ['contents', 'read'] })],
  });
});
afterAll(() => github.close());
afterEach(() => {
  github.faults.clear();
  warnings.length = 0;
});

describe('fault injection with Octokit retry and throttling', () => {
  it('rides through two 502s on one route', async () => {
    github.faults.add({ route: GET_REPO, type: 'status', status: 502, times: 2 });
    const before = github.count(GET_REPO);
    const { data } = await client().rest.repos.get(repo);
    expect(data.name).toBe('models');
    expect(github.count(GET_REPO) - before).toBe(3);
  });

  it('waits out a secondary rate limit with retry-after', async () => {
    github.faults.add({ route: GET_REPO, type: 'secondary-rate-limit', retryAfterSeconds: 3 });
    await client().rest.repos.get(repo);
    expect(warnings).toEqual(['secondary 3']);
    expect(github.faults.fired).toContain(`${GET_REPO} -> secondary-rate-limit`);
  });

  it('retries a 429 and a reset connection', async () => {
    github.faults.add({ route: GET_REPO, type: 'rate-limit-429' });
    github.faults.add({ route: 'GET /repos/{owner}/{repo}/pulls/{pull_number}', type: 'reset' });
    await client().rest.repos.get(repo);
    const { data } = await client().rest.pulls.get({ ...repo, pull_number: 7 });
    expect(data.number).toBe(7);
    const resets = github.requests.filter((request) => request.status === -1);
    expect(resets.map((request) => request.route)).toEqual(['GET /repos/{owner}/{repo}/pulls/{pull_number}']);
  });

  it('adds latency to any route with "*", as many times as asked', async () => {
    github.faults.add({ route: '*', type: 'latency', ms: 20, times: 2 });
    await client().rest.repos.get(repo);
    await client().rest.pulls.get({ ...repo, pull_number: 7 });
    await client().rest.repos.get(repo);
    expect(github.faults.fired.filter((fault) => fault.endsWith('latency'))).toEqual([
      `${GET_REPO} -> latency`,
      'GET /repos/{owner}/{repo}/pulls/{pull_number} -> latency',
    ]);
  });

  it('draws the same faults for the same seed', () => {
    const draw = (seed: number) => {
      const faults = new Faults(seed).add({ route: '*', type: 'status', status: 503, probability: 0.3 });
      return Array.from({ length: 40 }, () => faults.next('GET /x').length);
    };
    expect(draw(11)).toEqual(draw(11));
    expect(draw(11)).not.toEqual(draw(12));
    expect(draw(11).filter((hit) => hit === 1).length).toBeGreaterThan(3);
  });
});

describe('the OpenAPI check', () => {
  it('catches a malformed answer: the client gets a 500 naming the misfit and the violation is recorded', async () => {
    const error = await client().request('GET /repos/{owner}/{repo}/readme', { ...repo, request: { retries: 0 } }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 500 });
    expect(github.violations.splice(0)).toEqual([
      expect.stringContaining("GET /repos/{owner}/{repo}/readme answered 200 that does not fit GitHub's OpenAPI description"),
    ]);
  });
});

describe('GitHub Enterprise Server', () => {
  it('serves the REST API under /api/v3 with a non-github.com server URL', async () => {
    const ghes = await startLoopbackGitHub({ seed: standardSeed(), ghes: true });
    try {
      expect(ghes.urls.api).toMatch(/\/api\/v3$/);
      expect(new URL(ghes.urls.server).hostname.endsWith('.localhost')).toBe(false);
      const { data } = await client(ghes.urls.api).rest.repos.get(repo);
      expect(data.url).toBe(`${ghes.urls.api}/repos/octo-org/models`);
      expect(ghes.violations).toEqual([]);
    } finally {
      await ghes.close();
    }
  });
});
