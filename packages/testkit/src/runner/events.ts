import { createHash } from 'node:crypto';
import { shaOf } from '../github/state.ts';

/**
 * Webhook payloads shaped like the ones GitHub writes to GITHUB_EVENT_PATH, with the fields the Crucible actions
 * and @actions/github read. Every value is derived from the options, so a fixture is the same on every run.
 */
export interface GitHubEvent {
  name: string;
  payload: Record<string, unknown>;
}

const API_URL = 'https://api.github.com';
const SERVER_URL = 'https://github.com';
const TIMESTAMP = '2024-05-01T12:00:00Z';
const DEFAULT_REPOSITORY = 'octo-org/octo-repo';
const DEFAULT_BRANCH = 'main';

function digest(seed: string): string {
  return createHash('sha1').update(seed).digest('hex');
}

function fakeId(seed: string): number {
  return Number.parseInt(digest(`id:${seed}`).slice(0, 8), 16);
}

function splitFullName(fullName: string): { owner: string; name: string } {
  const [owner, name, ...rest] = fullName.split('/');
  if (owner === undefined || owner === '' || name === undefined || name === '' || rest.length > 0) {
    throw new Error(`Repository "${fullName}" must be written "owner/name", like "${DEFAULT_REPOSITORY}".`);
  }
  return { owner, name };
}

function userPayload(login: string): Record<string, unknown> {
  return {
    login,
    id: fakeId(`user:${login}`),
    node_id: `U_${digest(login).slice(0, 12)}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${fakeId(`user:${login}`)}?v=4`,
    url: `${API_URL}/users/${login}`,
    html_url: `${SERVER_URL}/${login}`,
    type: 'User',
    site_admin: false,
  };
}

function repositoryPayload(fullName: string, fork = false): Record<string, unknown> {
  const { owner, name } = splitFullName(fullName);
  return {
    id: fakeId(`repo:${fullName}`),
    node_id: `R_${digest(fullName).slice(0, 12)}`,
    name,
    full_name: fullName,
    private: false,
    owner: userPayload(owner),
    html_url: `${SERVER_URL}/${fullName}`,
    description: null,
    fork,
    url: `${API_URL}/repos/${fullName}`,
    clone_url: `${SERVER_URL}/${fullName}.git`,
    default_branch: DEFAULT_BRANCH,
    visibility: 'public',
    archived: false,
    disabled: false,
    created_at: TIMESTAMP,
    updated_at: TIMESTAMP,
    pushed_at: TIMESTAMP,
  };
}

export interface PullRequestEventOptions {
  /** "owner/name" of the repository the pull request targets. */
  repository?: string;
  number?: number;
  /** opened, synchronize, reopened, closed, labeled ... */
  action?: string;
  title?: string;
  /** Login of the author, who is also the sender; defaults to the fork's owner for a fork. */
  author?: string;
  headRef?: string;
  headSha?: string;
  baseRef?: string;
  baseSha?: string;
  /** "owner/name" of the fork the head branch lives in; leave out for a branch of the same repository. */
  fork?: string;
  draft?: boolean;
  labels?: string[];
}

export function pullRequestEvent(options: PullRequestEventOptions = {}): GitHubEvent {
  const repository = options.repository ?? DEFAULT_REPOSITORY;
  const number = options.number ?? 7;
  const headRepository = options.fork ?? repository;
  const headOwner = splitFullName(headRepository).owner;
  const baseOwner = splitFullName(repository).owner;
  const author = options.author ?? (options.fork === undefined ? 'octocat' : headOwner);
  const headRef = options.headRef ?? 'feature';
  const baseRef = options.baseRef ?? DEFAULT_BRANCH;
  const action = options.action ?? 'opened';
  const url = `${API_URL}/repos/${repository}/pulls/${number}`;
  const pullRequest = {
    url,
    id: fakeId(`pr:${repository}#${number}`),
    node_id: `PR_${digest(`${repository}#${number}`).slice(0, 12)}`,
    html_url: `${SERVER_URL}/${repository}/pull/${number}`,
    diff_url: `${SERVER_URL}/${repository}/pull/${number}.diff`,
    issue_url: `${API_URL}/repos/${repository}/issues/${number}`,
    comments_url: `${API_URL}/repos/${repository}/issues/${number}/comments`,
    number,
    state: action === 'closed' ? 'closed' : 'open',
    locked: false,
    title: options.title ?? 'Tune the learning rate',
    user: userPayload(author),
    body: null,
    labels: (options.labels ?? []).map((name) => ({
      id: fakeId(`label:${name}`),
      name,
      color: 'ededed',
      default: false,
    })),
    created_at: TIMESTAMP,
    updated_at: TIMESTAMP,
    closed_at: null,
    merged_at: null,
    merge_commit_sha: shaOf(`merge:${repository}#${number}`),
    draft: options.draft ?? false,
    head: {
      label: `${headOwner}:${headRef}`,
      ref: headRef,
      sha: options.headSha ?? shaOf(`head:${headRepository}:${headRef}`),
      user: userPayload(headOwner),
      repo: repositoryPayload(headRepository, options.fork !== undefined),
    },
    base: {
      label: `${baseOwner}:${baseRef}`,
      ref: baseRef,
      sha: options.baseSha ?? shaOf(`base:${repository}:${baseRef}`),
      user: userPayload(baseOwner),
      repo: repositoryPayload(repository),
    },
    author_association: options.fork === undefined ? 'MEMBER' : 'CONTRIBUTOR',
    merged: false,
    mergeable: null,
    commits: 1,
    additions: 10,
    deletions: 2,
    changed_files: 1,
    requested_reviewers: [],
    assignees: [],
  };
  return {
    name: 'pull_request',
    payload: {
      action,
      number,
      pull_request: pullRequest,
      repository: repositoryPayload(repository),
      sender: userPayload(author),
    },
  };
}

export interface PushEventOptions {
  repository?: string;
  /** Full ref, like "refs/heads/main" or "refs/tags/v1.2.0". */
  ref?: string;
  before?: string;
  after?: string;
  message?: string;
  pusher?: string;
}

export function pushEvent(options: PushEventOptions = {}): GitHubEvent {
  const repository = options.repository ?? DEFAULT_REPOSITORY;
  const ref = options.ref ?? `refs/heads/${DEFAULT_BRANCH}`;
  const pusher = options.pusher ?? 'octocat';
  const after = options.after ?? shaOf(`push:${repository}:${ref}`);
  const before = options.before ?? shaOf(`before:${repository}:${ref}`);
  const commit = {
    id: after,
    tree_id: shaOf(`tree:${after}`),
    distinct: true,
    message: options.message ?? 'Retrain on the May snapshot',
    timestamp: TIMESTAMP,
    url: `${SERVER_URL}/${repository}/commit/${after}`,
    author: { name: pusher, email: `${pusher}@users.noreply.github.com`, username: pusher },
    committer: { name: pusher, email: `${pusher}@users.noreply.github.com`, username: pusher },
    added: [],
    removed: [],
    modified: ['train.py'],
  };
  return {
    name: 'push',
    payload: {
      ref,
      before,
      after,
      base_ref: null,
      created: false,
      deleted: false,
      forced: false,
      compare: `${SERVER_URL}/${repository}/compare/${before.slice(0, 12)}...${after.slice(0, 12)}`,
      commits: [commit],
      head_commit: commit,
      pusher: { name: pusher, email: `${pusher}@users.noreply.github.com` },
      repository: repositoryPayload(repository),
      sender: userPayload(pusher),
    },
  };
}

export interface WorkflowRunEventOptions {
  repository?: string;
  /** Id of the run that completed (not of the run this event starts). */
  runId?: number;
  runNumber?: number;
  workflowName?: string;
  workflowPath?: string;
  /** The event that started the completed run. */
  event?: string;
  conclusion?: 'success' | 'failure' | 'cancelled' | 'skipped' | 'timed_out' | 'action_required' | 'neutral';
  headSha?: string;
  headBranch?: string;
  /** The pull request the completed run belongs to. GitHub leaves it out of `pull_requests` for a fork. */
  pullRequest?: { number: number; baseRef?: string; baseSha?: string };
  /** "owner/name" of the fork the completed run's head came from. */
  fork?: string;
  actor?: string;
}

export function workflowRunEvent(options: WorkflowRunEventOptions = {}): GitHubEvent {
  const repository = options.repository ?? DEFAULT_REPOSITORY;
  const headRepository = options.fork ?? repository;
  const runId = options.runId ?? 1001;
  const headBranch = options.headBranch ?? 'feature';
  const headSha = options.headSha ?? shaOf(`head:${headRepository}:${headBranch}`);
  const workflowName = options.workflowName ?? 'ci';
  const workflowPath = options.workflowPath ?? '.github/workflows/ci.yml';
  const workflowId = fakeId(`workflow:${repository}:${workflowPath}`);
  const actorLogin = options.actor ?? (options.fork === undefined ? 'octocat' : splitFullName(headRepository).owner);
  const actor = userPayload(actorLogin);
  const person = { name: actorLogin, email: `${actorLogin}@users.noreply.github.com` };
  const runUrl = `${API_URL}/repos/${repository}/actions/runs/${runId}`;
  const workflowRun = {
    id: runId,
    name: workflowName,
    node_id: `WFR_${digest(`${repository}:${runId}`).slice(0, 12)}`,
    head_branch: headBranch,
    head_sha: headSha,
    path: workflowPath,
    display_title: 'Tune the learning rate',
    run_number: options.runNumber ?? 12,
    run_attempt: 1,
    event: options.event ?? 'pull_request',
    status: 'completed',
    conclusion: options.conclusion ?? 'success',
    workflow_id: workflowId,
    check_suite_id: fakeId(`suite:${repository}:${runId}`),
    url: runUrl,
    html_url: `${SERVER_URL}/${repository}/actions/runs/${runId}`,
    jobs_url: `${runUrl}/jobs`,
    logs_url: `${runUrl}/logs`,
    artifacts_url: `${runUrl}/artifacts`,
    workflow_url: `${API_URL}/repos/${repository}/actions/workflows/${workflowId}`,
    previous_attempt_url: null,
    // GitHub fills this only for pull requests whose head is in the same repository.
    pull_requests:
      options.fork === undefined && options.pullRequest !== undefined
        ? [pullRequestReference(repository, headBranch, headSha, options.pullRequest)]
        : [],
    referenced_workflows: [],
    created_at: TIMESTAMP,
    updated_at: TIMESTAMP,
    run_started_at: TIMESTAMP,
    actor,
    triggering_actor: actor,
    head_commit: {
      id: headSha,
      tree_id: shaOf(`tree:${headSha}`),
      message: 'Tune the learning rate',
      timestamp: TIMESTAMP,
      author: person,
      committer: person,
    },
    repository: repositoryPayload(repository),
    head_repository: repositoryPayload(headRepository, options.fork !== undefined),
  };
  return {
    name: 'workflow_run',
    payload: {
      action: 'completed',
      workflow_run: workflowRun,
      workflow: {
        id: workflowId,
        name: workflowName,
        path: workflowPath,
        state: 'active',
        created_at: TIMESTAMP,
        updated_at: TIMESTAMP,
      },
      repository: repositoryPayload(repository),
      sender: actor,
    },
  };
}

function pullRequestReference(
  repository: string,
  headRef: string,
  headSha: string,
  pullRequest: NonNullable<WorkflowRunEventOptions['pullRequest']>,
): Record<string, unknown> {
  const repo = {
    id: fakeId(`repo:${repository}`),
    url: `${API_URL}/repos/${repository}`,
    name: splitFullName(repository).name,
  };
  const baseRef = pullRequest.baseRef ?? DEFAULT_BRANCH;
  return {
    url: `${API_URL}/repos/${repository}/pulls/${pullRequest.number}`,
    id: fakeId(`pr:${repository}#${pullRequest.number}`),
    number: pullRequest.number,
    head: { ref: headRef, sha: headSha, repo },
    base: { ref: baseRef, sha: pullRequest.baseSha ?? shaOf(`base:${repository}:${baseRef}`), repo },
  };
}

export interface WorkflowDispatchEventOptions {
  repository?: string;
  /** Full ref the run was dispatched on, like "refs/heads/main". */
  ref?: string;
  /** The inputs as the person gave them; GitHub sends null when the workflow declares none. */
  inputs?: Record<string, string | number | boolean> | null;
  workflow?: string;
  sender?: string;
}

export function workflowDispatchEvent(options: WorkflowDispatchEventOptions = {}): GitHubEvent {
  return {
    name: 'workflow_dispatch',
    payload: {
      inputs: options.inputs === undefined ? null : options.inputs,
      ref: options.ref ?? `refs/heads/${DEFAULT_BRANCH}`,
      repository: repositoryPayload(options.repository ?? DEFAULT_REPOSITORY),
      sender: userPayload(options.sender ?? 'octocat'),
      workflow: options.workflow ?? '.github/workflows/promote.yml',
    },
  };
}
