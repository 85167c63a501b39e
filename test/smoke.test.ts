import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { actionNames, repoRoot } from '../scripts/actions.ts';

// A bundle must carry everything it needs: the runner checks out the action without node_modules.
const scratch = mkdtempSync(join(tmpdir(), 'crucible-smoke-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function startBundle(name: string, env: Record<string, string>) {
  const dir = join(scratch, name);
  cpSync(join(repoRoot, 'actions', name, 'dist'), dir, { recursive: true });
  expect(existsSync(join(dir, 'node_modules'))).toBe(false);
  const inputs = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('INPUT_')));
  return spawnSync(process.execPath, [join(dir, 'index.js')], {
    cwd: dir,
    env: { ...inputs, GITHUB_OUTPUT: '', GITHUB_STEP_SUMMARY: '', ...env },
    encoding: 'utf8',
  });
}

/**
 * How far each bundle gets before it stops on something a person must fix: far enough to load its lazily imported
 * chunks where it has them.
 */
const EXPECTED: Record<string, { env: Record<string, string>; error: RegExp }> = {
  'compare-metrics': {
    env: { GITHUB_REPOSITORY: 'octo-org/models', INPUT_CURRENT: 'missing/metrics.json', INPUT_CONFIG: 'crucible.yml' },
    error: /^::error::.*missing\/metrics\.json: no such file or folder/m,
  },
  report: {
    env: { GITHUB_REPOSITORY: 'octo-org/models' },
    error: /^::error::Input "token" is empty/m,
  },
  'validate-data': {
    env: { GITHUB_REPOSITORY: 'octo-org/models' },
    error: /^::error::schema\.yml: /m,
  },
  train: {
    env: { GITHUB_REPOSITORY: 'octo-org/models', 'INPUT_TIME-BUDGET': 'soon' },
    error: /^::error::time-budget: "soon" is not a duration/m,
  },
  promote: {
    env: { GITHUB_REPOSITORY: 'octo-org/models' },
    error: /^::error::Input "token" is empty/m,
  },
  deploy: {
    env: { GITHUB_REPOSITORY: 'octo-org/models', 'INPUT_TIME-BUDGET': 'soon' },
    error: /^::error::time-budget: "soon" is not a duration/m,
  },
  monitor: {
    env: { GITHUB_REPOSITORY: 'octo-org/models', INPUT_MODEL: 'churn', INPUT_STAGE: 'production', 'INPUT_DISPATCH-COOLDOWN': 'soon' },
    error: /^::error::dispatch-cooldown: "soon" is not a duration/m,
  },
};

describe.each(actionNames())('actions/%s/dist started alone', (name) => {
  it('loads every module it needs and fails with one clear error', () => {
    const expected = EXPECTED[name] ?? { env: {}, error: new RegExp(`^::error::The ${name} action is not implemented yet`, 'm') };
    const workspace = mkdtempSync(join(scratch, 'workspace-'));
    const result = startBundle(name, {
      INPUT_DATA: 'data.csv',
      INPUT_SCHEMA: 'schema.yml',
      INPUT_RUN: 'true',
      INPUT_ENVIRONMENT: 'staging',
      INPUT_MODEL: 'demo',
      GITHUB_WORKSPACE: workspace,
      RUNNER_TEMP: workspace,
      ...expected.env,
    });
    expect(result.stderr).not.toMatch(/ERR_MODULE_NOT_FOUND|Cannot find (module|package)|webpackMissingModule/);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(expected.error);
    expect(result.stdout).not.toMatch(/::set-output|^\s+at |Unexpected error/m);
  });
});
