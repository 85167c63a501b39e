import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EnvironmentPolicy } from '../src/config.ts';
import { PromotionEvidenceSchema } from '../src/evidence/promotion.ts';
import { type FoundEvidence, parseEvidence, scanEvidence } from '../src/evidence/read.ts';
import { decide, environmentPolicyOf, findEnvironmentPolicy, GATE_RULES, type GateDecision, type GateInput, type GateRule, policyDigest } from '../src/policy/gate.ts';
import { DOCUMENTED_APPROVALS, DOCUMENTED_BRANCH_POLICIES, DOCUMENTED_ENVIRONMENT } from './gate-examples.ts';

const SHA = 'a'.repeat(40);
const HEAD = 'b'.repeat(40);
const OTHER = 'c'.repeat(40);
const OTHER_HEAD = 'd'.repeat(40);

/** A JSON round trip, so a body is plain data a test can change without touching the documented example. */
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

type Body = Record<string, unknown>;

/** GitHub's documented environment ("staging"), with the bypass turned off, as a safe environment reports it. */
const safeEnvironment = (): Body => ({ ...copy(DOCUMENTED_ENVIRONMENT), can_admins_bypass: false });
/** GitHub's documented review history: octocat approved "staging" with "Ship it!". */
const approvals = (): Body[] => copy(DOCUMENTED_APPROVALS) as unknown as Body[];
const approval = (login: string, state = 'approved', environment = 'staging', comment = 'Ship it!'): Body => {
  const [entry] = approvals();
  const environments = entry?.['environments'] as Body[];
  return { ...entry, state, comment, user: { ...(entry?.['user'] as Body), login }, environments: [{ ...environments[0], name: environment }] };
};

const context = (fields: Record<string, unknown> = {}) => ({
  actor: 'alice',
  triggeringActor: 'alice',
  runAttempt: 1,
  sha: SHA,
  headSha: SHA,
  ref: 'refs/heads/main',
  environment: 'staging',
  ...fields,
});

const policy = (fields: Partial<EnvironmentPolicy> = {}, require: Partial<EnvironmentPolicy['require']> = {}): EnvironmentPolicy => ({
  ...fields,
  require: { 'protected-environment': true, approvals: 1, evidence: ['validation', 'comparison', 'run'], ...require },
});

const git = (sha: string | null, headSha?: string) => (sha === null ? null : { sha, ref: 'refs/heads/main', ...(headSha === undefined ? {} : { headSha }) });

/** Evidence parsed from JSON with its real schema, as `crucible gate --evidence` finds it. */
function evidence(kind: 'validation' | 'comparison' | 'run', fields: Record<string, unknown> = {}): FoundEvidence {
  const base = {
    validation: { schema: 'crucible/validation@1', git: git(SHA, SHA), success: true, rows: 100, checks: [{ type: 'not_null', column: 'id', success: true }], drift: [] },
    comparison: { schema: 'crucible/comparison@1', git: git(SHA, SHA), verdict: 'pass', metrics: [], params: [] },
    run: { schema: 'crucible/run@1', command: 'python train.py', exitCode: 0, signal: null, durationSeconds: 60, timedOut: false, gpus: [], telemetry: null, metrics: {}, git: git(SHA, SHA) },
  }[kind];
  const found = parseEvidence(Buffer.from(JSON.stringify({ ...base, ...fields })), `evidence/${kind}.json`);
  if (found === undefined) throw new Error('not evidence');
  return found;
}
const allEvidence = (fields: Record<string, unknown> = {}) => [evidence('validation', fields), evidence('comparison', fields), evidence('run', fields)];

const input = (fields: Partial<GateInput> = {}): GateInput => ({
  environment: 'staging',
  policy: policy(),
  evidence: allEvidence(),
  environmentBody: safeEnvironment(),
  approvalsBody: approvals(),
  branchPoliciesBody: copy(DOCUMENTED_BRANCH_POLICIES),
  context: context(),
  ...fields,
});

const verdict = (decision: GateDecision, rule: GateRule) => {
  const found = decision.reasons.filter((entry) => entry.rule === rule);
  expect(found).toHaveLength(1);
  return found[0] as GateDecision['reasons'][number];
};

/** Denied by `rule` alone: every other rule holds, so the test shows that rule is what refuses. */
function expectDeniedBy(decision: GateDecision, rule: GateRule, detail?: RegExp): void {
  expect(decision.allowed).toBe(false);
  const denied = decision.reasons.filter((entry) => !entry.ok);
  expect(denied.map((entry) => entry.rule)).toEqual([rule]);
  if (detail !== undefined) expect(denied[0]?.detail).toMatch(detail);
}

describe('decide', () => {
  it('allows a promotion that meets every rule, on the bodies GitHub documents', () => {
    const decision = decide(input());
    expect(decision.reasons.filter((entry) => !entry.ok)).toEqual([]);
    expect(decision.allowed).toBe(true);
    expect(decision.reasons.map((entry) => entry.rule)).toEqual([...GATE_RULES]);
    expect(verdict(decision, 'approvals').detail).toBe(
      'approvals: octocat approved environment "staging", meeting the 1 approval needed from someone other than alice.',
    );
    expect(verdict(decision, 'protected-environment').detail).toBe('protected-environment: environment "staging" requires a review by octocat and team justice-league.');
    expect(verdict(decision, 'branch-policy').detail).toBe('branch-policy: environment "staging" lets refs/heads/main deploy by its branch policy "main".');
  });

  it('words every reason as one sentence that starts with its rule', () => {
    const denials = decide({ environment: 'staging', policy: policy({ refs: ['main'], 'require-stage': 'dev' }), evidence: [] });
    for (const { reasons } of [decide(input()), denials]) {
      for (const entry of reasons) {
        expect(entry.detail.startsWith(`${entry.rule}: `)).toBe(true);
        expect(entry.detail).toMatch(/\.$/);
        expect(entry.detail).not.toContain('\n');
      }
    }
    expect(denials.reasons.filter((entry) => !entry.ok).every((entry) => /; (pass|add|download|promote|ask|fix|write|use|start)/.test(entry.detail))).toBe(true);
  });

  it('denies an environment crucible.yml has no policy for', () => {
    const decision = decide(input({ policy: undefined }));
    expect(decision.allowed).toBe(false);
    expect(verdict(decision, 'environment-policy')).toEqual({
      rule: 'environment-policy',
      ok: false,
      detail: 'environment-policy: crucible.yml has no policy for environment "staging"; add environments.staging with the evidence and approvals promotion to it needs.',
    });
  });

  it('finds a policy by the first name the config has, and refuses in the same words when it has none (deploy)', () => {
    const environments = { staging: policy(), production: policy() };
    expect(environmentPolicyOf(environments, ['production-eu', 'production'], 'crucible.yml').name).toBe('production');
    expect(() => environmentPolicyOf(environments, ['qa'], 'ci/crucible.yml')).toThrow(
      'environment: ci/crucible.yml has no policy for environment "qa" (it has "staging" and "production"); add environments.qa with the evidence and approvals promotion to it needs.',
    );
    // An environment named like an Object method is no policy, for the gate or for deploy.
    expect(findEnvironmentPolicy(environments, 'constructor')).toBeUndefined();
    expect(() => environmentPolicyOf({}, ['constructor', 'toString'], 'crucible.yml')).toThrow(/it has no environments: section\); add environments\.constructor .*\. A policy for "toString" would do too\.$/);
  });

  describe('fails closed on what it cannot see', () => {
    it.each([
      ['no context', { context: undefined }, ['context', 'evidence-commit', 'branch-policy', 'approvals', 'rerun']],
      ['no environment body', { environmentBody: undefined }, ['protected-environment', 'protection-rules', 'admin-bypass', 'branch-policy']],
      ['no approvals body', { approvalsBody: undefined }, ['approvals', 'rejections']],
      ['an environment body that is not an object', { environmentBody: 'staging' }, ['protected-environment', 'protection-rules', 'admin-bypass', 'branch-policy']],
      ['an approvals body that is not an array', { approvalsBody: { approvals: [] } }, ['approvals', 'rejections']],
      ['no evidence at all (an empty folder)', { evidence: [] }, ['evidence', 'evidence-commit', 'validation', 'comparison', 'run']],
    ] as const)('denies with %s', (_, fields, rules) => {
      const decision = decide(input(fields as Partial<GateInput>));
      expect(decision.allowed).toBe(false);
      expect(decision.reasons.filter((entry) => !entry.ok).map((entry) => entry.rule)).toEqual(rules);
    });

    it('names the missing context fields and the fix', () => {
      const { sha: _sha, runAttempt: _attempt, ...rest } = context();
      const decision = decide(input({ context: rest }));
      expect(decision.allowed).toBe(false);
      expect(verdict(decision, 'context').detail).toMatch(/^context: the run context \(ctx\.json\) is missing or has bad fields \(runAttempt: .*; sha: .*\); write them as the contract names them\.$/);
    });

    it('denies a context for another environment', () => {
      expect(verdict(decide(input({ context: context({ environment: 'production' }) })), 'context').ok).toBe(false);
    });

    it('names the flag to pass when the caller says how', () => {
      const decision = decide(input({ approvalsBody: undefined, sources: { approvals: '--approvals <approvals.json>' } }));
      expect(verdict(decision, 'approvals').detail).toBe("approvals: an approval is required, and the run's approvals were not given; pass --approvals <approvals.json>.");
    });

    it('denies evidence that does not parse, naming every file', () => {
      const decision = decide(input({ unreadableEvidence: [{ path: 'evidence/run.json', reason: 'evidence/run.json: not a valid crucible/run@1 document:\nexitCode: expected number' }] }));
      expectDeniedBy(decision, 'evidence-readable', /^evidence-readable: 1 evidence file could not be read as evidence: evidence\/run\.json \(.*exitCode: expected number\); fix or remove it/);
    });

    it('reads an evidence folder with a bad file as a denial, not an exception', () => {
      const dir = mkdtempSync(join(tmpdir(), 'crucible-gate-'));
      mkdirSync(join(dir, 'train'));
      writeFileSync(join(dir, 'train', 'run.json'), '{"schema": "crucible/run@1", "exitCode": "zero"}');
      writeFileSync(join(dir, 'notes.json'), '{"not": "evidence"}');
      const { found, unreadable } = scanEvidence(dir);
      expect(found).toEqual([]);
      expect(unreadable.map((entry) => entry.path)).toEqual([join(dir, 'train', 'run.json')]);
      const decision = decide(input({ evidence: found, unreadableEvidence: unreadable }));
      expect(decision.allowed).toBe(false);
      expect(verdict(decision, 'evidence-readable').ok).toBe(false);
    });
  });

  describe('evidence', () => {
    it.each([
      ['validation', { evidence: [evidence('comparison'), evidence('run')] }, /^evidence: no validation evidence was found, and environments\.staging\.require\.evidence requires it/],
      ['validation and run', { evidence: [evidence('comparison')] }, /^evidence: no validation and run evidence was found/],
    ])('denies when %s evidence is missing', (_, fields, detail) => {
      const decision = decide(input(fields));
      expect(verdict(decision, 'evidence').detail).toMatch(detail);
      expect(decision.allowed).toBe(false);
    });

    it('allows kinds beyond the required ones, and a missing kind nobody requires', () => {
      expect(decide(input({ policy: policy({}, { evidence: ['comparison'] }), evidence: [evidence('comparison')] })).allowed).toBe(true);
    });

    it.each([
      ['validation', evidence('validation', { success: false, checks: [{ type: 'not_null', column: 'id', success: false, unexpectedCount: 3 }] }), /^validation: 1 of 1 data validation failed \(evidence\/validation\.json failed 1 of 1 check\); fix the data/],
      ['comparison', evidence('comparison', { verdict: 'fail', metrics: [{ name: 'eval/acc', baseline: 0.9, current: 0.8, delta: -0.1, direction: 'higher', status: 'regressed' }] }), /^comparison: 1 of 1 metric comparison failed \(evidence\/comparison\.json has eval\/acc regressed or invalid\)/],
      ['run', evidence('run', { exitCode: 1 }), /^run: 1 of 1 training run failed \(evidence\/run\.json exited with code 1\); fix the training/],
      ['run', evidence('run', { exitCode: 124, timedOut: true }), /was stopped by its time budget/],
      ['run', evidence('run', { exitCode: null, signal: 'SIGKILL' }), /was killed by SIGKILL/],
    ] as const)('denies a failed %s', (kind, failed, detail) => {
      const rest = allEvidence().filter((found) => found.kind !== kind);
      expectDeniedBy(decide(input({ evidence: [...rest, failed] })), kind, detail);
    });

    it('denies one failed run among passing ones', () => {
      expectDeniedBy(decide(input({ evidence: [...allEvidence(), evidence('run', { exitCode: 2 })] })), 'run', /^run: 1 of 2 training runs failed/);
    });

    it('does not judge a failing kind that is not required', () => {
      const decision = decide(input({ policy: policy({}, { evidence: ['run'] }), evidence: [evidence('run'), evidence('comparison', { verdict: 'fail' })] }));
      expect(decision.allowed).toBe(true);
      expect(verdict(decision, 'comparison').detail).toBe('comparison: not required by environments.staging.require.evidence.');
    });
  });

  describe('evidence-commit', () => {
    it.each([
      ['another commit', git(OTHER, OTHER), /records ccccccc/],
      ['no commit', git(null), /records no commit/],
      ["another pull request's merge and head", git(OTHER, OTHER_HEAD), /records ccccccc/],
    ])('denies evidence of %s', (_, recorded, detail) => {
      const decision = decide(input({ evidence: [...allEvidence(), evidence('run', { git: recorded })] }));
      expectDeniedBy(decision, 'evidence-commit', detail);
      expect(verdict(decision, 'evidence-commit').detail).toMatch(/^evidence-commit: 1 evidence document of 4 is not about commit aaaaaaa .*; use only the evidence written for this commit\.$/);
    });

    it.each([
      ['the merge commit, evidence that records the head only', { sha: SHA, headSha: HEAD }, git(HEAD, HEAD)],
      ['the head commit, evidence written on the pull request (merge sha, head sha)', { sha: HEAD, headSha: HEAD }, git(SHA, HEAD)],
      ['the merge commit, evidence written on the pull request', { sha: SHA, headSha: HEAD }, git(SHA, HEAD)],
      ['the merge commit, evidence that records only the merge commit', { sha: SHA, headSha: HEAD }, git(SHA)],
    ])('matches a pull request run at %s', (_, commits, recorded) => {
      const decision = decide(input({ context: context(commits), evidence: allEvidence({ git: recorded }) }));
      expect(verdict(decision, 'evidence-commit').ok).toBe(true);
      expect(decision.allowed).toBe(true);
    });

    it("refuses a pull request's evidence at a commit it is not about, whichever side names it", () => {
      // The context is another pull request's merge commit whose head is HEAD's sibling: neither sha matches.
      expect(verdict(decide(input({ context: context({ sha: OTHER, headSha: OTHER_HEAD }), evidence: allEvidence({ git: git(SHA, HEAD) }) })), 'evidence-commit').ok).toBe(false);
      expect(verdict(decide(input({ context: context({ sha: OTHER, headSha: null }), evidence: allEvidence({ git: git(SHA, HEAD) }) })), 'evidence-commit').ok).toBe(false);
    });
  });

  describe('the GitHub environment', () => {
    it('denies the documented body as it is, since it does not say whether admins can bypass', () => {
      expectDeniedBy(decide(input({ environmentBody: copy(DOCUMENTED_ENVIRONMENT) })), 'admin-bypass', /^admin-bypass: the body of environment "staging" has no can_admins_bypass field/);
    });

    it('denies when administrators can bypass', () => {
      expectDeniedBy(decide(input({ environmentBody: { ...safeEnvironment(), can_admins_bypass: true } })), 'admin-bypass', /can_admins_bypass is true\); turn off/);
    });

    it('denies an environment without a required-reviewers rule', () => {
      const body = safeEnvironment();
      body['protection_rules'] = (body['protection_rules'] as Body[]).filter((rule) => rule['type'] !== 'required_reviewers');
      expectDeniedBy(decide(input({ environmentBody: body })), 'protected-environment', /has no required-reviewers protection rule.*; add required reviewers/);
    });

    it('denies a required-reviewers rule that names nobody', () => {
      const body = safeEnvironment();
      for (const rule of body['protection_rules'] as Body[]) if (rule['type'] === 'required_reviewers') rule['reviewers'] = [];
      expectDeniedBy(decide(input({ environmentBody: body })), 'protected-environment', /names no reviewer/);
    });

    it('denies a protection rule type it does not know', () => {
      const body = safeEnvironment();
      (body['protection_rules'] as Body[]).push({ id: 3757, node_id: 'MDQ6R2F0ZTM3NTc=', type: 'custom_deployment_rule' });
      expectDeniedBy(decide(input({ environmentBody: body })), 'protection-rules', /type "custom_deployment_rule" that Crucible does not know/);
    });

    it.each([
      ['protection_rules', 'protected-environment'],
      ['deployment_branch_policy', 'branch-policy'],
    ])('denies a body without %s, naming it', (field) => {
      const body = safeEnvironment();
      delete body[field];
      const decision = decide(input({ environmentBody: body }));
      expect(decision.allowed).toBe(false);
      expect(verdict(decision, 'protected-environment').detail).toContain(field);
    });

    it('denies the body of another environment', () => {
      expect(verdict(decide(input({ environmentBody: { ...safeEnvironment(), name: 'production' } })), 'protected-environment').detail).toMatch(/is for "production", not "staging"/);
    });

    it('skips the environment rules when the policy does not require a protected environment', () => {
      const decision = decide(input({ policy: policy({}, { 'protected-environment': false }), environmentBody: undefined }));
      expect(decision.allowed).toBe(true);
      expect(verdict(decision, 'admin-bypass').detail).toBe('admin-bypass: not judged, since environments.staging.require.protected-environment is false.');
    });
  });

  describe('branch-policy', () => {
    const withPolicy = (deployment: unknown): Body => ({ ...safeEnvironment(), deployment_branch_policy: deployment });
    const protectedOnly = withPolicy({ protected_branches: true, custom_branch_policies: false });

    it('allows any ref when the environment has no branch policy (null)', () => {
      expect(verdict(decide(input({ environmentBody: withPolicy(null), context: context({ ref: 'refs/heads/feature/x' }), branchPoliciesBody: undefined })), 'branch-policy').ok).toBe(true);
    });

    it.each([
      ['refs/heads/release/1.0', true],
      ['refs/heads/main', true],
      ['refs/heads/feature/x', false],
      // GitHub's patterns are fnmatch with FNM_PATHNAME: "*" stops at "/".
      ['refs/heads/release/1.0/hotfix', false],
      ['refs/tags/main', false],
    ])('judges %s against the documented policies release/* and main', (ref, ok) => {
      const decision = decide(input({ context: context({ ref }) }));
      expect(verdict(decision, 'branch-policy').ok).toBe(ok);
    });

    it('matches a tag policy against tags only', () => {
      const body = { total_count: 1, branch_policies: [{ id: 1, node_id: 'x', name: 'v*', type: 'tag' }] };
      expect(verdict(decide(input({ context: context({ ref: 'refs/tags/v1.2.0' }), branchPoliciesBody: body })), 'branch-policy').ok).toBe(true);
      expect(verdict(decide(input({ context: context({ ref: 'refs/heads/v1.2.0' }), branchPoliciesBody: body })), 'branch-policy').ok).toBe(false);
    });

    it('denies custom policies it was not given', () => {
      expectDeniedBy(decide(input({ branchPoliciesBody: undefined })), 'branch-policy', /its policies name, and those policies were not given; pass /);
    });

    it.each([
      [{ refProtected: true }, true, undefined],
      [{ refProtected: 'true' }, true, undefined],
      [{ refProtected: false }, false, /main is not protected/],
      [{}, false, /add refProtected \(GITHUB_REF_PROTECTED\)/],
      [{ ref: 'refs/tags/v1', refProtected: true }, false, /is not a branch/],
    ])('judges protected branches only with %j', (fields, ok, detail) => {
      const decision = decide(input({ environmentBody: protectedOnly, branchPoliciesBody: undefined, context: context(fields) }));
      expect(verdict(decision, 'branch-policy').ok).toBe(ok);
      if (detail !== undefined) expect(verdict(decision, 'branch-policy').detail).toMatch(detail);
    });

    it('denies a branch policy that is neither protected branches nor custom', () => {
      expect(verdict(decide(input({ environmentBody: withPolicy({ protected_branches: false, custom_branch_policies: false }) })), 'protected-environment').ok).toBe(false);
    });
  });

  describe('approvals', () => {
    it.each([
      ['the actor approved their own run', { actor: 'octocat' }, /octocat started the run and cannot approve it/],
      ['the triggering actor approved', { triggeringActor: 'Octocat' }, /has 0 of the 1 approval it needs from someone other than alice and Octocat \(octocat started the run/],
    ])('does not count an approval when %s', (_, fields, detail) => {
      expectDeniedBy(decide(input({ context: context(fields) })), 'approvals', detail);
    });

    it('does not count an approval for another environment', () => {
      expectDeniedBy(decide(input({ approvalsBody: [approval('octocat', 'approved', 'production')] })), 'approvals', /environment "staging" has 0 of the 1 approval/);
    });

    it('denies a rejection for this environment, whatever else was approved', () => {
      const decision = decide(input({ approvalsBody: [...approvals(), approval('hubot', 'rejected', 'staging', 'not yet')] }));
      expectDeniedBy(decision, 'rejections', /^rejections: hubot \("not yet"\) rejected the deployment to "staging"; settle/);
    });

    it('ignores a rejection for another environment', () => {
      expect(decide(input({ approvalsBody: [...approvals(), approval('hubot', 'rejected', 'production')] })).allowed).toBe(true);
    });

    it('counts each person once', () => {
      const decision = decide(input({ policy: policy({}, { approvals: 2 }), approvalsBody: [approval('octocat'), approval('OctoCat')] }));
      expectDeniedBy(decision, 'approvals', /has 1 of the 2 approvals/);
      expect(decide(input({ policy: policy({}, { approvals: 2 }), approvalsBody: [approval('octocat'), approval('hubot')] })).allowed).toBe(true);
    });

    it('counts only the listed reviewers', () => {
      expectDeniedBy(decide(input({ policy: policy({}, { reviewers: ['hubot'] }) })), 'approvals', /octocat is not among environments\.staging\.require\.reviewers/);
      expect(decide(input({ policy: policy({}, { reviewers: ['@octocat'] }) })).allowed).toBe(true);
    });

    it('counts members of a listed team when the memberships are given, and denies without them', () => {
      const teamPolicy = policy({}, { reviewers: ['github/justice-league'] });
      expect(decide(input({ policy: teamPolicy, context: context({ teams: { 'github/justice-league': ['octocat'] } }) })).allowed).toBe(true);
      expectDeniedBy(decide(input({ policy: teamPolicy, context: context({ teams: { 'github/justice-league': ['hubot'] } }) })), 'approvals', /not among/);
      expectDeniedBy(decide(input({ policy: teamPolicy })), 'approvals', /names team github\/justice-league, and no membership was given for it.*; add teams/);
      // The caller that reads memberships itself (promote) names its own fix.
      const fix = 'pass a token that can read the team as teams-token';
      expectDeniedBy(decide(input({ policy: teamPolicy, sources: { teams: fix } })), 'approvals', new RegExp(`cannot be counted; ${fix}\\.$`));
    });

    it('needs no approvals body when no approval is required', () => {
      expect(decide(input({ policy: policy({}, { approvals: 0 }), approvalsBody: undefined })).allowed).toBe(true);
    });

    it('denies an approval whose state GitHub does not document', () => {
      const decision = decide(input({ approvalsBody: [{ ...approval('octocat'), state: 'maybe' }] }));
      expect(verdict(decision, 'approvals').detail).toMatch(/does not read as GitHub documents it \(\[0\]\.state: /);
    });
  });

  describe('rerun', () => {
    it.each([
      [2, undefined, false],
      ['3', undefined, false],
      [2, true, true],
      [1, undefined, true],
    ])('judges attempt %j with allow-rerun %j', (runAttempt, allow, ok) => {
      const decision = decide(input({ context: context({ runAttempt }), policy: policy(allow === undefined ? {} : { 'allow-rerun': allow }) }));
      expect(verdict(decision, 'rerun').ok).toBe(ok);
      expect(decision.allowed).toBe(ok);
      if (!ok) expect(verdict(decision, 'rerun').detail).toMatch(/approvals record no attempt.*; start a new workflow run, or set environments\.staging\.allow-rerun: true\.$/);
    });
  });

  describe('refs', () => {
    it.each([
      ['refs/heads/main', ['main'], true],
      ['refs/tags/v1.2.0', ['main', 'v*'], true],
      ['refs/heads/release/2025/05', ['release/*'], true],
      ['refs/heads/release/2025/05', ['refs/heads/release/*'], true],
      ['refs/heads/feature/x', ['main', 'v*'], false],
      ['refs/pull/7/merge', ['main', '7/merge'], false],
      ['refs/tags/main', ['refs/heads/main'], false],
    ])('judges %s against %j', (ref, refs, ok) => {
      const decision = decide(input({ context: context({ ref }), policy: policy({ refs }), environmentBody: { ...safeEnvironment(), deployment_branch_policy: null } }));
      expect(verdict(decision, 'refs').ok).toBe(ok);
      if (!ok) expectDeniedBy(decision, 'refs', /is not among the refs environments\.staging\.refs allows .*; promote from a matching branch or tag/);
    });
  });

  describe('stage', () => {
    const staged = policy({ 'require-stage': 'dev' });
    it.each([
      [{ version: 'v1.3.0', stages: { dev: 'v1.3.0', staging: 'v1.2.0' } }, true, /^stage: v1\.3\.0 holds "dev"/],
      [{ version: 'v1.3.0', stages: { dev: 'v1.2.0' } }, false, /needs v1\.3\.0 to hold "dev" first, and v1\.2\.0 holds it; promote v1\.3\.0 to "dev" first\.$/],
      [{ version: 'v1.3.0', stages: {} }, false, /and no version holds it/],
      [{ version: 'v1.3.0' }, false, /the run context has no stages; add stages/],
      [{}, false, /has no version or stages; add version and stages/],
    ])('judges %j', (fields, ok, detail) => {
      const decision = decide(input({ policy: staged, context: context(fields) }));
      expect(verdict(decision, 'stage').ok).toBe(ok);
      expect(verdict(decision, 'stage').detail).toMatch(detail);
    });

    it('does not read a stage from the prototype', () => {
      const decision = decide(input({ policy: policy({ 'require-stage': 'constructor' }), context: context({ version: 'v1', stages: {} }) }));
      expect(verdict(decision, 'stage').ok).toBe(false);
    });
  });
});

describe('policyDigest', () => {
  it('is the same for the same policy whatever the key order, and differs when a rule changes', () => {
    const a = policyDigest(policy({ refs: ['main'] }));
    const b = policyDigest({ refs: ['main'], require: { evidence: ['validation', 'comparison', 'run'], approvals: 1, 'protected-environment': true } });
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(b).toBe(a);
    expect(policyDigest(policy({ refs: ['main'] }, { approvals: 2 }))).not.toBe(a);
  });
});

describe('crucible/promotion@1', () => {
  const promotion = {
    schema: 'crucible/promotion@1',
    git: { sha: SHA, ref: 'refs/heads/main', headSha: SHA },
    environment: 'production',
    model: 'models:churn',
    version: 'v1.3.0',
    stage: 'production',
    allowed: true,
    reasons: decide(input()).reasons,
    approvers: [{ login: 'octocat', comment: 'Ship it!' }],
    run: { id: 1234, attempt: 1, actor: 'alice', triggeringActor: 'alice' },
    policyDigest: policyDigest(policy()),
    evidence: [{ file: 'evidence/run.json', kind: 'run', sha256: 'e'.repeat(64) }],
  };

  it('parses what only the gate knows, and what promote adds', () => {
    expect(PromotionEvidenceSchema.safeParse(promotion).success).toBe(true);
    expect(PromotionEvidenceSchema.safeParse({ ...promotion, previousVersion: 'v1.2.0', tag: 'models:churn#production#3', releaseUrl: 'https://github.com/acme/models/releases/tag/v1.3.0', deploymentId: 42 }).success).toBe(true);
    expect(PromotionEvidenceSchema.safeParse({ ...promotion, policyDigest: 'abc' }).success).toBe(false);
  });

  it('is found in an evidence folder as kind promotion, and judged for its commit like any evidence', () => {
    const dir = mkdtempSync(join(tmpdir(), 'crucible-gate-promotion-'));
    writeFileSync(join(dir, 'promotion.json'), JSON.stringify({ ...promotion, git: git(OTHER, OTHER) }));
    const { found, unreadable } = scanEvidence(dir);
    expect(unreadable).toEqual([]);
    expect(found.map((entry) => entry.kind)).toEqual(['promotion']);
    expect(verdict(decide(input({ evidence: [...allEvidence(), ...found] })), 'evidence-commit').ok).toBe(false);
  });
});
