import * as core from '@actions/core';
import { InputError } from '@crucible/core/errors';
import type { GitHubClient } from '@crucible/github';
import type { RunContext } from './context.ts';

/**
 * The GitHub client for this step, at GITHUB_API_URL (GHES works). Octokit loads only here, on the paths that
 * call the API, so a step that fails early on its inputs does not pay for it.
 */
export async function githubClient(token: string | undefined, context: RunContext): Promise<GitHubClient> {
  if (token === undefined || token === '') {
    throw new InputError('Input "token" is empty: pass `token: ${{ github.token }}` (the default) or a token with the permissions the action README lists.');
  }
  const { createGitHubClient } = await import('@crucible/github');
  return createGitHubClient({ token, baseUrl: context.apiUrl, log: { warning: (message) => core.warning(message), debug: (message) => core.debug(message) } });
}
