import { notFound, validationFailed } from '../http.ts';
import type { Router } from '../router.ts';
import type { Context } from '../server.ts';
import type { Annotation, CheckRun } from '../state.ts';
import { bodyOf, repoOf, resolveRef, stringField } from './common.ts';
import { checkRun, paginate } from './shapes.ts';

export const CHECK_OUTPUT_LIMIT = 65_535;
export const ANNOTATIONS_PER_REQUEST = 50;
const CONCLUSIONS = ['action_required', 'cancelled', 'failure', 'neutral', 'success', 'skipped', 'stale', 'timed_out'];

type Output = { title?: string; summary?: string; text?: string; annotations?: Annotation[] };

/** Applies a create/update body to a check run, with GitHub's limits; annotations append, 50 per request at most. */
function apply(run: CheckRun, body: Record<string, unknown>, now: string): void {
  const status = body['status'];
  const conclusion = body['conclusion'];
  if (typeof conclusion === 'string') {
    if (!CONCLUSIONS.includes(conclusion)) throw validationFailed('Invalid request.', [`conclusion ${conclusion} is not a member of ${CONCLUSIONS.join(', ')}`]);
    run.conclusion = conclusion;
    run.status = 'completed';
    run.completedAt = typeof body['completed_at'] === 'string' ? body['completed_at'] : now;
  } else if (typeof status === 'string') {
    if (status === 'completed') throw validationFailed('Validation Failed', [{ resource: 'CheckRun', code: 'missing_field', field: 'conclusion' }]);
    run.status = status;
  }
  if (typeof body['details_url'] === 'string') run.detailsUrl = body['details_url'];
  if (typeof body['external_id'] === 'string') run.externalId = body['external_id'];
  const output = body['output'] as Output | undefined;
  if (output === undefined) return;
  for (const field of ['summary', 'text'] as const) {
    const value = output[field];
    if (value !== undefined && [...value].length > CHECK_OUTPUT_LIMIT) {
      throw validationFailed('Invalid request.', [`Only ${CHECK_OUTPUT_LIMIT} characters are allowed; ${[...value].length} were supplied for output.${field}.`]);
    }
  }
  if ((output.annotations?.length ?? 0) > ANNOTATIONS_PER_REQUEST) {
    throw validationFailed('Invalid request.', [`Only ${ANNOTATIONS_PER_REQUEST} annotations are allowed per request; ${output.annotations?.length} were supplied.`]);
  }
  run.output = {
    title: output.title ?? run.output.title,
    summary: output.summary ?? run.output.summary,
    text: output.text ?? run.output.text,
  };
  run.annotations.push(...(output.annotations ?? []));
}

/** Check runs: create, update (annotations appended), get, list for a ref, annotations. */
export function registerChecks(router: Router, context: Context): void {
  const { state } = context;

  router.add('POST', '/repos/{owner}/{repo}/check-runs', (req) => {
    const repo = repoOf(context, req);
    const body = bodyOf(req);
    const now = state.nowIso();
    const run: CheckRun = {
      id: state.nextId(),
      name: stringField(body, 'name') as string,
      headSha: resolveRef(repo, stringField(body, 'head_sha') as string),
      status: 'queued',
      conclusion: null,
      startedAt: typeof body['started_at'] === 'string' ? body['started_at'] : now,
      completedAt: null,
      externalId: null,
      detailsUrl: null,
      output: { title: null, summary: null, text: null },
      annotations: [],
    };
    apply(run, body, now);
    repo.checkRuns.set(run.id, run);
    return { status: 201, body: checkRun(context, repo, run) };
  }, { needs: ['checks', 'write'] });

  router.add('PATCH', '/repos/{owner}/{repo}/check-runs/{check_run_id}', (req) => {
    const repo = repoOf(context, req);
    const run = repo.checkRuns.get(Number(req.params['check_run_id']));
    if (run === undefined) throw notFound();
    apply(run, bodyOf(req), state.nowIso());
    return { status: 200, body: checkRun(context, repo, run) };
  }, { needs: ['checks', 'write'] });

  router.add('GET', '/repos/{owner}/{repo}/check-runs/{check_run_id}/annotations', (req) => {
    const repo = repoOf(context, req);
    const run = repo.checkRuns.get(Number(req.params['check_run_id']));
    if (run === undefined) throw notFound();
    const all = run.annotations.map((annotation) => ({
      path: annotation.path,
      start_line: annotation.start_line,
      end_line: annotation.end_line,
      start_column: (annotation['start_column'] as number | undefined) ?? null,
      end_column: (annotation['end_column'] as number | undefined) ?? null,
      annotation_level: (annotation['annotation_level'] as string | undefined) ?? 'warning',
      title: (annotation['title'] as string | undefined) ?? null,
      message: annotation.message,
      raw_details: (annotation['raw_details'] as string | undefined) ?? null,
      blob_href: `${context.urls.server}/${repo.fullName}/blob/${run.headSha}/${annotation.path}`,
    }));
    const { page, headers } = paginate(all, req.url);
    return { status: 200, headers, body: page };
  }, { needs: ['checks', 'read'] });

  router.add('GET', '/repos/{owner}/{repo}/check-runs/{check_run_id}', (req) => {
    const repo = repoOf(context, req);
    const run = repo.checkRuns.get(Number(req.params['check_run_id']));
    if (run === undefined) throw notFound();
    return { status: 200, body: checkRun(context, repo, run) };
  }, { needs: ['checks', 'read'] });

  router.add('GET', '/repos/{owner}/{repo}/commits/{ref}/check-runs', (req) => {
    const repo = repoOf(context, req);
    const sha = resolveRef(repo, req.params['ref'] ?? '');
    const name = req.url.searchParams.get('check_name');
    const runs = [...repo.checkRuns.values()]
      .filter((run) => run.headSha === sha && (name === null || run.name === name))
      .sort((a, b) => b.id - a.id)
      .map((run) => checkRun(context, repo, run));
    const { page, headers } = paginate(runs, req.url);
    return { status: 200, headers, body: { total_count: runs.length, check_runs: page } };
  }, { needs: ['checks', 'read'] });
}
