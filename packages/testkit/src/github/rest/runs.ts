import { HttpError, notFound } from '../http.ts';
import type { Router } from '../router.ts';
import type { Context } from '../server.ts';
import type { Repo, Run } from '../state.ts';
import { bodyOf, repoOf } from './common.ts';
import { environment, paginate, user, workflowJob, workflowRun } from './shapes.ts';

/** GitHub returns at most 1,000 runs for a filtered listing. */
const FILTERED_LIMIT = 1000;
const STATUS_VALUES = new Set(['completed', 'action_required', 'cancelled', 'failure', 'neutral', 'skipped', 'stale', 'success', 'timed_out', 'in_progress', 'queued', 'requested', 'waiting', 'pending']);

function filterRuns(repo: Repo, runs: Run[], query: URLSearchParams): Run[] {
  const branch = query.get('branch');
  const event = query.get('event');
  const status = query.get('status');
  const headSha = query.get('head_sha');
  const actor = query.get('actor');
  if (status !== null && !STATUS_VALUES.has(status)) throw new HttpError(422, `Invalid status: ${status}`);
  const filtered = runs
    // A branch filter matches a fork's branch of the same name too, as on GitHub: callers must check the event
    // and the head repository themselves.
    .filter((run) => branch === null || run.headBranch === branch)
    .filter((run) => event === null || run.event === event)
    .filter((run) => status === null || run.status === status || run.conclusion === status)
    .filter((run) => headSha === null || run.headSha === headSha)
    .filter((run) => actor === null || run.actor === actor)
    .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.id - a.id);
  const anyFilter = [branch, event, status, headSha, actor].some((value) => value !== null);
  return anyFilter ? filtered.slice(0, FILTERED_LIMIT) : filtered;
}

function runOf(repo: Repo, id: string | undefined): Run {
  const run = repo.runs.get(Number(id));
  if (run === undefined) throw notFound();
  return run;
}

/** Workflow runs (list with filters, get), approvals and pending deployments. */
export function registerRuns(router: Router, context: Context): void {
  const { state } = context;

  const listing = (repo: Repo, runs: Run[], url: URL) => {
    const filtered = filterRuns(repo, runs, url.searchParams);
    const { page, headers } = paginate(filtered, url);
    return { status: 200, headers, body: { total_count: filtered.length, workflow_runs: page.map((run) => workflowRun(context, repo, run)) } };
  };

  router.add('GET', '/repos/{owner}/{repo}/actions/runs', (req) => {
    const repo = repoOf(context, req);
    return listing(repo, [...repo.runs.values()], req.url);
  }, { needs: ['actions', 'read'] });

  router.add('GET', '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', (req) => {
    const repo = repoOf(context, req);
    const name = req.params['workflow_id'] ?? '';
    const workflow = [...repo.workflows.values()].find((candidate) => String(candidate.id) === name || candidate.path.split('/').pop() === name);
    if (workflow === undefined) throw notFound();
    return listing(repo, [...repo.runs.values()].filter((run) => run.workflowId === workflow.id), req.url);
  }, { needs: ['actions', 'read'] });

  router.add('GET', '/repos/{owner}/{repo}/actions/runs/{run_id}', (req) => {
    const repo = repoOf(context, req);
    return { status: 200, body: workflowRun(context, repo, runOf(repo, req.params['run_id'])) };
  }, { needs: ['actions', 'read'] });

  // The jobs of a run (of its latest attempt; the loopback keeps one attempt's jobs), with runner name and labels.
  const jobs = (req: Parameters<Parameters<Router['add']>[2]>[0]) => {
    const repo = repoOf(context, req);
    const run = runOf(repo, req.params['run_id']);
    const attempt = req.params['attempt_number'];
    if (attempt !== undefined && Number(attempt) !== run.runAttempt) throw notFound();
    const { page, headers } = paginate(run.jobs, req.url);
    return { status: 200, headers, body: { total_count: run.jobs.length, jobs: page.map((job) => workflowJob(context, repo, run, job)) } };
  };
  router.add('GET', '/repos/{owner}/{repo}/actions/runs/{run_id}/jobs', jobs, { needs: ['actions', 'read'] });
  router.add('GET', '/repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs', jobs, { needs: ['actions', 'read'] });

  router.add('GET', '/repos/{owner}/{repo}/actions/runs/{run_id}/approvals', (req) => {
    const repo = repoOf(context, req);
    const run = runOf(repo, req.params['run_id']);
    const body = run.approvals.map((approval) => ({
      environments: approval.environments.flatMap((name) => {
        const value = repo.environments.get(name);
        if (value === undefined) return [];
        const { protection_rules: _rules, deployment_branch_policy: _policy, can_admins_bypass: _bypass, ...rest } = environment(context, repo, value);
        return [rest];
      }),
      state: approval.state,
      user: user(context, approval.user),
      comment: approval.comment,
    }));
    return { status: 200, body };
  }, { needs: ['actions', 'read'] });

  router.add('GET', '/repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments', (req) => {
    const repo = repoOf(context, req);
    const run = runOf(repo, req.params['run_id']);
    return { status: 200, body: run.pendingEnvironments.flatMap((name) => pendingDeployment(context, repo, name, req.token?.login)) };
  }, { needs: ['actions', 'read'] });

  router.add('POST', '/repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments', (req) => {
    const repo = repoOf(context, req);
    const run = runOf(repo, req.params['run_id']);
    const body = bodyOf(req);
    const ids = Array.isArray(body['environment_ids']) ? (body['environment_ids'] as number[]) : [];
    const decision = body['state'];
    if (decision !== 'approved' && decision !== 'rejected') throw new HttpError(422, 'state must be approved or rejected');
    const names = [...repo.environments.values()].filter((value) => ids.includes(value.id)).map((value) => value.name);
    const reviewer = req.token?.login ?? 'github-actions[bot]';
    run.approvals.push({ environments: names, state: decision, user: reviewer, comment: typeof body['comment'] === 'string' ? body['comment'] : '' });
    run.pendingEnvironments = run.pendingEnvironments.filter((name) => !names.includes(name));
    run.updatedAt = state.nowIso();
    return {
      status: 200,
      body: names.map((name) => ({
        url: `${context.urls.api}/repos/${repo.fullName}/deployments/${run.id}`,
        id: run.id,
        node_id: Buffer.from(`DE:${run.id}`).toString('base64'),
        sha: run.headSha,
        ref: run.headBranch ?? run.headSha,
        task: 'deploy',
        payload: {},
        original_environment: name,
        environment: name,
        description: null,
        creator: user(context, reviewer),
        created_at: run.createdAt,
        updated_at: run.updatedAt,
        statuses_url: `${context.urls.api}/repos/${repo.fullName}/deployments/${run.id}/statuses`,
        repository_url: `${context.urls.api}/repos/${repo.fullName}`,
      })),
    };
  }, { needs: ['deployments', 'write'] });
}

function pendingDeployment(context: Context, repo: Repo, name: string, viewer: string | undefined) {
  const value = repo.environments.get(name);
  if (value === undefined) return [];
  return [
    {
      environment: { id: value.id, node_id: Buffer.from(`EN:${value.id}`).toString('base64'), name, url: `${context.urls.api}/repos/${repo.fullName}/environments/${name}`, html_url: `${context.urls.server}/${repo.fullName}/deployments/activity_log?environments_filter=${name}` },
      wait_timer: value.waitTimer ?? 0,
      wait_timer_started_at: null,
      current_user_can_approve: (value.reviewers ?? []).some((reviewer) => reviewer.login === viewer),
      reviewers: (value.reviewers ?? []).filter((reviewer) => reviewer.type === 'User').map((reviewer) => ({ type: 'User', reviewer: user(context, reviewer.login) })),
    },
  ];
}
