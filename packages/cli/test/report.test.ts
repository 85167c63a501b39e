import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../../scripts/actions.ts';

const CRUCIBLE = join(repoRoot, 'node_modules', '.bin', 'crucible');
const SHA = 'c0ffee0000000000000000000000000000000001';
let dir: string;

function crucible(...args: string[]) {
  return spawnSync(CRUCIBLE, args, { cwd: dir, encoding: 'utf8' });
}

function write(name: string, text: string): void {
  mkdirSync(join(dir, name, '..'), { recursive: true });
  writeFileSync(join(dir, name), text);
}

const runEvidence = (fields: Record<string, unknown> = {}) =>
  JSON.stringify({
    schema: 'crucible/run@1',
    command: 'python train.py',
    exitCode: 0,
    signal: null,
    durationSeconds: 61,
    timedOut: false,
    gpus: [],
    telemetry: null,
    metrics: { acc: 0.85 },
    git: { sha: SHA, ref: null },
    ...fields,
  });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'crucible-report-cli-'));
  write('base.json', '{"eval": {"acc": 0.90, "loss": 0.30}}');
  write('worse.json', '{"eval": {"acc": 0.85, "loss": 0.30}}');
  // A regression, so the report's verdict is fail and the exit code must still be 0.
  const compare = crucible('compare', '--baseline', 'base.json', '--current', 'worse.json', '--json', 'evidence/compare/comparison.json');
  expect(compare.status).toBe(1);
  write('evidence/train/run.json', runEvidence());
  write('evidence/notes.json', '{"not": "evidence"}');
  write('crucible.yml', 'environments:\n  production:\n    require:\n      approvals: 1\n');
  write('other.yml', 'environments:\n  staging:\n    require:\n      protected-environment: false\n      approvals: 0\n      evidence: [run]\n');
  write('empty/readme.json', '{}');
  write('bad-schema/run.json', runEvidence({ exitCode: 'zero' }));
  write('bad-json/run.json', '{"schema": "crucible/run@1",');
});

describe('crucible report', () => {
  it('prints the report to stdout and exits 0 whatever the verdict', () => {
    const result = crucible('report', '--evidence', 'evidence');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^### Model report\n\n❌ \*\*Fail\*\*: 1 metric regressed\.$/m);
    expect(result.stdout).toMatch(/^\| <code>eval&#46;acc<\/code> \| ↑\* \| 0\.9 \| 0\.85 \|/m);
    expect(result.stdout).toContain('| <code>train/run&#46;json</code> | <code>python train&#46;py</code> | ✅ exit 0 | 1 min 01 s |');
  });

  it("lists what promotion still needs from the working directory's crucible.yml", () => {
    const result = crucible('report', '--evidence', 'evidence');
    expect(result.stdout).toContain('#### What promotion still needs');
    expect(result.stdout).toContain('| <code>production</code> | ❌ no validation evidence; the metric comparison fails |');
  });

  it('reads another config with --config', () => {
    const result = crucible('report', '--evidence', 'evidence', '--config', 'other.yml');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('| <code>staging</code> | ✅ nothing | — |');
  });

  it('writes the report to --markdown and says where', () => {
    const result = crucible('report', '--evidence', 'evidence', '--markdown', 'out/report.md');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('Report written to out/report.md (verdict: fail).\n');
    expect(readFileSync(join(dir, 'out/report.md'), 'utf8')).toMatch(/^### Model report\n/);
  });

  it.each([
    [[], /--evidence <dir> is required/],
    [['--evidence', 'missing'], /--evidence missing: no such folder/],
    [['--evidence', 'empty'], /empty: no evidence below this folder/],
    [['--evidence', 'bad-schema'], /bad-schema\/run\.json: not a valid crucible\/run@1 document:\n.*exitCode/],
    [['--evidence', 'bad-json'], /bad-json\/run\.json: not valid JSON/],
    [['--evidence', 'evidence', '--config', 'nope.yml'], /nope\.yml does not exist/],
    [['--evidence', 'evidence', 'extra'], /Unexpected argument "extra"/],
  ])('refuses %j with exit 2 and a clear message, no stack trace', (args, message) => {
    const result = crucible('report', ...args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });
});
