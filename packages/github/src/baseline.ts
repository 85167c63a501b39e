import { type ComparisonEvidence, type FoundEvidence, parseEvidence } from '@crucible/core';
import { type ArtifactLimits, DEFAULT_ARTIFACT_LIMITS, downloadArtifactFiles } from './artifacts.ts';
import type { GitHubClient, Logger } from './octokit.ts';

export type Repository = { owner: string; repo: string };

/** The merge-base of `base` and `head` (GET compare base...head), the commit a pull request is measured against. */
export async function mergeBaseOf(client: GitHubClient, repository: Repository, base: string, head: string): Promise<string> {
  const { data } = await client.rest.repos.compareCommitsWithBasehead({ ...repository, basehead: `${base}...${head}` });
  return data.merge_base_commit.sha;
}

/** The first parent of a commit: a push is measured against what its branch held before. */
export async function firstParentOf(client: GitHubClient, repository: Repository, sha: string): Promise<string | undefined> {
  const { data } = await client.rest.repos.getCommit({ ...repository, ref: sha });
  return data.parents[0]?.sha;
}

/** What `baselinePoint` needs to know about the event a workflow runs on (from GITHUB_* and the event payload). */
export type BaselineEvent = {
  /** GITHUB_EVENT_NAME: push, pull_request, workflow_dispatch, schedule, ... */
  eventName: string;
  /** GITHUB_REF. */
  ref: string;
  /** GITHUB_SHA. */
  sha: string;
  /** The pull request, on pull_request and pull_request_target events (or one found for a workflow_run). */
  pull?: { baseRef: string; baseSha: string; headSha: string };
  /** The repository's default branch when the payload names it; asked of GitHub otherwise. */
  defaultBranch?: string;
};

/** The branch a change is measured against, and the commit on it (undefined for a push of a root commit). */
export type BaselinePoint = { baseBranch: string; mergeBase: string | undefined };

/**
 * Where a change is measured from: a pull request against the merge-base of its base and head commits on its base
 * branch; a push to a branch against the first parent on that branch (what the branch held before); anything else
 * (a tag, workflow_dispatch, schedule) against the merge-base with the default branch.
 */
export async function baselinePoint(client: GitHubClient, repository: Repository, event: BaselineEvent): Promise<BaselinePoint> {
  if (event.pull !== undefined) {
    return { baseBranch: event.pull.baseRef, mergeBase: await mergeBaseOf(client, repository, event.pull.baseSha, event.pull.headSha) };
  }
  if (event.eventName === 'push' && event.ref.startsWith('refs/heads/')) {
    return { baseBranch: event.ref.slice('refs/heads/'.length), mergeBase: await firstParentOf(client, repository, event.sha) };
  }
  const baseBranch = event.defaultBranch ?? (await client.rest.repos.get(repository)).data.default_branch;
  return { baseBranch, mergeBase: await mergeBaseOf(client, repository, baseBranch, event.sha) };
}

export type BaselineQuery = Repository & {
  /** The workflow file name (ml.yml) whose runs hold the evidence: this workflow, on the base branch. */
  workflow: string;
  baseBranch: string;
  mergeBase: string;
  artifactName: string;
  /** Ancestors of the merge-base to try after it. */
  maxDepth: number;
  /** How many evidence documents to collect for the noise estimate (the found one included). */
  historyRuns: number;
  limits?: ArtifactLimits;
};

export type EvidenceAtCommit<T = ComparisonEvidence> = { evidence: T; sha: string; runId: number; createdAt: string; depth: number };

export type BaselineSearch<T = ComparisonEvidence> = {
  /** The nearest evidence: depth 0 is the merge-base itself. */
  found?: EvidenceAtCommit<T>;
  /** The found evidence and the next ones along the ancestry, up to `historyRuns`, for the noise estimate. */
  history: EvidenceAtCommit<T>[];
  /** Runs that had the artifact once, but it has expired (the usual reason for finding nothing). */
  expired: Array<{ sha: string; runId: number }>;
  /** Commits looked at. */
  searched: number;
};

type RunSummary = { id: number; head_sha: string; created_at: string; event: string; head_repository?: { full_name?: string } | null };

/** How many of the newest push runs on the base branch are looked at. */
const MAX_RUNS = 300;

/** Successful push runs of the workflow on the base branch in this repository (never a fork's same-named branch). */
async function pushRuns(client: GitHubClient, query: BaselineQuery): Promise<Map<string, RunSummary[]>> {
  const params = { owner: query.owner, repo: query.repo, branch: query.baseBranch, event: 'push', status: 'success' as const, per_page: 100 };
  let runs: RunSummary[] = [];
  try {
    for await (const page of client.paginate.iterator(client.rest.actions.listWorkflowRuns, { ...params, workflow_id: query.workflow })) {
      runs.push(...(page.data as RunSummary[]));
      if (runs.length >= MAX_RUNS) break;
    }
  } catch (error) {
    if ((error as { status?: number }).status !== 404) throw error;
    // The workflow file is not on the default branch yet: look at every workflow's runs instead.
    runs = [];
    for await (const page of client.paginate.iterator(client.rest.actions.listWorkflowRunsForRepo, params)) {
      runs.push(...(page.data as RunSummary[]));
      if (runs.length >= MAX_RUNS) break;
    }
  }
  const fullName = `${query.owner}/${query.repo}`.toLowerCase();
  const bySha = new Map<string, RunSummary[]>();
  for (const run of runs) {
    if (run.event !== 'push' || run.head_repository?.full_name?.toLowerCase() !== fullName) continue;
    bySha.set(run.head_sha, [...(bySha.get(run.head_sha) ?? []), run]);
  }
  for (const list of bySha.values()) list.sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at));
  return bySha;
}

/** The merge-base and its ancestors, nearest first, as many as the walk allows (maxDepth + 1 in all). */
async function ancestry(client: GitHubClient, query: BaselineQuery): Promise<string[]> {
  const wanted = Math.max(1, query.maxDepth + 1);
  const shas: string[] = [];
  const params = { owner: query.owner, repo: query.repo, sha: query.mergeBase, per_page: Math.min(100, wanted) };
  for await (const page of client.paginate.iterator(client.rest.repos.listCommits, params)) {
    shas.push(...page.data.map((commit) => commit.sha));
    if (shas.length >= wanted) break;
  }
  if (shas[0] !== query.mergeBase) shas.unshift(query.mergeBase);
  return shas.slice(0, wanted);
}

/** Picks the evidence a search wants out of an artifact's files; throws when it is there but invalid. */
export type EvidenceExtractor<T> = (files: Map<string, Buffer>, label: string) => T | undefined;

type EvidenceDocument<K extends FoundEvidence['kind']> = Extract<FoundEvidence, { kind: K }>['document'];

/**
 * An extractor for the first evidence document of one kind in an artifact's files, read with core's parser
 * (parseEvidence): size-bounded, JSON, valid for its schema. A JSON file that is not evidence is passed over; one
 * that is too large, not JSON, or not valid for its kind throws core's EvidenceError, as it does everywhere else.
 */
export function evidenceOfKind<K extends FoundEvidence['kind']>(kind: K): EvidenceExtractor<EvidenceDocument<K>> {
  return (files, label) => {
    for (const [path, content] of files) {
      if (!path.endsWith('.json')) continue;
      const found = parseEvidence(content, path, `${label}/${path}`);
      if (found?.kind === kind) return found.document as EvidenceDocument<K>;
    }
    return undefined;
  };
}

/** The comparison evidence inside an artifact's files (see evidenceOfKind). */
export const comparisonEvidenceIn: EvidenceExtractor<ComparisonEvidence> = evidenceOfKind('comparison');

/**
 * Finds the baseline evidence for a pull request: the artifact of the latest successful push run of this workflow
 * at the merge-base, else at the nearest ancestor that has one (within `maxDepth`). `extract` picks the evidence
 * out of the artifact (comparison evidence by default). Expired artifacts are noted, since retention running out
 * is the usual reason for finding nothing.
 */
export async function findBaselineEvidence<T = ComparisonEvidence>(
  client: GitHubClient,
  query: BaselineQuery,
  log: Logger,
  extract: EvidenceExtractor<T> = comparisonEvidenceIn as unknown as EvidenceExtractor<T>,
): Promise<BaselineSearch<T>> {
  const [runsBySha, commits] = await Promise.all([pushRuns(client, query), ancestry(client, query)]);
  const search: BaselineSearch<T> = { history: [], expired: [], searched: 0 };
  for (const [depth, sha] of commits.entries()) {
    search.searched = depth + 1;
    for (const run of runsBySha.get(sha) ?? []) {
      const { data } = await client.rest.actions.listWorkflowRunArtifacts({ owner: query.owner, repo: query.repo, run_id: run.id, name: query.artifactName, per_page: 10 });
      const artifact = data.artifacts.find((candidate) => candidate.name === query.artifactName);
      if (artifact === undefined) continue;
      if (artifact.expired) {
        search.expired.push({ sha, runId: run.id });
        continue;
      }
      const label = `${query.artifactName} of run ${run.id}`;
      const files = await downloadArtifactFiles(client, { owner: query.owner, repo: query.repo, artifactId: artifact.id, name: query.artifactName }, query.limits ?? DEFAULT_ARTIFACT_LIMITS);
      let evidence: T | undefined;
      try {
        evidence = extract(files, label);
      } catch (error) {
        log.warning(`Skipping ${label}: ${(error as Error).message}`);
        continue;
      }
      if (evidence === undefined) continue;
      const entry = { evidence, sha, runId: run.id, createdAt: run.created_at, depth };
      search.found ??= entry;
      search.history.push(entry);
      break;
    }
    if (search.found !== undefined && search.history.length >= Math.max(1, query.historyRuns)) break;
  }
  return search;
}

/** A file's content at a commit, or undefined when the commit does not have it. */
export async function fileAtCommit(client: GitHubClient, repository: Repository, path: string, sha: string): Promise<Buffer | undefined> {
  try {
    const { data } = await client.rest.repos.getContent({ ...repository, path, ref: sha });
    if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) return undefined;
    return Buffer.from(data.content, 'base64');
  } catch (error) {
    if ((error as { status?: number }).status === 404) return undefined;
    throw error;
  }
}
