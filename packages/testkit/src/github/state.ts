import { createHash, randomUUID } from 'node:crypto';
import { strToU8, zipSync } from 'fflate';
import type { Scopes, TokenIdentity } from './http.ts';

/**
 * The loopback GitHub's world, in memory. Seeds describe it in plain data; the REST, Twirp and blob handlers read
 * and change it; tests inspect it afterwards. Everything a handler needs to build a response lives here.
 */

export type UserSeed = { login: string; type?: 'User' | 'Bot' | 'Organization' };

export type CommitSeed = {
  sha?: string;
  /** Parent shas; the first commit of a repository has none. */
  parents?: string[];
  message?: string;
  date?: string;
  author?: string;
  /** Files at this commit (path -> content), for the contents API. Unlisted files are inherited from the first parent. */
  files?: Record<string, string>;
};

export type PullSeed = {
  number: number;
  title?: string;
  body?: string;
  user?: string;
  state?: 'open' | 'closed';
  head: { ref: string; sha: string; repo?: string };
  base: { ref: string; sha?: string };
};

export type ArtifactSeed = {
  name: string;
  /** Files inside the artifact zip (path -> content); `raw` uploads one unzipped file instead. */
  files?: Record<string, string>;
  createdAt?: string;
  /** Days until it expires, from createdAt (GitHub's default is 90). */
  retentionDays?: number;
  expired?: boolean;
};

export type RunSeed = {
  id?: number;
  workflow?: string;
  event?: string;
  status?: 'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending';
  conclusion?: 'success' | 'failure' | 'cancelled' | 'skipped' | 'neutral' | 'timed_out' | 'action_required' | null;
  headBranch?: string;
  headSha: string;
  /** owner/name of the repository the head commit came from; a fork's for fork pull requests. */
  headRepository?: string;
  actor?: string;
  triggeringActor?: string;
  runAttempt?: number;
  createdAt?: string;
  pullRequests?: number[];
  artifacts?: ArtifactSeed[];
  approvals?: ApprovalSeed[];
  pendingEnvironments?: string[];
};

export type ApprovalSeed = { environments: string[]; state: 'approved' | 'rejected'; user: string; comment?: string };

export type EnvironmentSeed = {
  name: string;
  reviewers?: Array<{ type: 'User' | 'Team'; login: string }>;
  preventSelfReview?: boolean;
  waitTimer?: number;
  /** Omitted in GitHub's answer when undefined, which Crucible must treat as unsafe. */
  canAdminsBypass?: boolean;
  deploymentBranchPolicy?: { protected_branches: boolean; custom_branch_policies: boolean } | null;
  /** Name patterns of custom deployment branch (or tag) policies, listed by GET .../deployment-branch-policies. */
  branchPolicies?: Array<{ name: string; type?: 'branch' | 'tag' }>;
};

export type WorkflowSeed = {
  name: string;
  path: string;
  id?: number;
  /**
   * The workflow's `on: workflow_dispatch` trigger: its input names, so a dispatch with others is refused (422
   * "Unexpected inputs provided") as GitHub does; `false` for a workflow without the trigger. Omitted: any inputs.
   */
  dispatch?: { inputs?: string[] } | false;
};

export type IssueSeed = {
  /** The next free number (issues and pull requests share one sequence) when omitted. */
  number?: number;
  title?: string;
  body?: string;
  /** The author: another user than the token's identity, say, to test that only one's own issues are touched. */
  user?: string;
  state?: 'open' | 'closed';
  stateReason?: 'completed' | 'not_planned' | 'reopened' | 'duplicate' | null;
  labels?: string[];
  createdAt?: string;
  comments?: Array<{ user?: string; body: string }>;
};

export type RepoSeed = {
  owner: string;
  name: string;
  defaultBranch?: string;
  private?: boolean;
  /** owner/name of the repository this one is a fork of. */
  forkOf?: string;
  commits?: CommitSeed[];
  /** Branch name -> sha; the default branch points at the last commit when omitted. */
  branches?: Record<string, string>;
  pulls?: PullSeed[];
  workflows?: WorkflowSeed[];
  runs?: RunSeed[];
  environments?: EnvironmentSeed[];
  issues?: IssueSeed[];
};

export type TokenSeed = { login?: string; type?: 'Bot' | 'User'; scopes?: Scopes };

/**
 * An organization's team and its members. Listing them takes the organization's Members permission (read:org for a
 * classic token), which the job's GITHUB_TOKEN never has.
 */
export type TeamSeed = { org: string; slug: string; name?: string; members?: string[]; maintainers?: string[]; privacy?: 'closed' | 'secret' };

export type Seed = {
  repos?: RepoSeed[];
  users?: UserSeed[];
  /** token -> identity; the token "ghs_loopback" (all write, github-actions[bot]) always exists. */
  tokens?: Record<string, TokenSeed>;
  teams?: TeamSeed[];
  /** The clock, as an ISO date or epoch ms; it only moves when a test moves it. Defaults to the real time. */
  now?: string | number;
};

export type User = { id: number; login: string; type: 'User' | 'Bot' | 'Organization' };
export type Commit = {
  sha: string;
  parents: string[];
  message: string;
  date: string;
  author: string;
  files: Map<string, string>;
};
export type Comment = {
  id: number;
  body: string;
  user: string;
  createdAt: string;
  updatedAt: string;
  minimized?: string;
};
export type IssueComment = Comment & { issueNumber: number };
export type CommitComment = Comment & { commitId: string; path: string | null; line: number | null };
export type Pull = {
  number: number;
  id: number;
  title: string;
  body: string;
  user: string;
  state: 'open' | 'closed';
  head: { ref: string; sha: string; repo: string };
  base: { ref: string; sha: string };
  createdAt: string;
};
export type Annotation = Record<string, unknown> & { path: string; start_line: number; end_line: number; message: string };
export type CheckRun = {
  id: number;
  name: string;
  headSha: string;
  status: string;
  conclusion: string | null;
  startedAt: string;
  completedAt: string | null;
  externalId: string | null;
  detailsUrl: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
  annotations: Annotation[];
};
export type Workflow = { id: number; name: string; path: string; dispatch?: WorkflowSeed['dispatch'] };
/** A plain issue (pull requests live in `pulls` and share its number sequence). */
export type Issue = {
  number: number;
  id: number;
  title: string;
  body: string | null;
  user: string;
  state: 'open' | 'closed';
  stateReason: 'completed' | 'not_planned' | 'reopened' | 'duplicate' | null;
  /** Label names; each is in the repository's `labels`. */
  labels: string[];
  assignees: string[];
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  closedBy: string | null;
};
export type Label = { id: number; name: string; color: string; description: string | null };
/** One POST .../actions/workflows/{id}/dispatches as GitHub accepted it, for tests to read. */
export type WorkflowDispatch = {
  workflowId: number;
  /** The workflow file's path (.github/workflows/retrain.yml). */
  workflow: string;
  ref: string;
  sha: string;
  inputs: Record<string, string>;
  actor: string;
  createdAt: string;
  /** The queued run it started. */
  runId: number;
};
/** A job of a run, on the runner the simulator names (RUNNER_NAME crucible-simulator) with the labels it ran on. */
export type Job = { id: number; backendId: string; name: string; runnerName: string; labels: string[]; startedAt: string };
export type Artifact = {
  id: number;
  runId: number;
  jobBackendId: string;
  name: string;
  size: number;
  digest: string | null;
  createdAt: string;
  expiresAt: string;
  /** Key of its bytes in the blob store, reserved by CreateArtifact; the bytes count once it is finalized. */
  blob: string;
  finalized: boolean;
  contentType: string;
};
/** Bytes behind a signed blob URL: staged blocks until a block list (or a single put) commits them. */
export type StoredBlob = {
  data: Buffer | undefined;
  blocks: Map<string, Buffer>;
  contentType: string;
  /** When `data` was last committed (epoch ms), for Last-Modified. */
  committedAt?: number;
};

/** One Actions cache entry; `scope` is the ref of the run that saved it (caches are per branch on GitHub). */
export type CacheEntry = {
  id: number;
  repo: string;
  scope: string;
  key: string;
  version: string;
  blob: string;
  size: number;
  createdAt: string;
  finalized: boolean;
};

/** One cache restore as the results service answered it, so tests can assert which entry a job got. */
export type CacheLookup = {
  repo: string;
  /** The scopes searched, in order: the run's ref, then the pull request's base branch, then the default branch. */
  scopes: string[];
  key: string;
  restoreKeys: string[];
  version: string;
  matchedKey: string | null;
  matchedScope: string | null;
};

export type Approval = { environments: string[]; state: 'approved' | 'rejected'; user: string; comment: string };
export type Run = {
  id: number;
  backendId: string;
  workflowId: number;
  runNumber: number;
  runAttempt: number;
  event: string;
  status: string;
  conclusion: string | null;
  headBranch: string | null;
  headSha: string;
  headRepository: string;
  actor: string;
  triggeringActor: string;
  createdAt: string;
  updatedAt: string;
  pullRequests: number[];
  jobs: Job[];
  approvals: Approval[];
  pendingEnvironments: string[];
};
export type Environment = EnvironmentSeed & { id: number; createdAt: string };
export type Team = { id: number; org: string; slug: string; name: string; privacy: 'closed' | 'secret'; members: Array<{ login: string; role: 'member' | 'maintainer' }> };
/**
 * What a job with `permissions: id-token: write` may ask the OIDC endpoint for: the claims of its tokens, less the
 * ones each request sets (aud, iat, nbf, exp, jti). Keyed by ACTIONS_ID_TOKEN_REQUEST_TOKEN.
 */
export type IdTokenGrant = { jobBackendId: string; defaultAudience: string; claims: Record<string, string> };
export type Deployment = {
  id: number;
  sha: string;
  ref: string;
  task: string;
  environment: string;
  creator: string;
  payload: unknown;
  description: string | null;
  transientEnvironment: boolean;
  productionEnvironment: boolean;
  createdAt: string;
  statuses: DeploymentStatus[];
};
export type DeploymentStatus = {
  id: number;
  state: string;
  creator: string;
  description: string;
  environment: string;
  logUrl: string;
  environmentUrl: string;
  createdAt: string;
};
export type TagObject = { sha: string; tag: string; message: string; object: { sha: string; type: string }; tagger: { name: string; email: string; date: string } };
export type Ref = { ref: string; sha: string; type: 'commit' | 'tag' };
export type ReleaseAsset = {
  id: number;
  name: string;
  label: string | null;
  contentType: string;
  blob: string;
  size: number;
  uploader: string;
  createdAt: string;
  /** `sha256:<hex>`, which GitHub computes for new uploads; absent (null in answers) for older assets. */
  digest?: string;
};
export type Release = {
  id: number;
  tagName: string;
  targetCommitish: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  author: string;
  createdAt: string;
  assets: ReleaseAsset[];
};

export type Repo = {
  id: number;
  owner: string;
  name: string;
  fullName: string;
  defaultBranch: string;
  private: boolean;
  forkOf: string | null;
  createdAt: string;
  commits: Map<string, Commit>;
  branches: Map<string, string>;
  pulls: Map<number, Pull>;
  /** Plain issues by number. */
  issues: Map<number, Issue>;
  labels: Map<string, Label>;
  /** Workflow dispatches in arrival order. */
  dispatches: WorkflowDispatch[];
  issueComments: Map<number, IssueComment>;
  commitComments: Map<number, CommitComment>;
  checkRuns: Map<number, CheckRun>;
  workflows: Map<number, Workflow>;
  runs: Map<number, Run>;
  environments: Map<string, Environment>;
  deployments: Map<number, Deployment>;
  refs: Map<string, Ref>;
  tags: Map<string, TagObject>;
  releases: Map<number, Release>;
};

export const DEFAULT_TOKEN = 'ghs_loopback';
const ALL_WRITE: Scopes = {
  actions: 'write',
  checks: 'write',
  contents: 'write',
  deployments: 'write',
  issues: 'write',
  metadata: 'read',
  'pull-requests': 'write',
  statuses: 'write',
};

/** A stable 40-hex sha from any text, so seeds can name commits by a word. */
export function shaOf(text: string): string {
  return /^[0-9a-f]{40}$/.test(text) ? text : createHash('sha1').update(text).digest('hex');
}

export class State {
  readonly repos = new Map<string, Repo>();
  readonly users = new Map<string, User>();
  readonly tokens = new Map<string, TokenIdentity>();
  /** Teams by `org/slug`, lower-cased (GitHub's names are case-insensitive). */
  readonly teams = new Map<string, Team>();
  /** Artifacts by id, across repositories (ids are global on GitHub too). */
  readonly artifacts = new Map<number, Artifact>();
  /** Blob store behind the signed URLs, keyed by blob name. */
  readonly blobs = new Map<string, StoredBlob>();
  readonly caches: CacheEntry[] = [];
  /** OIDC grants of the jobs given `id-token: write`, by their request token. */
  readonly idTokenGrants = new Map<string, IdTokenGrant>();
  /** GetCacheEntryDownloadURL calls in arrival order. */
  readonly cacheLookups: CacheLookup[] = [];
  #nextId = 1000;
  #clock: number | undefined;

  constructor(seed: Seed = {}) {
    if (seed.now !== undefined) this.#clock = typeof seed.now === 'number' ? seed.now : Date.parse(seed.now);
    for (const user of seed.users ?? []) this.user(user.login, user.type);
    this.addToken(DEFAULT_TOKEN, { login: 'github-actions[bot]', type: 'Bot', scopes: ALL_WRITE });
    for (const [token, identity] of Object.entries(seed.tokens ?? {})) this.addToken(token, identity);
    for (const repo of seed.repos ?? []) this.addRepo(repo);
    for (const team of seed.teams ?? []) this.addTeam(team);
  }

  /** The current time in ms: the seeded clock when there is one, else the real time. */
  now(): number {
    return this.#clock ?? Date.now();
  }

  nowIso(): string {
    return iso(this.now());
  }

  /** Moves the seeded clock (and starts one at the real time if there was none). */
  advance(ms: number): void {
    this.#clock = this.now() + ms;
  }

  nextId(): number {
    return this.#nextId++;
  }

  user(login: string, type?: User['type']): User {
    let user = this.users.get(login);
    if (user === undefined) {
      user = { id: this.nextId(), login, type: type ?? (login.endsWith('[bot]') ? 'Bot' : 'User') };
      this.users.set(login, user);
    }
    return user;
  }

  addToken(token: string, seed: TokenSeed): TokenIdentity {
    const identity: TokenIdentity = {
      token,
      login: seed.login ?? 'github-actions[bot]',
      type: seed.type ?? 'Bot',
      scopes: { metadata: 'read', ...(seed.scopes ?? ALL_WRITE) },
    };
    this.user(identity.login, identity.type);
    this.tokens.set(token, identity);
    return identity;
  }

  addTeam(seed: TeamSeed): Team {
    this.user(seed.org, 'Organization');
    const members = [
      ...(seed.maintainers ?? []).map((login) => ({ login, role: 'maintainer' as const })),
      ...(seed.members ?? []).map((login) => ({ login, role: 'member' as const })),
    ];
    for (const member of members) this.user(member.login);
    const team: Team = { id: this.nextId(), org: seed.org, slug: seed.slug, name: seed.name ?? seed.slug, privacy: seed.privacy ?? 'closed', members };
    this.teams.set(`${seed.org}/${seed.slug}`.toLowerCase(), team);
    return team;
  }

  team(org: string, slug: string): Team | undefined {
    return this.teams.get(`${org}/${slug}`.toLowerCase());
  }

  repo(owner: string, name: string): Repo | undefined {
    return this.repos.get(`${owner}/${name}`.toLowerCase());
  }

  addRepo(seed: RepoSeed): Repo {
    const created = this.nowIso();
    const repo: Repo = {
      id: this.nextId(),
      owner: seed.owner,
      name: seed.name,
      fullName: `${seed.owner}/${seed.name}`,
      defaultBranch: seed.defaultBranch ?? 'main',
      private: seed.private ?? false,
      forkOf: seed.forkOf ?? null,
      createdAt: created,
      commits: new Map(),
      branches: new Map(),
      pulls: new Map(),
      issues: new Map(),
      labels: new Map(),
      dispatches: [],
      issueComments: new Map(),
      commitComments: new Map(),
      checkRuns: new Map(),
      workflows: new Map(),
      runs: new Map(),
      environments: new Map(),
      deployments: new Map(),
      refs: new Map(),
      tags: new Map(),
      releases: new Map(),
    };
    this.user(seed.owner);
    this.repos.set(repo.fullName.toLowerCase(), repo);
    let last: string | undefined;
    for (const commit of seed.commits ?? []) last = this.addCommit(repo, commit).sha;
    for (const [branch, sha] of Object.entries(seed.branches ?? {})) repo.branches.set(branch, shaOf(sha));
    if (!repo.branches.has(repo.defaultBranch) && last !== undefined) repo.branches.set(repo.defaultBranch, last);
    for (const workflow of seed.workflows ?? []) this.addWorkflow(repo, workflow);
    for (const environment of seed.environments ?? []) this.addEnvironment(repo, environment);
    for (const pull of seed.pulls ?? []) this.addPull(repo, pull);
    for (const issue of seed.issues ?? []) this.addIssue(repo, issue);
    for (const run of seed.runs ?? []) this.addRun(repo, run);
    return repo;
  }

  addCommit(repo: Repo, seed: CommitSeed): Commit {
    const parents = (seed.parents ?? []).map(shaOf);
    const sha = shaOf(seed.sha ?? `${repo.fullName}:${parents.join(',')}:${seed.message ?? ''}:${repo.commits.size}`);
    const inherited = parents[0] === undefined ? undefined : repo.commits.get(parents[0])?.files;
    const files = new Map(inherited ?? []);
    for (const [path, content] of Object.entries(seed.files ?? {})) files.set(path, content);
    const commit: Commit = {
      sha,
      parents,
      message: seed.message ?? `Commit ${sha.slice(0, 7)}`,
      date: seed.date ?? this.nowIso(),
      author: seed.author ?? repo.owner,
      files,
    };
    this.user(commit.author);
    repo.commits.set(sha, commit);
    return commit;
  }

  addWorkflow(repo: Repo, seed: WorkflowSeed): Workflow {
    const workflow = { id: seed.id ?? this.nextId(), name: seed.name, path: seed.path, ...(seed.dispatch === undefined ? {} : { dispatch: seed.dispatch }) };
    repo.workflows.set(workflow.id, workflow);
    return workflow;
  }

  /** The workflow named by id, file name (ci.yml) or path; created on first use so seeds can name it freely. */
  workflow(repo: Repo, name: string): Workflow {
    for (const workflow of repo.workflows.values()) {
      if (String(workflow.id) === name || workflow.path === name || workflow.path.endsWith(`/${name}`) || workflow.name === name) {
        return workflow;
      }
    }
    const file = name.endsWith('.yml') || name.endsWith('.yaml') ? name : `${name.toLowerCase().replace(/\W+/g, '-')}.yml`;
    return this.addWorkflow(repo, { name: name.replace(/\.ya?ml$/, ''), path: `.github/workflows/${file.split('/').pop()}` });
  }

  addEnvironment(repo: Repo, seed: EnvironmentSeed): Environment {
    for (const reviewer of seed.reviewers ?? []) if (reviewer.type === 'User') this.user(reviewer.login);
    const environment = { ...seed, id: this.nextId(), createdAt: this.nowIso() };
    repo.environments.set(seed.name, environment);
    return environment;
  }

  addPull(repo: Repo, seed: PullSeed): Pull {
    const base = repo.branches.get(seed.base.ref);
    const pull: Pull = {
      number: seed.number,
      id: this.nextId(),
      title: seed.title ?? `Pull request #${seed.number}`,
      body: seed.body ?? '',
      user: seed.user ?? repo.owner,
      state: seed.state ?? 'open',
      head: { ref: seed.head.ref, sha: shaOf(seed.head.sha), repo: seed.head.repo ?? repo.fullName },
      base: { ref: seed.base.ref, sha: shaOf(seed.base.sha ?? base ?? '') },
      createdAt: this.nowIso(),
    };
    this.user(pull.user);
    repo.pulls.set(pull.number, pull);
    return pull;
  }

  /** The number the next issue or pull request gets: issues and pull requests share one sequence, as on GitHub. */
  nextIssueNumber(repo: Repo): number {
    return Math.max(0, ...repo.pulls.keys(), ...repo.issues.keys()) + 1;
  }

  /** The repository's label of that name (matched without case, as GitHub does), created on first use. */
  label(repo: Repo, name: string): Label {
    for (const label of repo.labels.values()) if (label.name.toLowerCase() === name.toLowerCase()) return label;
    const label: Label = { id: this.nextId(), name, color: createHash('sha1').update(name).digest('hex').slice(0, 6), description: null };
    repo.labels.set(name, label);
    return label;
  }

  /** A plain issue, as its author would open it; `comments` are added in order, each by its own user. */
  addIssue(repo: Repo, seed: IssueSeed = {}): Issue {
    const number = seed.number ?? this.nextIssueNumber(repo);
    const created = seed.createdAt ?? this.nowIso();
    const closed = seed.state === 'closed';
    const issue: Issue = {
      number,
      id: this.nextId(),
      title: seed.title ?? `Issue #${number}`,
      body: seed.body ?? null,
      user: seed.user ?? repo.owner,
      state: closed ? 'closed' : 'open',
      stateReason: seed.stateReason ?? (closed ? 'completed' : null),
      labels: (seed.labels ?? []).map((name) => this.label(repo, name).name),
      assignees: [],
      createdAt: created,
      updatedAt: created,
      closedAt: closed ? created : null,
      closedBy: closed ? (seed.user ?? repo.owner) : null,
    };
    this.user(issue.user);
    repo.issues.set(number, issue);
    for (const comment of seed.comments ?? []) this.addIssueComment(repo, number, comment);
    return issue;
  }

  /** A comment on an issue or pull request, written by `user` (the repository's owner when omitted). */
  addIssueComment(repo: Repo, issueNumber: number, seed: { user?: string; body: string }): IssueComment {
    const now = this.nowIso();
    const comment: IssueComment = { id: this.nextId(), issueNumber, body: seed.body, user: seed.user ?? repo.owner, createdAt: now, updatedAt: now };
    this.user(comment.user);
    repo.issueComments.set(comment.id, comment);
    const issue = repo.issues.get(issueNumber);
    if (issue !== undefined) issue.updatedAt = now;
    return comment;
  }

  addRun(repo: Repo, seed: RunSeed): Run {
    const workflow = this.workflow(repo, seed.workflow ?? 'CI');
    const created = seed.createdAt ?? this.nowIso();
    const runNumber = [...repo.runs.values()].filter((run) => run.workflowId === workflow.id).length + 1;
    const run: Run = {
      id: seed.id ?? this.nextId(),
      backendId: randomUUID(),
      workflowId: workflow.id,
      runNumber,
      runAttempt: seed.runAttempt ?? 1,
      event: seed.event ?? 'push',
      status: seed.status ?? 'completed',
      conclusion: seed.conclusion === undefined ? ((seed.status ?? 'completed') === 'completed' ? 'success' : null) : seed.conclusion,
      headBranch: seed.headBranch ?? null,
      headSha: shaOf(seed.headSha),
      headRepository: seed.headRepository ?? repo.fullName,
      actor: seed.actor ?? repo.owner,
      triggeringActor: seed.triggeringActor ?? seed.actor ?? repo.owner,
      createdAt: created,
      updatedAt: created,
      pullRequests: seed.pullRequests ?? [],
      jobs: [],
      approvals: (seed.approvals ?? []).map((approval) => ({ comment: '', ...approval })),
      pendingEnvironments: seed.pendingEnvironments ?? [],
    };
    this.user(run.actor);
    this.user(run.triggeringActor);
    for (const approval of run.approvals) this.user(approval.user);
    repo.runs.set(run.id, run);
    for (const artifact of seed.artifacts ?? []) this.seedArtifact(run, artifact);
    return run;
  }

  /** Stores bytes as a committed blob and returns its name. */
  putBlob(data: Buffer, contentType: string): string {
    const name = randomUUID();
    this.blobs.set(name, { data, blocks: new Map(), contentType, committedAt: this.now() });
    return name;
  }

  /** An artifact as the upload of a job would leave it: a finalized zip of `files`. */
  seedArtifact(run: Run, seed: ArtifactSeed): Artifact {
    const zip = Buffer.from(zipSync(Object.fromEntries(Object.entries(seed.files ?? {}).map(([path, text]) => [path, strToU8(text)]))));
    const created = seed.createdAt === undefined ? this.now() : Date.parse(seed.createdAt);
    const retention = (seed.retentionDays ?? 90) * 86_400_000;
    const expiresAt = seed.expired === true ? Math.min(created + retention, this.now() - 1000) : created + retention;
    const artifact: Artifact = {
      id: this.nextId(),
      runId: run.id,
      jobBackendId: this.job(run, 'build').backendId,
      name: seed.name,
      size: zip.length,
      digest: `sha256:${createHash('sha256').update(zip).digest('hex')}`,
      createdAt: iso(created),
      expiresAt: iso(expiresAt),
      blob: this.putBlob(zip, 'application/zip'),
      finalized: true,
      contentType: 'application/zip',
    };
    this.artifacts.set(artifact.id, artifact);
    return artifact;
  }

  /** Artifacts of a run, finalized ones only (an upload in progress is not listed by GitHub). */
  runArtifacts(runId: number): Artifact[] {
    return [...this.artifacts.values()].filter((artifact) => artifact.runId === runId && artifact.finalized);
  }

  isExpired(artifact: Artifact): boolean {
    return Date.parse(artifact.expiresAt) <= this.now();
  }

  /** A job of a run, created on first use; its backend id goes into the runtime token's scope claim. */
  job(run: Run, name: string): Job {
    let job = run.jobs.find((candidate) => candidate.name === name);
    if (job === undefined) {
      job = { id: this.nextId(), backendId: randomUUID(), name, runnerName: 'crucible-simulator', labels: ['self-hosted', 'linux', 'x64'], startedAt: iso(this.now()) };
      run.jobs.push(job);
    }
    return job;
  }

  /** The run and repository that a Twirp call's backend ids name. */
  runByBackendId(backendId: string): { repo: Repo; run: Run } | undefined {
    for (const repo of this.repos.values()) {
      for (const run of repo.runs.values()) if (run.backendId === backendId) return { repo, run };
    }
    return undefined;
  }

  repoOfRun(runId: number): Repo | undefined {
    for (const repo of this.repos.values()) if (repo.runs.has(runId)) return repo;
    return undefined;
  }
}

export function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
