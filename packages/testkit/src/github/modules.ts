import { registerBlobs } from './blobs.ts';
import { registerOidc } from './oidc.ts';
import { registerResults } from './results.ts';
import type { Router } from './router.ts';
import type { Context } from './server.ts';
import { registerArtifacts } from './rest/artifacts.ts';
import { registerChecks } from './rest/checks.ts';
import { registerComments } from './rest/comments.ts';
import { registerDeployments } from './rest/deployments.ts';
import { registerDispatches } from './rest/dispatches.ts';
import { registerGit } from './rest/git.ts';
import { registerGraphql } from './rest/graphql.ts';
import { registerIssues } from './rest/issues.ts';
import { registerRepos } from './rest/repos.ts';
import { registerRuns } from './rest/runs.ts';
import { registerTeams } from './rest/teams.ts';

/** Every service the loopback GitHub speaks, in the order they register. */
export const defaultModules: Array<(router: Router, context: Context) => void> = [
  registerRepos,
  registerComments,
  registerIssues,
  registerChecks,
  registerRuns,
  registerDispatches,
  registerDeployments,
  registerGit,
  registerTeams,
  registerGraphql,
  registerArtifacts,
  registerResults,
  registerOidc,
  registerBlobs,
];
