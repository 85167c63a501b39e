import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The files the runner hands each step, by the variable that names them, with the prefix of the file name it
 * uses (`set_output_<uuid>`) and the name it gives the file command in its error messages.
 */
const FILE_COMMANDS = {
  GITHUB_OUTPUT: { prefix: 'set_output_', context: 'output' },
  GITHUB_ENV: { prefix: 'set_env_', context: 'env' },
  GITHUB_STATE: { prefix: 'save_state_', context: 'state' },
  GITHUB_STEP_SUMMARY: { prefix: 'step_summary_', context: 'step_summary' },
  GITHUB_PATH: { prefix: 'add_path_', context: 'path' },
} as const;

type FileCommandVariable = keyof typeof FILE_COMMANDS;
export type FileCommandPaths = Record<FileCommandVariable, string>;

/** The runner's limit on one step's summary; larger ones are dropped with an error. */
const SUMMARY_LIMIT_BYTES = 1024 * 1024;

/** A line in a key-value file command that the runner would reject. */
export class FileCommandError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FileCommandError';
  }
}

/** Creates fresh, empty files for one step in `<runnerTemp>/_runner_file_commands`, as the runner does before each. */
export async function createFileCommandFiles(runnerTemp: string): Promise<FileCommandPaths> {
  const directory = join(runnerTemp, '_runner_file_commands');
  await mkdir(directory, { recursive: true });
  const suffix = randomUUID();
  const paths = {} as FileCommandPaths;
  for (const [variable, { prefix }] of Object.entries(FILE_COMMANDS)) {
    const path = join(directory, `${prefix}${suffix}`);
    await writeFile(path, '');
    paths[variable as FileCommandVariable] = path;
  }
  return paths;
}

/** Removes a step's files once read: the runner deletes the previous step's files when it creates the next. */
export async function removeFileCommandFiles(paths: FileCommandPaths): Promise<void> {
  await Promise.all(Object.values(paths).map((path) => rm(path, { force: true })));
}

/**
 * Parses GITHUB_OUTPUT, GITHUB_ENV and GITHUB_STATE as the runner's EnvFileKeyValuePairs does: `NAME=value`, or a
 * heredoc `NAME<<DELIMITER`, the value's lines, then `DELIMITER` alone on a line. Lines split on LF only (as on a
 * Linux runner), and whichever of `=` and `<<` comes first decides the form.
 */
export function parseKeyValueFile(text: string): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  const lines = text.split('\n');
  // A file ending in a newline does not hold an empty last line.
  if (lines.at(-1) === '') lines.pop();
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    if (line === '') continue;
    const equals = line.indexOf('=');
    const heredoc = line.indexOf('<<');
    if (equals >= 0 && (heredoc < 0 || equals < heredoc)) {
      pairs.push(parseAssignment(line, equals));
    } else if (heredoc >= 0) {
      const { pair, next } = parseHeredoc(lines, index, heredoc, text.endsWith('\n'));
      pairs.push(pair);
      index = next;
    } else {
      throw new FileCommandError(`Invalid format '${line}'`);
    }
  }
  return pairs;
}

function parseAssignment(line: string, equals: number): [string, string] {
  const name = line.slice(0, equals);
  if (name === '') throw new FileCommandError(`Invalid format '${line}'. Name must not be empty`);
  return [name, line.slice(equals + 1)];
}

function parseHeredoc(
  lines: string[],
  start: number,
  heredoc: number,
  endsWithNewline: boolean,
): { pair: [string, string]; next: number } {
  const line = lines[start] ?? '';
  const name = line.slice(0, heredoc);
  const delimiter = line.slice(heredoc + 2);
  if (name === '' || delimiter === '') {
    throw new FileCommandError(`Invalid format '${line}'. Name must not be empty and delimiter must not be empty`);
  }
  for (let end = start + 1; end < lines.length; end++) {
    if (lines[end] === delimiter) return { pair: [name, lines.slice(start + 1, end).join('\n')], next: end };
    // The runner wants the delimiter on a line of its own, so text after the last newline can never close it.
    if (end === lines.length - 1 && !endsWithNewline) {
      throw new FileCommandError('Invalid value. EOF marker missing new line.');
    }
  }
  throw new FileCommandError(`Invalid value. Matching delimiter not found '${delimiter}'`);
}

/** GITHUB_PATH: one directory a line, empty lines skipped. */
function parsePathFile(text: string): string[] {
  return text.split('\n').filter((line) => line !== '');
}

/** What one step wrote through its file commands, and what the runner would have reported about them. */
export interface FileCommandResults {
  outputs: Record<string, string>;
  env: Record<string, string>;
  state: Record<string, string>;
  path: string[];
  summary: string;
  /**
   * Errors the runner would report. A file it cannot parse fails the step; an oversized summary is only dropped.
   */
  errors: Array<{ message: string; failsStep: boolean }>;
}

export async function readFileCommands(paths: FileCommandPaths): Promise<FileCommandResults> {
  const results: FileCommandResults = { outputs: {}, env: {}, state: {}, path: [], summary: '', errors: [] };
  const keyValueFiles = [
    ['GITHUB_OUTPUT', results.outputs],
    ['GITHUB_ENV', results.env],
    ['GITHUB_STATE', results.state],
  ] as const;
  for (const [variable, target] of keyValueFiles) {
    try {
      for (const [name, value] of parseKeyValueFile(await readText(paths[variable]))) target[name] = value;
    } catch (error) {
      if (!(error instanceof FileCommandError)) throw error;
      const command = FILE_COMMANDS[variable].context;
      results.errors.push(
        { message: `Unable to process file command '${command}' successfully.`, failsStep: true },
        { message: error.message, failsStep: true },
      );
    }
  }
  results.path = parsePathFile(await readText(paths.GITHUB_PATH));
  const summary = await readText(paths.GITHUB_STEP_SUMMARY);
  const size = Buffer.byteLength(summary);
  if (size > SUMMARY_LIMIT_BYTES) {
    results.errors.push({
      message:
        `$GITHUB_STEP_SUMMARY upload aborted, supports content up to a size of ${SUMMARY_LIMIT_BYTES / 1024}k, got ` +
        `${Math.floor(size / 1024)}k. For more information see: ` +
        'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-markdown-summary',
      failsStep: false,
    });
  } else {
    results.summary = summary;
  }
  return results;
}

/** A step may delete its own files; the runner treats a missing file as an empty one. */
async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw error;
  }
}
