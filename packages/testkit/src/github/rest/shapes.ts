import type { Context } from '../server.ts';
import type {
  CheckRun,
  Commit,
  CommitComment,
  Deployment,
  DeploymentStatus,
  Environment,
  Issue,
  IssueComment,
  Job,
  Label,
  Pull,
  Release,
  ReleaseAsset,
  Repo,
  Run,
  State,
} from '../state.ts';

/**
 * Response bodies shaped as GitHub sends them: every field GitHub's OpenAPI description requires, with URLs that
 * point back at the loopback GitHub. The OpenAPI validator checks them in tests.
 */

const nodeId = (kind: string, id: number | string) => Buffer.from(`${kind}:${id}`).toString('base64').replace(/=+$/, '');

export function user(context: Context, login: string) {
  const { api, server } = context.urls;
  const known = context.state.user(login);
  const base = `${api}/users/${encodeURIComponent(login)}`;
  return {
    login,
    id: known.id,
    node_id: nodeId('U', known.id),
    avatar_url: `${server}/avatars/${encodeURIComponent(login)}`,
    gravatar_id: '',
    url: base,
    html_url: `${server}/${encodeURIComponent(login)}`,
    followers_url: `${base}/followers`,
    following_url: `${base}/following{/other_user}`,
    gists_url: `${base}/gists{/gist_id}`,
    starred_url: `${base}/starred{/owner}{/repo}`,
    subscriptions_url: `${base}/subscriptions`,
    organizations_url: `${base}/orgs`,
    repos_url: `${base}/repos`,
    events_url: `${base}/events{/privacy}`,
    received_events_url: `${base}/received_events`,
    type: known.type,
    user_view_type: 'public',
    site_admin: false,
  };
}

/** The `minimal-repository` shape (also the base of `repository` and `full-repository`). */
export function minimalRepository(context: Context, repo: Repo) {
  const url = `${context.urls.api}/repos/${repo.fullName}`;
  return {
    id: repo.id,
    node_id: nodeId('R', repo.id),
    name: repo.name,
    full_name: repo.fullName,
    owner: user(context, repo.owner),
    private: repo.private,
    html_url: `${context.urls.server}/${repo.fullName}`,
    description: null,
    fork: repo.forkOf !== null,
    url,
    archive_url: `${url}/{archive_format}{/ref}`,
    assignees_url: `${url}/assignees{/user}`,
    blobs_url: `${url}/git/blobs{/sha}`,
    branches_url: `${url}/branches{/branch}`,
    collaborators_url: `${url}/collaborators{/collaborator}`,
    comments_url: `${url}/comments{/number}`,
    commits_url: `${url}/commits{/sha}`,
    compare_url: `${url}/compare/{base}...{head}`,
    contents_url: `${url}/contents/{+path}`,
    contributors_url: `${url}/contributors`,
    deployments_url: `${url}/deployments`,
    downloads_url: `${url}/downloads`,
    events_url: `${url}/events`,
    forks_url: `${url}/forks`,
    git_commits_url: `${url}/git/commits{/sha}`,
    git_refs_url: `${url}/git/refs{/sha}`,
    git_tags_url: `${url}/git/tags{/sha}`,
    hooks_url: `${url}/hooks`,
    issue_comment_url: `${url}/issues/comments{/number}`,
    issue_events_url: `${url}/issues/events{/number}`,
    issues_url: `${url}/issues{/number}`,
    keys_url: `${url}/keys{/key_id}`,
    labels_url: `${url}/labels{/name}`,
    languages_url: `${url}/languages`,
    merges_url: `${url}/merges`,
    milestones_url: `${url}/milestones{/number}`,
    notifications_url: `${url}/notifications{?since,all,participating}`,
    pulls_url: `${url}/pulls{/number}`,
    releases_url: `${url}/releases{/id}`,
    stargazers_url: `${url}/stargazers`,
    statuses_url: `${url}/statuses/{sha}`,
    subscribers_url: `${url}/subscribers`,
    subscription_url: `${url}/subscription`,
    tags_url: `${url}/tags`,
    teams_url: `${url}/teams`,
    trees_url: `${url}/git/trees{/sha}`,
  };
}

/** The `repository` shape: a repository without its fork parent. */
export function repository(context: Context, repo: Repo) {
  const host = new URL(context.urls.server).host;
  return {
    ...minimalRepository(context, repo),
    clone_url: `${context.urls.server}/${repo.fullName}.git`,
    git_url: `git://${host}/${repo.fullName}.git`,
    ssh_url: `git@${host}:${repo.fullName}.git`,
    svn_url: `${context.urls.server}/${repo.fullName}`,
    mirror_url: null,
    homepage: null,
    language: 'Python',
    forks: 0,
    forks_count: 0,
    stargazers_count: 0,
    watchers: 0,
    watchers_count: 0,
    size: 1,
    default_branch: repo.defaultBranch,
    open_issues: 0,
    open_issues_count: 0,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: false,
    has_wiki: false,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: repo.private ? 'private' : 'public',
    pushed_at: repo.createdAt,
    created_at: repo.createdAt,
    updated_at: repo.createdAt,
    permissions: { admin: false, maintain: false, push: true, triage: true, pull: true },
    allow_forking: true,
    web_commit_signoff_required: false,
    license: null,
  };
}

/** The `full-repository` shape of GET /repos/{owner}/{repo}: a fork names its parent and source. */
export function fullRepository(context: Context, repo: Repo) {
  const parent = repo.forkOf === null ? undefined : context.state.repo(...(repo.forkOf.split('/') as [string, string]));
  return {
    ...repository(context, repo),
    network_count: 0,
    subscribers_count: 0,
    ...(parent === undefined ? {} : { parent: repository(context, parent), source: repository(context, parent) }),
  };
}

function gitUser(context: Context, login: string, date: string) {
  return { name: login, email: `${login}@users.noreply.${new URL(context.urls.server).hostname}`, date };
}

/** The `commit` shape of GET /repos/{owner}/{repo}/commits/{ref}. */
export function commit(context: Context, repo: Repo, value: Commit) {
  const url = `${context.urls.api}/repos/${repo.fullName}`;
  return {
    url: `${url}/commits/${value.sha}`,
    sha: value.sha,
    node_id: nodeId('C', value.sha),
    html_url: `${context.urls.server}/${repo.fullName}/commit/${value.sha}`,
    comments_url: `${url}/commits/${value.sha}/comments`,
    commit: {
      url: `${url}/git/commits/${value.sha}`,
      author: gitUser(context, value.author, value.date),
      committer: gitUser(context, value.author, value.date),
      message: value.message,
      comment_count: 0,
      tree: { sha: treeSha(value.sha), url: `${url}/git/trees/${treeSha(value.sha)}` },
      verification: { verified: false, reason: 'unsigned', payload: null, signature: null, verified_at: null },
    },
    author: user(context, value.author),
    committer: user(context, value.author),
    parents: value.parents.map((sha) => ({ sha, url: `${url}/commits/${sha}`, html_url: `${context.urls.server}/${repo.fullName}/commit/${sha}` })),
    stats: { additions: 1, deletions: 0, total: 1 },
    files: [],
  };
}

const treeSha = (sha: string) => [...sha].reverse().join('');

/** The `pull-request` shape (the list endpoint's `pull-request-simple` is a subset GitHub documents separately). */
export function pullRequest(context: Context, repo: Repo, pull: Pull, simple = false) {
  const url = `${context.urls.api}/repos/${repo.fullName}`;
  const html = `${context.urls.server}/${repo.fullName}/pull/${pull.number}`;
  const headRepo = context.state.repo(...(pull.head.repo.split('/') as [string, string]));
  const side = (ref: string, sha: string, owner: Repo | undefined) => ({
    label: `${owner?.owner ?? repo.owner}:${ref}`,
    ref,
    sha,
    user: user(context, owner?.owner ?? repo.owner),
    repo: owner === undefined ? null : repository(context, owner),
  });
  const links = {
    self: { href: `${url}/pulls/${pull.number}` },
    html: { href: html },
    issue: { href: `${url}/issues/${pull.number}` },
    comments: { href: `${url}/issues/${pull.number}/comments` },
    review_comments: { href: `${url}/pulls/${pull.number}/comments` },
    review_comment: { href: `${url}/pulls/comments{/number}` },
    commits: { href: `${url}/pulls/${pull.number}/commits` },
    statuses: { href: `${url}/statuses/${pull.head.sha}` },
  };
  const base = {
    url: `${url}/pulls/${pull.number}`,
    id: pull.id,
    node_id: nodeId('PR', pull.id),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${url}/issues/${pull.number}`,
    commits_url: `${url}/pulls/${pull.number}/commits`,
    review_comments_url: `${url}/pulls/${pull.number}/comments`,
    review_comment_url: `${url}/pulls/comments{/number}`,
    comments_url: `${url}/issues/${pull.number}/comments`,
    statuses_url: `${url}/statuses/${pull.head.sha}`,
    number: pull.number,
    state: pull.state,
    locked: false,
    title: pull.title,
    user: user(context, pull.user),
    body: pull.body,
    labels: [],
    milestone: null,
    active_lock_reason: null,
    created_at: pull.createdAt,
    updated_at: pull.createdAt,
    closed_at: null,
    merged_at: null,
    merge_commit_sha: null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: side(pull.head.ref, pull.head.sha, headRepo),
    base: side(pull.base.ref, pull.base.sha, repo),
    _links: links,
    author_association: pull.user === repo.owner ? 'OWNER' : 'CONTRIBUTOR',
    auto_merge: null,
    draft: false,
  };
  if (simple) return base;
  return {
    ...base,
    merged: false,
    mergeable: true,
    rebaseable: true,
    mergeable_state: 'clean',
    merged_by: null,
    comments: [...repo.issueComments.values()].filter((comment) => comment.issueNumber === pull.number).length,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: 1,
    additions: 1,
    deletions: 0,
    changed_files: 1,
  };
}

export function issueComment(context: Context, repo: Repo, comment: IssueComment) {
  const url = `${context.urls.api}/repos/${repo.fullName}`;
  return {
    id: comment.id,
    node_id: nodeId('IC', comment.id),
    url: `${url}/issues/comments/${comment.id}`,
    html_url: `${context.urls.server}/${repo.fullName}/${repo.pulls.has(comment.issueNumber) ? 'pull' : 'issues'}/${comment.issueNumber}#issuecomment-${comment.id}`,
    body: comment.body,
    user: user(context, comment.user),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    issue_url: `${url}/issues/${comment.issueNumber}`,
    author_association: comment.user === repo.owner ? 'OWNER' : 'NONE',
    performed_via_github_app: null,
    reactions: reactions(`${url}/issues/comments/${comment.id}/reactions`),
  };
}

export function label(context: Context, repo: Repo, value: Label) {
  return {
    id: value.id,
    node_id: nodeId('LA', value.id),
    url: `${context.urls.api}/repos/${repo.fullName}/labels/${encodeURIComponent(value.name)}`,
    name: value.name,
    description: value.description,
    color: value.color,
    default: false,
  };
}

/**
 * The `issue` shape of the issues API, for a plain issue or a pull request (which the issues API serves too, with a
 * `pull_request` key and its number from the same sequence).
 */
export function issue(context: Context, repo: Repo, value: Issue | Pull) {
  const url = `${context.urls.api}/repos/${repo.fullName}`;
  const issueUrl = `${url}/issues/${value.number}`;
  const isPull = !('labels' in value);
  const html = `${context.urls.server}/${repo.fullName}/${isPull ? 'pull' : 'issues'}/${value.number}`;
  const labels = isPull ? [] : value.labels.flatMap((name) => {
    const known = repo.labels.get(name);
    return known === undefined ? [] : [label(context, repo, known)];
  });
  const assignees = isPull ? [] : value.assignees.map((login) => user(context, login));
  const closedBy = isPull ? null : value.closedBy;
  return {
    id: value.id,
    node_id: nodeId(isPull ? 'PR' : 'I', value.id),
    url: issueUrl,
    repository_url: url,
    labels_url: `${issueUrl}/labels{/name}`,
    comments_url: `${issueUrl}/comments`,
    events_url: `${issueUrl}/events`,
    html_url: html,
    number: value.number,
    state: value.state,
    state_reason: isPull ? null : value.stateReason,
    title: value.title,
    body: value.body,
    user: user(context, value.user),
    labels,
    assignee: assignees[0] ?? null,
    assignees,
    milestone: null,
    locked: false,
    active_lock_reason: null,
    comments: [...repo.issueComments.values()].filter((comment) => comment.issueNumber === value.number).length,
    ...(isPull ? { pull_request: { url: `${url}/pulls/${value.number}`, html_url: html, diff_url: `${html}.diff`, patch_url: `${html}.patch`, merged_at: null } } : {}),
    closed_at: isPull ? null : value.closedAt,
    created_at: value.createdAt,
    updated_at: isPull ? value.createdAt : value.updatedAt,
    closed_by: closedBy === null ? null : user(context, closedBy),
    timeline_url: `${issueUrl}/timeline`,
    author_association: value.user === repo.owner ? 'OWNER' : 'NONE',
    performed_via_github_app: null,
    reactions: reactions(`${issueUrl}/reactions`),
  };
}

export function commitComment(context: Context, repo: Repo, comment: CommitComment) {
  const url = `${context.urls.api}/repos/${repo.fullName}`;
  return {
    html_url: `${context.urls.server}/${repo.fullName}/commit/${comment.commitId}#commitcomment-${comment.id}`,
    url: `${url}/comments/${comment.id}`,
    id: comment.id,
    node_id: nodeId('CC', comment.id),
    body: comment.body,
    path: comment.path,
    position: comment.line,
    line: comment.line,
    commit_id: comment.commitId,
    user: user(context, comment.user),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    author_association: comment.user === repo.owner ? 'OWNER' : 'NONE',
    reactions: reactions(`${url}/comments/${comment.id}/reactions`),
  };
}

function reactions(url: string) {
  return { url, total_count: 0, '+1': 0, '-1': 0, laugh: 0, confused: 0, heart: 0, hooray: 0, eyes: 0, rocket: 0 };
}

const ACTIONS_APP_ID = 15368;

function githubActionsApp(context: Context) {
  return {
    id: ACTIONS_APP_ID,
    slug: 'github-actions',
    node_id: nodeId('A', ACTIONS_APP_ID),
    client_id: 'Iv1.loopback',
    owner: user(context, 'github'),
    name: 'GitHub Actions',
    description: 'Automate your workflow from idea to production',
    external_url: 'https://help.github.com/en/actions',
    html_url: `${context.urls.server}/apps/github-actions`,
    created_at: '2018-07-30T09:30:17Z',
    updated_at: '2024-04-10T20:33:16Z',
    permissions: { actions: 'write', checks: 'write', contents: 'write', deployments: 'write', issues: 'write', metadata: 'read', pull_requests: 'write', statuses: 'write' },
    events: ['check_run', 'check_suite', 'pull_request', 'push', 'workflow_run'],
  };
}

export function checkRun(context: Context, repo: Repo, run: CheckRun) {
  const url = `${context.urls.api}/repos/${repo.fullName}`;
  const pulls = [...repo.pulls.values()].filter((pull) => pull.head.sha === run.headSha && pull.state === 'open');
  return {
    id: run.id,
    head_sha: run.headSha,
    node_id: nodeId('CR', run.id),
    external_id: run.externalId ?? '',
    url: `${url}/check-runs/${run.id}`,
    html_url: `${context.urls.server}/${repo.fullName}/runs/${run.id}`,
    details_url: run.detailsUrl ?? `${context.urls.server}/${repo.fullName}/runs/${run.id}`,
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.startedAt,
    completed_at: run.completedAt,
    output: {
      title: run.output.title,
      summary: run.output.summary,
      text: run.output.text,
      annotations_count: run.annotations.length,
      annotations_url: `${url}/check-runs/${run.id}/annotations`,
    },
    name: run.name,
    check_suite: { id: run.id + 1 },
    app: githubActionsApp(context),
    pull_requests: pulls.map((pull) => ({
      id: pull.id,
      number: pull.number,
      url: `${url}/pulls/${pull.number}`,
      head: { ref: pull.head.ref, sha: pull.head.sha, repo: { id: repo.id, url, name: repo.name } },
      base: { ref: pull.base.ref, sha: pull.base.sha, repo: { id: repo.id, url, name: repo.name } },
    })),
  };
}

/** A job as GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs lists it; a job of a run in progress is too. */
export function workflowJob(context: Context, repo: Repo, run: Run, job: Job) {
  const url = `${context.urls.api}/repos/${repo.fullName}/actions`;
  const workflow = repo.workflows.get(run.workflowId);
  const done = run.status === 'completed';
  return {
    id: job.id,
    run_id: run.id,
    run_url: `${url}/runs/${run.id}`,
    run_attempt: run.runAttempt,
    node_id: nodeId('CR', job.id),
    head_sha: run.headSha,
    url: `${url}/jobs/${job.id}`,
    html_url: `${context.urls.server}/${repo.fullName}/actions/runs/${run.id}/job/${job.id}`,
    status: done ? 'completed' : 'in_progress',
    conclusion: done ? run.conclusion : null,
    created_at: job.startedAt,
    started_at: job.startedAt,
    completed_at: done ? run.updatedAt : null,
    name: job.name,
    steps: [],
    check_run_url: `${context.urls.api}/repos/${repo.fullName}/check-runs/${job.id}`,
    labels: job.labels,
    runner_id: 1,
    runner_name: job.runnerName,
    runner_group_id: 1,
    runner_group_name: 'Default',
    workflow_name: workflow?.name ?? 'CI',
    head_branch: run.headBranch,
  };
}

export function workflowRun(context: Context, repo: Repo, run: Run) {
  const url = `${context.urls.api}/repos/${repo.fullName}`;
  const workflow = repo.workflows.get(run.workflowId);
  const headRepo = context.state.repo(...(run.headRepository.split('/') as [string, string])) ?? repo;
  const head = headRepo.commits.get(run.headSha) ?? repo.commits.get(run.headSha);
  const runUrl = `${url}/actions/runs/${run.id}`;
  return {
    id: run.id,
    name: workflow?.name ?? 'CI',
    node_id: nodeId('WFR', run.id),
    check_suite_id: run.id + 7,
    check_suite_node_id: nodeId('CS', run.id + 7),
    head_branch: run.headBranch,
    head_sha: run.headSha,
    path: workflow?.path ?? '.github/workflows/ci.yml',
    run_number: run.runNumber,
    run_attempt: run.runAttempt,
    event: run.event,
    display_title: head?.message.split('\n')[0] ?? run.event,
    status: run.status,
    conclusion: run.conclusion,
    workflow_id: run.workflowId,
    url: runUrl,
    html_url: `${context.urls.server}/${repo.fullName}/actions/runs/${run.id}`,
    pull_requests: run.pullRequests.flatMap((number) => {
      const pull = repo.pulls.get(number);
      if (pull === undefined) return [];
      const side = (ref: string, sha: string) => ({ ref, sha, repo: { id: repo.id, url, name: repo.name } });
      return [{ id: pull.id, number, url: `${url}/pulls/${number}`, head: side(pull.head.ref, pull.head.sha), base: side(pull.base.ref, pull.base.sha) }];
    }),
    created_at: run.createdAt,
    updated_at: run.updatedAt,
    actor: user(context, run.actor),
    triggering_actor: user(context, run.triggeringActor),
    run_started_at: run.createdAt,
    jobs_url: `${runUrl}/jobs`,
    logs_url: `${runUrl}/logs`,
    check_suite_url: `${url}/check-suites/${run.id + 7}`,
    artifacts_url: `${runUrl}/artifacts`,
    cancel_url: `${runUrl}/cancel`,
    rerun_url: `${runUrl}/rerun`,
    previous_attempt_url: run.runAttempt > 1 ? `${runUrl}/attempts/${run.runAttempt - 1}` : null,
    workflow_url: `${url}/actions/workflows/${run.workflowId}`,
    head_commit:
      head === undefined
        ? null
        : {
            id: head.sha,
            tree_id: treeSha(head.sha),
            message: head.message,
            timestamp: head.date,
            author: { name: head.author, email: `${head.author}@users.noreply.github.localhost` },
            committer: { name: head.author, email: `${head.author}@users.noreply.github.localhost` },
          },
    repository: minimalRepository(context, repo),
    head_repository: minimalRepository(context, headRepo),
  };
}

export function environment(context: Context, repo: Repo, value: Environment) {
  const url = `${context.urls.api}/repos/${repo.fullName}/environments/${encodeURIComponent(value.name)}`;
  const rules: unknown[] = [];
  if (value.waitTimer !== undefined) rules.push({ id: value.id + 1, node_id: nodeId('GA', value.id + 1), type: 'wait_timer', wait_timer: value.waitTimer });
  if (value.reviewers !== undefined && value.reviewers.length > 0) {
    rules.push({
      id: value.id + 2,
      node_id: nodeId('GA', value.id + 2),
      prevent_self_review: value.preventSelfReview ?? false,
      type: 'required_reviewers',
      reviewers: value.reviewers.map((reviewer) => ({
        type: reviewer.type,
        reviewer: reviewer.type === 'User' ? user(context, reviewer.login) : team(context, repo, reviewer.login),
      })),
    });
  }
  if (value.deploymentBranchPolicy) rules.push({ id: value.id + 3, node_id: nodeId('GA', value.id + 3), type: 'branch_policy' });
  return {
    id: value.id,
    node_id: nodeId('EN', value.id),
    name: value.name,
    url,
    html_url: `${context.urls.server}/${repo.fullName}/deployments/activity_log?environments_filter=${encodeURIComponent(value.name)}`,
    created_at: value.createdAt,
    updated_at: value.createdAt,
    ...(value.canAdminsBypass === undefined ? {} : { can_admins_bypass: value.canAdminsBypass }),
    protection_rules: rules,
    deployment_branch_policy: value.deploymentBranchPolicy ?? null,
  };
}

function team(context: Context, repo: Repo, slug: string) {
  const id = context.state.user(`team:${slug}`).id;
  const url = `${context.urls.api}/orgs/${repo.owner}/teams/${slug}`;
  return {
    id,
    node_id: nodeId('T', id),
    url,
    html_url: `${context.urls.server}/orgs/${repo.owner}/teams/${slug}`,
    name: slug,
    slug,
    description: null,
    privacy: 'closed',
    notification_setting: 'notifications_enabled',
    permission: 'pull',
    members_url: `${url}/members{/member}`,
    repositories_url: `${url}/repos`,
    parent: null,
  };
}

export function deployment(context: Context, repo: Repo, value: Deployment) {
  const url = `${context.urls.api}/repos/${repo.fullName}/deployments/${value.id}`;
  return {
    url,
    id: value.id,
    node_id: nodeId('DE', value.id),
    sha: value.sha,
    ref: value.ref,
    task: value.task,
    payload: value.payload,
    original_environment: value.environment,
    environment: value.environment,
    description: value.description,
    creator: user(context, value.creator),
    created_at: value.createdAt,
    updated_at: value.statuses.at(-1)?.createdAt ?? value.createdAt,
    statuses_url: `${url}/statuses`,
    repository_url: `${context.urls.api}/repos/${repo.fullName}`,
    transient_environment: value.transientEnvironment,
    production_environment: value.productionEnvironment,
    performed_via_github_app: null,
  };
}

export function deploymentStatus(context: Context, repo: Repo, value: Deployment, status: DeploymentStatus) {
  const url = `${context.urls.api}/repos/${repo.fullName}/deployments/${value.id}`;
  return {
    url: `${url}/statuses/${status.id}`,
    id: status.id,
    node_id: nodeId('DES', status.id),
    state: status.state,
    creator: user(context, status.creator),
    description: status.description,
    environment: status.environment,
    target_url: status.logUrl,
    log_url: status.logUrl,
    environment_url: status.environmentUrl,
    created_at: status.createdAt,
    updated_at: status.createdAt,
    deployment_url: url,
    repository_url: `${context.urls.api}/repos/${repo.fullName}`,
    performed_via_github_app: null,
  };
}

export function gitRef(context: Context, repo: Repo, ref: string, sha: string, type: 'commit' | 'tag') {
  const url = `${context.urls.api}/repos/${repo.fullName}`;
  return {
    ref,
    node_id: nodeId('REF', `${repo.id}:${ref}`),
    url: `${url}/git/${ref}`,
    object: { type, sha, url: `${url}/git/${type === 'tag' ? 'tags' : 'commits'}/${sha}` },
  };
}

export function releaseAsset(context: Context, repo: Repo, release: Release, asset: ReleaseAsset) {
  return {
    url: `${context.urls.api}/repos/${repo.fullName}/releases/assets/${asset.id}`,
    browser_download_url: `${context.urls.server}/${repo.fullName}/releases/download/${encodeURIComponent(release.tagName)}/${encodeURIComponent(asset.name)}`,
    id: asset.id,
    node_id: nodeId('RA', asset.id),
    name: asset.name,
    label: asset.label,
    state: 'uploaded',
    content_type: asset.contentType,
    size: asset.size,
    digest: asset.digest ?? null,
    download_count: 0,
    created_at: asset.createdAt,
    updated_at: asset.createdAt,
    uploader: user(context, asset.uploader),
  };
}

export function release(context: Context, repo: Repo, value: Release) {
  const url = `${context.urls.api}/repos/${repo.fullName}/releases/${value.id}`;
  // github.com takes uploads on uploads.github.com; GitHub Enterprise Server under https://HOST/api/uploads.
  const uploads = context.urls.api.endsWith('/api/v3') ? `${context.urls.api.slice(0, -'/v3'.length)}/uploads` : `${context.urls.api}/uploads`;
  return {
    url,
    html_url: `${context.urls.server}/${repo.fullName}/releases/tag/${encodeURIComponent(value.tagName)}`,
    assets_url: `${url}/assets`,
    upload_url: `${uploads}/repos/${repo.fullName}/releases/${value.id}/assets{?name,label}`,
    tarball_url: `${context.urls.api}/repos/${repo.fullName}/tarball/${encodeURIComponent(value.tagName)}`,
    zipball_url: `${context.urls.api}/repos/${repo.fullName}/zipball/${encodeURIComponent(value.tagName)}`,
    id: value.id,
    node_id: nodeId('RE', value.id),
    tag_name: value.tagName,
    target_commitish: value.targetCommitish,
    name: value.name,
    body: value.body,
    draft: value.draft,
    prerelease: value.prerelease,
    immutable: false,
    created_at: value.createdAt,
    published_at: value.draft ? null : value.createdAt,
    updated_at: value.createdAt,
    author: user(context, value.author),
    assets: value.assets.map((asset) => releaseAsset(context, repo, value, asset)),
  };
}

/** Page `items` as GitHub does (per_page default 30, at most 100) and build the Link header. */
export function paginate<T>(items: readonly T[], url: URL): { page: T[]; headers: Record<string, string> } {
  const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page') ?? 30) || 30));
  const pageNumber = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const link = (page: number, rel: string) => {
    const target = new URL(url);
    target.searchParams.set('per_page', String(perPage));
    target.searchParams.set('page', String(page));
    return `<${target.href}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (pageNumber > 1) links.push(link(pageNumber - 1, 'prev'), link(1, 'first'));
  if (pageNumber < last) links.push(link(pageNumber + 1, 'next'), link(last, 'last'));
  return {
    page: items.slice((pageNumber - 1) * perPage, pageNumber * perPage),
    headers: links.length > 0 ? { link: links.join(', ') } : {},
  };
}

export type { State };
