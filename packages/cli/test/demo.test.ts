import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../../scripts/actions.ts';

describe('crucible demo', () => {
  it('runs the main job on the bundled example against a loopback GitHub and prints the posted report', () => {
    const result = spawnSync(join(repoRoot, 'node_modules', '.bin', 'crucible'), ['demo'], { encoding: 'utf8', timeout: 120_000 });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/run \d+: data success, train success, metrics success, report success\n\n2\. Pull request #1/);
    expect(result.stdout).toContain('#### Training run');
    expect(result.stdout).toMatch(/verdict (pass|fail): \d+ regressed, \d+ improved, baseline artifact at [0-9a-f]{7}/);
    expect(result.stdout).toContain('<!-- crucible-report id="model-report" workflow="ml.yml" -->');
    expect(result.stdout).toContain('#### Data checks');
    // The pull request's evidence records its head commit beside the merge commit, so its own report does not
    // warn that the evidence comes from other commits.
    expect(result.stdout).not.toContain('Evidence records other commits');
  });
});
