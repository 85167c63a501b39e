import * as z from 'zod/mini';
import type { GitHubClient } from './octokit.ts';
import { checked, errorText, statusOf } from './response.ts';

/**
 * What a team's member list read gave: the logins (every page), or why they could not be read. GitHub answers 404
 * both for a team that does not exist and for one the token may not see (the job's GITHUB_TOKEN never may: listing
 * members takes the organization's Members permission, read:org on a classic token), and 403 for a token that is
 * refused outright; the caller words the fix, since only it knows which input the token came from.
 */
export type TeamMembers = { status: 'read'; members: string[] } | { status: 'unreadable'; httpStatus: 403 | 404; message: string };

const membersSchema = z.array(z.looseObject({ login: z.string() }));

/** The members of `org/slug` (GET /orgs/{org}/teams/{team_slug}/members, every page; child teams' members included). */
export async function listTeamMembers(client: GitHubClient, team: { org: string; slug: string }): Promise<TeamMembers> {
  const call = `GET /orgs/${team.org}/teams/${team.slug}/members`;
  let raw: unknown[];
  try {
    raw = await client.paginate('GET /orgs/{org}/teams/{team_slug}/members', { org: team.org, team_slug: team.slug, per_page: 100 });
  } catch (error) {
    const status = statusOf(error);
    // A 403 arrives as the client's PermissionError; GitHub's own words are on its cause.
    if (status === 403 || status === 404) return { status: 'unreadable', httpStatus: status, message: errorText((error as { cause?: unknown }).cause ?? error).trim() };
    throw error;
  }
  return { status: 'read', members: checked(membersSchema, raw, call).map((member) => member.login) };
}
