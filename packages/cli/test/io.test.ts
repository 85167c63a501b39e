import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitOf } from '../src/io.ts';

const MERGE = 'a'.repeat(40);
const HEAD = 'f'.repeat(40);
const dir = mkdtempSync(join(tmpdir(), 'crucible-cli-git-'));
const event = (name: string, content: string) => {
  writeFileSync(join(dir, name), content);
  return join(dir, name);
};
const pull = event('pull.json', JSON.stringify({ pull_request: { number: 7, head: { sha: HEAD } } }));
const onRunner = { GITHUB_SHA: MERGE, GITHUB_REF: 'refs/pull/7/merge' };

describe('gitOf', () => {
  it("records a pull_request's head commit from GITHUB_EVENT_PATH beside GITHUB_SHA's merge commit", () => {
    expect(gitOf(dir, { ...onRunner, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: pull })).toEqual({ sha: MERGE, ref: 'refs/pull/7/merge', headSha: HEAD });
  });

  it.each([
    ['another event', { GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: pull }],
    ['pull_request_target, which runs the base branch', { GITHUB_EVENT_NAME: 'pull_request_target', GITHUB_EVENT_PATH: pull }],
    ['no event file', { GITHUB_EVENT_NAME: 'pull_request' }],
    ['an event file that is not there', { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: join(dir, 'missing.json') }],
    ['an event file that is not JSON', { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event('bad.json', '{"pull_request":') }],
    ['a head that is not a sha', { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event('odd.json', JSON.stringify({ pull_request: { head: { sha: 'main' } } })) }],
    ['null as the payload', { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event('null.json', 'null') }],
    ['a folder as the event file', { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: (mkdirSync(join(dir, 'folder'), { recursive: true }), join(dir, 'folder')) }],
  ])('leaves headSha equal to sha with %s', (_, env) => {
    expect(gitOf(dir, { ...onRunner, ...env })).toEqual({ sha: MERGE, ref: 'refs/pull/7/merge', headSha: MERGE });
  });
});
