import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { profileData, ValidationEvidenceSchema } from '@crucible/core/data';
import { type LoopbackGitHub, pullRequestEvent, runAction, shaOf, standardSeed, startLoopbackGitHub } from '@crucible/testkit';
import { afterEach, describe, expect, it } from 'vitest';

const ACTION = join(import.meta.dirname, '..');
let github: LoopbackGitHub | undefined;
const scratch: string[] = [];
afterEach(async () => {
  expect(github?.violations ?? []).toEqual([]);
  await github?.close();
  github = undefined;
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const SCHEMA = [
  'columns:',
  '  id: {type: integer, unique: true, nullable: false}',
  '  age: {type: integer, nullable: false, min: 0, max: 120}',
  '  country: {type: string, in: [US, DE, FR]}',
  'table:',
  '  rows: {min: 10}',
  '',
].join('\n');

/** 40 rows; with `bad`, id 7 twice, an age of 150 and a country outside the set. */
function csv(options: { bad: boolean; shift?: number }): string {
  const rows = ['id,age,country'];
  for (let i = 1; i <= 40; i++) {
    const id = options.bad && i === 8 ? 7 : i;
    const age = options.bad && i === 12 ? 150 : 20 + ((i * 7) % 40) + (options.shift ?? 0);
    const country = options.bad && i === 20 ? 'XX' : ['US', 'DE', 'FR'][i % 3];
    rows.push(`${id},${age},${country}`);
  }
  return `${rows.join('\n')}\n`;
}

async function setup(files: Record<string, string>, baselineProfile?: string) {
  const seed = standardSeed();
  if (seed.repos?.[0] !== undefined) {
    seed.repos[0].runs =
      baselineProfile === undefined
        ? []
        : [{ workflow: 'ML', event: 'push', headBranch: 'main', headSha: 'c2', createdAt: '2026-11-15T10:00:00Z', artifacts: [{ name: 'crucible-validation', files: { 'profile.json': baselineProfile } }] }];
  }
  github = await startLoopbackGitHub({ seed });
  const workspace = mkdtempSync(join(tmpdir(), 'crucible-validate-'));
  scratch.push(workspace);
  for (const [path, content] of Object.entries(files)) writeFileSync(join(workspace, path), content);
  const env = github.runnerEnv({ repo: 'octo-org/models', workflow: 'ML', eventName: 'pull_request', sha: shaOf('merge-7'), ref: 'refs/pull/7/merge', headBranch: 'feature/better-lr', job: 'data' });
  const event = pullRequestEvent({ repository: 'octo-org/models', number: 7, headRef: 'feature/better-lr', headSha: shaOf('f2'), baseRef: 'main', baseSha: shaOf('c3') });
  return { workspace, env, event };
}

async function referenceProfile(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'crucible-reference-'));
  scratch.push(dir);
  writeFileSync(join(dir, 'reference.csv'), csv({ bad: false, shift: 30 }));
  return JSON.stringify(await profileData({ path: join(dir, 'reference.csv'), label: 'reference.csv' }, { git: null }));
}

describe('validate-data against the loopback GitHub', () => {
  it('fails the checks with annotations at the offending lines, and checks drift against the base branch profile', async () => {
    const { workspace, env, event } = await setup({ 'data.csv': csv({ bad: true }), 'schema.yml': SCHEMA }, await referenceProfile());
    const result = await runAction({ action: ACTION, inputs: { data: 'data.csv', schema: 'schema.yml', reference: 'baseline' }, env, event, workspace, keepTemp: true });
    scratch.push(result.runnerTemp);
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ passed: 'false', rows: '40' });
    expect(Number(result.outputs['failed-checks'])).toBeGreaterThanOrEqual(3);
    const evidence = ValidationEvidenceSchema.parse(JSON.parse(readFileSync(result.outputs['evidence-path'] ?? '', 'utf8')));
    // Great Expectations counts every row of a duplicated value: ids 7 and 7 are two unexpected rows.
    expect(evidence.checks.find((check) => check.column === 'id' && check.type.includes('unique'))).toMatchObject({ success: false, unexpectedCount: 2 });
    expect(evidence.reference).toMatchObject({ kind: 'profile' });
    expect(evidence.drift.find((entry) => entry.column === 'age')?.drifted).toBe(true);
    expect(Number(result.outputs['drifted-columns'])).toBeGreaterThanOrEqual(1);
    // Line 13 of the file holds the age of 150 (the header is line 1).
    expect(result.annotations).toContainEqual(expect.objectContaining({ level: 'error', file: 'data.csv', line: 13 }));
    expect(result.summary).toContain('Data checks');
    const uploaded = [...(github?.state.artifacts.values() ?? [])].filter((artifact) => artifact.runId === Number(env['GITHUB_RUN_ID']));
    expect(uploaded.map((artifact) => artifact.name)).toEqual(['crucible-validation']);
  });

  it('passes clean data, and only warns when fail-on is never', async () => {
    const clean = await setup({ 'data.csv': csv({ bad: false }), 'schema.yml': SCHEMA });
    const passed = await runAction({ action: ACTION, inputs: { data: 'data.csv', schema: 'schema.yml' }, env: clean.env, event: clean.event, workspace: clean.workspace });
    expect(passed.exitCode).toBe(0);
    expect(passed.outputs).toMatchObject({ passed: 'true', 'failed-checks': '0', 'drifted-columns': '0' });
    await github?.close();
    const dirty = await setup({ 'data.csv': csv({ bad: true }), 'schema.yml': SCHEMA });
    const warned = await runAction({ action: ACTION, inputs: { data: 'data.csv', schema: 'schema.yml', 'fail-on': 'never' }, env: dirty.env, event: dirty.event, workspace: dirty.workspace });
    expect(warned.exitCode).toBe(0);
    expect(warned.outputs['passed']).toBe('false');
  });

  it('names the schema file, line and YAML path of a schema mistake', async () => {
    const { workspace, env, event } = await setup({ 'data.csv': csv({ bad: false }), 'schema.yml': 'columns:\n  age: {type: integr}\n' });
    const result = await runAction({ action: ACTION, inputs: { data: 'data.csv', schema: 'schema.yml' }, env, event, workspace });
    expect(result.exitCode).toBe(1);
    expect(result.annotations[0]).toMatchObject({ level: 'error', file: 'schema.yml', line: 2, message: expect.stringMatching(/^schema\.yml:2: columns\.age\.type/) });
  });
});
