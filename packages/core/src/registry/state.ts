import { RegistryError } from './errors.ts';
import { compareSemVer, tryParseVersion } from './semver.ts';
import { parseRegistryTag, type RegistryTagName } from './tag-name.ts';

/** A git tag as the registry reads it. */
export type RegistryTag = {
  /** The tag's name, without refs/tags/. */
  name: string;
  /** The commit the tag points to (peeled). */
  sha: string;
  /** ISO 8601: the tagger date of an annotated tag, else the commit date. */
  date: string;
  message?: string;
  /** False for a lightweight tag, which GTO ignores; absent counts as annotated (Crucible writes annotated tags). */
  annotated?: boolean;
};

/** The contract of `crucible registry show --json` (ARCHITECTURE.md). */
export type RegistryVersion = { version: string; sha: string; registered: boolean };
export type RegistryModel = { name: string; latest: string | null; versions: RegistryVersion[]; stages: Record<string, string> };
export type RegistryState = { models: RegistryModel[] };

/*
 * Which version holds a stage, as GTO decides it (iterative/gto: gto/tag.py find and index_tag, gto/base.py
 * Artifact, Version, VStage; the defaults of `gto show`):
 * - Only annotated tags count; lightweight ones are skipped (tag.py find). Tags are replayed oldest first by tag
 *   date.
 * - Register and deregister apply to the version of that name at the tag's commit. A version is registered while
 *   its latest register/deregister tag is a registration; deregistered versions are not listed and hold no stage.
 * - An assignment or unassignment applies to the version registered at the tag's commit when it is replayed; at a
 *   commit with none, GTO makes an unregistered version named by the commit's sha, listed with
 *   `registered: false`.
 * - A stage is active on a version while its latest assign/unassign tag on that version is an assignment. Of the
 *   versions where it is active, the one whose latest assignment is newest holds the stage (`gto show`'s default
 *   sort by timestamp, one version per stage).
 * - `latest` is the greatest SemVer among registered versions.
 * - A model whose newest tag is a deprecation is left out, as `gto show` does without --deprecated; a later tag of
 *   any kind brings it back.
 * - `@created` tags are read but change nothing: GTO's parser gives them no action either.
 *
 * Where Crucible differs, it is where GTO has no rule or fails:
 * - Tags with the same date (git keeps whole seconds) are replayed in GTO's event order (deprecate, register,
 *   deregister, assign, unassign), then by counter, then by name; GTO's order for them follows the tag listing
 *   and Python's sort stability.
 * - Two registered versions at one commit make GTO fail (ManyVersions) on an assignment there; Crucible gives the
 *   stage to the greatest registered one. Unregistered commits with several stage tags are one version here,
 *   where GTO makes one per tag (so its unassignment of such a commit does not take).
 */

const ORDER: Record<RegistryTagName['action'], number> = { create: 1, deprecate: 2, register: 3, deregister: 4, assign: 5, unassign: 6 };

type Event = { tag: RegistryTag; parsed: RegistryTagName; time: number };

type VersionRecord = {
  version: string;
  sha: string;
  /** The latest register/deregister tag's action, or undefined for a commit known only from stage tags. */
  direct?: 'register' | 'deregister';
  /** Stage -> replay position of its latest assignment, or undefined once the latest stage tag unassigned it. */
  stages: Map<string, number | undefined>;
};

type ModelRecord = { name: string; versions: VersionRecord[]; deprecated: boolean };

function eventTime(tag: RegistryTag): number {
  const time = Date.parse(tag.date);
  if (Number.isNaN(time)) throw new RegistryError(`Tag "${tag.name}" has the date "${tag.date}", which is not an ISO 8601 date.`);
  return time;
}

function replayOrder(a: Event, b: Event): number {
  return (
    a.time - b.time ||
    ORDER[a.parsed.action] - ORDER[b.parsed.action] ||
    (a.parsed.counter ?? -1) - (b.parsed.counter ?? -1) ||
    (a.tag.name < b.tag.name ? -1 : a.tag.name > b.tag.name ? 1 : 0)
  );
}

const isRegistered = (version: VersionRecord) => version.direct === 'register';
/** Listed by `gto show`: registered, or known only from stage tags. */
const isListed = (version: VersionRecord) => version.direct !== 'deregister';

/** The version a stage tag at `sha` applies to. */
function versionAtCommit(model: ModelRecord, sha: string): VersionRecord {
  const named = model.versions.filter((version) => version.sha === sha && version.direct !== undefined);
  if (named.length > 0) {
    // Prefer a registered version, then the greatest; GTO fails with several.
    return named.reduce((best, version) => {
      if (isRegistered(version) !== isRegistered(best)) return isRegistered(version) ? version : best;
      const a = tryParseVersion(version.version);
      const b = tryParseVersion(best.version);
      return a !== undefined && b !== undefined && compareSemVer(a, b) > 0 ? version : best;
    });
  }
  let unregistered = model.versions.find((version) => version.sha === sha && version.direct === undefined && version.version === sha);
  if (unregistered === undefined) {
    unregistered = { version: sha, sha, stages: new Map() };
    model.versions.push(unregistered);
  }
  return unregistered;
}

function namedVersion(model: ModelRecord, version: string, sha: string): VersionRecord {
  let found = model.versions.find((record) => record.version === version && record.sha === sha && record.direct !== undefined);
  if (found === undefined) {
    found = { version, sha, stages: new Map() };
    model.versions.push(found);
  }
  return found;
}

function byVersionDescending(a: VersionRecord, b: VersionRecord): number {
  const va = tryParseVersion(a.version);
  const vb = tryParseVersion(b.version);
  // Unregistered versions (named by sha) after the SemVer ones, as GTO sorts them.
  if (va === undefined || vb === undefined) return va !== undefined ? -1 : vb !== undefined ? 1 : a.version < b.version ? -1 : a.version > b.version ? 1 : 0;
  return compareSemVer(vb, va) || (a.version < b.version ? 1 : a.version > b.version ? -1 : 0) || (a.sha < b.sha ? -1 : a.sha > b.sha ? 1 : 0);
}

/** Every model the tags name, deprecated ones too, replayed as GTO does. */
function replay(tags: readonly RegistryTag[]): Map<string, ModelRecord> {
  const events: Event[] = [];
  for (const tag of tags) {
    if (tag.annotated === false) continue;
    const parsed = parseRegistryTag(tag.name);
    if (parsed !== undefined) events.push({ tag, parsed, time: eventTime(tag) });
  }
  events.sort(replayOrder);
  const models = new Map<string, ModelRecord>();
  events.forEach(({ tag, parsed }, position) => {
    let model = models.get(parsed.model);
    if (model === undefined) {
      model = { name: parsed.model, versions: [], deprecated: false };
      models.set(parsed.model, model);
    }
    model.deprecated = parsed.action === 'deprecate';
    switch (parsed.action) {
      case 'register':
      case 'deregister':
        namedVersion(model, parsed.version, tag.sha).direct = parsed.action;
        break;
      case 'assign':
        versionAtCommit(model, tag.sha).stages.set(parsed.stage, position);
        break;
      case 'unassign':
        versionAtCommit(model, tag.sha).stages.set(parsed.stage, undefined);
        break;
      case 'deprecate':
      case 'create':
        break;
    }
  });
  return models;
}

function modelState(model: ModelRecord): RegistryModel {
  const listed = model.versions.filter(isListed).sort(byVersionDescending);
  const registered = listed.filter(isRegistered);
  const holders = new Map<string, { version: string; position: number }>();
  for (const version of listed) {
    for (const [stage, position] of version.stages) {
      if (position === undefined) continue;
      const holder = holders.get(stage);
      if (holder === undefined || position > holder.position) holders.set(stage, { version: version.version, position });
    }
  }
  const stages: Record<string, string> = {};
  for (const stage of [...holders.keys()].sort()) stages[stage] = holders.get(stage)?.version ?? '';
  return {
    name: model.name,
    latest: registered[0]?.version ?? null,
    versions: listed.map((version) => ({ version: version.version, sha: version.sha, registered: isRegistered(version) })),
    stages,
  };
}

/**
 * The registry the tags describe, as `gto show` reads it: each model that is not deprecated, sorted by name, with
 * its listed versions (greatest first), its latest version and the version each stage holds. Tags outside GTO's
 * grammar are ignored.
 */
export function registryState(tags: readonly RegistryTag[]): RegistryState {
  const models = [...replay(tags).values()].filter((model) => !model.deprecated);
  models.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { models: models.map(modelState) };
}

/** Whether the model's newest registry tag deprecates it (it is then left out of registryState). */
export function isDeprecated(tags: readonly RegistryTag[], model: string): boolean {
  return replay(tags).get(model)?.deprecated ?? false;
}

/** "held stages: staging (v1.1.0), production (v1.0.0)", or "no stage is held": for messages about a model's stages. */
export function heldStages(model: RegistryModel): string {
  const held = Object.entries(model.stages).map(([stage, version]) => `${stage} (${version})`);
  return held.length === 0 ? 'no stage is held' : `held stages: ${held.join(', ')}`;
}

/** A registered version of the model, by name, with its commit. */
export function registeredVersion(model: RegistryModel, version: string): { version: string; sha: string } | undefined {
  const found = model.versions.find((candidate) => candidate.version === version && candidate.registered);
  return found === undefined ? undefined : { version: found.version, sha: found.sha };
}

/**
 * Who holds `stage` of `model` (deploy and monitor ask the same question): the registered version with its commit,
 * or why none does, for the caller to say in its own words.
 */
export type StageHolder =
  | { status: 'held'; model: RegistryModel; version: string; sha: string }
  | { status: 'no-model' }
  | { status: 'not-held'; model: RegistryModel }
  | { status: 'not-registered'; model: RegistryModel; held: string };

export function stageHolder(state: RegistryState, model: string, stage: string): StageHolder {
  const found = state.models.find((candidate) => candidate.name === model);
  if (found === undefined) return { status: 'no-model' };
  const held = found.stages[stage];
  if (held === undefined) return { status: 'not-held', model: found };
  const version = tryParseVersion(held) === undefined ? undefined : registeredVersion(found, held);
  return version === undefined ? { status: 'not-registered', model: found, held } : { status: 'held', model: found, ...version };
}
