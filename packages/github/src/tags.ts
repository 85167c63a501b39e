import * as z from 'zod/mini';
import type { RegistryTag } from '@crucible/core';
import type { Repository } from './baseline.ts';
import type { GitHubClient } from './octokit.ts';
import { checked, errorText, statusOf } from './response.ts';

/**
 * A tag as the registry reads it: the ref's name, what the ref points at, and for an annotated tag its message and
 * tagger date; `commitSha` is the commit it finally points at (peeled through tag objects). A lightweight tag has
 * `tagSha`, `message` and `taggerDate` null.
 */
export type RemoteTag = {
  name: string;
  /** The tag object's sha, null for a lightweight tag. */
  tagSha: string | null;
  message: string | null;
  /** The tagger date as GitHub gives it (ISO 8601), null for a lightweight tag. */
  taggerDate: string | null;
  commitSha: string;
};

export type AnnotatedTag = {
  name: string;
  message: string;
  /** The commit the tag points at. */
  commitSha: string;
  /** Defaults to the token's identity (GitHub fills it in). */
  tagger?: { name: string; email: string; date?: string };
};

/**
 * `created`: the tag object and the ref are new. `exists`: the ref was already there (422 "Reference already
 * exists"), and `existing` says what it holds, so the caller can tell its own earlier attempt (same message and
 * commit) from someone else's tag.
 */
export type CreateTagResult = { status: 'created'; tag: RemoteTag } | { status: 'exists'; existing: RemoteTag };

const refSchema = z.looseObject({ ref: z.string(), object: z.looseObject({ sha: z.string(), type: z.string() }) });
const tagObjectSchema = z.looseObject({
  sha: z.string(),
  tag: z.string(),
  message: z.string(),
  tagger: z.looseObject({ date: z.string() }),
  object: z.looseObject({ sha: z.string(), type: z.string() }),
});

/** How many tag objects a listing reads at once: reads are not paced, but a registry can hold hundreds of tags. */
const READ_CONCURRENCY = 8;
/** A tag of a tag of a tag... git allows it; a registry never makes one, so a deep chain is refused. */
const MAX_PEEL = 5;

/** Follows a tag object (and tag objects it points at) to the commit; the first object's message and date. */
async function readTagObject(client: GitHubClient, repository: Repository, name: string, tagSha: string): Promise<RemoteTag> {
  let sha = tagSha;
  let first: { message: string; taggerDate: string } | undefined;
  for (let depth = 0; depth < MAX_PEEL; depth++) {
    const call = `GET /repos/${repository.owner}/${repository.repo}/git/tags/${sha}`;
    const body = checked(tagObjectSchema, (await client.rest.git.getTag({ ...repository, tag_sha: sha })).data, call);
    first ??= { message: body.message, taggerDate: body.tagger.date };
    if (body.object.type !== 'tag') return { name, tagSha, message: first.message, taggerDate: first.taggerDate, commitSha: body.object.sha };
    sha = body.object.sha;
  }
  throw new Error(`Tag ${name} is a chain of more than ${MAX_PEEL} tag objects; a registry tag points at a commit.`);
}

/** What one ref holds: a tag object read through, or a commit. */
async function readRef(client: GitHubClient, repository: Repository, ref: { ref: string; object: { sha: string; type: string } }): Promise<RemoteTag> {
  const name = ref.ref.replace(/^refs\/tags\//, '');
  if (ref.object.type === 'tag') return readTagObject(client, repository, name, ref.object.sha);
  return { name, tagSha: null, message: null, taggerDate: null, commitSha: ref.object.sha };
}

/** The ref `refs/tags/<name>` and what it holds, or undefined when there is none. */
export async function getTag(client: GitHubClient, repository: Repository, name: string): Promise<RemoteTag | undefined> {
  const call = `GET /repos/${repository.owner}/${repository.repo}/git/ref/tags/${name}`;
  let data: unknown;
  try {
    data = (await client.rest.git.getRef({ ...repository, ref: `tags/${name}` })).data;
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw error;
  }
  // GET git/ref/{ref} answers an array when the name is only a prefix of refs; an exact match is one object.
  if (Array.isArray(data)) return undefined;
  return readRef(client, repository, checked(refSchema, data, call));
}

/**
 * Creates an annotated tag the way git does: the tag object (POST git/tags), then the ref (POST git/refs). When the
 * ref exists, answers `exists` with what it holds instead of failing; the tag object made on the way stays
 * unreferenced, which git and GitHub collect later. Needs `contents: write`.
 */
export async function createAnnotatedTag(client: GitHubClient, repository: Repository, tag: AnnotatedTag): Promise<CreateTagResult> {
  const base = `/repos/${repository.owner}/${repository.repo}/git`;
  const created = checked(
    tagObjectSchema,
    (
      await client.rest.git.createTag({
        ...repository,
        tag: tag.name,
        message: tag.message,
        object: tag.commitSha,
        type: 'commit',
        ...(tag.tagger === undefined ? {} : { tagger: tag.tagger }),
      })
    ).data,
    `POST ${base}/tags`,
  );
  try {
    checked(refSchema, (await client.rest.git.createRef({ ...repository, ref: `refs/tags/${tag.name}`, sha: created.sha })).data, `POST ${base}/refs`);
  } catch (error) {
    if (statusOf(error) !== 422 || !/already exists/i.test(errorText(error))) throw error;
    const existing = await getTag(client, repository, tag.name);
    // Deleted between the two calls: rare enough that failing with GitHub's own answer is the honest outcome.
    if (existing === undefined) throw error;
    return { status: 'exists', existing };
  }
  return { status: 'created', tag: { name: tag.name, tagSha: created.sha, message: created.message, taggerDate: created.tagger.date, commitSha: tag.commitSha } };
}

/**
 * Every tag whose name starts with `prefix` (GET git/matching-refs/tags/<prefix>, all pages), each with its tag
 * object read (message, tagger date) and peeled to its commit, sorted by name. An empty prefix lists every tag.
 * Costs one request per annotated tag, eight at a time. Needs `contents: read`.
 */
export async function listTags(client: GitHubClient, repository: Repository, prefix: string): Promise<RemoteTag[]> {
  const call = `GET /repos/${repository.owner}/${repository.repo}/git/matching-refs/tags/${prefix}`;
  // GitHub has answered this endpoint both with Link pages and with every ref at once whatever per_page says;
  // paginate follows Link where there is one, and the refs are deduplicated either way.
  const raw: unknown[] = await client.paginate('GET /repos/{owner}/{repo}/git/matching-refs/{ref}', { ...repository, ref: `tags/${prefix}`, per_page: 100 });
  const refs = new Map<string, z.infer<typeof refSchema>>();
  for (const ref of checked(z.array(refSchema), raw, call)) {
    if (ref.ref.startsWith(`refs/tags/${prefix}`)) refs.set(ref.ref, ref);
  }
  const pending = [...refs.values()].sort((a, b) => (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0));
  const tags: RemoteTag[] = new Array<RemoteTag>(pending.length);
  let next = 0;
  const worker = async () => {
    while (next < pending.length) {
      const index = next++;
      tags[index] = await readRef(client, repository, pending[index] as z.infer<typeof refSchema>);
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, pending.length) }, worker));
  return tags;
}

/**
 * Remote tags as the registry reads them (packages/core/src/registry): the commit each points at, the tagger date
 * and message of an annotated tag. A lightweight tag, which GTO skips, keeps `annotated: false` and no date of its
 * own (the epoch stands in; it never decides a stage).
 */
export function registryTagsOf(tags: readonly RemoteTag[]): RegistryTag[] {
  return tags.map((tag) => ({
    name: tag.name,
    sha: tag.commitSha,
    date: tag.taggerDate ?? new Date(0).toISOString(),
    ...(tag.message === null ? {} : { message: tag.message }),
    annotated: tag.tagSha !== null,
  }));
}
