import { type LoopbackGitHub, standardSeed, startLoopbackGitHub } from '@crucible/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGitHubClient } from '../src/index.ts';

let github: LoopbackGitHub;
let ghes: LoopbackGitHub;
const warnings: string[] = [];
const log = { warning: (message: string) => warnings.push(message) };
const repo = { owner: 'octo-org', repo: 'models' };

beforeAll(async () => {
  github = await startLoopbackGitHub({ seed: standardSeed() });
  ghes = await startLoopbackGitHub({ seed: standardSeed(), ghes: true });
});
afterAll(async () => {
  await github.close();
  await ghes.close();
});

describe('createGitHubClient', () => {
  it('retries server errors and waits out a secondary rate limit, saying so', async () => {
    const client = createGitHubClient({ token: 'ghs_loopback', baseUrl: github.urls.api, log, retryAfterBaseValue: 1 });
    github.faults.add({ route: 'GET /repos/{owner}/{repo}', type: 'status', status: 503, times: 2 });
    github.faults.add({ route: 'GET /repos/{owner}/{repo}/pulls/{pull_number}', type: 'secondary-rate-limit', retryAfterSeconds: 5 });
    expect((await client.rest.repos.get(repo)).data.full_name).toBe('octo-org/models');
    expect((await client.rest.pulls.get({ ...repo, pull_number: 7 })).data.number).toBe(7);
    expect(warnings).toEqual(['GitHub secondary rate limit on GET /repos/{owner}/{repo}/pulls/{pull_number}; retrying in 5 s.']);
  });

  it('gives up on a rate-limit wait longer than the bound instead of idling the runner', async () => {
    warnings.length = 0;
    const client = createGitHubClient({ token: 'ghs_loopback', baseUrl: github.urls.api, log, retryAfterBaseValue: 1, maxRateLimitWaitSeconds: 60 });
    github.faults.add({ route: 'GET /repos/{owner}/{repo}', type: 'secondary-rate-limit', retryAfterSeconds: 3600 });
    await expect(client.rest.repos.get(repo)).rejects.toMatchObject({ status: 403 });
    expect(warnings).toEqual([expect.stringContaining('giving up')]);
  });

  it('talks to GitHub Enterprise Server at the /api/v3 base URL it is given', async () => {
    const client = createGitHubClient({ token: 'ghs_loopback', baseUrl: `${ghes.urls.api}/`, log });
    const { data } = await client.rest.repos.getCommit({ ...repo, ref: 'main' });
    expect(data.url.startsWith(`${ghes.urls.api}/repos/octo-org/models/commits/`)).toBe(true);
    expect(ghes.count('GET /repos/{owner}/{repo}/commits/{ref}')).toBe(1);
  });
});
