import type { RunContext } from '@crucible/action-kit';
import { pullRequestOf } from '@crucible/action-kit';
import { InputError, type Log } from '@crucible/core';
import {
  createCommitComment,
  evidenceOfRunArtifacts,
  findPullRequest,
  type GitHubClient,
  publishCheckRun,
  reportMarker,
  tokenIdentity,
  upsertStickyComment,
} from '@crucible/github';
import type { Gathered, ReportGitHub, ReportTarget } from './step.ts';

type WorkflowRunPayload = {
  id?: number;
  event?: string;
  head_sha?: string;
  head_branch?: string | null;
  head_repository?: { full_name?: string } | null;
};

/** The pull request (if any) and the commit the report is about, for each kind of event. */
async function target(client: GitHubClient, context: RunContext, log: Log): Promise<ReportTarget> {
  const pull = pullRequestOf(context);
  if (pull !== undefined) return { pull: pull.number, headSha: pull.headSha };
  if (context.eventName === 'workflow_run') {
    const run = context.payload['workflow_run'] as WorkflowRunPayload | undefined;
    if (run?.id === undefined || run.head_sha === undefined) throw new InputError('The workflow_run event payload has no workflow_run.id or head_sha; run report from a workflow triggered by workflow_run, or pass evidence paths.');
    if (run.event !== 'pull_request' && run.event !== 'pull_request_target') return { headSha: run.head_sha, triggeringRun: run.id };
    // The payload lists no pull request for a fork's; the API is asked, and never the artifact.
    const found = await findPullRequest(client, { owner: context.owner, repo: context.repo }, {
      sha: run.head_sha,
      repo: run.head_repository?.full_name ?? `${context.owner}/${context.repo}`,
      branch: run.head_branch ?? null,
    });
    if (found === undefined) log.info(`No open pull request has head ${run.head_sha.slice(0, 7)}; the report goes to the job summary and the check run only.`);
    return { ...(found === undefined ? {} : { pull: found.number }), headSha: run.head_sha, triggeringRun: run.id };
  }
  return { headSha: context.sha };
}

/**
 * Evidence from the run that triggered this `workflow_run`, which may be a fork's pull request: read within limits
 * and parsed with its schemas by packages/github (evidenceOfRunArtifacts); refused archives and documents are named.
 */
async function evidenceOfRun(client: GitHubClient, context: RunContext, runId: number, pattern: string, log: Log): Promise<Gathered> {
  const { files, refused } = await evidenceOfRunArtifacts(client, { owner: context.owner, repo: context.repo }, runId, pattern);
  for (const refusal of refused) {
    if (refusal.kind === 'artifact') log.warning(`Refused ${refusal.source}: ${refusal.reason}`, 'report: artifact refused');
    if (refusal.kind === 'evidence') log.warning(`Refused evidence from ${refusal.source}: ${refusal.reason}`, 'report: evidence refused');
  }
  return { evidence: files.map((file) => file.found), refused: refused.map(({ source, reason }) => ({ source, reason })) };
}

/** Report's GitHub operations over packages/github, for this repository and run. */
export function reportGitHub(client: GitHubClient, context: RunContext, log: Log): ReportGitHub {
  const repository = { owner: context.owner, repo: context.repo };
  return {
    target: () => target(client, context, log),
    evidenceOfRun: (runId, pattern) => evidenceOfRun(client, context, runId, pattern, log),
    async comment(pull, marker, body, mode) {
      const author = await tokenIdentity(client);
      return upsertStickyComment(client, { ...repository, issueNumber: pull, marker, body, mode, author });
    },
    commitComment: (sha, body) => createCommitComment(client, repository, { sha, body }),
    checkRun: (report) => publishCheckRun(client, { ...repository, ...report }),
    marker: (reportId) => reportMarker(reportId, context.workflowFile || 'workflow'),
  };
}
