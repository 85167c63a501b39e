import { HttpError, notFound } from '../http.ts';
import type { Router } from '../router.ts';
import type { Context } from '../server.ts';
import type { Repo } from '../state.ts';
import { bodyOf, repoOf, stringField } from './common.ts';

/**
 * How many inputs one dispatch may carry. GitHub's limit was 10 for years (and still is on older GitHub Enterprise
 * Server); github.com has since raised it (its OpenAPI description says 25). The loopback keeps the stricter one,
 * so code that passes here passes everywhere.
 */
export const MAX_DISPATCH_INPUTS = 10;

/** The branch or tag a dispatch names (`main`, `refs/heads/main`, `v1`, `refs/tags/v1`): a sha is not a ref here. */
function dispatchRef(repo: Repo, ref: string): { sha: string; branch: string | null } | undefined {
  const tagOf = (name: string) => {
    const found = repo.refs.get(`refs/tags/${name}`);
    if (found === undefined) return undefined;
    return { sha: found.type === 'tag' ? (repo.tags.get(found.sha)?.object.sha ?? found.sha) : found.sha, branch: null };
  };
  const branchOf = (name: string) => {
    const sha = repo.branches.get(name);
    return sha === undefined ? undefined : { sha, branch: name };
  };
  if (ref.startsWith('refs/heads/')) return branchOf(ref.slice('refs/heads/'.length));
  if (ref.startsWith('refs/tags/')) return tagOf(ref.slice('refs/tags/'.length));
  return branchOf(ref) ?? tagOf(ref);
}

/** POST .../actions/workflows/{workflow_id}/dispatches: recorded in `repo.dispatches`, and a queued run. */
export function registerDispatches(router: Router, context: Context): void {
  const { state } = context;

  router.add('POST', '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches', (req) => {
    const repo = repoOf(context, req);
    const name = req.params['workflow_id'] ?? '';
    const workflow = [...repo.workflows.values()].find((candidate) => String(candidate.id) === name || candidate.path.split('/').pop() === name);
    if (workflow === undefined) throw notFound();
    const body = bodyOf(req);
    const ref = stringField(body, 'ref') as string;
    const target = dispatchRef(repo, ref);
    if (target === undefined) throw new HttpError(422, `No ref found for: ${ref}`);
    if (workflow.dispatch === false) throw new HttpError(422, "Workflow does not have 'workflow_dispatch' trigger");
    const raw = body['inputs'] ?? {};
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new HttpError(422, `Invalid request.\n\nFor 'inputs', ${JSON.stringify(raw)} is not an object.`);
    const entries = Object.entries(raw as Record<string, unknown>);
    if (entries.length > MAX_DISPATCH_INPUTS) {
      throw new HttpError(422, `Invalid request.\n\n${entries.length} properties in 'inputs' are more than the ${MAX_DISPATCH_INPUTS} allowed.`);
    }
    for (const [key, value] of entries) {
      if (typeof value !== 'string') throw new HttpError(422, `Invalid request.\n\nFor 'properties/${key}', ${JSON.stringify(value)} is not a string.`);
    }
    const declared = workflow.dispatch === undefined ? undefined : (workflow.dispatch.inputs ?? []);
    const unexpected = declared === undefined ? [] : entries.map(([key]) => key).filter((key) => !declared.includes(key));
    if (unexpected.length > 0) throw new HttpError(422, `Unexpected inputs provided: ${JSON.stringify(unexpected)}`);

    const actor = req.token?.login ?? 'github-actions[bot]';
    const run = state.addRun(repo, {
      workflow: workflow.path,
      event: 'workflow_dispatch',
      status: 'queued',
      headSha: target.sha,
      headBranch: target.branch ?? ref.replace(/^refs\/tags\//, ''),
      actor,
    });
    state.user(actor);
    repo.dispatches.push({
      workflowId: workflow.id,
      workflow: workflow.path,
      ref,
      sha: target.sha,
      inputs: Object.fromEntries(entries) as Record<string, string>,
      actor,
      createdAt: state.nowIso(),
      runId: run.id,
    });
    if (body['return_run_details'] === true) {
      const runUrl = `${context.urls.api}/repos/${repo.fullName}/actions/runs/${run.id}`;
      return { status: 200, body: { workflow_run_id: run.id, run_url: runUrl, html_url: `${context.urls.server}/${repo.fullName}/actions/runs/${run.id}` } };
    }
    return { status: 204 };
  }, { needs: ['actions', 'write'] });
}
