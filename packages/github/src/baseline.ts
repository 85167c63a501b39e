import { type ComparisonEvidence, ComparisonEvidenceSchema, formatIssues } from '@crucible/core';
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

/** Successful push runs of the workflow on the base branch in this repository (never a fork's same-named branch). */
async function pushRuns(client: GitHubClient, query: BaselineQuery): Promise<Map<string, RunSummary[]>> {
  const params = { owner: query.owner, repo: query.repo, branch: query.baseBranch, event: 'push', status: 'success' as const, per_page: 100 };
  let runs: RunSummary[] = [];
  try {
    for await (const page of client.paginate.iterator(client.rest.actions.listWorkflowRuns, { ...params, workflow_id: query.workflow })) {
      runs.push(...(page.data as RunSummary[]));
      if (runs.length >= 300) break;
    }
  } catch (error) {
    if ((error as { status?: number }).status !== 404) throw error;
    // The workflow file is not on the default branch yet: look at every workflow's runs instead.
    runs = (await client.rest.actions.listWorkflowRunsForRepo(params)).data.workflow_runs as RunSummary[];
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

/** The merge-base and its ancestors, nearest first, as many as the walk allows. */
async function ancestry(client: GitHubClient, query: BaselineQuery): Promise<string[]> {
  const { data } = await client.rest.repos.listCommits({ owner: query.owner, repo: query.repo, sha: query.mergeBase, per_page: Math.min(100, query.maxDepth + 1) });
  const shas = data.map((commit) => commit.sha);
  if (shas[0] !== query.mergeBase) shas.unshift(query.mergeBase);
  return shas.slice(0, query.maxDepth + 1);
}

/** Picks the evidence a search wants out of an artifact's files; throws when it is there but invalid. */
export type EvidenceExtractor<T> = (files: Map<string, Buffer>, label: string) => T | undefined;

/** The comparison evidence inside an artifact's files, parsed with its schema. */
export function comparisonEvidenceIn(files: Map<string, Buffer>, label: string): ComparisonEvidence | undefined {
  for (const [path, content] of files) {
    if (!path.endsWith('.json')) continue;
    let document: unknown;
    try {
      document = JSON.parse(content.toString('utf8'));
    } catch {
      continue;
    }
    if ((document as { schema?: unknown } | null)?.schema !== 'crucible/comparison@1') continue;
    const result = ComparisonEvidenceSchema.safeParse(document);
    if (!result.success) throw new Error(`${label}/${path} is not valid comparison evidence:\n${formatIssues(result.error.issues)}`);
    return result.data;
  }
  return undefined;
}

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
