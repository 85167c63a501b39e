import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchesPattern } from '../src/artifacts.ts';
import { commitOf, pullRequestOf, readContext } from '../src/index.ts';

describe('readContext', () => {
  const event = join(mkdtempSync(join(tmpdir(), 'crucible-context-')), 'event.json');
  writeFileSync(event, JSON.stringify({ pull_request: { number: 7, base: { ref: 'main', sha: 'b'.repeat(40) }, head: { sha: 'h'.repeat(40), repo: { full_name: 'fork/models' } } } }));

  it('reads the run from the runner variables, the workflow file from GITHUB_WORKFLOW_REF', () => {
    const context = readContext({
      GITHUB_REPOSITORY: 'octo-org/models',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
      GITHUB_WORKFLOW_REF: 'octo-org/models/.github/workflows/ml.yml@refs/pull/7/merge',
      GITHUB_RUN_ID: '42',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: 'https://api.github.com/',
    });
    expect(context).toMatchObject({ owner: 'octo-org', repo: 'models', workflowFile: 'ml.yml', runId: 42, apiUrl: 'https://api.github.com', ghes: false });
    expect(pullRequestOf(context)).toEqual({ number: 7, baseRef: 'main', baseSha: 'b'.repeat(40), headSha: 'h'.repeat(40), headRepo: 'fork/models' });
  });

  it.each([
    ['https://github.com', false],
    ['https://octo.ghe.com', false],
    ['http://github.localhost:8080', false],
    ['https://git.example.com', true],
  ])('knows %s is GHES: %s', (serverUrl, ghes) => {
    expect(readContext({ GITHUB_REPOSITORY: 'o/r', GITHUB_SERVER_URL: serverUrl }).ghes).toBe(ghes);
  });

  it('says how to fix a run outside GitHub Actions, and an unreadable event', () => {
    expect(() => readContext({})).toThrow(/GITHUB_REPOSITORY is not set/);
    expect(() => readContext({ GITHUB_REPOSITORY: 'o/r', GITHUB_EVENT_PATH: '/nonexistent/event.json' })).toThrow(/Cannot read the event payload at GITHUB_EVENT_PATH/);
  });
});

describe('commitOf', () => {
  const dir = mkdtempSync(join(tmpdir(), 'crucible-commit-'));
  const pull = join(dir, 'pull.json');
  writeFileSync(pull, JSON.stringify({ pull_request: { number: 7, base: { ref: 'main', sha: 'b'.repeat(40) }, head: { sha: 'f'.repeat(40) } } }));
  const push = join(dir, 'push.json');
  writeFileSync(push, JSON.stringify({ after: 'a'.repeat(40) }));
  const context = (eventName: string, eventPath: string) =>
    readContext({ GITHUB_REPOSITORY: 'o/r', GITHUB_EVENT_NAME: eventName, GITHUB_EVENT_PATH: eventPath, GITHUB_SHA: 'a'.repeat(40), GITHUB_REF: 'refs/pull/7/merge' });

  it("names a pull_request's head commit beside GITHUB_SHA's merge commit", () => {
    expect(commitOf(context('pull_request', pull))).toEqual({ sha: 'a'.repeat(40), ref: 'refs/pull/7/merge', headSha: 'f'.repeat(40) });
  });

  it.each([
    ['a push', 'push', push],
    // pull_request_target runs the base branch's code: its evidence is about GITHUB_SHA, not the head.
    ['a pull_request_target', 'pull_request_target', pull],
  ])('names GITHUB_SHA alone on %s', (_, eventName, eventPath) => {
    expect(commitOf(context(eventName, eventPath))).toEqual({ sha: 'a'.repeat(40), ref: 'refs/pull/7/merge' });
  });
});

describe('matchesPattern', () => {
  it.each([
    ['crucible-run-seed-1', 'crucible-run-*', true],
    ['crucible-comparison', 'crucible-*', true],
    ['crucible.comparison', 'crucible-*', false],
    ['a+b', 'a+b', true],
    ['abc', 'a?c', true],
  ])('%s ~ %s is %s', (name, pattern, expected) => expect(matchesPattern(name, pattern)).toBe(expected));
});
