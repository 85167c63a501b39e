import { RegistryError } from './errors.ts';

/**
 * A SemVer 2.0.0 version. Numbers are bigints because SemVer sets no bound on them (GTO reads them with Python's
 * unbounded ints), so `v99999999999999999999.0.0` still sorts and bumps right.
 */
export type SemVer = { major: bigint; minor: bigint; patch: bigint; prerelease: string[]; build: string[] };

export type Bump = 'major' | 'minor' | 'patch';

const NUMBER = '0|[1-9]\\d*';
const PRERELEASE_ID = '0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*';
/** SemVer 2.0.0 as semver.org writes it; GTO's tag grammar embeds the same expression after a literal `v`. */
export const SEMVER_SOURCE =
  `(?:${NUMBER})\\.(?:${NUMBER})\\.(?:${NUMBER})` + `(?:-(?:${PRERELEASE_ID})(?:\\.(?:${PRERELEASE_ID}))*)?` + '(?:\\+[0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*)?';

const SEMVER = new RegExp(
  `^(${NUMBER})\\.(${NUMBER})\\.(${NUMBER})(?:-((?:${PRERELEASE_ID})(?:\\.(?:${PRERELEASE_ID}))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$`,
);

/** Long enough for any real version; longer text is refused before the expression runs. */
const MAX_VERSION_LENGTH = 256;

/** Parses `v1.2.3` or `1.2.3` (with an optional -prerelease and +build), or undefined when it is not SemVer. */
export function tryParseVersion(text: string): SemVer | undefined {
  if (text.length > MAX_VERSION_LENGTH) return undefined;
  const match = SEMVER.exec(text.startsWith('v') ? text.slice(1) : text);
  if (match === null) return undefined;
  return {
    major: BigInt(match[1] ?? '0'),
    minor: BigInt(match[2] ?? '0'),
    patch: BigInt(match[3] ?? '0'),
    prerelease: match[4] === undefined ? [] : match[4].split('.'),
    build: match[5] === undefined ? [] : match[5].split('.'),
  };
}

/**
 * Parses a version a person wrote: `v1.2.3` or `1.2.3`. GTO's tags always carry the `v`; the bare form is accepted
 * here because release inputs are usually written without it. `where` names the input in the error.
 */
export function parseVersion(text: string, where = 'Version'): SemVer {
  const version = tryParseVersion(text.trim());
  if (version === undefined) {
    throw new RegistryError(
      `${where} "${text}" is not a semantic version: write it like v1.2.3 or 1.2.3, with an optional -prerelease and +build (v1.2.3-rc.1+build.5).`,
    );
  }
  return version;
}

/** The version as GTO's tags write it: `v` then SemVer. */
export function formatVersion(version: SemVer): string {
  const prerelease = version.prerelease.length > 0 ? `-${version.prerelease.join('.')}` : '';
  const build = version.build.length > 0 ? `+${version.build.join('.')}` : '';
  return `v${version.major}.${version.minor}.${version.patch}${prerelease}${build}`;
}

/** A version written either way, as GTO's tags write it (`1.2.3` -> `v1.2.3`). */
export function normalizeVersion(text: string, where = 'Version'): string {
  return formatVersion(parseVersion(text, where));
}

const cmp = (a: bigint, b: bigint) => (a < b ? -1 : a > b ? 1 : 0);

function compareIdentifiers(a: string, b: string): number {
  const numericA = /^\d+$/.test(a);
  const numericB = /^\d+$/.test(b);
  if (numericA && numericB) return cmp(BigInt(a), BigInt(b));
  if (numericA) return -1;
  if (numericB) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * SemVer precedence (semver.org, item 11; python-semver, which GTO uses, agrees): major, minor, patch, then a
 * prerelease sorts below its release, identifiers compared numerically when both are digits, else in ASCII order,
 * and a longer list above its prefix. Build metadata does not count.
 */
export function compareSemVer(a: SemVer, b: SemVer): number {
  const core = cmp(a.major, b.major) || cmp(a.minor, b.minor) || cmp(a.patch, b.patch);
  if (core !== 0) return core;
  if (a.prerelease.length === 0) return b.prerelease.length === 0 ? 0 : 1;
  if (b.prerelease.length === 0) return -1;
  for (let i = 0; i < Math.min(a.prerelease.length, b.prerelease.length); i++) {
    const order = compareIdentifiers(a.prerelease[i] ?? '', b.prerelease[i] ?? '');
    if (order !== 0) return order;
  }
  return Math.sign(a.prerelease.length - b.prerelease.length);
}

/**
 * Compares two version strings by SemVer precedence; two that rank the same (they differ in build metadata only)
 * fall back to text order so that sorting is deterministic.
 */
export function compareVersions(a: string, b: string): number {
  const order = compareSemVer(parseVersion(a), parseVersion(b));
  return order !== 0 ? order : a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The next version, as GTO bumps (python-semver's bump_*): the part named goes up by one, the parts below it go to
 * zero, and prerelease and build are dropped (`v1.2.3-rc.1` patch -> `v1.2.4`).
 */
export function bumpVersion(version: SemVer, bump: Bump): SemVer {
  if (bump === 'major') return { major: version.major + 1n, minor: 0n, patch: 0n, prerelease: [], build: [] };
  if (bump === 'minor') return { major: version.major, minor: version.minor + 1n, patch: 0n, prerelease: [], build: [] };
  return { major: version.major, minor: version.minor, patch: version.patch + 1n, prerelease: [], build: [] };
}

export function parseBump(text: string, where = 'Bump'): Bump {
  if (text === 'major' || text === 'minor' || text === 'patch') return text;
  throw new RegistryError(`${where} must be major, minor or patch, got "${text}".`);
}

/**
 * The version to register next: the greatest version the model has ever had, bumped. GTO bumps the greatest
 * version still registered and then refuses the result when a deregistered version already took it; Crucible
 * bumps past deregistered versions instead, so a number is never reused. With no version yet GTO registers v0.0.1
 * and refuses a bump; Crucible starts at v0.0.1, v0.1.0 or v1.0.0 for patch, minor or major.
 */
export function nextVersion(existing: readonly string[], bump: Bump): string {
  const versions = existing.map((text) => tryParseVersion(text)).filter((version): version is SemVer => version !== undefined);
  if (versions.length === 0) {
    return bump === 'major' ? 'v1.0.0' : bump === 'minor' ? 'v0.1.0' : 'v0.0.1';
  }
  const greatest = versions.reduce((best, version) => (compareSemVer(version, best) > 0 ? version : best));
  return formatVersion(bumpVersion(greatest, bump));
}
