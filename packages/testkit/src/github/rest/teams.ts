import { HttpError, notFound } from '../http.ts';
import type { Router } from '../router.ts';
import type { Context } from '../server.ts';
import { paginate, user } from './shapes.ts';

/**
 * Organization teams: GET /orgs/{org}/teams/{team_slug}/members, which promote reads for `reviewers:` that name a
 * team. Listing a team's members takes the organization's Members permission (read:org on a classic token). The job's
 * GITHUB_TOKEN never has it, and GitHub then answers 404 as for a team it cannot see; a user's token without it gets
 * 403. A team that does not exist is 404 for everyone.
 */
export function registerTeams(router: Router, context: Context): void {
  const { state } = context;

  // Any token may ask (metadata read); what it may see is decided in the handler, as GitHub decides it.
  router.add('GET', '/orgs/{org}/teams/{team_slug}/members', (req) => {
    const identity = req.token;
    const granted = identity?.scopes.members ?? 'none';
    if (identity === undefined || granted === 'none') {
      if (identity?.type === 'User') throw new HttpError(403, 'Resource not accessible by personal access token');
      throw notFound();
    }
    const team = state.team(req.params['org'] ?? '', req.params['team_slug'] ?? '');
    if (team === undefined) throw notFound();
    const role = req.url.searchParams.get('role') ?? 'all';
    if (!['all', 'member', 'maintainer'].includes(role)) throw new HttpError(422, `Invalid request.\n\n${JSON.stringify(role)} is not a member of ["member", "maintainer", "all"].`);
    const members = team.members
      .filter((member) => role === 'all' || member.role === role)
      .map((member) => ({ ...user(context, member.login), role: member.role, inherited: false }));
    const { page, headers } = paginate(members, req.url);
    return { status: 200, headers, body: page };
  }, { needs: ['metadata', 'read'] });
}
