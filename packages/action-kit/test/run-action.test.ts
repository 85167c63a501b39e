import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, CrucibleError, InputError, type Outcome } from '@crucible/core';
import { permissionError } from '@crucible/github';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { actionInputs, failureOf, runAction, sharedInputs } from '../src/index.ts';

afterEach(() => {
  vi.unstubAllEnvs();
  process.exitCode = undefined;
});

function captureStdout(): { text: () => string } {
  let text = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    text += chunk.toString();
    return true;
  });
  return { text: () => text };
}

describe('runAction', () => {
  it("fails the step with a Crucible error's own message and no stack", async () => {
    const out = captureStdout();
    await runAction(async () => {
      throw new ConfigError('crucible.yml: metrics.rules[0].tolerance: must be a number or a percentage like "2%".');
    });
    vi.restoreAllMocks();
    expect(process.exitCode).toBe(1);
    // The runner decodes %25 back to % when it shows the annotation.
    expect(out.text()).toBe('::error::crucible.yml: metrics.rules[0].tolerance: must be a number or a percentage like "2%25".\n');
  });

  it('reports anything else as a bug, with the stack only in the debug log', async () => {
    const out = captureStdout();
    await runAction(async () => {
      throw new TypeError('boom');
    });
    vi.restoreAllMocks();
    expect(process.exitCode).toBe(1);
    expect(out.text()).toMatch(/^::debug::TypeError: boom%0A\s+at /m);
    expect(out.text()).toMatch(/^::error::Unexpected error: boom\. This is a bug in Crucible/m);
  });
});

describe('actionInputs', () => {
  it('masks the token as soon as it is read', () => {
    const out = captureStdout();
    vi.stubEnv('INPUT_TOKEN', 'ghs_secret');
    const config = actionInputs(sharedInputs);
    vi.restoreAllMocks();
    expect(config.token).toBe('ghs_secret');
    expect(out.text()).toBe('::add-mask::ghs_secret\n');
  });

  it('reads inputs the way the runner passes them (INPUT_<NAME>, hyphens kept)', () => {
    vi.stubEnv('INPUT_WORKING-DIRECTORY', ' models/churn ');
    vi.stubEnv('INPUT_CONFIG', '');
    expect(actionInputs(sharedInputs)).toEqual({ token: undefined, config: 'crucible.yml', workingDirectory: 'models/churn' });
  });
});

describe('a mistake in a file the user wrote', () => {
  it('is annotated on its file and line', async () => {
    const out = captureStdout();
    await runAction(async () => {
      throw new ConfigError('crucible.yml:12: metrics.rules[2].tolerance: must be a number');
    });
    vi.restoreAllMocks();
    expect(process.exitCode).toBe(1);
    expect(out.text()).toBe('::error file=crucible.yml,line=12::crucible.yml:12: metrics.rules[2].tolerance: must be a number\n');
  });
});

describe('an outcome', () => {
  it('reaches the runner in one place: outputs, annotations, the summary, then the failure', async () => {
    const out = captureStdout();
    const dir = mkdtempSync(join(tmpdir(), 'crucible-outcome-'));
    const outputFile = join(dir, 'output');
    const summaryFile = join(dir, 'summary');
    writeFileSync(outputFile, '');
    writeFileSync(summaryFile, '');
    vi.stubEnv('GITHUB_OUTPUT', outputFile);
    vi.stubEnv('GITHUB_STEP_SUMMARY', summaryFile);
    const outcome: Outcome = {
      outputs: { verdict: 'fail', regressions: '1' },
      summary: '## Model metrics\n',
      annotations: [{ level: 'error', message: 'acc: regressed', title: 'Metric regressed', file: 'crucible.yml', line: 3 }],
      evidence: [],
      failure: { message: 'Verdict: fail', severity: 'fail' },
      result: null,
    };
    await runAction(async () => outcome);
    vi.restoreAllMocks();
    expect(process.exitCode).toBe(1);
    expect(readFileSync(outputFile, 'utf8')).toMatch(/^verdict<<ghadelimiter_[\w-]+\nfail\n/);
    expect(readFileSync(outputFile, 'utf8')).toContain('\nregressions<<');
    expect(readFileSync(summaryFile, 'utf8')).toBe('## Model metrics\n\n');
    expect(out.text()).toBe('::error title=Metric regressed,file=crucible.yml,line=3::acc: regressed\n::error::Verdict: fail\n');
    rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ['warning', '::warning::Checks failed\n', undefined],
    ['notice', '::notice::Checks failed\n', undefined],
  ] as const)('with a %s failure annotates and leaves the step green', async (severity, line, exitCode) => {
    const out = captureStdout();
    await runAction(async () => ({ outputs: {}, summary: '', annotations: [], evidence: [], failure: { message: 'Checks failed', severity }, result: null }));
    vi.restoreAllMocks();
    expect(process.exitCode).toBe(exitCode);
    expect(out.text()).toBe(line);
  });
});

describe('failureOf', () => {
  class QuietError extends CrucibleError {
    override readonly severity = 'notice';
  }

  it('takes the severity a named error class declares', () => {
    expect(failureOf(new QuietError('Nothing to compare yet.'))).toEqual({ message: 'Nothing to compare yet.', severity: 'notice' });
    expect(failureOf(new InputError('Input "grace" must be a whole number.'))).toEqual({ message: 'Input "grace" must be a whole number.', severity: 'fail' });
  });

  it('names the GitHub call an unusable answer came from, not a bug', () => {
    const error = Object.assign(new Error('Not Found'), { status: 404, request: { method: 'GET', url: 'https://api.github.com/repos/o/r/actions/runs/1?per_page=100' } });
    expect(failureOf(error).message).toBe(
      'GitHub answered 404 to GET https://api.github.com/repos/o/r/actions/runs/1: Not Found. Re-run the job if GitHub was having trouble; otherwise check the token and the repository settings.',
    );
  });

  it('names the permission a 403 asks for, through the GitHub edge', () => {
    const refusal = permissionError('POST', 'https://api.github.com/repos/o/r/check-runs', { 'x-accepted-github-permissions': 'checks=write' });
    const failure = failureOf(refusal);
    expect(failure.severity).toBe('fail');
    expect(failure.message).toMatch(/checks: write/);
    expect(failure.message).not.toMatch(/bug in Crucible/);
  });
});
