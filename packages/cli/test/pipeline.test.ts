import type { FaultKind, LoopbackGitHub } from '@crucible/testkit';
import { beforeAll, describe, expect, it } from 'vitest';
import { type DemoOptions, demoCommand, seed } from '../src/commands/demo.ts';

/** Ids and run numbers differ between two runs of the scenario; decimals (metric values) do not. */
const withoutIds = (text: string) => text.replace(/(?<![.\d])\d{4,}(?![.\d])/g, 'N').replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, 'TIME');

/** What a person would check after the pipeline ran: everything the demo's jobs left on GitHub, without ids and times. */
function endState(github: LoopbackGitHub) {
  const repo = github.state.repo('demo-org', 'churn');
  if (repo === undefined) throw new Error('The demo repository is gone.');
  const runs = [...repo.runs.values()].sort((a, b) => a.id - b.id);
  const runName = new Map(runs.map((run, i) => [run.id, `run ${i + 1}`]));
  return {
    runs: runs.map((run) => ({ workflow: repo.workflows.get(run.workflowId)?.name, event: run.event, sha: run.headSha, conclusion: run.conclusion })),
    artifacts: [...github.state.artifacts.values()]
      .filter((artifact) => artifact.finalized)
      .map((artifact) => `${runName.get(artifact.runId)}: ${artifact.name}`)
      .sort(),
    comments: [...repo.issueComments.values()]
      // A re-run of the alerting monitor run rewrites the alert issue's body without a second comment.
      .map((comment) => ({ issue: comment.issueNumber, marker: comment.body.split('\n')[0] })),
    // A re-run adds a check run of the same name on the same commit, as GitHub's own job checks do on a re-run; the
    // latest one per name and commit is what GitHub shows.
    checkRuns: [...new Map([...repo.checkRuns.values()].map((check) => [`${check.name} ${check.headSha}`, { name: check.name, sha: check.headSha, conclusion: check.conclusion }])).values()],
    tags: [...repo.refs.keys()].filter((ref) => ref.startsWith('refs/tags/')).sort(),
    releases: [...repo.releases.values()].map((release) => ({
      tag: release.tagName,
      name: release.name,
      draft: release.draft,
      prerelease: release.prerelease,
      assets: release.assets.map((asset) => withoutIds(asset.name)).sort(),
    })),
    deployments: [...repo.deployments.values()].map((deployment) => ({
      environment: deployment.environment,
      sha: deployment.sha,
      version: (deployment.payload as { version?: string } | null)?.version,
      state: deployment.statuses.at(-1)?.state,
    })),
    issues: [...repo.issues.values()].map((issue) => ({ title: issue.title, state: issue.state, labels: issue.labels, marker: issue.body?.split('\n')[0] })),
    dispatches: repo.dispatches.map((dispatch) => ({ workflow: dispatch.workflow, ref: dispatch.ref, inputs: dispatch.inputs })),
  };
}

/**
 * The outputs a user reads each job's verdict from. Not `dispatched`: a re-run of the alerting monitor rightly
 * dispatches nothing more (its cooldown holds), and the end state counts the dispatches.
 */
const VERDICT_OUTPUTS = ['verdict', 'regressions', 'improvements', 'baseline-source', 'status', 'version', 'tag', 'rows', 'drifted-columns'];

type Scenario = Awaited<ReturnType<typeof runScenario>>;

async function runScenario(options: Omit<DemoOptions, 'github' | 'onJob'>, prepare: (github: LoopbackGitHub) => void = () => {}) {
  const github = await seed();
  prepare(github);
  const verdicts: Record<string, string[]> = {};
  const printed: string[] = [];
  const failures: string[] = [];
  try {
    const code = await demoCommand([], { stdout: (text) => printed.push(text), stderr: (text) => printed.push(text), cwd: process.cwd() }, {
      ...options,
      github,
      onJob: (job, step, run) => {
        const outputs = VERDICT_OUTPUTS.filter((key) => run.outputs[key] !== undefined).map((key) => `${key}=${run.outputs[key]}`);
        (verdicts[`${job} ${step}`] ??= []).push(`${run.conclusion} ${outputs.join(' ')}`);
        if (run.conclusion !== 'success') failures.push(`${job} ${step}:\n${run.log}`);
      },
    });
    return { code, verdicts, failures, state: endState(github), fired: [...github.faults.fired], printed: printed.join('') };
  } finally {
    await github.close();
  }
}

/**
 * Every route the scenario calls, and how each fails once: GitHub's REST API answers a 502, a secondary rate limit
 * (403 with retry-after and x-ratelimit-remaining, as GitHub sends it) or drops the connection, in turn; the
 * results service answers a 502 (and drops the connection once when listing artifacts, which @actions/artifact does
 * not retry and Crucible does) and the blob store drops the connection.
 */
const REST_ROUTES = [
  'GET /repos/{owner}/{repo}',
  'GET /repos/{owner}/{repo}/commits/{ref}',
  'GET /repos/{owner}/{repo}/commits',
  'GET /repos/{owner}/{repo}/compare/{basehead}',
  'GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs',
  'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs',
  'GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts',
  'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}',
  'GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals',
  'POST /repos/{owner}/{repo}/check-runs',
  'POST /graphql',
  'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
  'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
  'GET /repos/{owner}/{repo}/environments/{environment_name}',
  'GET /repos/{owner}/{repo}/git/matching-refs/{ref}',
  'GET /repos/{owner}/{repo}/git/tags/{tag_sha}',
  'POST /repos/{owner}/{repo}/git/tags',
  'POST /repos/{owner}/{repo}/git/refs',
  'GET /repos/{owner}/{repo}/deployments',
  'POST /repos/{owner}/{repo}/deployments',
  'POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
  'GET /repos/{owner}/{repo}/releases/tags/{tag}',
  'POST /repos/{owner}/{repo}/releases',
  'GET /repos/{owner}/{repo}/releases/{release_id}/assets',
  'POST /uploads/repos/{owner}/{repo}/releases/{release_id}/assets',
  'GET /repos/{owner}/{repo}/releases/assets/{asset_id}',
  'GET /repos/{owner}/{repo}/issues',
  'GET /repos/{owner}/{repo}/issues/{issue_number}',
  'POST /repos/{owner}/{repo}/issues',
  'PATCH /repos/{owner}/{repo}/issues/{issue_number}',
  'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches',
];
const SERVICE_ROUTES = [
  'POST /twirp/github.actions.results.api.v1.ArtifactService/CreateArtifact',
  'POST /twirp/github.actions.results.api.v1.ArtifactService/FinalizeArtifact',
  'POST /twirp/github.actions.results.api.v1.ArtifactService/ListArtifacts',
  'POST /twirp/github.actions.results.api.v1.ArtifactService/GetSignedArtifactURL',
  'GET /_apis/distributedtask/hubs/Actions/plans/{plan_id}/jobs/{job_id}/idtoken',
];
const BLOB_ROUTES = ['PUT /_blobs/{blob}', 'GET /_blobs/{blob}'];
const REST_TROUBLE: FaultKind[] = [{ type: 'status', status: 502 }, { type: 'secondary-rate-limit', retryAfterSeconds: 1 }, { type: 'reset' }];

function seedFaults(github: LoopbackGitHub): void {
  REST_ROUTES.forEach((route, i) => github.faults.add({ route, times: 1, ...(REST_TROUBLE[i % REST_TROUBLE.length] as FaultKind) }));
  for (const route of SERVICE_ROUTES) github.faults.add({ route, times: 1, type: 'status', status: 502 });
  github.faults.add({ route: 'POST /twirp/github.actions.results.api.v1.ArtifactService/ListArtifacts', times: 1, type: 'reset' });
  for (const route of BLOB_ROUTES) github.faults.add({ route, times: 1, type: 'reset' });
}

/** Each job's attempts in order; with two attempts each of the clean run's verdicts appears twice in a row. */
const twice = (verdicts: Record<string, string[]>) => Object.fromEntries(Object.entries(verdicts).map(([job, list]) => [job, list.flatMap((verdict) => [verdict, verdict])]));

describe('the pipeline, clean and under API faults with every job run twice', () => {
  let clean: Scenario;
  let faulted: Scenario;

  // The two scenarios run side by side: the faulted one spends most of its time waiting out retries.
  beforeAll(async () => {
    [clean, faulted] = await Promise.all([runScenario({}), runScenario({ attempts: 2 }, seedFaults)]);
  }, 240_000);

  it('runs to the end both times, with every seeded fault fired', () => {
    expect(clean.code, clean.printed).toBe(0);
    expect(faulted.code, faulted.printed).toBe(0);
    // ListArtifacts fails twice: a 502, then a dropped connection.
    expect(faulted.fired.map((fault) => fault.split(' -> ')[0]).sort()).toEqual([...REST_ROUTES, ...SERVICE_ROUTES, 'POST /twirp/github.actions.results.api.v1.ArtifactService/ListArtifacts', ...BLOB_ROUTES].sort());
  });

  it('leaves one of each thing a person would see twice if a job repeated itself', () => {
    const { state } = clean;
    expect(state.comments).toHaveLength(1);
    expect(state.tags).toEqual(['refs/tags/churn#production#2', 'refs/tags/churn#staging#1', 'refs/tags/churn@v1.0.0']);
    expect(state.releases).toHaveLength(1);
    // The evidence of every seed, the data check (with its profile) and the comparison, and both promotion records.
    expect(state.releases[0]?.assets).toEqual([
      'comparison-crucible-comparison-comparison.json',
      'profile-crucible-validation-profile.json',
      'promotion-production-runN-attempt1.json',
      'promotion-staging-runN-attempt1.json',
      'run-crucible-run-train-seed-1-run.json',
      'run-crucible-run-train-seed-2-run.json',
      'run-crucible-run-train-seed-3-run.json',
      'validation-crucible-validation-validation.json',
    ]);
    expect(state.deployments.map((deployment) => `${deployment.environment} ${deployment.state}`)).toEqual(['staging success', 'production success']);
    expect(state.issues).toHaveLength(1);
    expect(state.dispatches).toHaveLength(1);
  });

  it('reaches the same verdicts on every attempt', () => {
    expect(faulted.verdicts, faulted.failures.join('\n\n')).toEqual(twice(clean.verdicts));
  });

  it('leaves the same end state: no duplicate comments, tags, releases, deployments, issues or dispatches, and no evidence lost', () => {
    expect(faulted.state).toEqual(clean.state);
  });
});
