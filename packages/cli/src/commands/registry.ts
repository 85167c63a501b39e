import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatRegistryTag, InputError, nextCounter, normalizeVersion, type RegistryModel, type RegistryState, registryState, type RegistryTag, registryTagMessage, validateModelName, validateStage } from '@crucible/core';
import { type CliIo, ExitCode } from '../io.ts';

export const REGISTRY_USAGE = 'crucible registry show [--json]';
const WITHDRAW_USAGE = 'crucible registry deregister <model> <version> | unassign <model> <stage> | deprecate <model> [--message <text>]';

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
  const { values, positionals } = parseArgs({ args, options: { json: { type: 'boolean' }, message: { type: 'string' } }, allowPositionals: true, strict: true });
  const [subcommand, ...extra] = positionals;
  if (subcommand === 'deregister' || subcommand === 'unassign' || subcommand === 'deprecate') return withdraw(subcommand, extra, values.message, io);
  if (subcommand !== 'show') {
    throw new InputError(subcommand === undefined ? `name what to do: ${REGISTRY_USAGE}.` : `unknown subcommand "${subcommand}": ${REGISTRY_USAGE}.`);
  }
  if (extra.length > 0) throw new InputError(`unexpected argument "${extra[0]}": ${REGISTRY_USAGE}.`);
  const state = registryState(readLocalTags(io.cwd));
  io.stdout(values.json === true ? `${JSON.stringify(state, null, 2)}\n` : registryTable(state));
  return ExitCode.pass;
}

/**
 * What promote never does, written as GTO writes it: `deregister` (`m@v1.2.3!#N`, at the version's commit),
 * `unassign` (`m#stage!#N`, at the commit of the version holding the stage) and `deprecate` (`m@deprecated#N`, at
 * the latest version's commit). Each is an annotated tag made in the local checkout, N one above the model's
 * highest counter; the command prints how to push it, so a person decides when the registry changes.
 */
function withdraw(action: 'deregister' | 'unassign' | 'deprecate', args: string[], message: string | undefined, io: CliIo): number {
  const wanted = action === 'deprecate' ? 1 : 2;
  if (args.length !== wanted) throw new InputError(`registry ${action} takes ${wanted === 1 ? 'a model' : `a model and a ${action === 'deregister' ? 'version' : 'stage'}`}: ${WITHDRAW_USAGE}.`);
  const model = validateModelName(args[0] as string, 'model');
  const tags = readLocalTags(io.cwd);
  const state = registryState(tags).models.find((candidate) => candidate.name === model);
  if (state === undefined) throw new InputError(`${model} has no registry tags in this checkout (git fetch --tags, or check the name).`);
  const counter = nextCounter(tags.map((tag) => tag.name), model);
  let name: string;
  let commit: string;
  if (action === 'deregister') {
    const version = normalizeVersion(args[1] as string, 'version');
    const found = state.versions.find((candidate) => candidate.registered && candidate.version === version);
    if (found === undefined) throw new InputError(`${model} ${version} is not registered; registered: ${state.versions.filter((v) => v.registered).map((v) => v.version).join(', ') || 'none'}.`);
    name = formatRegistryTag({ action: 'deregister', model, version, counter });
    commit = found.sha;
  } else if (action === 'unassign') {
    const stage = validateStage(args[1] as string, undefined, 'stage');
    const holder = state.stages[stage];
    if (holder === undefined) throw new InputError(`no version of ${model} holds ${stage}; held stages: ${Object.keys(state.stages).join(', ') || 'none'}.`);
    name = formatRegistryTag({ action: 'unassign', model, stage, counter });
    commit = state.versions.find((candidate) => candidate.version === holder)?.sha ?? holder;
  } else {
    name = formatRegistryTag({ action: 'deprecate', model, counter });
    commit = state.versions.find((candidate) => candidate.version === state.latest)?.sha ?? state.versions.at(-1)?.sha ?? '';
    if (commit === '') throw new InputError(`${model} has no version to deprecate.`);
  }
  const summary = message ?? `${action === 'deregister' ? 'Deregister' : action === 'unassign' ? 'Unassign' : 'Deprecate'} ${name}`;
  const result = spawnSync('git', ['tag', '-a', '-F', '-', name, commit], { cwd: io.cwd, encoding: 'utf8', input: registryTagMessage(summary), env: { ...process.env, LC_ALL: 'C' } });
  if (result.error !== undefined || result.status !== 0) {
    throw new InputError(`git could not create tag ${name}: ${(result.stderr ?? result.error?.message ?? '').trim().split('\n')[0]}.`);
  }
  io.stdout(`Created ${name} at ${commit.slice(0, 7)}. Push it to change the registry: git push origin ${JSON.stringify(`refs/tags/${name}`)}\n`);
  return ExitCode.pass;
}
