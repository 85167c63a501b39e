import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { lstat, readdir, readlink, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Digest } from '@crucible/core';
import { InputError } from '@crucible/core/errors';

/** Files in one folder digest, at most: a folder of millions of shards is named, not walked forever. */
const MAX_FILES = 100_000;

/**
 * sha256 of a file, or of a folder: the digest of its files' lines `<relative path>\0<sha256>\n` in path order,
 * so the same content under the same names gives the same digest wherever it lies. The path the user named is
 * followed if it is a link (DVC checks data out as links); links inside a folder are recorded by their target
 * text, not followed, so a link cannot pull a file from outside the folder in, yet pointing it elsewhere changes
 * the digest. `label` is the path as the user wrote it, kept in the evidence.
 */
export async function digestPath(path: string, label: string, what: string): Promise<Digest> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new InputError(`${what}: "${label}" does not exist (resolved to ${path}). Fix the path, or drop the line.`);
  }
  if (info.isFile()) return { path: label, sha256: await fileSha256(path), bytes: info.size, files: 1 };
  if (!info.isDirectory()) throw new InputError(`${what}: "${label}" is neither a file nor a folder.`);
  const files = await listFiles(path, label, what);
  const folderHash = createHash('sha256');
  let bytes = 0;
  for (const file of files) {
    const fileInfo = await lstat(file);
    const name = relative(path, file).split(sep).join('/');
    const digest = fileInfo.isSymbolicLink() ? createHash('sha256').update(`link:${await readlink(file)}`).digest('hex') : await fileSha256(file);
    bytes += fileInfo.isSymbolicLink() ? 0 : fileInfo.size;
    folderHash.update(`${name}\0${digest}\n`);
  }
  return { path: label, sha256: folderHash.digest('hex'), bytes, files: files.length };
}

export function fileSha256(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path, { highWaterMark: 1 << 20 })
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}

async function listFiles(root: string, label: string, what: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (folder: string): Promise<void> => {
    const entries = await readdir(folder, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile() || entry.isSymbolicLink()) {
        found.push(full);
        if (found.length > MAX_FILES) throw new InputError(`${what}: "${label}" holds more than ${MAX_FILES} files; point at the files that matter, or at an archive of them.`);
      }
    }
  };
  await walk(root);
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Bytes under a path (a file's size, or a folder's files added up), without following links; 0 when absent. */
export async function pathBytes(path: string): Promise<number> {
  let info;
  try {
    info = await lstat(path);
  } catch {
    return 0;
  }
  if (!info.isDirectory()) return info.isFile() ? info.size : 0;
  let total = 0;
  for (const entry of await readdir(path, { withFileTypes: true })) total += await pathBytes(join(path, entry.name));
  return total;
}
