export {
  type AlertIssue,
  AlertIssueError,
  type AlertKey,
  type AlertLookup,
  alertMarker,
  type AlertRecord,
  type AlertReport,
  type AlertResult,
  findAlertIssue,
  getAlertIssue,
  openOrUpdateAlert,
  recoverAlert,
  type RecoveryResult,
} from './alerts.ts';
export {
  type ArtifactEvidence,
  type ArtifactEvidenceRefusal,
  type ArtifactLimits,
  ArtifactError,
  DEFAULT_ARTIFACT_LIMITS,
  downloadArtifactFiles,
  downloadArtifactZip,
  evidenceOfRunArtifacts,
  listRunArtifacts,
  type RunArtifact,
  safeArchivePath,
  unzipBounded,
} from './artifacts.ts';
export {
  type BaselineEvent,
  type BaselinePoint,
  baselinePoint,
  type BaselineQuery,
  type BaselineSearch,
  comparisonEvidenceIn,
  type EvidenceAtCommit,
  type EvidenceExtractor,
  evidenceOfKind,
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
  createCommitComment,
  reportMarker,
  type StickyComment,
  type StickyResult,
  tokenIdentity,
  upsertStickyComment,
} from './comments.ts';
export {
  type BranchPolicy,
  type EnvironmentInfo,
  type EnvironmentReviewer,
  getEnvironment,
  listRunApprovals,
  type ProtectionRule,
  type RunApproval,
} from './environments.ts';
export {
  type DeployedVersion,
  DeployedVersionError,
  resolveDeployedVersion,
  resolveStageVersion,
  type StageVersion,
} from './deployed.ts';
export {
  createDeployment,
  deactivateOlderDeployments,
  DeploymentBlockedError,
  type DeploymentInfo,
  type DeploymentQuery,
  type DeploymentRequest,
  type DeploymentState,
  type DeploymentStatusInfo,
  type DeploymentStatusRequest,
  ensureDeployment,
  findDeployment,
  latestDeploymentStatus,
  listDeployments,
  setDeploymentStatus,
} from './deployments.ts';
export {
  DEFAULT_DISPATCH_COOLDOWN_MS,
  dispatchRetraining,
  RetrainingDispatchError,
  retrainingInputs,
  type RetrainingRequest,
  type RetrainingResult,
} from './dispatch.ts';
export { decodeOidcClaims, type OidcClaims, OidcTokenError } from './oidc.ts';
export {
  type AssetUpload,
  type AssetUploadResult,
  downloadReleaseAsset,
  ensureRelease,
  getReleaseByTag,
  listReleaseAssets,
  type ReleaseAssetInfo,
  ReleaseError,
  type ReleaseInfo,
  type ReleaseRequest,
  uploadReleaseAsset,
} from './releases.ts';
export {
  fetchReleaseEvidence,
  type ReleaseEvidence,
  ReleaseEvidenceError,
  type ReleaseEvidenceFile,
  type ReleaseEvidenceQuery,
} from './release-evidence.ts';
export { checked, GitHubResponseError } from './response.ts';
export { listTeamMembers, type TeamMembers } from './teams.ts';
export { type AnnotatedTag, createAnnotatedTag, type CreateTagResult, getTag, listTags, registryTagsOf, type RemoteTag } from './tags.ts';
export { type Permission, PermissionError, type PermissionSet, parseAcceptedPermissions, permissionError, permissionRefusal } from './permissions.ts';
export { findPullRequest, type PullRequestRef } from './pulls.ts';
export { type RunnerQuery, runnerLabels } from './runs.ts';
export { createGitHubClient, type GitHubClient, type GitHubClientOptions, type Logger } from './octokit.ts';
