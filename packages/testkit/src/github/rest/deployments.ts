import { HttpError, notFound, validationFailed } from '../http.ts';
import type { Router } from '../router.ts';
import type { Context } from '../server.ts';
import type { Deployment } from '../state.ts';
import { bodyOf, repoOf, resolveRef, stringField } from './common.ts';
import { deployment, deploymentStatus, environment, paginate } from './shapes.ts';

const STATES = ['error', 'failure', 'inactive', 'in_progress', 'queued', 'pending', 'success'];

/** Environments (get, list), deployments and deployment statuses. */
export function registerDeployments(router: Router, context: Context): void {
  const { state } = context;

  router.add('GET', '/repos/{owner}/{repo}/environments', (req) => {
    const repo = repoOf(context, req);
    const all = [...repo.environments.values()].map((value) => environment(context, repo, value));
    const { page, headers } = paginate(all, req.url);
    return { status: 200, headers, body: { total_count: all.length, environments: page } };
  }, { needs: ['actions', 'read'] });

  router.add('GET', '/repos/{owner}/{repo}/environments/{environment_name}', (req) => {
    const repo = repoOf(context, req);
    const value = repo.environments.get(req.params['environment_name'] ?? '');
    if (value === undefined) throw notFound();
    return { status: 200, body: environment(context, repo, value) };
  }, { needs: ['actions', 'read'] });

  router.add('GET', '/repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies', (req) => {
    const repo = repoOf(context, req);
    const value = repo.environments.get(req.params['environment_name'] ?? '');
    if (value === undefined) throw notFound();
    // GitHub lists the patterns only for an environment with custom branch policies; otherwise the list is empty.
    const policies = value.deploymentBranchPolicy?.custom_branch_policies === true ? (value.branchPolicies ?? []) : [];
    const all = policies.map((policy, index) => {
      const id = value.id * 1000 + index + 1;
      return { id, node_id: Buffer.from(`GBP:${id}`).toString('base64'), name: policy.name, type: policy.type ?? 'branch' };
    });
    const { page, headers } = paginate(all, req.url);
    return { status: 200, headers, body: { total_count: all.length, branch_policies: page } };
  }, { needs: ['actions', 'read'] });

  router.add('POST', '/repos/{owner}/{repo}/deployments', (req) => {
    const repo = repoOf(context, req);
    const body = bodyOf(req);
    const ref = stringField(body, 'ref') as string;
    const sha = resolveRef(repo, ref);
    const required = body['required_contexts'];
    // Omitted required_contexts means every status context must be green; a loopback repository has checks only,
    // so a failed check run blocks the deployment as GitHub's commit status check would.
    if (!Array.isArray(required) || required.length > 0) {
      const failing = [...repo.checkRuns.values()].filter(
        (run) => run.headSha === sha && run.status === 'completed' && !['success', 'neutral', 'skipped'].includes(run.conclusion ?? ''),
      );
      const wanted = Array.isArray(required) ? failing.filter((run) => (required as unknown[]).includes(run.name)) : failing;
      if (wanted.length > 0) {
        throw new HttpError(409, `Conflict: Commit status checks failed for ${ref}.`, {
          errors: wanted.map((run) => ({ contexts: [{ context: run.name, state: run.conclusion }], resource: 'Deployment', field: 'required_contexts', code: 'invalid' })),
        });
      }
    }
    const environmentName = stringField(body, 'environment', false) ?? 'production';
    const value: Deployment = {
      id: state.nextId(),
      sha,
      ref,
      task: stringField(body, 'task', false) ?? 'deploy',
      environment: environmentName,
      creator: req.token?.login ?? 'github-actions[bot]',
      payload: body['payload'] ?? {},
      description: stringField(body, 'description', false) ?? null,
      transientEnvironment: body['transient_environment'] === true,
      productionEnvironment: body['production_environment'] === undefined ? environmentName === 'production' : body['production_environment'] === true,
      createdAt: state.nowIso(),
      statuses: [],
    };
    repo.deployments.set(value.id, value);
    return { status: 201, body: deployment(context, repo, value) };
  }, { needs: ['deployments', 'write'] });

  router.add('GET', '/repos/{owner}/{repo}/deployments', (req) => {
    const repo = repoOf(context, req);
    const query = req.url.searchParams;
    const all = [...repo.deployments.values()]
      .filter((value) => query.get('environment') === null || value.environment === query.get('environment'))
      .filter((value) => query.get('sha') === null || value.sha === query.get('sha'))
      .filter((value) => query.get('ref') === null || value.ref === query.get('ref'))
      .filter((value) => query.get('task') === null || value.task === query.get('task'))
      .sort((a, b) => b.id - a.id)
      .map((value) => deployment(context, repo, value));
    const { page, headers } = paginate(all, req.url);
    return { status: 200, headers, body: page };
  }, { needs: ['deployments', 'read'] });

  router.add('GET', '/repos/{owner}/{repo}/deployments/{deployment_id}', (req) => {
    const repo = repoOf(context, req);
    const value = repo.deployments.get(Number(req.params['deployment_id']));
    if (value === undefined) throw notFound();
    return { status: 200, body: deployment(context, repo, value) };
  }, { needs: ['deployments', 'read'] });

  router.add('POST', '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses', (req) => {
    const repo = repoOf(context, req);
    const value = repo.deployments.get(Number(req.params['deployment_id']));
    if (value === undefined) throw notFound();
    const body = bodyOf(req);
    const stateName = stringField(body, 'state') as string;
    if (!STATES.includes(stateName)) throw validationFailed('Validation Failed', [{ resource: 'DeploymentStatus', code: 'custom', field: 'state', message: `state is not included in the list` }]);
    const status = {
      id: state.nextId(),
      state: stateName,
      creator: req.token?.login ?? 'github-actions[bot]',
      description: stringField(body, 'description', false) ?? '',
      environment: stringField(body, 'environment', false) ?? value.environment,
      logUrl: stringField(body, 'log_url', false) ?? stringField(body, 'target_url', false) ?? '',
      environmentUrl: stringField(body, 'environment_url', false) ?? '',
      createdAt: state.nowIso(),
    };
    value.statuses.push(status);
    // auto_inactive (default true), as GitHub documents it: a success adds an inactive status to every prior
    // non-transient, non-production deployment of the same environment whose latest state is success. Production
    // deployments are left alone: whoever deploys there retires the old one itself.
    if (stateName === 'success' && body['auto_inactive'] !== false) {
      for (const other of repo.deployments.values()) {
        if (other.id >= value.id || other.environment !== value.environment || other.transientEnvironment || other.productionEnvironment) continue;
        if (other.statuses.at(-1)?.state === 'success') {
          other.statuses.push({ ...status, id: state.nextId(), state: 'inactive', description: 'superseded' });
        }
      }
    }
    return { status: 201, body: deploymentStatus(context, repo, value, status) };
  }, { needs: ['deployments', 'write'] });

  router.add('GET', '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses', (req) => {
    const repo = repoOf(context, req);
    const value = repo.deployments.get(Number(req.params['deployment_id']));
    if (value === undefined) throw notFound();
    const all = [...value.statuses].reverse().map((status) => deploymentStatus(context, repo, value, status));
    const { page, headers } = paginate(all, req.url);
    return { status: 200, headers, body: page };
  }, { needs: ['deployments', 'read'] });
}
