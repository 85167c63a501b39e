import { CrucibleError, type FoundEvidence, formatRegistryTag, MAX_EVIDENCE_BYTES, normalizeVersion, parseEvidence } from '@crucible/core';
import type { Repository } from './baseline.ts';
import type { GitHubClient } from './octokit.ts';
import { downloadReleaseAsset, getReleaseByTag, listReleaseAssets, type ReleaseAssetInfo } from './releases.ts';

/** What monitor needs of a version is not on its release: named, with the version and the fix. */
export class ReleaseEvidenceError extends CrucibleError {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'ReleaseEvidenceError';
  }
}

type Kind = 'profile' | 'run' | 'comparison';

/** One evidence document from a release asset: its bytes as kept, and the document parsed with its schema. */
export type ReleaseEvidenceFile<K extends Kind = Kind> = K extends Kind
  ? { asset: string; kind: K; content: Buffer; document: Extract<FoundEvidence, { kind: K }>['document'] }
  : never;

export type ReleaseEvidence = {
  model: string;
  version: string;
  /** The register tag the release is on (`churn@v1.2.0`). */
  tag: string;
  releaseUrl: string;
  /** The reference profile the version was trained or evaluated on (crucible/profile@1). */
  profile: ReleaseEvidenceFile<'profile'>;
  /**
   * The version's expected metrics: its comparison evidence where the release has any (`metrics[].current` is the
   * version's value, the mean over seeds), else every run evidence (`metrics`); empty when it has neither and
   * `needExpected` was false.
   */
  expected: Array<ReleaseEvidenceFile<'run' | 'comparison'>>;
};

export type ReleaseEvidenceQuery = {
  model: string;
  version: string;
  /** Fail when the release has no run or comparison evidence (monitoring live quality needs it). */
  needExpected: boolean;
  /** The profile asset to use when the release has several. */
  profileAsset?: string;
  /** Most bytes read of one asset; core's evidence limit by default. */
  maxBytes?: number;
};

/** At most this many assets of one kind are read: a release holds a handful of evidence files. */
const MAX_ASSETS_PER_KIND = 20;

/** The kind an asset's name says (promote names them `<kind>-<file>`), for evidence kinds monitor reads. */
function kindOfName(name: string): Kind | undefined {
  const kind = /^(profile|run|comparison)-.+\.json$/i.exec(name)?.[1]?.toLowerCase();
  return kind as Kind | undefined;
}

/**
 * The evidence a version was promoted on, from the GitHub Release on its register tag (promote keeps it there, past
 * the workflow artifacts' retention): the reference profile, and the expected metrics. Assets are picked by the name
 * promote gives them (`profile-*.json`, `comparison-*.json`, `run-*.json`), read with a size cap, and parsed with
 * their schema; a document of another kind than its name says is not used. A missing release, a missing profile
 * (or expected metrics, when needed), several profiles, or an asset that is not valid evidence is a
 * ReleaseEvidenceError naming the version, the release and what is missing. Needs `contents: read`.
 */
export async function fetchReleaseEvidence(client: GitHubClient, repository: Repository, query: ReleaseEvidenceQuery): Promise<ReleaseEvidence> {
  const version = normalizeVersion(query.version, 'version');
  const tag = formatRegistryTag({ action: 'register', model: query.model, version });
  const named = `${query.model} ${version}`;
  const release = await getReleaseByTag(client, repository, tag);
  if (release === undefined) {
    throw new ReleaseEvidenceError(
      `${named} has no published release on its tag ${tag} in ${repository.owner}/${repository.repo}, so its reference profile and expected metrics cannot be read. ` +
        'Promote the version with Crucible\'s promote action, which keeps its evidence on that release, or give the reference profile and expected metrics as files.',
    );
  }
  const maxBytes = query.maxBytes ?? MAX_EVIDENCE_BYTES;
  const assets = (await listReleaseAssets(client, repository, release.id)).filter((asset) => asset.state === 'uploaded');
  const byKind = (kind: Kind) => assets.filter((asset) => kindOfName(asset.name) === kind).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const where = `the release of ${named} (${release.htmlUrl})`;

  const read = async <K extends Kind>(asset: ReleaseAssetInfo, kind: K): Promise<ReleaseEvidenceFile<K> | undefined> => {
    const label = `Release asset "${asset.name}" of ${named}`;
    let content: Buffer | undefined;
    let found: FoundEvidence | undefined;
    try {
      content = await downloadReleaseAsset(client, repository, release.id, asset.name, { maxBytes });
      if (content === undefined) return undefined;
      found = parseEvidence(content, asset.name, label);
    } catch (error) {
      if (!(error instanceof CrucibleError)) throw error;
      throw new ReleaseEvidenceError(`${error.message} It is not evidence monitor can use; promote the version again, or give the file instead.`, { cause: error });
    }
    if (found?.kind !== kind) return undefined;
    return { asset: asset.name, kind, content, document: found.document } as ReleaseEvidenceFile<K>;
  };

  const profiles = byKind('profile');
  let profileAsset: ReleaseAssetInfo | undefined;
  if (query.profileAsset !== undefined) {
    profileAsset = assets.find((asset) => asset.name === query.profileAsset);
    if (profileAsset === undefined) {
      throw new ReleaseEvidenceError(`${where} has no asset "${query.profileAsset}"; its profile assets: ${profiles.length === 0 ? 'none' : profiles.map((asset) => asset.name).join(', ')}.`);
    }
  } else if (profiles.length > 1) {
    throw new ReleaseEvidenceError(
      `${where} has ${profiles.length} profile assets (${profiles.slice(0, 10).map((asset) => asset.name).join(', ')}); name the one to monitor against.`,
    );
  } else {
    profileAsset = profiles[0];
  }
  const profile = profileAsset === undefined ? undefined : await read(profileAsset, 'profile');
  if (profile === undefined) {
    throw new ReleaseEvidenceError(
      `${where} has no reference profile (a crucible/profile@1 asset named profile-*.json)${profileAsset === undefined ? '' : `: "${profileAsset.name}" is not one`}. ` +
        'Write the training data\'s profile with validate-data (profile-out) into the evidence that promote keeps, then promote the version again; or give the reference as a file.',
    );
  }

  const expected: Array<ReleaseEvidenceFile<'run' | 'comparison'>> = [];
  for (const asset of byKind('comparison').slice(0, MAX_ASSETS_PER_KIND)) {
    const file = await read(asset, 'comparison');
    if (file !== undefined) expected.push(file);
  }
  if (expected.length === 0) {
    for (const asset of byKind('run').slice(0, MAX_ASSETS_PER_KIND)) {
      const file = await read(asset, 'run');
      if (file !== undefined) expected.push(file);
    }
  }
  if (query.needExpected && expected.length === 0) {
    throw new ReleaseEvidenceError(
      `${where} has no expected metrics (no crucible/comparison@1 or crucible/run@1 asset named comparison-*.json or run-*.json). ` +
        'Promote the version with the train or compare-metrics evidence of its run, or give the expected metrics as a file.',
    );
  }
  return { model: query.model, version, tag, releaseUrl: release.htmlUrl, profile, expected };
}
