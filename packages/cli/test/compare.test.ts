import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ComparisonEvidenceSchema } from '@crucible/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../../scripts/actions.ts';

const CRUCIBLE = join(repoRoot, 'node_modules', '.bin', 'crucible');
let dir: string;

function crucible(...args: string[]) {
  return spawnSync(CRUCIBLE, args, { cwd: dir, encoding: 'utf8' });
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'crucible-compare-cli-'));
  const write = (name: string, text: string) => writeFileSync(join(dir, name), text);
  write('base.json', '{"eval": {"acc": 0.90, "loss": 0.30}, "epoch": 10}');
  write('better.json', '{"eval": {"acc": 0.92, "loss": 0.28}, "epoch": 12}');
  write('worse.json', '{"eval": {"acc": 0.85, "loss": 0.30}, "epoch": 10}');
  write('nan.json', '{"eval": {"acc": NaN, "loss": 0.30}, "epoch": 10}');
  write('broken.json', '{\n  "eval": {"acc": 0.9,\n  oops\n}');
  for (let seed = 0; seed < 3; seed++) {
    write(`base-${seed}.json`, JSON.stringify({ acc: 0.9 + seed * 0.001 }));
    write(`pr-${seed}.json`, JSON.stringify({ acc: 0.9 + seed * 0.001 - 0.0005 }));
  }
});

describe('crucible compare', () => {
  it('passes an improvement with exit 0 and writes JSON evidence and markdown', () => {
    const result = crucible('compare', '--baseline', 'base.json', '--current', 'better.json', '--json', 'out/comparison.json', '--markdown', 'out/comparison.md');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^eval\.acc\s+0\.9\s+0\.92\s+\+0\.02\s+\+2\.22%\s+improved \(higher, inferred\)$/m);
    expect(result.stdout).toMatch(/^epoch .* \(not judged\)$/m);
    expect(result.stdout).toContain('verdict: pass');
    const evidence = ComparisonEvidenceSchema.parse(JSON.parse(readFileSync(join(dir, 'out/comparison.json'), 'utf8')));
    expect(evidence.verdict).toBe('pass');
    expect(readFileSync(join(dir, 'out/comparison.md'), 'utf8')).toContain('Metrics pass');
  });

  it('fails a regression with exit 1 and says which metric', () => {
    const result = crucible('compare', '--baseline', 'base.json', '--current', 'worse.json');
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/verdict: fail\n {2}eval\.acc: regressed/);
  });

  it('reports a value that is not a number as invalid, exit 1, without crashing', () => {
    const result = crucible('compare', '--baseline', 'base.json', '--current', 'nan.json');
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^eval\.acc .* invalid/m);
  });

  it('takes several runs a side and judges them within noise', () => {
    const result = crucible('compare', ...[0, 1, 2].flatMap((seed) => ['--baseline', `base-${seed}.json`, '--current', `pr-${seed}.json`]));
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^acc .* within-noise/m);
    expect(result.stdout).toContain('3 baseline run(s), 3 current run(s)');
  });

  it.each([
    [['--baseline', 'base.json', '--current', 'broken.json'], /broken\.json.*line 3/],
    [['--baseline', 'base.json'], /--current <path> is required/],
    [['--baseline', 'base.json', '--current', 'missing.json'], /missing\.json/],
    [['--baseline', 'base.json', '--current', 'better.json', '--colour'], /Unknown option '--colour'/],
    [['--baseline', 'base.json', '--current', 'better.json', '--format', 'xml'], /--format must be auto or one of json, yaml/],
  ])('refuses %j with exit 2 and one clear line, no stack trace', (args, message) => {
    const result = crucible('compare', ...args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });
});

describe('crucible compare on a terminal', () => {
  it.each([
    ['a bidi override', 'acc\u202e1.0=ssol', 'acc\\u{202E}1.0=ssol'],
    ['a zero-width space', 'a\u200bcc', 'a\\u{200B}cc'],
    ['an isolate and a BOM', '\u2066loss\u2069\ufeff', '\\u{2066}loss\\u{2069}\\u{FEFF}'],
    ['an escape sequence and a C1 control', 'loss\u001b[2J\u009b31m', 'loss?[2J?31m'],
  ])('shows a metric name with %s visibly, never raw', (_case, name, shown) => {
    writeFileSync(join(dir, 'hostile-base.json'), JSON.stringify({ [name]: 0.5 }));
    writeFileSync(join(dir, 'hostile-pr.json'), JSON.stringify({ [name]: 0.5 }));
    const result = crucible('compare', '--baseline', 'hostile-base.json', '--current', 'hostile-pr.json');
    expect(result.stdout).toContain(shown);
    // eslint-disable-next-line no-control-regex -- none may reach the terminal
    expect(result.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\p{Cf}]/u);
  });
});
