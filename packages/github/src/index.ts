export { type ArtifactLimits, ArtifactError, DEFAULT_ARTIFACT_LIMITS, downloadArtifactFiles, safeArchivePath, unzipBounded } from './artifacts.ts';
export {
  type BaselineQuery,
  type BaselineSearch,
  type EvidenceAtCommit,
  fileAtCommit,
  findBaselineEvidence,
  firstParentOf,
  mergeBaseOf,
  type Repository,
} from './baseline.ts';
export { createGitHubClient, type GitHubClient, type GitHubClientOptions, type Logger } from './octokit.ts';
