import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseRegistryTagMessage, PromotionEvidenceSchema, registryState } from '@crucible/core';
import { type LoopbackGitHub, runAction, type Seed, shaOf, standardSeed, startLoopbackGitHub } from '@crucible/testkit';
import { afterEach, describe, expect, it } from 'vitest';

const ACTION = join(import.meta.dirname, '..');
const RUN = 700;
let github: LoopbackGitHub | undefined;
const scratch: string[] = [];
afterEach(async () => {
  expect(github?.violations ?? []).toEqual([]);
  await github?.close();
  github = undefined;
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const HEAD = shaOf('c3');
const git = (sha = HEAD) => ({ sha, ref: 'refs/heads/main', headSha: sha });

function evidenceFiles(overrides: { sha?: string; verdict?: string; exitCode?: number; validated?: boolean } = {}): Record<string, Record<string, string>> {
  const sha = overrides.sha ?? HEAD;
  const validated = overrides.validated ?? true;
  return {
    'crucible-validation': {
      'validation.json': JSON.stringify({ schema: 'crucible/validation@1', git: git(sha), success: validated, rows: 100, checks: [{ type: 'not-null', column: 'id', success: validated, unexpectedCount: validated ? 0 : 3 }], drift: [] }),
    },
    'crucible-comparison': { 'comparison.json': JSON.stringify({ schema: 'crucible/comparison@1', git: git(sha), verdict: overrides.verdict ?? 'pass', metrics: [], params: [] }) },
    'crucible-run-train': {
      'run.json': JSON.stringify({
        schema: 'crucible/run@1',
        command: 'python train.py',
        exitCode: overrides.exitCode ?? 0,
        signal: null,
        durationSeconds: 60,
        timedOut: false,
        gpus: [],
        telemetry: null,
        metrics: { acc: 0.91 },
        git: git(sha),
        outputs: [{ path: 'model', sha256: 'a'.repeat(64), bytes: 17, files: 1 }],
      }),
    },
    'model-train': { 'model/weights.bin': 'weights at step 10' },
  };
}

type RunOptions = {
  approvals?: NonNullable<NonNullable<Seed['repos']>[number]['runs']>[number]['approvals'];
  environment?: Partial<NonNullable<NonNullable<Seed['repos']>[number]['environments']>[number]>;
  evidence?: Record<string, Record<string, string>>;
  runAttempt?: number;
  actor?: string;
  /** The training run's head commit ('c3' by default). */
  headSha?: string;
  /** A second run (RUN + 1, workflow_dispatch on main) that promotes the first one's evidence, approved for both. */
  dispatchRun?: boolean;
};

/** The organization's ml-leads team, and a token that may read it (read:org) beside the job's GITHUB_TOKEN. */
const TEAMS: NonNullable<Seed['teams']> = [{ org: 'octo-org', slug: 'ml-leads', members: ['carol'], maintainers: ['alice'] }];
const ORG_READER = 'ghp_orgreader';

async function setup(options: RunOptions = {}) {
  const seed = standardSeed();
  const repo = seed.repos?.[0];
  if (repo === undefined) throw new Error('no repo in the standard seed');
  repo.environments = [
    { name: 'staging', reviewers: [{ type: 'User', login: 'alice' }], canAdminsBypass: false, deploymentBranchPolicy: null, ...options.environment },
    { name: 'production', reviewers: [{ type: 'User', login: 'alice' }], preventSelfReview: true, canAdminsBypass: false, deploymentBranchPolicy: null, ...options.environment },
  ];
  repo.runs = [
    ...(repo.runs ?? []),
    {
      id: RUN,
      event: 'push',
      headBranch: 'main',
      headSha: options.headSha ?? 'c3',
      actor: options.actor ?? 'bob',
      triggeringActor: options.actor ?? 'bob',
      runAttempt: options.runAttempt ?? 1,
      approvals: options.approvals ?? [{ environments: ['staging', 'production'], state: 'approved', user: 'alice', comment: 'Metrics hold; ship it.' }],
      artifacts: Object.entries(options.evidence ?? evidenceFiles()).map(([name, files]) => ({ name, files })),
    },
    ...(options.dispatchRun === true
      ? [{ id: RUN + 1, event: 'workflow_dispatch', headBranch: 'main', headSha: 'c3', actor: 'bob', triggeringActor: 'bob', approvals: [{ environments: ['staging', 'production'], state: 'approved' as const, user: 'alice' }] }]
      : []),
  ];
  seed.teams = TEAMS;
  seed.tokens = { ...seed.tokens, [ORG_READER]: { login: 'dave', type: 'User', scopes: { members: 'read' } } };
  github = await startLoopbackGitHub({ seed });
  const workspace = mkdtempSync(join(tmpdir(), 'crucible-promote-'));
  scratch.push(workspace);
  writeFileSync(
    join(workspace, 'crucible.yml'),
    `environments:
  staging:
    require: {approvals: 1, evidence: [validation, comparison, run]}
  production:
    require: {approvals: 1, evidence: [validation, comparison, run]}
    require-stage: staging
`,
  );
  return workspace;
}

function envFor(extra: { environment?: string; idToken?: boolean } = {}): Record<string, string> {
  return (github as LoopbackGitHub).runnerEnv({
    repo: 'octo-org/models',
    run: RUN,
    workflow: 'ML',
    job: 'promote',
    environment: extra.environment ?? 'production',
    idToken: extra.idToken ?? true,
  });
}

async function promote(workspace: string, inputs: Record<string, string>, env = envFor()) {
  const result = await runAction({ action: ACTION, inputs: { model: 'churn', ...inputs }, env, workspace, keepTemp: true });
  scratch.push(result.runnerTemp);
  return result;
}

/** Registers churn v1.0.0 at c3 and gives it staging, as an earlier promotion would have. */
async function promoteToStaging(workspace: string) {
  const staging = await promote(workspace, { environment: 'staging', version: '1.0.0' }, envFor({ environment: 'staging' }));
  expect(staging.exitCode, staging.log).toBe(0);
  return staging;
}

function tags() {
  const repo = github?.state.repos.get('octo-org/models');
  return [...(repo?.tags.values() ?? [])];
}

function registry() {
  const repo = github?.state.repos.get('octo-org/models');
  const list = [...(repo?.refs.entries() ?? [])].filter(([ref]) => ref.startsWith('refs/tags/'));
  return list.map(([ref]) => ref.slice('refs/tags/'.length)).sort();
}

describe('promote against the loopback GitHub', () => {
  it('promotes: registers the version, assigns the stage with the audit record, keeps the evidence on a release, records the deployment', async () => {
    const workspace = await setup({ approvals: [{ environments: ['staging', 'production'], state: 'approved', user: 'alice', comment: 'Metrics hold; ship it.' }] });
    await promoteToStaging(workspace);
    const result = await promote(workspace, { environment: 'production', version: '' });
    expect(result.exitCode, result.log).toBe(0);
    expect(result.outputs).toMatchObject({ allowed: 'true', version: 'v1.0.0', tag: 'churn#production#2' });
    expect(registry()).toEqual(['churn#production#2', 'churn#staging#1', 'churn@v1.0.0']);

    // The tag's message carries the audit record; GTO reads the state the same way.
    const repo = github?.state.repos.get('octo-org/models');
    const assignment = tags().find((tag) => tag.tag === 'churn#production#2');
    const { record } = parseRegistryTagMessage(assignment?.message ?? '');
    expect(record).toMatchObject({ model: 'churn', version: 'v1.0.0', stage: 'production', approvers: [{ login: 'alice', comment: 'Metrics hold; ship it.' }], run: { id: RUN, attempt: 1, actor: 'bob' }, previousVersion: null });
    expect((record as { modelArtifact?: { name?: string } }).modelArtifact?.name).toBe('model-train');
    const state = registryState(tags().map((tag) => ({ name: tag.tag, sha: tag.object.sha, date: tag.tagger.date, message: tag.message })));
    expect(state.models[0]).toMatchObject({ name: 'churn', latest: 'v1.0.0', stages: { staging: 'v1.0.0', production: 'v1.0.0' } });

    // Durable evidence: the release on the version tag holds what was judged and the promotion record.
    const release = [...(repo?.releases.values() ?? [])].find((candidate) => candidate.tagName === 'churn@v1.0.0');
    expect(release?.assets.map((asset) => asset.name).sort()).toEqual(
      expect.arrayContaining(['comparison-crucible-comparison-comparison.json', 'promotion-production-run700-attempt1.json', 'run-crucible-run-train-run.json', 'validation-crucible-validation-validation.json']),
    );
    const evidence = PromotionEvidenceSchema.parse(JSON.parse(readFileSync(result.outputs['evidence-path'] ?? '', 'utf8')));
    expect(evidence).toMatchObject({ allowed: true, tag: 'churn#production#2', releaseUrl: expect.stringContaining('churn%40v1.0.0'), deploymentId: Number(result.outputs['deployment-id']) });
    expect(evidence.evidence).toHaveLength(3);

    // The deployment: in_progress, then success; the staging one stays, production's earlier ones go inactive.
    const deployment = repo?.deployments.get(Number(result.outputs['deployment-id']));
    expect(deployment).toMatchObject({ environment: 'production', sha: HEAD });
    expect(deployment?.statuses.map((status) => status.state)).toEqual(['in_progress', 'success']);
    expect(result.summary).toMatch(/Promotion of churn v1\.0\.0 to production: allowed/);
  });

  it('is idempotent: a second run of the same attempt reuses its tag and deployment', async () => {
    const workspace = await setup({ approvals: [{ environments: ['staging', 'production'], state: 'approved', user: 'alice' }] });
    await promoteToStaging(workspace);
    const first = await promote(workspace, { environment: 'production' });
    expect(first.exitCode, first.log).toBe(0);
    const before = registry();
    const second = await promote(workspace, { environment: 'production' });
    expect(second.exitCode, second.log).toBe(0);
    expect(registry()).toEqual(before);
    expect(second.outputs['tag']).toBe(first.outputs['tag']);
    expect(second.outputs['deployment-id']).toBe(first.outputs['deployment-id']);
  });

  // Each refusal names the rule that refused first and what it found; the table would fail if the rule let it pass.
  it.each([
    ['no required reviewers on the environment', { environment: { reviewers: [] } }, /refused: protected-environment: environment "staging" has no required-reviewers protection rule/],
    ['admins can bypass', { environment: { canAdminsBypass: true } }, /refused: admin-bypass: administrators may bypass environment "staging"'s protection rules/],
    ['admin bypass not stated', { environment: { canAdminsBypass: undefined } }, /refused: admin-bypass: the body of environment "staging" has no can_admins_bypass field/],
    [
      'a branch policy that does not cover the ref',
      { environment: { deploymentBranchPolicy: { protected_branches: false, custom_branch_policies: true }, branchPolicies: [{ name: 'release/*' }] } },
      /refused: branch-policy: environment "staging" does not let refs\/heads\/main deploy \(its policies: branch "release\/\*"\)/,
    ],
    ['no approval', { approvals: [] }, /refused: approvals: environment "staging" has 0 of the 1 approval it needs from someone other than bob; /],
    ['a self-approval', { approvals: [{ environments: ['staging'], state: 'approved' as const, user: 'bob' }] }, /refused: approvals: environment "staging" has 0 of the 1 approval .*\(bob started the run and cannot approve it\)/],
    [
      'a rejection',
      { approvals: [{ environments: ['staging'], state: 'approved' as const, user: 'alice' }, { environments: ['staging'], state: 'rejected' as const, user: 'mallory', comment: 'Not on a Friday' }] },
      /refused: rejections: mallory \("Not on a Friday"\) rejected the deployment to "staging"/,
    ],
    ['an approval for another environment', { approvals: [{ environments: ['production'], state: 'approved' as const, user: 'alice' }] }, /refused: approvals: environment "staging" has 0 of the 1 approval/],
    ['a re-run', { runAttempt: 2 }, /refused: rerun: this is attempt 2 of the run, and approvals record no attempt/],
    ['a failed data validation', { evidence: evidenceFiles({ validated: false }) }, /refused: validation: 1 of 1 data validation failed \(crucible-validation\/validation\.json failed 1 of 1 check\)/],
    ['a failed comparison', { evidence: evidenceFiles({ verdict: 'fail' }) }, /refused: comparison: 1 of 1 metric comparison failed \(crucible-comparison\/comparison\.json has the verdict fail\)/],
    ['a failed training run', { evidence: evidenceFiles({ exitCode: 1 }) }, /refused: run: 1 of 1 training run failed \(crucible-run-train\/run\.json exited with code 1\)/],
    ['evidence of another commit', { evidence: evidenceFiles({ sha: shaOf('c2') }) }, /refused: evidence-commit: 3 evidence documents of 3 are not about commit [0-9a-f]{7} /],
    ['missing evidence', { evidence: {} }, /refused: evidence: no evidence documents were found/],
  ])('refuses %s with one line naming the rule, and records the refusal', async (_name, options, rule) => {
    const workspace = await setup(options as RunOptions);
    const result = await promote(workspace, { environment: 'staging', version: '1.0.0' }, envFor({ environment: 'staging' }));
    expect(result.exitCode, result.log).toBe(1);
    const errors = result.annotations.filter((annotation) => annotation.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(/^Promotion of churn v1\.0\.0 to staging refused: /);
    expect(errors[0]?.message).toMatch(rule);
    expect(errors[0]?.message).not.toContain('\n');
    expect(registry()).toEqual([]);
    expect(github?.state.repos.get('octo-org/models')?.releases.size).toBe(0);
    const evidence = PromotionEvidenceSchema.parse(JSON.parse(readFileSync(result.outputs['evidence-path'] ?? '', 'utf8')));
    expect(evidence.allowed).toBe(false);
    expect(result.summary).toMatch(/Promotion of churn v1\.0\.0 to staging: refused/);
  });

  it('refuses a ref the policy does not allow', async () => {
    const workspace = await setup();
    writeFileSync(join(workspace, 'crucible.yml'), 'environments:\n  staging:\n    require: {approvals: 1, evidence: [validation, comparison, run]}\n    refs: [release/*]\n');
    const result = await promote(workspace, { environment: 'staging', version: '1.0.0' }, envFor({ environment: 'staging' }));
    expect(result.exitCode).toBe(1);
    expect(result.annotations.find((annotation) => annotation.level === 'error')?.message).toMatch(/refused: refs: refs\/heads\/main is not among the refs environments\.staging\.refs allows \("release\/\*"\)/);
    expect(registry()).toEqual([]);
  });

  it('refuses production before the version holds staging (stage order)', async () => {
    const workspace = await setup();
    const result = await promote(workspace, { environment: 'production', version: '1.0.0' });
    expect(result.exitCode).toBe(1);
    expect(result.annotations.find((annotation) => annotation.level === 'error')?.message).toMatch(
      /refused: stage: environments\.production\.require-stage needs v1\.0\.0 to hold "staging" first, and no version holds it; promote v1\.0\.0 to "staging" first\./,
    );
    expect(registry()).toEqual([]);
  });

  it('refuses when the job runs in another environment than the input says (OIDC claim)', async () => {
    const workspace = await setup();
    const result = await promote(workspace, { environment: 'staging', version: '1.0.0' }, envFor({ environment: 'production' }));
    expect(result.exitCode).toBe(1);
    expect(result.annotations.find((annotation) => annotation.level === 'error')?.message).toMatch(/refused: environment-identity: the job runs in environment "production", not "staging"/);
    expect(registry()).toEqual([]);
  });

  it('refuses an environment crucible.yml has no policy for, naming the file and the fix', async () => {
    const workspace = await setup();
    const result = await promote(workspace, { environment: 'qa', version: '1.0.0' }, envFor({ environment: 'qa' }));
    expect(result.exitCode).toBe(1);
    expect(result.annotations.filter((annotation) => annotation.level === 'error').map((annotation) => annotation.message)).toEqual([
      expect.stringMatching(/^Promotion of churn v1\.0\.0 to qa refused: environment-policy: crucible\.yml has no policy for environment "qa"; add environments\.qa with the evidence and approvals promotion to it needs\./),
    ]);
    expect(registry()).toEqual([]);
  });

  it('finds its own tags and deployment on a re-run of the job when the policy allows re-runs', async () => {
    const workspace = await setup();
    writeFileSync(join(workspace, 'crucible.yml'), 'environments:\n  staging:\n    require: {approvals: 1, evidence: [validation, comparison, run]}\n    allow-rerun: true\n');
    const first = await promote(workspace, { environment: 'staging', version: '1.0.0' }, envFor({ environment: 'staging' }));
    expect(first.exitCode, first.log).toBe(0);
    const before = registry();
    const run = github?.state.repos.get('octo-org/models')?.runs.get(RUN);
    if (run === undefined) throw new Error('no run');
    run.runAttempt = 2;
    const second = await promote(workspace, { environment: 'staging', version: '1.0.0' }, envFor({ environment: 'staging' }));
    expect(second.exitCode, second.log).toBe(0);
    expect(registry()).toEqual(before);
    expect(second.outputs).toMatchObject({ tag: first.outputs['tag'], 'deployment-id': first.outputs['deployment-id'] });
    const deployments = [...(github?.state.repos.get('octo-org/models')?.deployments.values() ?? [])].filter((deployment) => deployment.environment === 'staging');
    expect(deployments).toHaveLength(1);
    expect(deployments[0]?.statuses.map((status) => status.state)).toEqual(['in_progress', 'success', 'in_progress', 'success']);
    const release = [...(github?.state.repos.get('octo-org/models')?.releases.values() ?? [])][0];
    expect(release?.assets.map((asset) => asset.name)).toEqual(expect.arrayContaining(['promotion-staging-run700-attempt1.json', 'promotion-staging-run700-attempt2.json']));
  });

  it('warns that the environment is unchecked without id-token: write, and still judges the rest', async () => {
    const workspace = await setup();
    const result = await promote(workspace, { environment: 'staging', version: '1.0.0' }, envFor({ environment: 'staging', idToken: false }));
    expect(result.exitCode, result.log).toBe(0);
    expect(result.annotations).toContainEqual(expect.objectContaining({ level: 'warning', message: expect.stringMatching(/id-token: write/) }));
  });

  it('two racing promotions: the loser reads the registry again and takes the next counter', async () => {
    const workspace = await setup({ approvals: [{ environments: ['staging', 'production'], state: 'approved', user: 'alice' }] });
    await promoteToStaging(workspace);
    // Another promotion writes counter 2 between this one's read of the registry and its write.
    const repo = github?.state.repos.get('octo-org/models');
    if (repo === undefined) throw new Error('no repo');
    const intruder = 'churn#production#2';
    github?.beforeRoute('POST /repos/{owner}/{repo}/git/refs', () => {
      const sha = 'f'.repeat(40);
      repo.tags.set(sha, { sha, tag: intruder, message: 'Assign production to churn v1.0.0 (another run)\n', object: { sha: HEAD, type: 'commit' }, tagger: { name: 'other', email: 'other@example.com', date: new Date().toISOString() } });
      repo.refs.set(`refs/tags/${intruder}`, { ref: `refs/tags/${intruder}`, sha, type: 'tag' });
    });
    const result = await promote(workspace, { environment: 'production' });
    expect(result.exitCode, result.log).toBe(0);
    expect(result.outputs['tag']).toBe('churn#production#3');
  });

  it('promotes another run\'s evidence (evidence-run-id), registering the version at the commit that run was about', async () => {
    const workspace = await setup({ evidence: evidenceFiles({ sha: shaOf('c2') }), headSha: 'c2', dispatchRun: true });
    const env = (github as LoopbackGitHub).runnerEnv({ repo: 'octo-org/models', run: RUN + 1, workflow: 'ML', job: 'promote', environment: 'staging', idToken: true });
    const result = await promote(workspace, { environment: 'staging', version: '2.0.0', 'evidence-run-id': String(RUN) }, env);
    expect(result.exitCode, result.log).toBe(0);
    const registered = tags().find((tag) => tag.tag === 'churn@v2.0.0');
    expect(registered?.object.sha).toBe(shaOf('c2'));
    const { record } = parseRegistryTagMessage(registered?.message ?? '');
    expect(record).toMatchObject({ run: { id: RUN + 1 }, modelArtifact: { runId: RUN, name: 'model-train' } });
  });

  it('names a malformed version, an invalid model or stage, and a tag name git or GitHub would refuse as one input error', async () => {
    const workspace = await setup();
    const bad = await promote(workspace, { environment: 'staging', version: '1.2' }, envFor({ environment: 'staging' }));
    expect(bad.exitCode).toBe(1);
    expect(bad.annotations.find((annotation) => annotation.level === 'error')?.message).toMatch(/^version "1\.2" is not a semantic version: write it like v1\.2\.3 or 1\.2\.3/);
    const model = await promote(workspace, { environment: 'staging', model: 'bad model!', version: '1.0.0' }, envFor({ environment: 'staging' }));
    expect(model.annotations.find((annotation) => annotation.level === 'error')?.message).toMatch(/model "bad model!" is not a valid GTO name/);
    // Tag names git or GitHub would refuse: one line each, before the gate, a tag or a deployment.
    for (const [inputs, message] of [
      [{ model: 'refs/churn' }, 'Tag "refs/churn#staging#1" cannot be created: GitHub refuses tag names starting with "refs/".'],
      [{ version: '1.0.0+build.lock' }, 'Tag "churn@v1.0.0+build.lock" cannot be created: its part "churn@v1.0.0+build.lock" ends with ".lock", which git does not allow.'],
    ] as const) {
      const refused = await promote(workspace, { environment: 'staging', version: '1.0.0', ...inputs }, envFor({ environment: 'staging' }));
      expect(refused.exitCode).toBe(1);
      expect(refused.annotations.filter((annotation) => annotation.level === 'error').map((annotation) => annotation.message)).toEqual([message]);
    }
    expect(github?.state.repos.get('octo-org/models')?.deployments.size).toBe(0);
    const stage = await promote(workspace, { environment: 'staging', stage: 'pre prod', version: '1.0.0' }, envFor({ environment: 'staging' }));
    expect(stage.exitCode).toBe(1);
    expect(stage.annotations.filter((annotation) => annotation.level === 'error').map((annotation) => annotation.message)).toEqual([expect.stringMatching(/^stage "pre prod" is not a valid GTO stage name/)]);
    expect(registry()).toEqual([]);
  });
});

describe('promote with team reviewers', () => {
  const TEAM_POLICY = 'environments:\n  staging:\n    require: {approvals: 1, reviewers: [octo-org/ml-leads], evidence: [validation, comparison, run]}\n';

  async function teamSetup(approver: string) {
    const workspace = await setup({ approvals: [{ environments: ['staging'], state: 'approved', user: approver, comment: 'Looks right.' }] });
    writeFileSync(join(workspace, 'crucible.yml'), TEAM_POLICY);
    return workspace;
  }

  it.each(['alice', 'carol'])('counts the approval of %s, a member of the team reviewers: names, read with teams-token', async (approver) => {
    const workspace = await teamSetup(approver);
    const result = await promote(workspace, { environment: 'staging', version: '1.0.0', 'teams-token': ORG_READER }, envFor({ environment: 'staging' }));
    expect(result.exitCode, result.log).toBe(0);
    expect(registry()).toEqual(['churn#staging#1', 'churn@v1.0.0']);
    expect(github?.count('GET /orgs/{org}/teams/{team_slug}/members')).toBe(1);
    const evidence = PromotionEvidenceSchema.parse(JSON.parse(readFileSync(result.outputs['evidence-path'] ?? '', 'utf8')));
    expect(evidence.reasons).toContainEqual({ rule: 'team-reviewers', ok: true, detail: 'team-reviewers: read the members of team octo-org/ml-leads (2), whose approvals count.' });
    expect(evidence.approvers).toEqual([{ login: approver, comment: 'Looks right.' }]);
    // The token that read the team is masked like the other one.
    expect(result.log).not.toContain(ORG_READER);
  });

  it('does not count the approval of someone outside the team', async () => {
    const workspace = await teamSetup('mallory');
    const result = await promote(workspace, { environment: 'staging', version: '1.0.0', 'teams-token': ORG_READER }, envFor({ environment: 'staging' }));
    expect(result.exitCode).toBe(1);
    const errors = result.annotations.filter((annotation) => annotation.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(
      /^Promotion of churn v1\.0\.0 to staging refused: approvals: environment "staging" has 0 of the 1 approval it needs from someone other than bob among octo-org\/ml-leads \(mallory is not among environments\.staging\.require\.reviewers\); ask another reviewer to approve the deployment\.$/,
    );
    expect(registry()).toEqual([]);
  });

  it.each([
    ['the job\'s GITHUB_TOKEN', {}, /GitHub answered 404: the token cannot see the team\).*pass a token that can read the organization's teams as teams-token \(a classic token with read:org.*or name the reviewers by login in environments\.staging\.require\.reviewers\./],
    ['a teams-token without read:org', { 'teams-token': 'ghp_alice' }, /GitHub answered 403: Resource not accessible by personal access token\).*check the team's slug in environments\.staging\.require\.reviewers, and that the teams-token can see the team \(it needs read:org/],
  ])('refuses, naming the team, the permission and the fix, when the team cannot be read with %s', async (_name, inputs, fix) => {
    const workspace = await teamSetup('alice');
    const result = await promote(workspace, { environment: 'staging', version: '1.0.0', ...inputs }, envFor({ environment: 'staging' }));
    expect(result.exitCode).toBe(1);
    const errors = result.annotations.filter((annotation) => annotation.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(/^Promotion of churn v1\.0\.0 to staging refused: team-reviewers: the members of team octo-org\/ml-leads \(/);
    expect(errors[0]?.message).toMatch(fix);
    expect(errors[0]?.message).not.toContain('\n');
    // Fail closed: the approval of alice, who is in the team, is not counted without the membership.
    const evidence = PromotionEvidenceSchema.parse(JSON.parse(readFileSync(result.outputs['evidence-path'] ?? '', 'utf8')));
    expect(evidence.reasons.find((reason) => reason.rule === 'approvals')).toMatchObject({ ok: false, detail: expect.stringMatching(/names team octo-org\/ml-leads, and no membership was given for it/) });
    expect(registry()).toEqual([]);
  });
});

describe('promote with attach-model', () => {
  it('keeps the model artifact on the version\'s release, as the run uploaded it, and names it in the record for deploy', async () => {
    const workspace = await setup();
    const result = await promote(workspace, { environment: 'staging', version: '1.0.0', 'attach-model': 'true' }, envFor({ environment: 'staging' }));
    expect(result.exitCode, result.log).toBe(0);
    const repo = github?.state.repos.get('octo-org/models');
    const release = [...(repo?.releases.values() ?? [])].find((candidate) => candidate.tagName === 'churn@v1.0.0');
    const asset = release?.assets.find((candidate) => candidate.name === 'model-train.zip');
    expect(asset).toMatchObject({ contentType: 'application/zip' });
    const artifact = github?.state.runArtifacts(RUN).find((candidate) => candidate.name === 'model-train');
    const uploaded = artifact === undefined ? undefined : github?.state.blobs.get(artifact.blob)?.data;
    expect(uploaded).toBeDefined();
    expect(asset === undefined ? undefined : github?.state.blobs.get(asset.blob)?.data?.equals(uploaded as Buffer)).toBe(true);
    // deploy reads the record on the tags: it names the asset beside the run's artifact and the recorded digests.
    const { record } = parseRegistryTagMessage(tags().find((tag) => tag.tag === 'churn#staging#1')?.message ?? '');
    expect(record).toMatchObject({ modelArtifact: { runId: RUN, name: 'model-train', releaseAsset: 'model-train.zip', outputs: [{ path: 'model', sha256: 'a'.repeat(64) }] } });
  });

  it('refuses in one line, before writing anything, when there is no model artifact to attach', async () => {
    const files = evidenceFiles();
    delete files['model-train'];
    const workspace = await setup({ evidence: files });
    const result = await promote(workspace, { environment: 'staging', version: '1.0.0', 'attach-model': 'true' }, envFor({ environment: 'staging' }));
    expect(result.exitCode).toBe(1);
    expect(result.annotations.filter((annotation) => annotation.level === 'error').map((annotation) => annotation.message)).toEqual([
      `attach-model: run ${RUN} has no unexpired artifact matching model-artifact "model-*", so there is no model to keep on the release; upload the model as an artifact in the training run, or set attach-model: false.`,
    ]);
    expect(registry()).toEqual([]);
    expect(github?.state.repos.get('octo-org/models')?.deployments.size).toBe(0);
  });
});
