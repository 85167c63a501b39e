export { createGitHubClient, type GitHubClient, type GitHubClientOptions, type Logger } from './octokit.ts';
