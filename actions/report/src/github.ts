import type { RunContext } from '@crucible/action-kit';
import { pullRequestOf } from '@crucible/action-kit';
import { EvidenceError, globMatcher, InputError, type Log, parseEvidence } from '@crucible/core';
import {
  ArtifactError,
  createCommitComment,
  downloadArtifactFiles,
  findPullRequest,
  type GitHubClient,
  listRunArtifacts,
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
 * Evidence from the run that triggered this `workflow_run`, which may be a fork's pull request: each artifact is
 * downloaded through the REST API and unzipped in memory within size and file-count limits (an unsafe path refuses
 * the whole artifact), and each JSON file is parsed with its schema. Nothing from it is written to disk or run.
 */
async function evidenceOfRun(client: GitHubClient, context: RunContext, runId: number, pattern: string, log: Log): Promise<Gathered> {
  const gathered: Gathered = { evidence: [], refused: [] };
  const matches = globMatcher(pattern);
  const repository = { owner: context.owner, repo: context.repo };
  for (const artifact of (await listRunArtifacts(client, repository, runId)).filter((candidate) => matches(candidate.name))) {
    const source = `artifact ${artifact.name} of run ${runId}`;
    if (artifact.expired) {
      gathered.refused.push({ source, reason: 'the artifact has expired' });
      continue;
    }
    let files: Map<string, Buffer>;
    try {
      files = await downloadArtifactFiles(client, { ...repository, artifactId: artifact.id, name: artifact.name });
    } catch (error) {
      if (!(error instanceof ArtifactError)) throw error;
      gathered.refused.push({ source, reason: error.message });
      log.warning(`Refused ${source}: ${error.message}`, 'report: artifact refused');
      continue;
    }
    for (const [path, content] of files) {
      if (!path.endsWith('.json')) continue;
      try {
        const found = parseEvidence(content, `${artifact.name}/${path}`, `${source}: ${path}`);
        if (found !== undefined) gathered.evidence.push(found);
      } catch (error) {
        if (!(error instanceof EvidenceError)) throw error;
        gathered.refused.push({ source: `${source}: ${path}`, reason: error.message });
        log.warning(`Refused evidence from ${source}: ${path}: ${error.message}`, 'report: evidence refused');
      }
    }
  }
  return gathered;
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
