import { type LoopbackGitHub, standardSeed, startLoopbackGitHub } from '@crucible/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { createGitHubClient, listTeamMembers } from '../src/index.ts';

let github: LoopbackGitHub | undefined;
afterEach(async () => {
  expect(github?.violations ?? []).toEqual([]);
  expect(github?.unknownRoutes ?? []).toEqual([]);
  await github?.close();
  github = undefined;
});

/** A team of 150 (two pages of 100), a token with read:org, and the standard tokens (GITHUB_TOKEN, a user's). */
async function start() {
  const seed = standardSeed();
  const members = Array.from({ length: 149 }, (_, index) => `member-${index + 1}`);
  seed.teams = [{ org: 'octo-org', slug: 'ml-leads', maintainers: ['alice'], members }];
  seed.tokens = { ...seed.tokens, ghp_orgreader: { login: 'dave', type: 'User', scopes: { members: 'read' } } };
  github = await startLoopbackGitHub({ seed });
  return (token: string) => createGitHubClient({ token, baseUrl: (github as LoopbackGitHub).urls.api, log: { warning: () => {} }, retryAfterBaseValue: 1, writePacingMs: 0 });
}

describe('listTeamMembers', () => {
  it('reads every page of a team that a read:org token may see, maintainers and members', async () => {
    const client = await start();
    const read = await listTeamMembers(client('ghp_orgreader'), { org: 'octo-org', slug: 'ML-Leads' });
    expect(read.status).toBe('read');
    const members = read.status === 'read' ? read.members : [];
    expect(members).toHaveLength(150);
    expect(members[0]).toBe('alice');
    expect(members.at(-1)).toBe('member-149');
    expect(github?.count('GET /orgs/{org}/teams/{team_slug}/members')).toBe(2);
  });

  it.each([
    // The job's GITHUB_TOKEN has no organization permission: GitHub hides the team (404), as it answers real runs.
    ['the job\'s GITHUB_TOKEN', 'ghs_loopback', 'ml-leads', 404, /Not Found/],
    ['a user\'s token without read:org', 'ghp_alice', 'ml-leads', 403, /Resource not accessible by personal access token/],
    ['a team that does not exist', 'ghp_orgreader', 'ml-lead', 404, /Not Found/],
  ])('says why the members could not be read with %s, and throws nothing', async (_name, token, slug, httpStatus, message) => {
    const client = await start();
    const read = await listTeamMembers(client(token), { org: 'octo-org', slug });
    expect(read).toEqual({ status: 'unreadable', httpStatus, message: expect.stringMatching(message) });
  });

  it('filters by role as GitHub does, in the shape its OpenAPI description gives', async () => {
    const client = await start();
    const { data } = await client('ghp_orgreader').rest.teams.listMembersInOrg({ org: 'octo-org', team_slug: 'ml-leads', role: 'maintainer' });
    expect(data.map((member) => [member.login, (member as { role?: string }).role])).toEqual([['alice', 'maintainer']]);
  });
});
