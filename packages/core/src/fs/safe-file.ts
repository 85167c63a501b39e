/**
 * The one way Crucible opens a file a user or a pull request named (metrics, evidence, crucible.yml, data schemas,
 * data files). A fork's pull request can commit a symbolic link, and the action runs on that checkout and posts
 * what it read, so before anything is opened:
 * - only a regular file is read: FIFOs (which would block the open), sockets, devices (`/dev/zero` never ends) and
 *   anything under /proc, /sys or /dev (where `environ` holds the step's token) are refused by what `stat` and
 *   `realpath` say;
 * - inside the workspace, a path that resolves outside it through a link is refused, naming the link; a path named
 *   outside the workspace stays allowed (GPU runners keep data on other disks);
 * - the size cap counts bytes actually read, not the `stat` size, so a file that grows while read stops at the cap.
 * Errors name the path and never quote the file's content.
 */
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { open, realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { ConfigError } from '../errors.ts';

/** A file Crucible refuses to open (not a regular file, a system file, a link out of the workspace, too large). */
export class UnsafeFileError extends ConfigError {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'UnsafeFileError';
  }
}

export type SafeFileOptions = {
  /** The workspace root (GITHUB_WORKSPACE in an action, the working directory in the CLI); none: no link rule. */
  workspace?: string | undefined;
  /** How messages name the file; the path by default. */
  label?: string | undefined;
};

export type SafeReadOptions = SafeFileOptions & {
  /** Bytes read at most; more is an error (made by `tooLarge` when given). */
  maxBytes: number;
  /** The error for a file over the cap; `bytes` is its `stat` size, or the bytes read when it grew past the cap. */
  tooLarge?: ((label: string, bytes: number) => Error) | undefined;
};

/** Folders of the kernel's own files: reading them leaks the process (environ) or never ends. */
const SYSTEM_FOLDERS = ['/proc', '/sys', '/dev'];

/** `child` is `folder` or below it. */
export function isInside(child: string, folder: string): boolean {
  const path = relative(folder, child);
  return path === '' || (!path.startsWith('..') && !isAbsolute(path));
}

function kindOf(info: Stats): string {
  if (info.isFIFO()) return 'a FIFO (named pipe)';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isDirectory()) return 'a folder';
  return 'not a regular file';
}

/** Why a path must not be opened, or undefined when it may be. `real` is its realpath, `info` its stat. */
function refusal(path: string, real: string, info: Stats, options: SafeFileOptions, workspaceReal: string | undefined): string | undefined {
  const label = options.label ?? path;
  const system = SYSTEM_FOLDERS.find((folder) => isInside(real, folder));
  if (system !== undefined) {
    return `${label}: resolves to ${real}, a system file under ${system}; Crucible reads only regular files. Pass the file your job wrote.`;
  }
  if (!info.isFile()) {
    return info.isDirectory()
      ? `${label}: is a folder where a file was expected; pass a file.`
      : `${label}: is ${kindOf(info)}, not a regular file; Crucible reads only regular files. Pass a regular file.`;
  }
  if (options.workspace !== undefined) {
    const workspace = resolve(options.workspace);
    const named = resolve(path);
    const inWorkspace = isInside(named, workspace) || (workspaceReal !== undefined && isInside(named, workspaceReal));
    const staysInside = isInside(real, workspace) || (workspaceReal !== undefined && isInside(real, workspaceReal));
    if (inWorkspace && !staysInside) {
      return (
        `${label}: is a symbolic link (or lies below one) that resolves to ${real}, outside the workspace ${workspace}; ` +
        'Crucible does not follow links out of the workspace, since a pull request can commit one. ' +
        'Copy the file into the workspace, or name its real path.'
      );
    }
  }
  return undefined;
}

function realWorkspace(options: SafeFileOptions): string | undefined {
  if (options.workspace === undefined) return undefined;
  try {
    return realpathSync(options.workspace);
  } catch {
    return undefined;
  }
}

async function realWorkspaceAsync(options: SafeFileOptions): Promise<string | undefined> {
  if (options.workspace === undefined) return undefined;
  return realpath(options.workspace).catch(() => undefined);
}

/**
 * Throws UnsafeFileError unless `path` is a regular file that may be read; file-system errors (ENOENT, EACCES)
 * pass through for the caller to word. Opens nothing, so a FIFO cannot block it.
 */
export function checkReadableFile(path: string, options: SafeFileOptions = {}): Stats {
  const info = statSync(path);
  const problem = refusal(path, realpathSync(path), info, options, realWorkspace(options));
  if (problem !== undefined) throw new UnsafeFileError(problem);
  return info;
}

/** As checkReadableFile, without blocking the event loop. */
export async function checkReadableFileAsync(path: string, options: SafeFileOptions = {}): Promise<Stats> {
  const info = await stat(path);
  const problem = refusal(path, await realpath(path), info, options, await realWorkspaceAsync(options));
  if (problem !== undefined) throw new UnsafeFileError(problem);
  return info;
}

// O_NONBLOCK: should a FIFO replace the checked file in between, the open returns instead of waiting for a writer.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

function overCap(label: string, bytes: number, options: SafeReadOptions): Error {
  return (
    options.tooLarge?.(label, bytes) ??
    new UnsafeFileError(`${label}: ${bytes} bytes is over the ${options.maxBytes}-byte limit for this file; refusing to read it.`)
  );
}

/** Re-checks the opened descriptor, in case the path changed between the check and the open. */
function checkOpened(info: Stats, label: string): void {
  if (!info.isFile()) throw new UnsafeFileError(`${label}: is ${kindOf(info)}, not a regular file; Crucible reads only regular files.`);
}

/**
 * The bytes of one read, in one buffer sized from `fstat` (plus one byte, to see a file that grows) and grown by
 * doubling only when the file outgrows it, so a file is copied once; counting stops past `maxBytes`.
 */
class BoundedBytes {
  #buffer: Buffer;
  #total = 0;
  readonly #options: SafeReadOptions;
  readonly #label: string;

  constructor(size: number, options: SafeReadOptions, label: string) {
    this.#buffer = Buffer.allocUnsafe(Math.min(Math.max(size, 8192), options.maxBytes) + 1);
    this.#options = options;
    this.#label = label;
  }

  /** Where the next read goes. */
  room(): Buffer {
    if (this.#total === this.#buffer.length) {
      const grown = Buffer.allocUnsafe(Math.min(this.#buffer.length * 2, this.#options.maxBytes + 1));
      this.#buffer.copy(grown, 0, 0, this.#total);
      this.#buffer = grown;
    }
    return this.#buffer.subarray(this.#total);
  }

  advance(read: number): void {
    this.#total += read;
    if (this.#total > this.#options.maxBytes) throw overCap(this.#label, this.#total, this.#options);
  }

  result(): Buffer {
    return this.#buffer.subarray(0, this.#total);
  }
}

/** A checked file's bytes, at most `maxBytes` of them counted as read (a growing file stops at the cap). */
export function readFileSafely(path: string, options: SafeReadOptions): Buffer {
  const label = options.label ?? path;
  // Checked before opening too, so an oversized file is never loaded into memory.
  const { size } = checkReadableFile(path, options);
  if (size > options.maxBytes) throw overCap(label, size, options);
  const fd = openSync(path, OPEN_FLAGS);
  try {
    const opened = fstatSync(fd);
    checkOpened(opened, label);
    const bytes = new BoundedBytes(opened.size, options, label);
    for (;;) {
      const target = bytes.room();
      const read = readSync(fd, target, 0, target.length, null);
      if (read === 0) return bytes.result();
      bytes.advance(read);
    }
  } finally {
    closeSync(fd);
  }
}

/** As readFileSafely, without blocking the event loop. */
export async function readFileSafelyAsync(path: string, options: SafeReadOptions): Promise<Buffer> {
  const label = options.label ?? path;
  const { size } = await checkReadableFileAsync(path, options);
  if (size > options.maxBytes) throw overCap(label, size, options);
  const handle = await open(path, OPEN_FLAGS);
  try {
    const opened = await handle.stat();
    checkOpened(opened, label);
    const bytes = new BoundedBytes(opened.size, options, label);
    for (;;) {
      const target = bytes.room();
      const { bytesRead } = await handle.read(target, 0, target.length, null);
      if (bytesRead === 0) return bytes.result();
      bytes.advance(bytesRead);
    }
  } finally {
    await handle.close();
  }
}

/** A text file that is not UTF-8 (UTF-16 or UTF-32, which Windows tools write): one line saying the encoding. */
export class EncodingError extends ConfigError {
  constructor(message: string) {
    super(message);
    this.name = 'EncodingError';
  }
}

/** The encoding of bytes that are UTF-16 or UTF-32 by their byte order mark or their NUL pattern, else undefined. */
export function foreignEncoding(bytes: Uint8Array): string | undefined {
  const [a, b, c, d] = bytes;
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return 'UTF-32 little-endian (byte order mark FF FE 00 00)';
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return 'UTF-32 big-endian (byte order mark 00 00 FE FF)';
  if (a === 0xff && b === 0xfe) return 'UTF-16 little-endian (byte order mark FF FE)';
  if (a === 0xfe && b === 0xff) return 'UTF-16 big-endian (byte order mark FE FF)';
  // Without a mark: ASCII text in UTF-16 has a NUL in every other byte.
  const pairs = Math.min(64, bytes.length >> 1);
  if (pairs < 2) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0 && bytes[2 * i + 1] !== 0) evenNul++;
    if (bytes[2 * i + 1] === 0 && bytes[2 * i] !== 0) oddNul++;
  }
  if (oddNul >= pairs * 0.75) return 'UTF-16 little-endian (no byte order mark; every other byte is NUL)';
  if (evenNul >= pairs * 0.75) return 'UTF-16 big-endian (no byte order mark; every other byte is NUL)';
  return undefined;
}

/** Refuses UTF-16/UTF-32 bytes with one line naming the file and the encoding. */
export function ensureUtf8(bytes: Uint8Array, label: string): void {
  const encoding = foreignEncoding(bytes);
  if (encoding !== undefined) {
    throw new EncodingError(
      `${label}: the file is encoded as ${encoding}; Crucible reads UTF-8. ` +
        'Save it as UTF-8 (for example `iconv -f UTF-16 -t UTF-8 in > out`).',
    );
  }
}

/** UTF-8 text of bytes, without a leading byte order mark; UTF-16/UTF-32 are refused, naming the encoding. */
export function decodeUtf8(bytes: Buffer, label: string): string {
  ensureUtf8(bytes, label);
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** A checked text file, capped and decoded (see readFileSafely and decodeUtf8). */
export function readTextSafely(path: string, options: SafeReadOptions): string {
  return decodeUtf8(readFileSafely(path, options), options.label ?? path);
}

/**
 * A short, escaped excerpt of text from a file, for an error message: never the content itself, which may be a
 * secret a link pointed at.
 */
export function excerpt(text: string, max = 24): string {
  const shown = text.length > max ? `${text.slice(0, max)}...` : text;
  return JSON.stringify(shown).replace(/[\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
