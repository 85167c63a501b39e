import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../../scripts/actions.ts';
import { DOCUMENTED_APPROVALS, DOCUMENTED_BRANCH_POLICIES, DOCUMENTED_ENVIRONMENT } from '../../core/test/gate-examples.ts';

const CRUCIBLE = join(repoRoot, 'node_modules', '.bin', 'crucible');
const SHA = 'c0ffee0000000000000000000000000000000001';
let dir: string;

function crucible(...args: string[]) {
  return spawnSync(CRUCIBLE, ['gate', ...args], { cwd: dir, encoding: 'utf8' });
}

function write(name: string, content: unknown): void {
  mkdirSync(join(dir, name, '..'), { recursive: true });
  writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
}

const git = { sha: SHA, ref: 'refs/heads/main', headSha: SHA };
const run = (fields: Record<string, unknown> = {}) => ({
  schema: 'crucible/run@1',
  command: 'python train.py',
  exitCode: 0,
  signal: null,
  durationSeconds: 61,
  timedOut: false,
  gpus: [],
  telemetry: null,
  metrics: { acc: 0.85 },
  git,
  ...fields,
});
const context = (fields: Record<string, unknown> = {}) => ({ actor: 'alice', triggeringActor: 'alice', runAttempt: 1, sha: SHA, ref: 'refs/heads/main', environment: 'staging', ...fields });

/** The documented environment and approvals bodies ("staging", approved by octocat), the bypass turned off. */
const FULL = ['--environment', 'env.json', '--approvals', 'approvals.json', '--branch-policies', 'branch-policies.json'];

type Decision = { allowed: boolean; reasons: Array<{ rule: string; ok: boolean; detail: string }> };
const decisionOf = (stdout: string) => JSON.parse(stdout) as Decision;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'crucible-gate-cli-'));
  write('crucible.yml', 'environments:\n  staging:\n    require:\n      approvals: 1\n    refs: [main]\n');
  write('two.yml', 'environments:\n  staging: {}\n  production: {}\n');
  write('bad-policy.yml', 'environments:\n  staging:\n    require:\n      approvals: 1\n    allow-rerun: sometimes\n    refs: []\n');
  write('not-yaml.yml', 'environments:\n  staging: [\n');
  write('evidence/validate/validation.json', { schema: 'crucible/validation@1', git, success: true, rows: 10, checks: [], drift: [] });
  write('evidence/compare/comparison.json', { schema: 'crucible/comparison@1', git, verdict: 'pass', metrics: [], params: [] });
  write('evidence/train/run.json', run());
  write('evidence/notes.json', { not: 'evidence' });
  write('failed/train/run.json', run({ exitCode: 1 }));
  write('failed/validation.json', { schema: 'crucible/validation@1', git, success: true, rows: 10, checks: [], drift: [] });
  write('failed/comparison.json', { schema: 'crucible/comparison@1', git, verdict: 'pass', metrics: [], params: [] });
  write('broken/run.json', run({ exitCode: 'zero' }));
  write('broken/bad.json', '{"schema": "crucible/run@1",');
  mkdirSync(join(dir, 'empty'));
  write('env.json', { ...DOCUMENTED_ENVIRONMENT, can_admins_bypass: false });
  write('approvals.json', DOCUMENTED_APPROVALS);
  write('branch-policies.json', DOCUMENTED_BRANCH_POLICIES);
  write('ctx.json', context());
  write('ctx-rerun.json', context({ runAttempt: 2 }));
  write('ctx-self.json', context({ actor: 'octocat' }));
  write('not-json.json', '{"actor": ');
});

describe('crucible gate', () => {
  it('prints an allowed decision as JSON and exits 0', () => {
    const result = crucible('--policy', 'crucible.yml', '--evidence', 'evidence', '--context', 'ctx.json', ...FULL);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const decision = decisionOf(result.stdout);
    expect(decision.allowed).toBe(true);
    expect(Object.keys(decision)).toEqual(['allowed', 'reasons']);
    for (const entry of decision.reasons) {
      expect(Object.keys(entry)).toEqual(['rule', 'ok', 'detail']);
      expect(entry.ok).toBe(true);
    }
    expect(decision.reasons.find((entry) => entry.rule === 'approvals')?.detail).toBe(
      'approvals: octocat approved environment "staging", meeting the 1 approval needed from someone other than alice.',
    );
  });

  it.each([
    ['a failed training run', ['--evidence', 'failed', '--context', 'ctx.json', ...FULL], 'run', /failed\/train\/run\.json exited with code 1/],
    ['a re-run', ['--evidence', 'evidence', '--context', 'ctx-rerun.json', ...FULL], 'rerun', /attempt 2/],
    ['a self-approval', ['--evidence', 'evidence', '--context', 'ctx-self.json', ...FULL], 'approvals', /octocat started the run and cannot approve it/],
    ['an empty evidence folder', ['--evidence', 'empty', '--context', 'ctx.json', ...FULL], 'evidence', /no evidence documents were found/],
    ['evidence that does not parse', ['--evidence', 'broken', '--context', 'ctx.json', ...FULL], 'evidence-readable', /2 evidence files could not be read as evidence: broken\/bad\.json \(.*not valid JSON/],
  ])('denies %s with exit 1 and the decision on stdout', (_, args, rule, detail) => {
    const result = crucible('--policy', 'crucible.yml', ...args);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    const decision = decisionOf(result.stdout);
    expect(decision.allowed).toBe(false);
    const denial = decision.reasons.find((entry) => entry.rule === rule);
    expect(denial?.ok).toBe(false);
    expect(denial?.detail).toMatch(detail);
  });

  it('judges inputs left out as missing, naming the flag to pass, with exit 1', () => {
    const result = crucible('--policy', 'crucible.yml', '--evidence', 'evidence');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    const denials = decisionOf(result.stdout).reasons.filter((entry) => !entry.ok);
    // The policy has one environment, so it is judged without a context; everything the context feeds is denied.
    expect(denials.map((entry) => entry.rule)).toEqual([
      'context',
      'evidence-commit',
      'protected-environment',
      'protection-rules',
      'admin-bypass',
      'branch-policy',
      'approvals',
      'rejections',
      'rerun',
      'refs',
    ]);
    expect(denials.find((entry) => entry.rule === 'context')?.detail).toContain('pass --context <ctx.json>');
    expect(denials.find((entry) => entry.rule === 'protected-environment')?.detail).toContain('pass --environment <env.json>');
    expect(denials.find((entry) => entry.rule === 'approvals')?.detail).toContain('pass --approvals <approvals.json>');
  });

  it.each([
    ['a policy file that does not exist', ['--policy', 'nope.yml', '--evidence', 'evidence'], /^crucible gate: --policy nope\.yml: cannot read the file \(no such file\); check the path\.$/],
    ['a policy that is not YAML', ['--policy', 'not-yaml.yml', '--evidence', 'evidence'], /^crucible gate: --policy not-yaml\.yml:\d+: .*Fix the YAML syntax\.$/],
    [
      'a policy that fails its schema, naming file, line and YAML path',
      ['--policy', 'bad-policy.yml', '--evidence', 'evidence'],
      /^crucible gate: --policy (?=.*bad-policy\.yml:5: environments\.staging\.allow-rerun: )(?=.*bad-policy\.yml:6: environments\.staging\.refs: must name at least one ref)/,
    ],
    ['a context that is not JSON', ['--policy', 'crucible.yml', '--evidence', 'evidence', '--context', 'not-json.json'], /^crucible gate: --context not-json\.json: not valid JSON \(/],
    ['an environment file that does not exist', ['--policy', 'crucible.yml', '--evidence', 'evidence', '--environment', 'nope.json'], /^crucible gate: --environment nope\.json: cannot read the file \(no such file\)/],
    ['an evidence folder that does not exist', ['--policy', 'crucible.yml', '--evidence', 'nope'], /^crucible gate: --evidence nope: no such folder/],
    ['no --policy', ['--evidence', 'evidence'], /^crucible gate: --policy <file> is required/],
    ['several environments and no context', ['--policy', 'two.yml', '--evidence', 'evidence'], /^crucible gate: no environment to judge: the policy names 2 environments \(staging, production\); pass --context <ctx\.json>/],
  ])('exits 2 with one line on stderr for %s', (_, args, message) => {
    const result = crucible(...args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd()).toMatch(message);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });

  it('denies an environment the policy does not name with exit 1, not 2', () => {
    write('ctx-production.json', context({ environment: 'production' }));
    const result = crucible('--policy', 'crucible.yml', '--evidence', 'evidence', '--context', 'ctx-production.json', ...FULL);
    expect(result.status).toBe(1);
    expect(decisionOf(result.stdout).reasons[0]).toEqual({
      rule: 'environment-policy',
      ok: false,
      detail: 'environment-policy: crucible.yml has no policy for environment "production"; add environments.production with the evidence and approvals promotion to it needs.',
    });
  });

  it('shows its usage with --help', () => {
    const result = crucible('--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('crucible gate --policy <file> --evidence <dir>');
  });
});
