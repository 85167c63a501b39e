import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { InputError, type RegistryModel, type RegistryState, registryState, type RegistryTag } from '@crucible/core';
import { type CliIo, ExitCode } from '../io.ts';

export const REGISTRY_USAGE = 'crucible registry show [--json]';

const FIELD = '%00';
/**
 * One line per tag: name, object type, the commit it points to (peeled for an annotated tag), and its date: the
 * tagger date of an annotated tag, else the commit date (creatordate), with the commit date of an annotated tag's
 * commit for the rare tag written without a tagger.
 */
const FORMAT = ['%(refname)', '%(objecttype)', '%(objectname)', '%(*objecttype)', '%(*objectname)', '%(creatordate:iso-strict)', '%(*committerdate:iso-strict)'].join(FIELD);

/** A repository with a million tags still fits; git's output is read whole. */
const MAX_OUTPUT_BYTES = 512 * 1024 * 1024;

/** The local tags of the checkout at `cwd`, with one `git for-each-ref`. */
export function readLocalTags(cwd: string): RegistryTag[] {
  // spawn reports a missing working directory as a missing git: told apart first.
  if (!existsSync(cwd) || !statSync(cwd).isDirectory()) throw new InputError(`the working directory ${cwd} is not a folder.`);
  const result = spawnSync('git', ['for-each-ref', `--format=${FORMAT}`, 'refs/tags'], {
    cwd,
    encoding: 'utf8',
    maxBuffer: MAX_OUTPUT_BYTES,
    // git's messages in English, so the one about a missing checkout is recognised.
    env: { ...process.env, LC_ALL: 'C', LANGUAGE: 'C' },
  });
  if (result.error !== undefined) {
    const code = (result.error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError('git was not found on the PATH: install git, then run `crucible registry show` in a clone of the repository.');
    throw new InputError(`could not run git to read the tags (${result.error.message}).`);
  }
  if (result.status !== 0) {
    const message = result.stderr.trim().split('\n')[0] ?? '';
    if (/not a git repository/i.test(message)) {
      throw new InputError(`${cwd} is not in a git checkout: run \`crucible registry show\` in a clone of the repository whose tags hold the registry.`);
    }
    throw new InputError(`git could not list the tags in ${cwd}: ${message || `exit code ${result.status}`}.`);
  }
  const tags: RegistryTag[] = [];
  for (const line of result.stdout.split('\n')) {
    if (line === '') continue;
    const [ref = '', type, object = '', peeledType, peeled = '', date = '', commitDate = ''] = line.split('\0');
    const annotated = type === 'tag';
    // A tag of a tree, a blob or another tag names no commit, so no model version.
    if ((annotated ? peeledType : type) !== 'commit') continue;
    tags.push({ name: ref.replace(/^refs\/tags\//, ''), sha: annotated ? peeled : object, date: date || commitDate, annotated });
  }
  return tags;
}

const short = (version: string) => (/^[0-9a-f]{40}$/.test(version) ? version.slice(0, 7) : version);

/** GTO's `gto show` table: a row per model, its latest version and a column per stage; then each model's versions. */
export function registryTable(state: RegistryState): string {
  if (state.models.length === 0) {
    return 'No registry tags in this checkout (tags in GTO\'s grammar, like model@v1.0.0 or model#production#1). A clone made without tags has none: git fetch --tags.\n';
  }
  const stages = [...new Set(state.models.flatMap((model) => Object.keys(model.stages)))].sort();
  const versionsOf = (model: RegistryModel) => model.versions.map((version) => (version.registered ? version.version : `${short(version.sha)} (unregistered)`)).join(', ');
  const rows = [
    ['model', 'latest', ...stages.map((stage) => `#${stage}`), 'versions'],
    ...state.models.map((model) => [model.name, model.latest ?? '-', ...stages.map((stage) => short(model.stages[stage] ?? '-')), versionsOf(model) || '-']),
  ];
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  return `${rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd()).join('\n')}\n`;
}

/**
 * crucible registry show [--json]: the registry the local tags describe (models, versions, the latest version and
 * the version each stage holds, as GTO reads them). A table by default; the contract JSON with --json.
 */
export async function registryCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { json: { type: 'boolean' } }, allowPositionals: true, strict: true });
  const [subcommand, ...extra] = positionals;
  if (subcommand !== 'show') {
    throw new InputError(subcommand === undefined ? `name what to do: ${REGISTRY_USAGE}.` : `unknown subcommand "${subcommand}": ${REGISTRY_USAGE}.`);
  }
  if (extra.length > 0) throw new InputError(`unexpected argument "${extra[0]}": ${REGISTRY_USAGE}.`);
  const state = registryState(readLocalTags(io.cwd));
  io.stdout(values.json === true ? `${JSON.stringify(state, null, 2)}\n` : registryTable(state));
  return ExitCode.pass;
}
