import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoopbackGitHub, runPipeline, shaOf, standardSeed, startLoopbackGitHub } from '../src/index.ts';

const fixture = (name: string) => join(import.meta.dirname, 'fixtures', name);
let github: LoopbackGitHub;

beforeAll(async () => {
  github = await startLoopbackGitHub({ seed: standardSeed() });
});
afterAll(() => github.close());

describe('runPipeline', () => {
  it("hands one job's artifact to the next job of the same run, through the real @actions/artifact", async () => {
    const result = await runPipeline({ github, repo: 'octo-org/models', sha: shaOf('c3'), eventName: 'push' }, [
      { name: 'train', steps: [{ id: 'up', action: fixture('artifact-upload'), inputs: { name: 'crucible-run-seed-1', content: '{"acc": 0.9}' } }] },
      { name: 'report', steps: [{ id: 'down', action: fixture('artifact-download'), inputs: { name: 'crucible-run-seed-1' } }] },
    ]);
    expect(result.conclusion).toBe('success');
    expect(result.jobs[1]?.steps[0]?.run?.outputs).toEqual({ content: '{"acc": 0.9}' });
    const run = github.state.repo('octo-org', 'models')?.runs.get(result.runId);
    expect(run).toMatchObject({ status: 'completed', conclusion: 'success', event: 'push', headSha: shaOf('c3') });
    expect(run?.jobs.map((job) => job.name)).toEqual(['train', 'report']);
    expect(github.violations).toEqual([]);
  });

  it('skips the rest after a failure unless a step or job says always, and marks the run failed', async () => {
    const result = await runPipeline({ github, repo: 'octo-org/models' }, [
      {
        name: 'report',
        steps: [
          { id: 'missing', action: fixture('artifact-download'), inputs: { name: 'never-uploaded' } },
          { id: 'skipped', action: fixture('artifact-download'), inputs: { name: 'never-uploaded' } },
        ],
      },
      { name: 'next', steps: [{ action: fixture('artifact-download'), inputs: { name: 'x' } }] },
      { name: 'cleanup', always: true, steps: [{ id: 'up', action: fixture('artifact-upload'), inputs: { name: 'logs', content: '{}' } }] },
    ]);
    expect(result.conclusion).toBe('failure');
    expect(result.jobs.map((job) => [job.name, job.conclusion])).toEqual([
      ['report', 'failure'],
      ['next', 'skipped'],
      ['cleanup', 'success'],
    ]);
    expect(result.jobs[0]?.steps.map((step) => step.conclusion)).toEqual(['failure', 'skipped']);
    expect(result.jobs[0]?.steps[0]?.run?.annotations[0]?.message).toMatch(/Artifact not found|No artifacts found|not found/i);
    expect(github.state.repo('octo-org', 'models')?.runs.get(result.runId)?.conclusion).toBe('failure');
  });
});

describe('the loopback GitHub as a process', () => {
  it('prints its URLs and a job environment, serves requests, and stops when its input closes', async () => {
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, [join(import.meta.dirname, '..', 'bin', 'loopback-github.ts'), '--standard'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const line = await new Promise<string>((resolve) => child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString())));
    const { urls, env } = JSON.parse(line) as { urls: { api: string }; env: Record<string, string> };
    expect(env['GITHUB_REPOSITORY']).toBe('octo-org/models');
    const response = await fetch(`${urls.api}/repos/octo-org/models`, { headers: { authorization: `token ${env['GITHUB_TOKEN']}` } });
    expect(((await response.json()) as { default_branch: string }).default_branch).toBe('main');
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.stdin.end();
    expect(await exited).toBe(0);
  });
});
