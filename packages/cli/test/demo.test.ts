import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../../scripts/actions.ts';

describe('crucible demo', () => {
  // One run of the demo (about half a minute on two cores), shared by the tests below.
  let run: { stdout: string; stderr: string; status: number | null } | undefined;
  const demo = () => (run ??= spawnSync(join(repoRoot, 'node_modules', '.bin', 'crucible'), ['demo'], { encoding: 'utf8', timeout: 170_000 }));

  it('runs the main job on the bundled example against a loopback GitHub and prints the posted report', () => {
    const result = demo();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/run \d+: data success, train \(seed 1\) success, train \(seed 2\) success, train \(seed 3\) success, metrics success, report success\n\n2\. Pull request #1/);
    // Three seeds a side, so the t test can tell the learning rate's effect on the loss from seed-to-seed noise.
    expect(result.stdout).toContain('Runs compared: 3 baseline, 3 current.');
    expect(result.stdout).toContain('#### Training run');
    expect(result.stdout).toMatch(/verdict (pass|fail): \d+ regressed, \d+ improved, baseline artifact at [0-9a-f]{7}/);
    expect(result.stdout).toContain('<!-- crucible-report id="model-report" workflow="ml.yml" -->');
    expect(result.stdout).toContain('#### Data checks');
    // The pull request's evidence records its head commit beside the merge commit, so its own report does not
    // warn that the evidence comes from other commits.
    expect(result.stdout).not.toContain('Evidence records other commits');
  }, 180_000);

  it('merges the pull request, promotes it to staging, refuses production until a second person approves, and deploys it', () => {
    const { stdout } = demo();
    expect(stdout).toMatch(/4\. Merge pull request #1[^\n]*\n {2}run \d+: data success, train \(seed 1\) success, train \(seed 2\) success, train \(seed 3\) success, metrics success, report success\n {2}verdict pass: /);
    expect(stdout).toMatch(/5\. Promote to staging[^\n]*\n {2}gate: allowed \(churn v1\.0\.0 to staging\)\n/);
    // The production gate refuses the run bob started (nobody else approved), names the rule, then allows it once alice approved.
    const production = stdout.slice(stdout.indexOf('6. Promote to production'), stdout.indexOf('7. The registry'));
    expect(production).toMatch(
      /gate: refused \(churn v1\.0\.0 to production\)\n[\s\S]*✗ approvals: environment "production" has 0 of the 1 approval it needs from someone other than bob[\s\S]*alice approves the deployment to production[\s\S]*gate: allowed \(churn v1\.0\.0 to production\)\n[\s\S]*✓ approvals: alice approved environment "production"/,
    );
    expect(production.match(/✗/g)).toHaveLength(1);
    expect(production).toMatch(/registry tag churn#production#2, deployment \d+/);
    // The registry as `crucible registry show` prints it, read from the loopback's tags.
    expect(stdout).toMatch(/ {2}model {2}latest {2}#production {2}#staging {2}versions\n {2}churn {2}v1\.0\.0 {2}v1\.0\.0 {7}v1\.0\.0 {4}v1\.0\.0\n/);
    expect(stdout).toMatch(/deploy success: churn v1\.0\.0; the command said "serving churn v1\.0\.0 \(sha256 [0-9a-f]{12}\) in production"/);
    expect(stdout).toMatch(/deployment \d+: staging, churn v1\.0\.0 at [0-9a-f]{7}: in_progress → success\n/);
    expect(stdout).toMatch(/deployment \d+: production, churn v1\.0\.0 at [0-9a-f]{7}: in_progress → success → in_progress → success \(https:\/\/models\.example\.com\/churn\)\n/);
  }, 180_000);

  it('monitors a healthy day with no issue, then a drifted day: one alert issue and a retraining dispatch', () => {
    const { stdout } = demo();
    expect(stdout).toMatch(/9\. Monitor, day 1[^\n]*\n {2}monitor healthy: churn v1\.0\.0 in production, 300 rows, 0 drifted columns, no issue\n/);
    expect(stdout).toMatch(/10\. Monitor, day 2[^\n]*\n {2}monitor alert: churn v1\.0\.0 in production, 300 rows, [1-9]\d* drifted columns, alert issue #\d+, retraining dispatched\n/);
    expect(stdout.match(/^ {2}dispatched /gm)).toHaveLength(1);
    expect(stdout).toMatch(/dispatched \.github\/workflows\/retrain\.yml on main \(run \d+\) with model="churn" version="v1\.0\.0" reason="[^\n]*tenure_months/);
    expect(stdout.match(/^\d+\. The alert issue #/gm)).toHaveLength(1);
    expect(stdout).toMatch(/11\. The alert issue #\d+ \(open, labels crucible-monitor\): Model alert: churn in production\n\n<!-- crucible-monitor model="churn" environment="production" -->\n/);
    expect(stdout).toContain('❌ **Alert** for <code>churn</code>');
  }, 180_000);
});
