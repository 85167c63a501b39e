import { ConfigError } from '@crucible/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { actionInputs, runAction, sharedInputs } from '../src/index.ts';

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
