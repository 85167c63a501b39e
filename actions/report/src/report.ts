import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import * as core from '@actions/core';
import { type InputsOf, pullRequestOf, type RunContext } from '@crucible/action-kit';
import { uploadEvidence } from '@crucible/action-kit/artifacts';
import { githubClient } from '@crucible/action-kit/github';
import { type CrucibleConfig, type FoundEvidence, InputError, loadConfig, renderReport, type ReportInput, ruleFor } from '@crucible/core';
import {
  type CheckAnnotation,
  CHECK_TEXT_LIMIT,
  COMMENT_LIMIT,
  findPullRequest,
  type GitHubClient,
  publishCheckRun,
  reportMarker,
  tokenIdentity,
  upsertStickyComment,
} from '@crucible/github';
import { evidenceFromPaths, evidenceFromThisRun, evidenceFromTriggeringRun, type Gathered } from './evidence.ts';
import type { inputs } from './inputs.ts';
import { Outputs } from './outputs.ts';

export type ReportConfig = InputsOf<typeof inputs>;

const CHECK_NAME = 'crucible / model report';
/** The job summary takes 1 MiB per step; a little is kept for the heading. */
const SUMMARY_LIMIT = 1024 * 1024 - 1024;

type WorkflowRunPayload = {
  id?: number;
  event?: string;
  head_sha?: string;
  head_branch?: string | null;
  head_repository?: { full_name?: string } | null;
};

/** The pull request (if any) and the commit the report is about, for each kind of event. */
async function target(client: GitHubClient, context: RunContext): Promise<{ pull?: number; headSha: string; triggeringRun?: number }> {
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
    if (found === undefined) core.notice(`No open pull request has head ${run.head_sha.slice(0, 7)}; the report goes to the job summary and the check run only.`);
    return { ...(found === undefined ? {} : { pull: found.number }), headSha: run.head_sha, triggeringRun: run.id };
  }
  return { headSha: context.sha };
}

async function gather(config: ReportConfig, context: RunContext, client: GitHubClient, triggeringRun: number | undefined): Promise<Gathered> {
  const cwd = resolve(context.workspace, config.workingDirectory);
  if (config.evidence.length > 0) return evidenceFromPaths(config.evidence, cwd);
  if (triggeringRun !== undefined) return evidenceFromTriggeringRun(client, context, triggeringRun, config.evidencePattern);
  return evidenceFromThisRun(context, config.evidencePattern, config.artifactName);
}

/**
 * Check-run annotations on the crucible.yml rule behind each metric that regressed or is invalid, so the Files
 * view shows the rule beside the failure. (Data-file annotations come with validation evidence.)
 */
function ruleAnnotations(evidence: FoundEvidence[], settings: CrucibleConfig, configPath: string): CheckAnnotation[] {
  const annotations: CheckAnnotation[] = [];
  for (const found of evidence) {
    if (found.kind !== 'comparison') continue;
    for (const metric of found.document.metrics) {
      if (metric.status !== 'regressed' && metric.status !== 'invalid') continue;
      const line = ruleFor(metric.name, settings.metrics.rules)?.line;
      if (line === undefined) continue;
      annotations.push({ path: configPath, start_line: line, end_line: line, annotation_level: 'failure', title: `Metric ${metric.status}`, message: `${metric.name}: ${metric.status}${metric.reason === undefined ? '' : ` (${metric.reason})`}.`.slice(0, 64_000) });
    }
  }
  return annotations;
}

/** Says how to fix a token that may not write where the report goes. */
function permissionHint(error: unknown, what: string, permission: string): Error {
  if ((error as { status?: number }).status !== 403) return error as Error;
  return new Error(
    `The token may not ${what} (403 Resource not accessible by integration). Give the job \`permissions: ${permission}\`. ` +
      'On a pull request from a fork the token is read-only: run report from a workflow_run workflow instead (see the report README, "Pull requests from forks").',
  );
}

export async function report(config: ReportConfig, context: RunContext): Promise<void> {
  const client = await githubClient(config.token, context);
  const cwd = resolve(context.workspace, config.workingDirectory);
  const settings = loadConfig(resolve(cwd, config.config), { explicit: config.config !== 'crucible.yml' });
  const where = await target(client, context);
  const gathered = await core.group('Gathering evidence', () => gather(config, context, client, where.triggeringRun));
  core.info(`${gathered.evidence.length} evidence document(s), ${gathered.refused.length} refused.`);

  const input: ReportInput = {
    evidence: gathered.evidence,
    refused: gathered.refused,
    environments: settings.environments,
    context: {
      repository: `${context.owner}/${context.repo}`,
      sha: where.headSha,
      serverUrl: context.serverUrl,
      runUrl: `${context.serverUrl}/${context.owner}/${context.repo}/actions/runs/${context.runId}`,
    },
  };

  // The full report first, so that the comment and the check run can link to it when they must leave things out.
  const full = renderReport(input, { maxChars: SUMMARY_LIMIT, maxBytes: SUMMARY_LIMIT });
  const folder = join(context.runnerTemp, 'crucible', 'report');
  mkdirSync(folder, { recursive: true });
  const reportPath = join(folder, 'report.md');
  writeFileSync(reportPath, full.markdown);
  writeFileSync(join(folder, 'report.json'), `${JSON.stringify({ schema: 'crucible/report@1', verdict: full.verdict, dropped: full.dropped, refused: gathered.refused, evidence: gathered.evidence.map((found) => found.document) }, null, 2)}\n`);
  // The full report is a convenience: when it cannot be uploaded (a second report step in this run already used
  // the name), the report still goes out, without the link.
  const artifactId = await uploadEvidence(context, config.artifactName, [reportPath, join(folder, 'report.json')], folder).catch((error: unknown) => {
    core.warning(`Could not upload the full report as artifact "${config.artifactName}": ${(error as Error).message}. Set artifact-name to a name unique in this run.`);
    return undefined;
  });
  if (artifactId !== undefined) input.context.fullReportUrl = `${input.context.runUrl}/artifacts/${artifactId}`;
  await core.summary.addRaw(full.markdown, true).write();

  const marker = reportMarker(config.reportId, context.workflowFile || 'workflow');
  if (where.pull !== undefined && config.commentMode !== 'off') {
    const rendered = renderReport(input, { maxChars: COMMENT_LIMIT - marker.length - 1 });
    const author = await tokenIdentity(client);
    const result = await upsertStickyComment(client, {
      owner: context.owner,
      repo: context.repo,
      issueNumber: where.pull,
      marker,
      body: rendered.markdown,
      mode: config.commentMode,
      author,
    }).catch((error: unknown) => {
      throw permissionHint(error, 'comment on this pull request', 'pull-requests: write');
    });
    core.info(`Comment ${result.action}${result.url === undefined ? '' : `: ${result.url}`}${result.removed.length > 0 ? ` (removed ${result.removed.length} duplicate(s))` : ''}.`);
    core.setOutput(Outputs.commentId, result.commentId === undefined ? '' : String(result.commentId));
    core.setOutput(Outputs.commentUrl, result.url ?? '');
  } else if (config.commitComment && (context.eventName === 'push' || context.eventName === 'workflow_dispatch')) {
    const body = renderReport(input, { maxChars: COMMENT_LIMIT - marker.length - 1 }).markdown;
    const { data } = await client.rest.repos
      .createCommitComment({ owner: context.owner, repo: context.repo, commit_sha: where.headSha, body: `${marker}\n${body}` })
      .catch((error: unknown) => {
        throw permissionHint(error, 'comment on this commit', 'contents: write');
      });
    core.setOutput(Outputs.commentId, String(data.id));
    core.setOutput(Outputs.commentUrl, data.html_url);
  }

  if (config.checkRun) {
    const text = renderReport(input, { maxChars: CHECK_TEXT_LIMIT });
    const verdictWord = { pass: 'Metrics pass', fail: 'Needs attention', none: 'No comparison' }[text.verdict];
    const check = await publishCheckRun(client, {
      owner: context.owner,
      repo: context.repo,
      name: CHECK_NAME,
      headSha: where.headSha,
      conclusion: text.verdict === 'fail' ? 'failure' : text.verdict === 'pass' ? 'success' : 'neutral',
      title: verdictWord,
      summary: text.markdown,
      detailsUrl: input.context.runUrl,
      annotations: settings.file === null ? [] : ruleAnnotations(gathered.evidence, settings, relative(context.workspace, settings.file)),
    }).catch((error: unknown) => {
      throw permissionHint(error, 'create check runs', 'checks: write');
    });
    core.setOutput(Outputs.checkRunId, String(check.id));
  }
  core.setOutput(Outputs.verdict, full.verdict);
  core.setOutput(Outputs.reportPath, reportPath);
  for (const line of full.dropped) core.info(`Left out of the report to fit: ${line}`);
  core.info(`Report verdict: ${full.verdict}.`);
}
