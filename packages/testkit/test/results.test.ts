import { createHash, randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Octokit } from '@octokit/rest';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { signedBlobUrl } from '../src/github/blobs.ts';
import type { RunnerEnvOptions } from '../src/github/server.ts';
import { DEFAULT_TOKEN, type LoopbackGitHub, startLoopbackGitHub } from '../src/index.ts';

type ArtifactLibrary = typeof import('@actions/artifact');
type CacheLibrary = typeof import('@actions/cache');

const REPO = { owner: 'octo-org', repo: 'models' };
const SEEDED_RUN = 4242;
const MIB = 1024 * 1024;

let github: LoopbackGitHub;
let artifactLibrary: ArtifactLibrary;
let cacheLibrary: CacheLibrary;
let scratch: string;
let workspace: string;
/** What @actions/core printed (it writes workflow commands to stdout), so tests can read its warnings. */
let coreOutput: string[];

/**
 * The environment of a new job of a new run (or of `run`), as the runner would set it. The workspace stays the
 * same across jobs, as on one runner, because @actions/cache versions an entry by its absolute paths.
 */
async function startJob(options: Partial<RunnerEnvOptions> = {}): Promise<Record<string, string>> {
  const env = github.runnerEnv({ repo: `${REPO.owner}/${REPO.repo}`, job: 'train', ...options });
  const runnerTemp = await mkdtemp(join(scratch, 'temp-'));
  for (const [name, value] of Object.entries({ ...env, GITHUB_WORKSPACE: workspace, RUNNER_TEMP: runnerTemp })) vi.stubEnv(name, value);
  return env;
}

async function writeTree(root: string, files: Record<string, string | Buffer>): Promise<string[]> {
  const paths: string[] = [];
  for (const [path, content] of Object.entries(files)) {
    const target = join(root, path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, content);
    paths.push(target);
  }
  return paths;
}

/** Each file's sha256, which compares 9 MiB files far faster than a deep equality of their bytes. */
async function hashTree(root: string, paths: string[]): Promise<Record<string, string>> {
  const hash = async (path: string) => createHash('sha256').update(await readFile(join(root, path))).digest('hex');
  return Object.fromEntries(await Promise.all(paths.map(async (path) => [path, await hash(path)] as const)));
}

function octokit(): Octokit {
  return new Octokit({ auth: DEFAULT_TOKEN, baseUrl: github.urls.api, log: { debug() {}, info() {}, warn() {}, error() {} } });
}

beforeAll(async () => {
  github = await startLoopbackGitHub({
    seed: {
      repos: [
        {
          owner: REPO.owner,
          name: REPO.repo,
          commits: [{ sha: 'c1', message: 'Train the baseline' }],
          runs: [
            {
              id: SEEDED_RUN,
              headSha: 'c1',
              headBranch: 'main',
              artifacts: [
                { name: 'eval-report', files: { 'metrics.json': '{"acc": 0.91}', 'plots/loss.csv': 'step,loss\n1,0.9\n' } },
                { name: 'old-weights', files: { 'weights.txt': 'stale' }, expired: true },
                { name: 'scratch-notes', files: { 'notes.md': 'delete me' } },
              ],
            },
          ],
        },
        { owner: REPO.owner, name: 'datasets', commits: [{ sha: 'd1' }] },
      ],
    },
  });
  scratch = await mkdtemp(join(tmpdir(), 'crucible-results-'));
  workspace = await mkdtemp(join(scratch, 'workspace-'));
  // @actions/github reads GITHUB_API_URL once, when @actions/artifact first imports it, so it must be set before.
  vi.stubEnv('GITHUB_API_URL', github.urls.api);
  artifactLibrary = await import('@actions/artifact');
  cacheLibrary = await import('@actions/cache');
});

afterAll(async () => {
  await github.close();
  await rm(scratch, { recursive: true, force: true });
});

beforeEach(() => {
  coreOutput = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    coreOutput.push(String(chunk));
    return true;
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  // Every REST answer fits GitHub's OpenAPI description, and no request went to a route that does not exist.
  expect(github.violations).toEqual([]);
  expect(github.unknownRoutes).toEqual([]);
});

describe('artifacts through @actions/artifact', () => {
  it('uploads files in blocks, lists the artifact and downloads the same bytes in the same run', async () => {
    const env = await startJob();
    const files = {
      'metrics.json': '{"acc": 0.93, "loss": 0.21}',
      'config/train.yaml': 'lr: 0.001\nepochs: 3\n',
      'model.bin': randomBytes(9 * MIB),
    };
    const sources = await writeTree(join(workspace, 'out'), files);
    const client = new artifactLibrary.DefaultArtifactClient();
    const blobPuts = github.count('PUT /_blobs/{blob}');

    const upload = await client.uploadArtifact('model', sources, join(workspace, 'out'));

    // Random bytes do not compress: two 8 MiB blocks are staged, then the block list commits them.
    expect(github.count('PUT /_blobs/{blob}') - blobPuts).toBe(3);
    const { artifacts } = await client.listArtifacts();
    expect(artifacts).toEqual([
      expect.objectContaining({ id: upload.id, name: 'model', size: upload.size, digest: `sha256:${upload.digest}` }),
    ]);
    const target = join(workspace, 'download');
    const { digestMismatch } = await client.downloadArtifact(upload.id ?? 0, { path: target, expectedHash: `sha256:${upload.digest}` });
    expect(digestMismatch).toBe(false);
    expect(await hashTree(target, Object.keys(files))).toEqual(await hashTree(join(workspace, 'out'), Object.keys(files)));

    const { data } = await octokit().rest.actions.listWorkflowRunArtifacts({ ...REPO, run_id: Number(env.GITHUB_RUN_ID) });
    expect(data.total_count).toBe(1);
    expect(data.artifacts[0]).toMatchObject({
      id: upload.id,
      name: 'model',
      size_in_bytes: upload.size,
      digest: `sha256:${upload.digest}`,
      expired: false,
      workflow_run: { id: Number(env.GITHUB_RUN_ID), head_branch: 'main' },
    });
  });

  it("downloads another run's artifact with findBy: REST list, a 302 to a signed URL, then the blob", async () => {
    await startJob();
    const client = new artifactLibrary.DefaultArtifactClient();
    const findBy = { token: DEFAULT_TOKEN, workflowRunId: SEEDED_RUN, repositoryOwner: REPO.owner, repositoryName: REPO.repo };

    const { artifact } = await client.getArtifact('eval-report', { findBy });
    const target = join(workspace, 'report');
    await client.downloadArtifact(artifact.id, { path: target, findBy });

    expect(await readFile(join(target, 'metrics.json'), 'utf8')).toBe('{"acc": 0.91}');
    expect(await readFile(join(target, 'plots/loss.csv'), 'utf8')).toBe('step,loss\n1,0.9\n');
    expect(github.count('GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}')).toBe(1);
  });

  it('lists an expired artifact as expired and answers its download with 410', async () => {
    const { data } = await octokit().rest.actions.listWorkflowRunArtifacts({ ...REPO, run_id: SEEDED_RUN, name: 'old-weights' });
    expect(data.artifacts).toEqual([expect.objectContaining({ name: 'old-weights', expired: true })]);
    const download = octokit().rest.actions.downloadArtifact({
      ...REPO,
      artifact_id: data.artifacts[0]?.id ?? 0,
      archive_format: 'zip',
      request: { redirect: 'manual' },
    });
    await expect(download).rejects.toMatchObject({ status: 410, message: expect.stringContaining('Artifact has expired') });
  });

  it('refuses a second artifact of the same name in one run with the conflict GitHub answers', async () => {
    await startJob();
    const [source] = await writeTree(workspace, { 'metrics.json': '{}' });
    const client = new artifactLibrary.DefaultArtifactClient();
    const first = await client.uploadArtifact('metrics', [source ?? ''], workspace);
    await expect(client.uploadArtifact('metrics', [source ?? ''], workspace)).rejects.toThrow(
      'Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: an artifact with this name already exists on the workflow run',
    );
    // What upload-artifact's `overwrite: true` does: delete the old one, then upload again.
    expect(await client.deleteArtifact('metrics')).toEqual({ id: first.id });
    expect((await client.uploadArtifact('metrics', [source ?? ''], workspace)).id).not.toBe(first.id);
  });

  it('gets and deletes an artifact by id, and only under its own repository', async () => {
    const { data: listed } = await octokit().rest.actions.listWorkflowRunArtifacts({ ...REPO, run_id: SEEDED_RUN, name: 'scratch-notes' });
    const notes = listed.artifacts[0];
    expect(notes).toBeDefined();
    const byId = { ...REPO, artifact_id: notes?.id ?? 0 };
    expect((await octokit().rest.actions.getArtifact(byId)).data).toEqual(notes);
    await expect(octokit().rest.actions.getArtifact({ ...byId, repo: 'datasets' })).rejects.toMatchObject({ status: 404 });

    expect((await octokit().rest.actions.deleteArtifact(byId)).status).toBe(204);
    await expect(octokit().rest.actions.getArtifact(byId)).rejects.toMatchObject({ status: 404 });
  });

  it('pages the repository-wide list with a Link header, newest first', async () => {
    const { data, headers } = await octokit().rest.actions.listArtifactsForRepo({ ...REPO, per_page: 1 });
    expect(data.total_count).toBeGreaterThanOrEqual(2);
    expect(headers.link).toMatch(/[?&]page=2[&>][^,]*; rel="next"/);
    const ids = (await octokit().paginate(octokit().rest.actions.listArtifactsForRepo, { ...REPO, per_page: 2 })).map((artifact) => artifact.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
  });
});

describe('the cache through @actions/cache', () => {
  async function saveCheckpoint(key: string, content: string): Promise<number> {
    await writeTree(workspace, { 'ckpt/model.pt': content });
    return cacheLibrary.saveCache([join(workspace, 'ckpt')], key);
  }

  async function restoreCheckpoint(key: string, restoreKeys: string[] = []): Promise<{ matched?: string; content?: string }> {
    await rm(join(workspace, 'ckpt'), { recursive: true, force: true });
    const matched = await cacheLibrary.restoreCache([join(workspace, 'ckpt')], key, restoreKeys);
    const content = matched === undefined ? undefined : await readFile(join(workspace, 'ckpt/model.pt'), 'utf8');
    return { matched, content };
  }

  it('restores by restore-key prefix, by exact key, and misses without a match', async () => {
    await startJob();
    expect(await saveCheckpoint('ckpt-linux-abc', 'weights v1')).toBeGreaterThan(0);

    expect(await restoreCheckpoint('ckpt-linux-def', ['ckpt-linux-'])).toEqual({ matched: 'ckpt-linux-abc', content: 'weights v1' });
    expect(await restoreCheckpoint('ckpt-linux-abc')).toEqual({ matched: 'ckpt-linux-abc', content: 'weights v1' });
    expect(await restoreCheckpoint('ckpt-windows-abc', ['ckpt-windows-'])).toEqual({ matched: undefined, content: undefined });
    expect(github.state.cacheLookups.slice(-3).map((lookup) => lookup.matchedKey)).toEqual(['ckpt-linux-abc', 'ckpt-linux-abc', null]);
  });

  it('refuses to save the same key twice in one scope', async () => {
    await startJob();
    expect(await saveCheckpoint('ckpt-twice', 'first')).toBeGreaterThan(0);
    expect(await saveCheckpoint('ckpt-twice', 'second')).toBe(-1);
    expect(coreOutput.join('')).toContain('cache entry with the same key, version, and scope already exists');
  });

  it("keeps a feature branch's cache from other branches but shares the default branch's", async () => {
    await startJob({ ref: 'refs/heads/feature-a' });
    await saveCheckpoint('ckpt-branch-a', 'from feature-a');
    await startJob({ ref: 'refs/heads/feature-b' });
    expect(await restoreCheckpoint('ckpt-branch-a')).toEqual({ matched: undefined, content: undefined });

    await startJob({ ref: 'refs/heads/main' });
    await saveCheckpoint('ckpt-branch-main', 'from main');
    await startJob({ ref: 'refs/heads/feature-b' });
    expect(await restoreCheckpoint('ckpt-branch-b', ['ckpt-branch-'])).toEqual({ matched: 'ckpt-branch-main', content: 'from main' });
    expect(github.state.cacheLookups.at(-1)).toMatchObject({
      scopes: ['refs/heads/feature-b', 'refs/heads/main'],
      matchedScope: 'refs/heads/main',
    });
  });
});

describe('authentication', () => {
  const createArtifact = '/twirp/github.actions.results.api.v1.ArtifactService/CreateArtifact';

  it('answers a Twirp call without a runtime token with unauthenticated', async () => {
    const response = await fetch(`${github.urls.results}${createArtifact}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'model', version: 7 }),
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ code: 'unauthenticated', msg: expect.stringContaining('ACTIONS_RUNTIME_TOKEN') });
  });

  it('makes the libraries fail clearly when the runtime token is not one this service issued', async () => {
    await startJob();
    const [source] = await writeTree(workspace, { 'metrics.json': '{}' });
    // A well-formed token for a run that does not exist gets past the library's own decoding.
    const claims = { scp: 'Actions.Results:00000000-0000-0000-0000-000000000001:00000000-0000-0000-0000-000000000002' };
    vi.stubEnv('ACTIONS_RUNTIME_TOKEN', `e30.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.`);
    await expect(new artifactLibrary.DefaultArtifactClient().uploadArtifact('metrics', [source ?? ''], workspace)).rejects.toThrow(
      /Failed to CreateArtifact: Received non-retryable error: Failed request: \(401\) Unauthorized/,
    );

    // @actions/cache sends any token as it is and turns the refusal into a warning and a miss.
    vi.stubEnv('ACTIONS_RUNTIME_TOKEN', 'not-a-jwt');
    expect(await cacheLibrary.restoreCache(['ckpt'], 'ckpt-linux-abc')).toBeUndefined();
    expect(coreOutput.join('')).toMatch(/::warning::Failed to restore: .*\(401\) Unauthorized/);
  });
});

describe('signed blob URLs', () => {
  it('refuses a blob URL whose signature was tampered with or that has expired, as Azure does', async () => {
    const context = { state: github.state, urls: github.urls };
    const blob = github.state.putBlob(Buffer.from('weights'), 'application/octet-stream');
    const url = new URL(signedBlobUrl(context, blob, { write: false, expiresInMs: 60_000 }));
    expect(await (await fetch(url)).text()).toBe('weights');

    url.searchParams.set('sig', Buffer.from('forged').toString('base64'));
    const forged = await fetch(url);
    expect(forged.status).toBe(403);
    expect(forged.headers.get('x-ms-error-code')).toBe('AuthenticationFailed');
    expect(await forged.text()).toContain('<Code>AuthenticationFailed</Code>');

    const expired = await fetch(signedBlobUrl(context, blob, { write: false, expiresInMs: -1 }));
    expect(expired.status).toBe(403);
    expect(await expired.text()).toContain('Signed expiry time');

    const readOnly = await fetch(signedBlobUrl(context, blob, { write: false, expiresInMs: 60_000 }), {
      method: 'PUT',
      headers: { 'x-ms-blob-type': 'BlockBlob' },
      body: 'overwritten',
    });
    expect(readOnly.status).toBe(403);
    expect(readOnly.headers.get('x-ms-error-code')).toBe('AuthorizationPermissionMismatch');
  });

  it('commits staged blocks in the order the block list names them, committed ones included', async () => {
    const context = { state: github.state, urls: github.urls };
    const url = signedBlobUrl(context, 'blocks-in-order', { write: true, expiresInMs: 60_000 });
    const put = (query: string, body: string, headers: Record<string, string> = {}) =>
      fetch(`${url}&${query}`, { method: 'PUT', headers, body });
    const id = (name: string) => encodeURIComponent(Buffer.from(name).toString('base64'));
    const list = (entries: string) => `<?xml version="1.0" encoding="utf-8"?><BlockList>${entries}</BlockList>`;

    for (const name of ['a', 'b']) expect((await put(`comp=block&blockid=${id(name)}`, name.toUpperCase())).status).toBe(201);
    const first = await put('comp=blocklist', list('<Latest>YQ==</Latest><Latest>Yg==</Latest>'), { 'x-ms-blob-content-type': 'text/plain' });
    expect(first.status).toBe(201);
    expect(first.headers.get('etag')).toMatch(/^"0x[0-9A-F]+"$/);
    expect(github.state.blobs.get('blocks-in-order')?.data?.toString()).toBe('AB');

    expect((await put(`comp=block&blockid=${id('c')}`, 'C')).status).toBe(201);
    const second = await put('comp=blocklist', list('<Committed>Yg==</Committed><Uncommitted>Yw==</Uncommitted><Committed>YQ==</Committed>'));
    expect(second.status).toBe(201);
    const read = signedBlobUrl(context, 'blocks-in-order', { write: false, expiresInMs: 60_000 });
    const head = await fetch(read, { method: 'HEAD' });
    expect([head.status, head.headers.get('content-length'), head.headers.get('content-type')]).toEqual([200, '3', 'text/plain']);
    expect(await (await fetch(read)).text()).toBe('BCA');

    const unknown = await put('comp=blocklist', list('<Uncommitted>YQ==</Uncommitted>'));
    expect([unknown.status, unknown.headers.get('x-ms-error-code')]).toEqual([400, 'InvalidBlockList']);
  });

  it('serves a byte range of a blob with 206', async () => {
    const context = { state: github.state, urls: github.urls };
    const blob = github.state.putBlob(Buffer.from('0123456789'), 'application/octet-stream');
    const response = await fetch(signedBlobUrl(context, blob, { write: false, expiresInMs: 60_000 }), { headers: { range: 'bytes=2-5' } });
    expect(response.status).toBe(206);
    expect(response.headers.get('content-range')).toBe('bytes 2-5/10');
    expect(await response.text()).toBe('2345');
  });
});
