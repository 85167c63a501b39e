import type { GitHubClient } from './octokit.ts';
import type { Repository } from './baseline.ts';

/** GitHub's limits on a check run: 65,535 characters of summary or text, 50 annotations a request. */
export const CHECK_TEXT_LIMIT = 65_535;
export const ANNOTATIONS_PER_REQUEST = 50;

export type CheckAnnotation = {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  title?: string;
};

export type CheckRunReport = Repository & {
  name: string;
  headSha: string;
  conclusion: 'success' | 'failure' | 'neutral';
  title: string;
  summary: string;
  text?: string;
  detailsUrl?: string;
  annotations: CheckAnnotation[];
};

/**
 * Creates a completed check run with the first 50 annotations, then adds the rest 50 at a time with updates, as
 * GitHub accepts them. Returns its id and URL.
 */
export async function publishCheckRun(client: GitHubClient, report: CheckRunReport): Promise<{ id: number; url: string }> {
  const batches: CheckAnnotation[][] = [];
  for (let i = 0; i < report.annotations.length; i += ANNOTATIONS_PER_REQUEST) batches.push(report.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  const output = (annotations: CheckAnnotation[] | undefined) => ({
    title: report.title,
    summary: report.summary,
    ...(report.text === undefined ? {} : { text: report.text }),
    ...(annotations === undefined ? {} : { annotations }),
  });
  const { data } = await client.rest.checks.create({
    owner: report.owner,
    repo: report.repo,
    name: report.name,
    head_sha: report.headSha,
    status: 'completed',
    conclusion: report.conclusion,
    ...(report.detailsUrl === undefined ? {} : { details_url: report.detailsUrl }),
    output: output(batches[0]),
  });
  for (const batch of batches.slice(1)) {
    await client.rest.checks.update({ owner: report.owner, repo: report.repo, check_run_id: data.id, output: output(batch) });
  }
  return { id: data.id, url: data.html_url ?? '' };
}
