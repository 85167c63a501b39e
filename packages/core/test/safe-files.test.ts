import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataSchema, parseDataSchema, validateData } from '../src/data/index.ts';
import { findEvidence, readEvidenceFile } from '../src/evidence/read.ts';
import { foreignEncoding as encodingOf, readFileSafely } from '../src/fs/safe-file.ts';
import { loadConfig } from '../src/config.ts';
import { loadParams, loadRun } from '../src/metrics/load.ts';

const git = null;

/** A fresh folder standing for the workspace, and one outside it. */
function places(): { workspace: string; outside: string } {
  const root = mkdtempSync(join(tmpdir(), 'crucible-safe-'));
  const workspace = join(root, 'workspace');
  const outside = join(root, 'outside');
  mkdirSync(workspace);
  mkdirSync(outside);
  return { workspace, outside };
}

async function errorOf(run: () => unknown): Promise<Error> {
  try {
    await run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}

/** A line of this process's environment that must never show up in a message. */
const SECRET = 'CRUCIBLE_TEST_SECRET_VALUE_8d1f';
process.env['CRUCIBLE_SAFE_FILE_TEST'] = SECRET;

const servers: Server[] = [];
afterAll(() => {
  for (const server of servers) server.close();
});

async function socketAt(path: string): Promise<void> {
  const server = createServer();
  servers.push(server);
  await new Promise<void>((done) => server.listen(path, done));
}

describe('metrics: files a pull request links to', () => {
  it('refuses env.yaml -> /proc/self/environ in a metrics folder, naming the link, without its content', async () => {
    const { workspace } = places();
    const run = join(workspace, 'metrics');
    mkdirSync(run);
    writeFileSync(join(run, 'eval.json'), '{"acc": 0.9}');
    symlinkSync('/proc/self/environ', join(run, 'env.yaml'));
    for (const options of [{}, { workspace }]) {
      const error = await errorOf(() => loadRun(run, options));
      expect(error.message).toContain(join(run, 'env.yaml'));
      expect(error.message).toMatch(/system file under \/proc/);
      expect(error.message).not.toContain(SECRET);
    }
  });

  it.each([
    ['/dev/zero', '/dev/zero', /system file under \/dev/],
    ['a chain of links to /proc', 'chain', /system file under \/proc/],
  ])('refuses x.json -> %s, alone and in a folder', async (_label, target, message) => {
    const { workspace } = places();
    const run = join(workspace, 'run');
    mkdirSync(run);
    writeFileSync(join(run, 'eval.json'), '{"acc": 0.9}');
    if (target === 'chain') {
      symlinkSync('/proc/self/environ', join(workspace, 'hop2'));
      symlinkSync(join(workspace, 'hop2'), join(workspace, 'hop1'));
      symlinkSync(join(workspace, 'hop1'), join(run, 'x.json'));
    } else {
      symlinkSync(target, join(run, 'x.json'));
    }
    expect((await errorOf(() => loadRun(join(run, 'x.json'), { workspace }))).message).toMatch(message);
    expect((await errorOf(() => loadRun(run, { workspace }))).message).toMatch(message);
  });

  it('refuses a FIFO given as the run, at once (opening it would wait for a writer)', async () => {
    const { workspace } = places();
    const fifo = join(workspace, 'current.json');
    execFileSync('mkfifo', [fifo]);
    const error = await errorOf(() => loadRun(fifo));
    expect(error.message).toBe(`${fifo}: is a FIFO (named pipe), not a regular file; Crucible reads only regular files. Pass a regular file.`);
    await expect(loadParams(fifo)).rejects.toThrow(/FIFO/);
  });

  it('refuses a socket given as the run', async () => {
    const { workspace } = places();
    const socket = join(workspace, 'metrics.json');
    await socketAt(socket);
    expect((await errorOf(() => loadRun(socket))).message).toMatch(/metrics\.json: is a socket, not a regular file/);
  });

  it('refuses a link inside the workspace to a file outside it, naming the link; a path named outside stays readable', async () => {
    const { workspace, outside } = places();
    writeFileSync(join(outside, 'secrets.yaml'), `token: ${SECRET}\n`);
    writeFileSync(join(outside, 'eval.json'), '{"acc": 0.5}');
    const run = join(workspace, 'metrics');
    mkdirSync(run);
    writeFileSync(join(run, 'eval.json'), '{"acc": 0.9}');
    symlinkSync(join(outside, 'secrets.yaml'), join(run, 'secrets.yaml'));
    const error = await errorOf(() => loadRun(run, { workspace }));
    expect(error.message).toMatch(new RegExp(`^${join(run, 'secrets.yaml')}: is a symbolic link .* outside the workspace`));
    expect(error.message).not.toContain(SECRET);
    // Named explicitly, a file outside the workspace is read (GPU runners keep data on other disks).
    expect((await loadRun(join(outside, 'eval.json'), { workspace })).metrics.get('acc')?.value).toBe(0.5);
    // A link that stays inside the workspace is followed.
    symlinkSync(join(run, 'eval.json'), join(workspace, 'alias.json'));
    expect((await loadRun(join(workspace, 'alias.json'), { workspace })).metrics.get('acc')?.value).toBe(0.9);
  });

  it('keeps a YAML file that is one long string out of the message, and bounds text values in the run', async () => {
    const { workspace } = places();
    const lone = join(workspace, 'lone.yaml');
    writeFileSync(lone, `${SECRET}=${'x'.repeat(5000)}\n`);
    const error = await errorOf(() => loadRun(lone));
    expect(error.message).toMatch(/the top level is a single string of 5032 characters/);
    expect(error.message).not.toContain(SECRET);

    const values = join(workspace, 'values.json');
    writeFileSync(values, JSON.stringify({ acc: 0.9, note: 'y'.repeat(5000) }));
    const run = await loadRun(values);
    const raw = run.metrics.get('note')?.raw ?? '';
    expect(raw.length).toBeLessThan(250);
    expect(raw).toMatch(/\(5000 characters\)$/);
  });

  it('quotes at most a short excerpt of a line it cannot read', async () => {
    const { workspace } = places();
    const file = join(workspace, 'acc');
    const line = `${'k'.repeat(30)} ${SECRET} ${'v'.repeat(500)}`;
    writeFileSync(file, `${line}\n`);
    const error = await errorOf(() => loadRun(file, { format: 'mlflow' }));
    expect(error.message).toMatch(/got "k{30} CRUCIBLE_\.\.\."; fix the line/);
    expect(error.message).not.toContain(SECRET);
  });

  it('says the encoding of a UTF-16 metrics file', async () => {
    const { workspace } = places();
    const file = join(workspace, 'eval.json');
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"acc": 0.9}', 'utf16le')]));
    expect((await errorOf(() => loadRun(file))).message).toMatch(/eval\.json: the file is encoded as UTF-16 little-endian \(byte order mark FF FE\); Crucible reads UTF-8/);
  });
});

describe('YAML files: crucible.yml and data schemas', () => {
  it('refuses a FIFO as the schema or the config at once', () => {
    const { workspace } = places();
    const fifo = join(workspace, 'schema.yml');
    execFileSync('mkfifo', [fifo]);
    expect(() => loadDataSchema(fifo)).toThrow(/schema\.yml: is a FIFO \(named pipe\), not a regular file/);
    expect(() => loadConfig(fifo, { explicit: true })).toThrow(/FIFO/);
  });

  it('refuses crucible.yml linked to a secrets file outside the workspace, without its values', () => {
    const { workspace, outside } = places();
    writeFileSync(join(outside, 'secrets.yml'), `aws_secret: ${SECRET}\n`);
    symlinkSync(join(outside, 'secrets.yml'), join(workspace, 'crucible.yml'));
    let message = '';
    try {
      loadConfig(join(workspace, 'crucible.yml'), { explicit: false, workspace });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/crucible\.yml: is a symbolic link .* outside the workspace/);
    expect(message).not.toContain(SECRET);
  });

  it('refuses a YAML alias bomb with one line', () => {
    const { workspace } = places();
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) {
      const previous = String.fromCharCode(96 + i);
      const next = String.fromCharCode(97 + i);
      bomb.push(`${next}: &${next} [${Array(9).fill(`*${previous}`).join(',')}]`);
    }
    const file = join(workspace, 'crucible.yml');
    writeFileSync(file, `${bomb.join('\n')}\n`);
    expect(() => loadConfig(file, { explicit: true })).toThrow(
      new RegExp(`^${file}: the YAML expands aliases \\(\\*name\\) too often \\(more than 100 times\\), as an alias bomb does; write the values out, or use fewer aliases\\.$`),
    );
    expect(() => loadDataSchema(file)).toThrow(/alias bomb/);
  });

  it.each([
    ['UTF-16 LE with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('columns: {}\n', 'utf16le')]), /UTF-16 little-endian \(byte order mark FF FE\)/],
    ['UTF-16 BE with a BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('columns: {}\n', 'utf16le').swap16()]), /UTF-16 big-endian/],
    ['UTF-16 LE without a BOM', Buffer.from('columns: {}\n', 'utf16le'), /UTF-16 little-endian \(no byte order mark/],
  ])('says the encoding of a schema in %s', (_label, bytes, message) => {
    const { workspace } = places();
    const file = join(workspace, 'schema.yml');
    writeFileSync(file, bytes);
    expect(() => loadDataSchema(file)).toThrow(message);
  });
});

describe('data files', () => {
  it('refuses a data file linked to /proc/self/environ before anything reaches the evidence', async () => {
    const { workspace } = places();
    const data = join(workspace, 'train.csv');
    symlinkSync('/proc/self/environ', data);
    const error = await errorOf(() => validateData({ data: { path: data, label: 'train.csv', workspace }, git }));
    expect(error.name).toBe('DataFileError');
    expect(error.message).toMatch(/^train\.csv: resolves to \/proc\/\S+environ, a system file under \/proc/);
    expect(error.message).not.toContain(SECRET);
  });

  it.each([
    ['a FIFO', async (path: string) => void execFileSync('mkfifo', [path])],
    ['a socket', socketAt],
  ])('refuses %s as the data file at once', async (_label, make) => {
    const { workspace } = places();
    const data = join(workspace, 'data.csv');
    await make(data);
    expect((await errorOf(() => validateData({ data: { path: data, label: 'data.csv' }, git }))).message).toMatch(/^data\.csv: is a (FIFO|socket)/);
  });

  it('refuses a data file linked outside the workspace, and says the encoding of a UTF-16 CSV', async () => {
    const { workspace, outside } = places();
    writeFileSync(join(outside, 'data.csv'), 'a\n1\n');
    symlinkSync(join(outside, 'data.csv'), join(workspace, 'data.csv'));
    expect((await errorOf(() => validateData({ data: { path: join(workspace, 'data.csv'), label: 'data.csv', workspace }, git }))).message).toMatch(
      /^data\.csv: is a symbolic link .* outside the workspace/,
    );
    const utf16 = join(workspace, 'utf16.csv');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a,b\n1,2\n', 'utf16le')]));
    expect((await errorOf(() => validateData({ data: { path: utf16, label: 'utf16.csv' }, git }))).message).toMatch(/^utf16\.csv: the file is encoded as UTF-16 little-endian/);
  });
});

describe('values that are not metrics, in evidence', () => {
  it('bounds a long cell quoted as a check example', async () => {
    const { workspace } = places();
    const data = join(workspace, 'data.csv');
    writeFileSync(data, `id,code\n1,ok\n2,${'s'.repeat(20_000)}\n`);
    const { evidence } = await validateData({ data: { path: data, label: 'data.csv' }, schema: parseDataSchema('columns:\n  code: {in: [ok]}\n', 'schema.yml'), git });
    const example = evidence.checks.find((check) => check.type === 'in')?.examples?.[0];
    expect(example?.line).toBe(3);
    expect(String(example?.value).length).toBeLessThan(250);
    expect(String(example?.value)).toMatch(/\(20000 characters\)$/);
  });
});

describe('evidence folders', () => {
  it('refuses a JSON link to /proc/self/environ in an evidence folder without its content', () => {
    const { workspace } = places();
    symlinkSync('/proc/self/environ', join(workspace, 'run.json'));
    let message = '';
    try {
      findEvidence(workspace, { workspace });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/run\.json: resolves to .*a system file under \/proc/);
    expect(message).not.toContain(SECRET);
  });

  it('quotes no content of a file that is not JSON', () => {
    const { workspace } = places();
    const file = join(workspace, 'bad.json');
    writeFileSync(file, `${SECRET} and more`);
    expect(() => readEvidenceFile(file, 'bad.json')).toThrow(/^bad\.json: not valid JSON \(.*\)\.$/);
    expect(() => readEvidenceFile(file, 'bad.json')).not.toThrow(new RegExp(SECRET));
  });

  it('refuses folders nested too deep with one line saying the depth', () => {
    const { workspace } = places();
    let folder = workspace;
    for (let i = 0; i < 40; i++) folder = join(folder, 'd');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'x.json'), '{}');
    expect(() => findEvidence(workspace)).toThrow(/folders nest more than 32 deep/);
  });

  it('refuses a folder whose paths pass the system limit (ENAMETOOLONG) with one line', () => {
    const { workspace } = places();
    // 20 levels of 250-character names: about 5,000 bytes, past PATH_MAX (4,096), reached by relative mkdirs.
    const name = 'n'.repeat(250);
    // process.chdir is for the main thread only (vitest runs tests in workers), so a child node makes them.
    execFileSync(process.execPath, ['-e', `process.chdir(${JSON.stringify(workspace)}); for (let i = 0; i < 20; i++) { require('node:fs').mkdirSync(${JSON.stringify(name)}); process.chdir(${JSON.stringify(name)}); } require('node:fs').writeFileSync('x.json', '{}');`]);
    expect(() => findEvidence(workspace)).toThrow(/^\S+: folders nest too deep to read \(\d+ levels, path too long\); point at the evidence folder itself\.$/);
  });
});

describe('the safe reader itself', () => {
  it('stops at the cap by bytes read, and names UTF-16 and UTF-32 by their marks', () => {
    const { workspace } = places();
    const file = join(workspace, 'big.txt');
    writeFileSync(file, 'z'.repeat(1000));
    expect(() => readFileSafely(file, { maxBytes: 999 })).toThrow(/over the 999-byte limit/);
    expect(readFileSafely(file, { maxBytes: 1000 }).length).toBe(1000);
    expect(encodingOf(Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]))).toMatch(/UTF-32 little-endian/);
    expect(encodingOf(Buffer.from('plain text'))).toBeUndefined();
  });
});
