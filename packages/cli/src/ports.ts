import { accessSync, constants, existsSync, mkdirSync, realpathSync, renameSync, rmSync, type Stats, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { type EvidenceStore, InputError, type Log } from '@crucible/core';
import type { CliIo } from './io.ts';

/** Kernel folders: writing or even creating folders there hangs or changes the system, never saves a report. */
const SYSTEM_FOLDERS = ['/proc', '/sys', '/dev'];

const under = (path: string, folder: string) => path === folder || path.startsWith(`${folder}/`);

/** A path's stat, or undefined where nothing is (a missing path, or a file where a folder should be on the way). */
function statIfAny(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw error;
  }
}

/** Where a flag asks for a file to be written. */
export type OutputTarget = { path: string; flag: string };

const refuse = (target: OutputTarget, why: string) =>
  new InputError(`${target.flag} ${target.path}: cannot write the file there (${why}); name a file in a folder you can write.`);

/**
 * Refuses an output path that cannot be written before anything is done (so no work is lost and nothing is
 * half-written): under /proc, /sys or /dev (mkdir there hangs), a folder or a FIFO in place of the file, a file
 * in place of a folder on the way, a folder without write permission. Creates nothing.
 */
export function checkOutputPath(target: OutputTarget): void {
  const path = resolve(target.path);
  const system = SYSTEM_FOLDERS.find((folder) => under(path, folder));
  if (system !== undefined) throw refuse(target, `${system} is a system folder`);
  const existing = statIfAny(path);
  if (existing !== undefined) {
    if (existing.isDirectory()) throw refuse(target, 'it is a folder');
    if (!existing.isFile()) throw refuse(target, 'it is not a regular file');
  }
  // The nearest folder that exists must be a writable folder, and not a link into a system folder.
  let folder = dirname(path);
  for (;;) {
    const info = statIfAny(folder);
    if (info !== undefined) {
      if (!info.isDirectory()) throw refuse(target, `${folder} is a file, not a folder`);
      break;
    }
    const parent = dirname(folder);
    if (parent === folder) break;
    folder = parent;
  }
  const real = realpathSync(folder);
  const linked = SYSTEM_FOLDERS.find((system) => under(real, system));
  if (linked !== undefined) throw refuse(target, `${folder} leads into ${linked}, a system folder`);
  try {
    accessSync(existing === undefined ? folder : path, constants.W_OK);
    if (existing !== undefined) accessSync(dirname(path), constants.W_OK);
  } catch {
    throw refuse(target, 'permission denied');
  }
}

/**
 * Writes a file a flag named, making its folder. The content goes to a temporary file beside it that is renamed
 * into place, so a failure leaves no half-written file; any failure is one line naming the flag and the path.
 */
export function writeOut(target: OutputTarget, content: string): void {
  checkOutputPath(target);
  const path = resolve(target.path);
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(temporary, content);
    renameSync(temporary, path);
  } catch (error) {
    if (existsSync(temporary)) rmSync(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    throw refuse(target, code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ENOSPC' ? 'no space left on the disk' : (code ?? (error as Error).message));
  }
}

/**
 * Evidence on a laptop: a document is written only where a flag asks for it (`targets` maps the step's file name,
 * like comparison.json, to the path and flag the user named); nothing is published and there are no earlier
 * artifacts. The targets are checked at once, before the step does its work.
 */
export function localEvidenceStore(targets: Record<string, OutputTarget | undefined>): EvidenceStore {
  for (const target of Object.values(targets)) if (target !== undefined) checkOutputPath(target);
  return {
    write(file, content) {
      const target = targets[file];
      if (target !== undefined) writeOut(target, content());
      return target?.path;
    },
    publish: async () => undefined,
    fetch: async () => new Map(),
  };
}

/** The target of an optional output flag, resolved against the working directory. */
export function outputTarget(cwd: string, flag: string, path: string | undefined): OutputTarget | undefined {
  return path === undefined ? undefined : { path: resolve(cwd, path), flag };
}

/**
 * The CLI's log: stdout belongs to the command's result, so progress is dropped and warnings go to stderr,
 * prefixed with the command.
 */
export function commandLog(io: CliIo, command: string): Log {
  return {
    info: () => {},
    debug: () => {},
    warning: (message) => io.stderr(`crucible ${command}: warning: ${message}\n`),
    group: (_title, body) => body(),
  };
}
