import { RegistryError } from './errors.ts';
import { refNameProblem } from './ref-name.ts';
import { normalizeVersion, SEMVER_SOURCE } from './semver.ts';

/*
 * GTO's tag grammar, written from its rules (iterative/gto, gto/constants.py and gto/tag.py; GTO 1.4 and later):
 *
 *   <model>@v<semver>[!][#N]        register, or with "!" deregister
 *   <model>#<stage>[!][#N]          assign, or with "!" unassign; without #N this is GTO's "simple notation"
 *   <model>@deprecated[#N]          deprecate the model
 *   <model>@created[#N]             parsed by GTO but never written nor given a meaning; Crucible ignores it too
 *
 * A model and a stage are names: letters, digits, "-", "_" and "/", starting and ending with a letter or digit
 * (GTO before 1.4 allowed lower-case letters only). A model may be folder-qualified, `path:name` in GTO's output
 * and `path=name` in the tag, the folder being letters, digits and "-_./". The counter N is any run of digits.
 */

const NAME = '[a-zA-Z0-9](?:[a-zA-Z0-9_/-]*[a-zA-Z0-9])?';
const FOLDER = '[a-zA-Z0-9_./-]+';
const NAME_RE = new RegExp(`^${NAME}$`);
const MODEL_RE = new RegExp(`^(?:${FOLDER}:)?${NAME}$`);
const TAG_RE = new RegExp(
  `^(?<model>(?:${FOLDER}=)?${NAME})` +
    `(?:(?:#(?<stage>${NAME})|@(?<version>v${SEMVER_SOURCE}))(?<cancel>!?)|@(?:(?<deprecated>deprecated)|(?<created>created)))` +
    '(?:#(?<counter>[0-9]+))?$',
);

/** Tag names longer than this are not registry tags (git allows longer; no real one comes close). */
const MAX_TAG_LENGTH = 1024;

export type RegistryAction = 'register' | 'deregister' | 'assign' | 'unassign' | 'deprecate' | 'create';

/** A registry tag's name, taken apart. `model` is in GTO's name form (`path:name` for a folder-qualified one). */
export type RegistryTagName =
  | { action: 'register' | 'deregister'; model: string; version: string; counter?: number }
  | { action: 'assign' | 'unassign'; model: string; stage: string; counter?: number }
  | { action: 'deprecate'; model: string; counter?: number }
  | { action: 'create'; model: string; counter?: number };

/** A tag Crucible writes: every kind but `create`, which GTO itself never writes. */
export type WritableRegistryTagName = Exclude<RegistryTagName, { action: 'create' }>;

/** GTO writes a folder-qualified model `path:name` as `path=name` in tags, since ":" is not allowed in ref names. */
export const modelToTagPart = (model: string): string => model.replace(':', '=');
export const tagPartToModel = (part: string): string => part.replace('=', ':');

/** Takes a tag name apart, or undefined when it is outside GTO's grammar (such tags are not registry tags). */
export function parseRegistryTag(name: string): RegistryTagName | undefined {
  if (name.length > MAX_TAG_LENGTH) return undefined;
  const groups = TAG_RE.exec(name)?.groups;
  if (groups === undefined) return undefined;
  const model = tagPartToModel(groups['model'] ?? '');
  // GTO reads the counter with int(): leading zeros are allowed and ignored.
  const counter = groups['counter'] === undefined ? {} : { counter: Number(groups['counter']) };
  const cancelled = groups['cancel'] === '!';
  if (groups['version'] !== undefined) return { action: cancelled ? 'deregister' : 'register', model, version: groups['version'], ...counter };
  if (groups['stage'] !== undefined) return { action: cancelled ? 'unassign' : 'assign', model, stage: groups['stage'], ...counter };
  return groups['deprecated'] !== undefined ? { action: 'deprecate', model, ...counter } : { action: 'create', model, ...counter };
}

/**
 * Checks a model name as GTO does (`name`, or `path:name` for a model in a folder of a monorepo) and returns it.
 * `where` names the input in the error.
 */
export function validateModelName(model: string, where = 'Model name'): string {
  if (!MODEL_RE.test(model)) {
    const hint = model.includes('=')
      ? ' Write a model in a folder as path:name (the tag spells it path=name).'
      : ' A model in a folder is written path:name, the folder being letters, digits and "-", "_", ".", "/".';
    throw new RegistryError(
      `${where} "${model}" is not a valid GTO name: use letters, digits, "-", "_" and "/", starting and ending with a letter or digit, like "churn-model".${hint}`,
    );
  }
  return model;
}

/**
 * Checks a stage name as GTO does and, when the config lists the stages, that it is one of them (GTO's
 * UnknownStage). `where` names the input in the error.
 */
export function validateStage(stage: string, allowed?: readonly string[], where = 'Stage'): string {
  if (!NAME_RE.test(stage)) {
    throw new RegistryError(`${where} "${stage}" is not a valid GTO stage name: use letters, digits, "-", "_" and "/", starting and ending with a letter or digit, like "production".`);
  }
  if (allowed !== undefined && !allowed.includes(stage)) {
    throw new RegistryError(
      allowed.length === 0
        ? `${where} "${stage}" is not allowed: no stages are configured.`
        : `${where} "${stage}" is not one of the allowed stages: ${allowed.join(', ')}.`,
    );
  }
  return stage;
}

/** Refuses a tag name that git or GitHub would not take, naming the rule it breaks. */
export function validateTagName(name: string): string {
  const problem = refNameProblem(name);
  if (problem !== undefined) throw new RegistryError(`Tag "${name}" cannot be created: ${problem}.`);
  return name;
}

/**
 * Writes a registry tag's name in GTO's grammar, checking the model, the stage or version and the ref name.
 * A version may be given as `1.2.3` or `v1.2.3`; the tag always says `v1.2.3`. Without a counter the tag is in
 * GTO's simple notation.
 */
export function formatRegistryTag(tag: WritableRegistryTagName, options: { stages?: readonly string[] } = {}): string {
  const model = modelToTagPart(validateModelName(tag.model));
  if (tag.counter !== undefined && !(Number.isSafeInteger(tag.counter) && tag.counter >= 1)) {
    throw new RegistryError(`Tag counter must be a whole number from 1 up, got ${tag.counter}.`);
  }
  const counter = tag.counter === undefined ? '' : `#${tag.counter}`;
  let name: string;
  switch (tag.action) {
    case 'register':
    case 'deregister':
      name = `${model}@${normalizeVersion(tag.version)}${tag.action === 'deregister' ? '!' : ''}${counter}`;
      break;
    case 'assign':
    case 'unassign':
      name = `${model}#${validateStage(tag.stage, options.stages)}${tag.action === 'unassign' ? '!' : ''}${counter}`;
      break;
    case 'deprecate':
      name = `${model}@deprecated${counter}`;
      break;
  }
  validateTagName(name);
  // The grammar and this writer must agree: a name that does not read back as written is a bug here.
  if (parseRegistryTag(name) === undefined) throw new RegistryError(`Tag "${name}" is outside GTO's grammar; GTO would not read it.`);
  return name;
}

/**
 * The counter for a model's next tag, as GTO counts (gto/tag.py, name_tag): one above the highest counter on any
 * tag of that model, of any kind, annotated or not; 1 when none has one. Tags in simple notation have no counter
 * and do not count.
 */
export function nextCounter(tagNames: Iterable<string>, model: string): number {
  validateModelName(model);
  let highest = 0;
  for (const name of tagNames) {
    const parsed = parseRegistryTag(name);
    if (parsed?.model === model && parsed.counter !== undefined && parsed.counter > highest) highest = parsed.counter;
  }
  return highest + 1;
}

/** Every version that a register or deregister tag of the model names, as written (`v1.2.3`). */
export function versionsNamed(tagNames: Iterable<string>, model: string): string[] {
  const versions = new Set<string>();
  for (const name of tagNames) {
    const parsed = parseRegistryTag(name);
    if (parsed?.model === model && (parsed.action === 'register' || parsed.action === 'deregister')) versions.add(parsed.version);
  }
  return [...versions];
}
