export { type ArtifactLimits, ArtifactError, DEFAULT_ARTIFACT_LIMITS, downloadArtifactFiles, safeArchivePath, unzipBounded } from './artifacts.ts';
export {
  type BaselineQuery,
  type BaselineSearch,
  comparisonEvidenceIn,
  type EvidenceAtCommit,
  type EvidenceExtractor,
  fileAtCommit,
  findBaselineEvidence,
  firstParentOf,
  mergeBaseOf,
  type Repository,
} from './baseline.ts';
export { ANNOTATIONS_PER_REQUEST, CHECK_TEXT_LIMIT, type CheckAnnotation, type CheckRunReport, publishCheckRun } from './checks.ts';
export {
  COMMENT_LIMIT,
  type CommentMode,
  reportMarker,
  type StickyComment,
  type StickyResult,
  tokenIdentity,
  upsertStickyComment,
} from './comments.ts';
export { findPullRequest, type PullRequestRef } from './pulls.ts';
export { createGitHubClient, type GitHubClient, type GitHubClientOptions, type Logger } from './octokit.ts';
