import { existsSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import {
  type CrucibleConfig,
  emptyOutcome,
  EvidenceError,
  type EvidenceStore,
  findEvidence,
  type FoundEvidence,
  type GitInfo,
  InputError,
  loadConfig,
  type Log,
  type Outcome,
  readEvidenceFile,
  type RefusedEvidence,
  renderReport,
  type ReportInput,
  ruleFor,
} from '@crucible/core';
import type { CheckAnnotation, CheckRunReport, CommentMode, StickyResult } from '@crucible/github';
import { Outputs } from './outputs.ts';

/**
 * What report does, in one shape for the action and `crucible report`: gather evidence, render the model report
 * within each place's size limit, keep the full report, and post it where the settings say.
 */

export type Gathered = { evidence: FoundEvidence[]; refused: RefusedEvidence[] };

/** Where the report is about: the pull request (if any), the commit, and the run that triggered a workflow_run. */
export type ReportTarget = { pull?: number; headSha: string | null; triggeringRun?: number };

/** The GitHub operations report needs; the CLI has none of them (`offline`). */
export interface ReportGitHub {
  target(): Promise<ReportTarget>;
  /** Evidence artifacts of another run (a fork's pull request, maybe), parsed within limits; refusals recorded. */
  evidenceOfRun(runId: number, pattern: string): Promise<Gathered>;
  /** One sticky comment per marker on the pull request. */
  comment(pull: number, marker: string, body: string, mode: CommentMode): Promise<StickyResult>;
  commitComment(sha: string, body: string): Promise<{ id: number; url: string }>;
  checkRun(report: Omit<CheckRunReport, 'owner' | 'repo'>): Promise<{ id: number; url: string }>;
  /** The marker that keys this report's comment: report id and workflow. */
  marker(reportId: string): string;
}

export type ReportPorts = { github: ReportGitHub; evidence: EvidenceStore; log: Log };

export type ReportSettings = {
  cwd: string;
  workspace: string;
  config: { path: string; explicit: boolean };
  /** Evidence files or folders; empty means this run's artifacts (or the triggering run's, on workflow_run). */
  evidence: string[];
  evidencePattern: string;
  reportId: string;
  commentMode: CommentMode;
  checkRun: boolean;
  /** Comment on the commit of a push or workflow_dispatch run. */
  commitComment: boolean;
  eventName: string;
  artifactName: string;
  /** Where links point; an empty repository (the CLI) renders no links. */
  links: { repository: string; serverUrl: string; runUrl?: string };
  /** Evidence that does not parse, or a path with none: refused with a reason (action), or an input error (CLI). */
  onBadEvidence: 'refuse' | 'error';
  /** The checkout's commit, for a report whose target and evidence name none. */
  git: GitInfo;
  /** GitHub's limits on a comment and on a check run's text. */
  limits: { comment: number; checkText: number };
};

export type ReportResult = { verdict: 'pass' | 'fail' | 'none'; markdown: string; gathered: Gathered; dropped: string[] };

const CHECK_NAME = 'crucible / model report';
/** The job summary takes 1 MiB per step; a little is kept for the heading. */
const SUMMARY_LIMIT = 1024 * 1024 - 1024;

/** Reads evidence, turning a refusal (too large, not JSON, not valid for its schema) into a reason, not a crash. */
function attempt(gathered: Gathered, source: string, log: Log, read: () => FoundEvidence | FoundEvidence[] | undefined): void {
  try {
    const found = read();
    if (found !== undefined) gathered.evidence.push(...(Array.isArray(found) ? found : [found]));
  } catch (error) {
    if (!(error instanceof EvidenceError)) throw error;
    gathered.refused.push({ source, reason: error.message });
    log.warning(`Refused evidence from ${source}: ${error.message}`, 'report: evidence refused');
  }
}

/** Evidence from paths the workflow gives: a folder is searched, a file is read. */
function evidenceFromPaths(settings: ReportSettings, log: Log): Gathered {
  const gathered: Gathered = { evidence: [], refused: [] };
  for (const path of settings.evidence) {
    const full = resolve(settings.cwd, path);
    if (!existsSync(full)) throw new InputError(`Input "evidence": ${path} does not exist. Point it at the folder or file the evidence was downloaded to.`);
    const read = () => (statSync(full).isDirectory() ? findEvidence(full, { workspace: settings.workspace }) : readEvidenceFile(full, path, { workspace: settings.workspace }));
    if (settings.onBadEvidence === 'refuse') {
      attempt(gathered, path, log, read);
      continue;
    }
    let found: FoundEvidence[];
    try {
      found = [read()].flat().filter((entry) => entry !== undefined);
    } catch (error) {
      // Too large, not JSON, not valid for its schema: the path the user gave is wrong, as the settings say.
      if (error instanceof EvidenceError) throw new InputError(error.message, { cause: error });
      throw error;
    }
    if (found.length === 0) {
      throw new InputError(
        `${path}: ${statSync(full).isDirectory() ? 'no evidence below this folder' : 'not an evidence document'} (JSON files whose "schema" names an evidence kind, like crucible/comparison@1 or crucible/run@1). ` +
          'Write some with `crucible compare --json <out>` or `crucible train`.',
      );
    }
    gathered.evidence.push(...found);
  }
  return gathered;
}

/** Evidence uploaded earlier in this workflow run (by compare-metrics, validate-data, train), not our own. */
async function evidenceFromThisRun(settings: ReportSettings, ports: ReportPorts): Promise<Gathered> {
  const gathered: Gathered = { evidence: [], refused: [] };
  for (const [name, folder] of await ports.evidence.fetch(settings.evidencePattern)) {
    if (name !== settings.artifactName) attempt(gathered, `artifact ${name}`, ports.log, () => findEvidence(folder));
  }
  return gathered;
}

/**
 * Check-run annotations on the crucible.yml rule behind each metric that regressed or is invalid, so the Files
 * view shows the rule beside the failure.
 */
function ruleAnnotations(evidence: FoundEvidence[], config: CrucibleConfig, configPath: string): CheckAnnotation[] {
  const annotations: CheckAnnotation[] = [];
  for (const found of evidence) {
    if (found.kind !== 'comparison') continue;
    for (const metric of found.document.metrics) {
      if (metric.status !== 'regressed' && metric.status !== 'invalid') continue;
      const line = ruleFor(metric.name, config.metrics.rules)?.line;
      if (line === undefined) continue;
      const message = `${metric.name}: ${metric.status}${metric.reason === undefined ? '' : ` (${metric.reason})`}.`.slice(0, 64_000);
      annotations.push({ path: configPath, start_line: line, end_line: line, annotation_level: 'failure', title: `Metric ${metric.status}`, message });
    }
  }
  return annotations;
}

export async function reportStep(settings: ReportSettings, ports: ReportPorts): Promise<Outcome<(typeof Outputs)[keyof typeof Outputs], ReportResult>> {
  const { github, log } = ports;
  const config = loadConfig(resolve(settings.cwd, settings.config.path), { explicit: settings.config.explicit, workspace: settings.workspace });
  const where = await github.target();
  const gathered = await log.group('Gathering evidence', async () => {
    if (settings.evidence.length > 0) return evidenceFromPaths(settings, log);
    if (where.triggeringRun !== undefined) return github.evidenceOfRun(where.triggeringRun, settings.evidencePattern);
    return evidenceFromThisRun(settings, ports);
  });
  log.info(`${gathered.evidence.length} evidence document(s), ${gathered.refused.length} refused.`);

  // With no pull request or run to say which commit (the CLI), the commit the evidence records, else the checkout's:
  // evidence downloaded from CI describes CI's commit, not the local one; of a pull request's, its head, not the merge.
  const recorded = gathered.evidence.find((found) => found.document.git !== null)?.document.git;
  const sha = where.headSha ?? recorded?.headSha ?? recorded?.sha ?? settings.git?.headSha ?? settings.git?.sha ?? null;
  const input: ReportInput = {
    evidence: gathered.evidence,
    refused: gathered.refused,
    environments: config.environments,
    context: { repository: settings.links.repository, sha, serverUrl: settings.links.serverUrl, ...(settings.links.runUrl === undefined ? {} : { runUrl: settings.links.runUrl }) },
  };

  // The full report first, so that the comment and the check run can link to it when they must leave things out.
  const full = renderReport(input, { maxChars: SUMMARY_LIMIT, maxBytes: SUMMARY_LIMIT });
  const outcome = emptyOutcome<(typeof Outputs)[keyof typeof Outputs], ReportResult>({ verdict: full.verdict, markdown: full.markdown, gathered, dropped: full.dropped });
  const reportPath = ports.evidence.write('report.md', () => full.markdown);
  const reportJson = ports.evidence.write('report.json', () => `${JSON.stringify({ schema: 'crucible/report@1', verdict: full.verdict, dropped: full.dropped, refused: gathered.refused, evidence: gathered.evidence.map((found) => found.document) }, null, 2)}\n`,
  );
  const written = [reportPath, reportJson].filter((path) => path !== undefined);
  outcome.evidence.push(...written);
  // The full report is a convenience: when it cannot be uploaded (a second report step in this run already used
  // the name), the report still goes out, without the link.
  if (written.length > 0) {
    const artifactId = await ports.evidence.publish(settings.artifactName, written).catch((error: unknown) => {
      log.warning(`Could not upload the full report as artifact "${settings.artifactName}": ${(error as Error).message}. Set artifact-name to a name unique in this run.`);
      return undefined;
    });
    if (artifactId !== undefined && input.context.runUrl !== undefined) input.context.fullReportUrl = `${input.context.runUrl}/artifacts/${artifactId}`;
  }
  outcome.summary = full.markdown;

  const marker = github.marker(settings.reportId);
  const commentBody = () => renderReport(input, { maxChars: settings.limits.comment - marker.length - 1 }).markdown;
  if (where.pull !== undefined && settings.commentMode !== 'off') {
    const result = await github.comment(where.pull, marker, commentBody(), settings.commentMode);
    log.info(`Comment ${result.action}${result.url === undefined ? '' : `: ${result.url}`}${result.removed.length > 0 ? ` (removed ${result.removed.length} duplicate(s))` : ''}.`);
    outcome.outputs[Outputs.commentId] = result.commentId === undefined ? '' : String(result.commentId);
    outcome.outputs[Outputs.commentUrl] = result.url ?? '';
  } else if (settings.commitComment && where.headSha !== null && (settings.eventName === 'push' || settings.eventName === 'workflow_dispatch')) {
    const comment = await github.commitComment(where.headSha, `${marker}\n${commentBody()}`);
    outcome.outputs[Outputs.commentId] = String(comment.id);
    outcome.outputs[Outputs.commentUrl] = comment.url;
  }

  if (settings.checkRun && where.headSha !== null) {
    const text = renderReport(input, { maxChars: settings.limits.checkText });
    const title = { pass: 'Metrics pass', fail: 'Needs attention', none: 'No comparison' }[text.verdict];
    const check = await github.checkRun({
      name: CHECK_NAME,
      headSha: where.headSha,
      conclusion: text.verdict === 'fail' ? 'failure' : text.verdict === 'pass' ? 'success' : 'neutral',
      title,
      summary: text.markdown,
      ...(input.context.runUrl === undefined ? {} : { detailsUrl: input.context.runUrl }),
      annotations: config.file === null ? [] : ruleAnnotations(gathered.evidence, config, relative(settings.workspace, config.file)),
    });
    outcome.outputs[Outputs.checkRunId] = String(check.id);
  }
  outcome.outputs[Outputs.verdict] = full.verdict;
  outcome.outputs[Outputs.reportPath] = reportPath ?? '';
  for (const line of full.dropped) log.info(`Left out of the report to fit: ${line}`);
  log.info(`Report verdict: ${full.verdict}.`);
  return outcome;
}
